"use client";

import { useTranslations } from "next-intl";
import { DatePrecision } from "@/lib/generated/prisma/enums";
import { daysBetween, rangeForPrecision } from "@/lib/validations/dates";
import { FieldErrors } from "../form-feedback";
import { inputClass } from "../text-input";
import { fieldId, textOf, type FieldProps } from "./field-types";

const PRECISIONS = Object.values(DatePrecision);
const isPrecision = (value: string): value is DatePrecision =>
  (PRECISIONS as string[]).includes(value);

/**
 * A date with its precision. The inputs follow the precision (a day, a range of days, a week,
 * a month, a quarter, a year), and the stored range is derived from them, so it always fits.
 */
export function PreciseDateField({ data, errors, onChange }: FieldProps) {
  const t = useTranslations("adminForm.date");
  const precisionRaw = textOf(data.datePrecision);
  const precision: DatePrecision = isPrecision(precisionRaw) ? precisionRaw : "DAY";
  const start = textOf(data.dateStart) || new Date().toISOString().slice(0, 10);
  const end = textOf(data.dateEnd) || start;
  const year = start.slice(0, 4);
  const quarter = String(Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1);
  const set = (range: { start: string; end: string }, next: DatePrecision = precision) =>
    onChange({ datePrecision: next, dateStart: range.start, dateEnd: range.end });
  const validYear = (value: string) => /^\d{4}$/.test(value);
  const endErrors = errors.dateEnd ?? errors.dateStart;

  return (
    <fieldset
      className="space-y-3"
      aria-describedby={endErrors?.length ? "date-error" : "date-range"}
    >
      <legend className="text-sm font-medium">{t("legend")}</legend>
      <div>
        <label htmlFor={fieldId("datePrecision")} className="block text-sm font-medium">
          {t("precision")}
        </label>
        <select
          id={fieldId("datePrecision")}
          value={precision}
          onChange={(event) => {
            const next = isPrecision(event.target.value) ? event.target.value : "DAY";
            set(rangeForPrecision(next, start), next);
          }}
          className={inputClass}
        >
          {PRECISIONS.map((value) => (
            <option key={value} value={value}>
              {t(`precisions.${value}`)}
            </option>
          ))}
        </select>
      </div>

      {precision === "DAY" || precision === "DAYS" || precision === "WEEK" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={fieldId("dateStart")} className="block text-sm font-medium">
              {precision === "DAY" ? t("day") : t("from")}
            </label>
            <input
              id={fieldId("dateStart")}
              type="date"
              value={start}
              onChange={(event) => {
                const value = event.target.value;
                if (!value) return;
                if (precision === "DAYS") {
                  const span = Math.min(5, Math.max(1, daysBetween(start, end)));
                  const range = rangeForPrecision("DAY", value);
                  const shifted = new Date(`${range.start}T00:00:00Z`);
                  shifted.setUTCDate(shifted.getUTCDate() + span);
                  set({ start: value, end: shifted.toISOString().slice(0, 10) });
                } else set(rangeForPrecision(precision, value));
              }}
              className={inputClass}
            />
          </div>
          {precision === "DAYS" ? (
            <div>
              <label htmlFor={fieldId("dateEnd")} className="block text-sm font-medium">
                {t("to")}
              </label>
              <input
                id={fieldId("dateEnd")}
                type="date"
                min={start}
                value={end}
                aria-invalid={endErrors?.length ? true : undefined}
                onChange={(event) => event.target.value && set({ start, end: event.target.value })}
                className={inputClass}
              />
            </div>
          ) : null}
        </div>
      ) : null}

      {precision === "MONTH" ? (
        <div>
          <label htmlFor={fieldId("dateMonth")} className="block text-sm font-medium">
            {t("month")}
          </label>
          <input
            id={fieldId("dateMonth")}
            type="month"
            value={start.slice(0, 7)}
            onChange={(event) =>
              event.target.value && set(rangeForPrecision("MONTH", `${event.target.value}-01`))
            }
            className={inputClass}
          />
        </div>
      ) : null}

      {precision === "QUARTER" || precision === "YEAR" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={fieldId("dateYear")} className="block text-sm font-medium">
              {t("year")}
            </label>
            <input
              id={fieldId("dateYear")}
              type="number"
              inputMode="numeric"
              min={1900}
              max={2100}
              value={year}
              onChange={(event) =>
                validYear(event.target.value) &&
                set(rangeForPrecision(precision, `${event.target.value}${start.slice(4)}`))
              }
              className={inputClass}
            />
          </div>
          {precision === "QUARTER" ? (
            <div>
              <label htmlFor={fieldId("dateQuarter")} className="block text-sm font-medium">
                {t("quarter")}
              </label>
              <select
                id={fieldId("dateQuarter")}
                value={quarter}
                onChange={(event) => {
                  const month = String((Number(event.target.value) - 1) * 3 + 1).padStart(2, "0");
                  set(rangeForPrecision("QUARTER", `${year}-${month}-01`));
                }}
                className={inputClass}
              >
                {["1", "2", "3", "4"].map((value) => (
                  <option key={value} value={value}>
                    {t("quarterN", { quarter: value })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      ) : null}

      <p id="date-range" className="text-sm text-muted">
        {start === end ? t("storedDay", { start }) : t("storedRange", { start, end })}
      </p>
      <FieldErrors id="date-error" errors={endErrors} />
    </fieldset>
  );
}
