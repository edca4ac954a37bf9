/** What every field of a record form receives. */
export interface FieldProps {
  data: Record<string, unknown>;
  /** Errors by field path ("fatalitiesHigh", "citations.0.title"). */
  errors: Record<string, string[]>;
  onChange(patch: Record<string, unknown>): void;
}

export const numberOrNull = (value: string): number | null => {
  if (value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

export const textOf = (value: unknown): string =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : "";

export const fieldId = (name: string) => `field-${name.replace(/\./g, "-")}`;
