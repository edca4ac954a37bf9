"use client";

import { useLocale, useTranslations } from "next-intl";
import { AREAS, COUNTRIES, CONFEDERATION } from "@/lib/places/catalog";
import { FieldErrors } from "../form-feedback";
import { inputClass } from "../text-input";
import { fieldId, textOf, type FieldProps } from "./field-types";

/** The country (or the whole confederation) and, within it, the admin-1 area. */
export function CountryAreaField({ data, errors, onChange }: FieldProps) {
  const t = useTranslations("adminFields");
  const choose = useTranslations("adminForm");
  const french = useLocale() === "fr";
  const countryId = textOf(data.countryId);
  const areas = AREAS.filter((area) => area.countryId === countryId);
  const name = (place: { nameEn: string; nameFr: string }) =>
    french ? place.nameFr : place.nameEn;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor={fieldId("countryId")} className="block text-sm font-medium">
          {t("countryId")}
        </label>
        <select
          id={fieldId("countryId")}
          value={countryId}
          aria-invalid={errors.countryId?.length ? true : undefined}
          aria-describedby={errors.countryId?.length ? `${fieldId("countryId")}-error` : undefined}
          onChange={(event) => onChange({ countryId: event.target.value, areaId: null })}
          className={inputClass}
        >
          <option value="" disabled>
            {choose("choose")}
          </option>
          <option value={CONFEDERATION.id}>{name(CONFEDERATION)}</option>
          {COUNTRIES.map((country) => (
            <option key={country.id} value={country.id}>
              {name(country)}
            </option>
          ))}
        </select>
        <FieldErrors id={`${fieldId("countryId")}-error`} errors={errors.countryId} />
      </div>
      <div>
        <label htmlFor={fieldId("areaId")} className="block text-sm font-medium">
          {t("areaId")}
        </label>
        <select
          id={fieldId("areaId")}
          value={textOf(data.areaId)}
          disabled={areas.length === 0}
          aria-invalid={errors.areaId?.length ? true : undefined}
          aria-describedby={errors.areaId?.length ? `${fieldId("areaId")}-error` : undefined}
          onChange={(event) => onChange({ areaId: event.target.value || null })}
          className={inputClass}
        >
          <option value="">{choose("noArea")}</option>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {name(area)}
            </option>
          ))}
        </select>
        <FieldErrors id={`${fieldId("areaId")}-error`} errors={errors.areaId} />
      </div>
    </div>
  );
}
