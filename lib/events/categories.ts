import type { EventCategory } from "@/lib/generated/prisma/enums";

/** Categories where fatalities are part of what happened (counts matter, "unknown" is news). */
const CONFLICT_CATEGORIES: ReadonlySet<EventCategory> = new Set<EventCategory>([
  "BATTLE",
  "ATTACK",
  "VIOLENCE_AGAINST_CIVILIANS",
]);

export function isConflictCategory(category: EventCategory): boolean {
  return CONFLICT_CATEGORIES.has(category);
}

/**
 * One colour per category for timeline marks: Tailwind's 700 shades, each at least 4.5:1 against
 * white, so marks stay distinguishable from the background (WCAG 1.4.11) and usable as text colour.
 * Colour is never the only cue: every mark also carries its category in its label.
 */
export const CATEGORY_COLOURS: Readonly<Record<EventCategory, string>> = {
  BATTLE: "#b91c1c",
  ATTACK: "#c2410c",
  VIOLENCE_AGAINST_CIVILIANS: "#7e22ce",
  STRATEGIC_DEVELOPMENT: "#0f766e",
  SUMMIT: "#1d4ed8",
  AGREEMENT: "#15803d",
  WITHDRAWAL: "#a16207",
  INSTITUTIONAL_ACT: "#4338ca",
  DIPLOMATIC: "#0369a1",
  ECONOMIC: "#4d7c0f",
  INFORMATION_MEDIA: "#be185d",
  COUP: "#374151",
};
