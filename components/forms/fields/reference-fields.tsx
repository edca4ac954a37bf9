"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { searchActorsAction, searchSourcesAction } from "@/lib/actions/lookups";
import { AREAS, CONFEDERATION, COUNTRIES } from "@/lib/places/catalog";
import { FieldErrors } from "../form-feedback";
import { inputClass } from "../text-input";
import { ChoiceField, Label } from "./basic-fields";
import { fieldId, textOf, type FieldProps } from "./field-types";
import { SearchPicker } from "./search-picker";

export interface ReferenceOption {
  id: string;
  label: string;
}

const describedBy = (name: string, errors: string[] | undefined) =>
  errors?.length ? `${fieldId(name)}-error` : undefined;

/** A choice among a short list of records the page provides (institutions, indicators). */
export function ReferenceField({
  options,
  ...props
}: FieldProps & { name: string; options: ReferenceOption[]; optional?: boolean }) {
  return (
    <ChoiceField {...props}>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </ChoiceField>
  );
}

export type PlaceLevel = "REGION" | "COUNTRY" | "ADMIN1";

/** A place of the catalog: the confederation, a country, or an area grouped by country. */
export function PlaceField({
  levels,
  ...props
}: FieldProps & { name: string; levels: readonly PlaceLevel[]; optional?: boolean }) {
  const french = useLocale() === "fr";
  const label = (place: { nameEn: string; nameFr: string }) =>
    french ? place.nameFr : place.nameEn;
  return (
    <ChoiceField {...props}>
      {levels.includes("REGION") ? (
        <option value={CONFEDERATION.id}>{label(CONFEDERATION)}</option>
      ) : null}
      {levels.includes("COUNTRY")
        ? COUNTRIES.map((country) => (
            <option key={country.id} value={country.id}>
              {label(country)}
            </option>
          ))
        : null}
      {levels.includes("ADMIN1")
        ? COUNTRIES.map((country) => (
            <optgroup key={country.id} label={label(country)}>
              {AREAS.filter((area) => area.countryId === country.id).map((area) => (
                <option key={area.id} value={area.id}>
                  {label(area)}
                </option>
              ))}
            </optgroup>
          ))
        : null}
    </ChoiceField>
  );
}

/** One actor or one source, found by searching; can be cleared. */
export function SearchField({
  name,
  target,
  names,
  data,
  errors,
  onChange,
}: FieldProps & { name: string; target: "actor" | "source"; names: Record<string, string> }) {
  const t = useTranslations("adminForm");
  const field = useTranslations("adminFields");
  const french = useLocale() === "fr";
  const [known, setKnown] = useState(names);
  const [open, setOpen] = useState(false);
  const value = textOf(data[name]);
  const pick = (id: string, label: string) => {
    setKnown({ ...known, [id]: label });
    onChange({ [name]: id });
    setOpen(false);
  };
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium" id={`${fieldId(name)}-label`}>
        {field(name)}
      </p>
      <p aria-labelledby={`${fieldId(name)}-label`}>
        {value ? (known[value] ?? value) : t("none")}
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={() => setOpen(!open)}
          className="rounded border border-line px-3 py-1 text-sm hover:bg-sand"
        >
          {t("change", { field: field(name) })}
        </button>
        {value ? (
          <button
            type="button"
            onClick={() => onChange({ [name]: null })}
            className="rounded border border-line px-3 py-1 text-sm hover:bg-sand"
          >
            {t("clear", { field: field(name) })}
          </button>
        ) : null}
      </div>
      {open && target === "actor" ? (
        <SearchPicker
          label={field(name)}
          search={searchActorsAction}
          describe={(actor) => (french ? actor.nameFr : actor.nameEn)}
          onPick={(actor) => pick(actor.id, french ? actor.nameFr : actor.nameEn)}
        />
      ) : null}
      {open && target === "source" ? (
        <SearchPicker
          label={field(name)}
          search={searchSourcesAction}
          describe={(source) => source.name}
          onPick={(source) => pick(source.id, source.name)}
        />
      ) : null}
      <FieldErrors id={`${fieldId(name)}-error`} errors={errors[name]} />
    </div>
  );
}

/** A single calendar date, optional or not. */
export function DateField({ name, data, errors, onChange }: FieldProps & { name: string }) {
  return (
    <div>
      <Label name={name} />
      <input
        id={fieldId(name)}
        type="date"
        value={textOf(data[name])}
        aria-invalid={errors[name]?.length ? true : undefined}
        aria-describedby={describedBy(name, errors[name])}
        onChange={(event) => onChange({ [name]: event.target.value || null })}
        className={inputClass}
      />
      <FieldErrors id={`${fieldId(name)}-error`} errors={errors[name]} />
    </div>
  );
}
