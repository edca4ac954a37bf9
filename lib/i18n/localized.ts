import type { Locale } from "./routing";

export interface Localized {
  text: string;
  /** The language the text is actually in: differs from the reader's when we fell back. */
  locale: Locale;
}

/** The reader's language when the field exists, else the other one (shown with its `lang`). */
export function pickLocalized(
  locale: Locale,
  english: string | null | undefined,
  french: string | null | undefined,
): Localized {
  const preferred = locale === "fr" ? french : english;
  if (preferred) return { text: preferred, locale };
  const other: Locale = locale === "fr" ? "en" : "fr";
  const fallback = other === "fr" ? french : english;
  return { text: fallback ?? "", locale: fallback ? other : locale };
}
