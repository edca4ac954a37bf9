/**
 * From what a reader types to a PostgreSQL tsquery over our 'simple' + unaccent documents
 * (migration search_unaccent). Every word must match, as a prefix ("seg" finds "Ségou"), folded the
 * same way the documents are. Only letters and digits survive, so the result can never carry tsquery
 * syntax (&, |, !, quotes) from the input; it is still passed as a bound parameter.
 */

const MAX_TERMS = 8;

export function foldSearchText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a query, folded and de-duplicated; empty when nothing searchable remains. */
export function searchTerms(text: string): string[] {
  const words = foldSearchText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** "Ségou, Niono!" → "'segou':* & 'niono':*"; null when the text has no searchable word. */
export function toPrefixTsQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms.map((term) => `'${term}':*`).join(" & ");
}
