"use client";

import { useTranslations } from "next-intl";
import {
  FATALITY_FIELDS,
  fatalityErrors,
  fatalityWarnings,
  type FatalityFigures,
} from "@/lib/validations/fatalities";
import { NumberField } from "./basic-fields";
import type { FieldProps } from "./field-types";

const RANGE = ["fatalitiesLow", "fatalitiesBest", "fatalitiesHigh"] as const;
const SPLIT = [
  "fatalitiesSideA",
  "fatalitiesSideB",
  "fatalitiesCivilians",
  "fatalitiesUnknown",
] as const;

function figuresOf(data: Record<string, unknown>): FatalityFigures {
  const figures = Object.fromEntries(
    FATALITY_FIELDS.map((field) => {
      const value = data[field];
      return [field, typeof value === "number" && Number.isFinite(value) ? value : null];
    }),
  );
  return {
    fatalitiesLow: figures.fatalitiesLow ?? null,
    fatalitiesBest: figures.fatalitiesBest ?? null,
    fatalitiesHigh: figures.fatalitiesHigh ?? null,
    fatalitiesSideA: figures.fatalitiesSideA ?? null,
    fatalitiesSideB: figures.fatalitiesSideB ?? null,
    fatalitiesCivilians: figures.fatalitiesCivilians ?? null,
    fatalitiesUnknown: figures.fatalitiesUnknown ?? null,
  };
}

/**
 * Low / best / high estimates and the split by party. Impossible figures (low above high) are
 * errors as soon as they are typed; a best estimate outside its own range or a split that does
 * not add up is a warning, saved as a quality flag.
 */
export function FatalitiesField(props: FieldProps) {
  const t = useTranslations("adminForm.fatalities");
  const figures = figuresOf(props.data);
  const liveErrors = fatalityErrors(figures);
  const errors = { ...props.errors };
  for (const [field, key] of Object.entries(liveErrors)) errors[field] = [key];
  const warnings = fatalityWarnings(figures);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{t("legend")}</legend>
      <p className="text-sm text-muted">{t("hint")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {RANGE.map((name) => (
          <NumberField key={name} name={name} min={0} {...props} errors={errors} />
        ))}
      </div>
      <div aria-live="polite">
        {warnings.length > 0 ? (
          <ul
            className="rounded border border-line bg-sand px-3 py-2 text-sm"
            data-testid="fatality-warnings"
          >
            {warnings.map((warning) => (
              <li key={warning}>⚠ {t(`warnings.${warning}`)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <details className="rounded border border-line px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium">{t("split")}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {SPLIT.map((name) => (
            <NumberField key={name} name={name} min={0} {...props} errors={errors} />
          ))}
        </div>
      </details>
    </fieldset>
  );
}
