/**
 * Field building blocks shared by every record schema. Forms send `null` or "" for an empty
 * field; both are stored as null. Error messages are `validation.*` catalog keys.
 */
import { z } from "zod";

const emptyToNull = (value: unknown) =>
  value === "" || value === undefined
    ? null
    : typeof value === "string"
      ? value.trim() || null
      : value;

const numberFromInput = (value: unknown) => {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : Number(value.trim());
  return value;
};

export const requiredText = (max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" });

export const optionalText = (max: number) =>
  z.preprocess(emptyToNull, z.string().max(max, { error: "tooLong" }).nullable());

export const optionalUrl = z.preprocess(
  emptyToNull,
  z
    .url({ protocol: /^https?$/, error: "url" })
    .max(2000, { error: "tooLong" })
    .nullable(),
);

export const optionalIsoDate = z.preprocess(
  emptyToNull,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" })
    .nullable(),
);

/** A non-negative whole number (a count of people), or null when unknown. */
export const optionalCount = z.preprocess(
  numberFromInput,
  z
    .number({ error: "number" })
    .int({ error: "integer" })
    .min(0, { error: "nonNegative" })
    .max(100_000_000, { error: "tooLarge" })
    .nullable(),
);

export const optionalNumber = (min: number, max: number) =>
  z.preprocess(
    numberFromInput,
    z
      .number({ error: "number" })
      .min(min, { error: "outOfRange" })
      .max(max, { error: "outOfRange" })
      .nullable(),
  );

export const optionalInteger = (min: number, max: number) =>
  z.preprocess(
    numberFromInput,
    z
      .number({ error: "number" })
      .int({ error: "integer" })
      .min(min, { error: "outOfRange" })
      .max(max, { error: "outOfRange" })
      .nullable(),
  );

export const optionalUuid = z.preprocess(emptyToNull, z.uuid({ error: "invalid" }).nullable());

export const optionalLanguage = z.preprocess(emptyToNull, z.enum(["en", "fr"]).nullable());

/** Expected version of the record: the optimistic-locking token of every save. */
export const versionSchema = z.number({ error: "invalid" }).int().positive();

/** Why the change is made: optional, shown in the history. */
export const editSummarySchema = optionalText(500)
  .optional()
  .transform((value) => value ?? null);

/** A readable, stable identifier in URLs: lower-case letters, digits and hyphens. */
export const slugSchema = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(2, { error: "slug" })
  .max(80, { error: "tooLong" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slug" });

/** A place id from the catalog ("AES", "ML", "ML-SEGOU"). */
export const placeIdSchema = z
  .string({ error: "required" })
  .min(2, { error: "required" })
  .max(32)
  .regex(/^[A-Z]{2,3}(?:-[A-Z0-9-]+)?$/, { error: "invalid" });

export const optionalPlaceId = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  placeIdSchema.nullable(),
);
