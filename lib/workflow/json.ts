/** Narrowing helpers for record content read back from JSON. */

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The objects in a list field (`citations`, `actors`); anything else is skipped. */
export function objectsIn(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

/** The string values of `key` across a list field. */
export function stringsIn(value: unknown, key: string): string[] {
  return objectsIn(value)
    .map((item) => item[key])
    .filter((item): item is string => typeof item === "string");
}
