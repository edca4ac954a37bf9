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
