"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FieldErrors } from "../form-feedback";
import { inputClass } from "../text-input";
import { fieldId, numberOrNull, textOf, type FieldProps } from "./field-types";

function described(name: string, errors: string[] | undefined, hint?: boolean) {
  const ids = [
    hint ? `${fieldId(name)}-hint` : null,
    errors?.length ? `${fieldId(name)}-error` : null,
  ];
  const value = ids.filter(Boolean).join(" ");
  return value || undefined;
}

export function Label({ name, lang }: { name: string; lang?: string }) {
  const t = useTranslations("adminFields");
  return (
    <label htmlFor={fieldId(name)} className="block text-sm font-medium">
      {t(name)}
      {lang ? <span className="text-muted"> ({lang.toUpperCase()})</span> : null}
    </label>
  );
}

export function TextField({
  name,
  multiline,
  lang,
  data,
  errors,
  onChange,
}: FieldProps & { name: string; multiline?: boolean; lang?: string }) {
  const common = {
    id: fieldId(name),
    name,
    lang,
    value: textOf(data[name]),
    "aria-invalid": errors[name]?.length ? true : undefined,
    "aria-describedby": described(name, errors[name]),
    className: inputClass,
  };
  return (
    <div>
      <Label name={name} lang={lang} />
      {multiline ? (
        <textarea
          rows={4}
          {...common}
          onChange={(event) => onChange({ [name]: event.target.value })}
        />
      ) : (
        <input
          type="text"
          {...common}
          onChange={(event) => onChange({ [name]: event.target.value })}
        />
      )}
      <FieldErrors id={`${fieldId(name)}-error`} errors={errors[name]} />
    </div>
  );
}

export function EnumField({
  options,
  labels,
  ...props
}: FieldProps & { name: string; options: readonly string[]; labels: string; optional?: boolean }) {
  const t = useTranslations();
  return (
    <ChoiceField {...props}>
      {options.map((option) => (
        <option key={option} value={option}>
          {t(`${labels}.${option}`)}
        </option>
      ))}
    </ChoiceField>
  );
}

/** A labelled select whose empty choice reads "choose…" (required) or "none" (optional). */
export function ChoiceField({
  name,
  optional,
  data,
  errors,
  onChange,
  children,
}: FieldProps & { name: string; optional?: boolean; children: ReactNode }) {
  const t = useTranslations("adminForm");
  return (
    <div>
      <Label name={name} />
      <select
        id={fieldId(name)}
        value={textOf(data[name])}
        aria-invalid={errors[name]?.length ? true : undefined}
        aria-describedby={described(name, errors[name])}
        onChange={(event) => onChange({ [name]: event.target.value || null })}
        className={inputClass}
      >
        <option value="" disabled={!optional}>
          {optional ? t("none") : t("choose")}
        </option>
        {children}
      </select>
      <FieldErrors id={`${fieldId(name)}-error`} errors={errors[name]} />
    </div>
  );
}

export function NumberField({
  name,
  min,
  max,
  step,
  data,
  errors,
  onChange,
}: FieldProps & { name: string; min?: number; max?: number; step?: number }) {
  return (
    <div>
      <Label name={name} />
      <input
        id={fieldId(name)}
        name={name}
        type="number"
        inputMode={step && step < 1 ? "decimal" : "numeric"}
        min={min}
        max={max}
        step={step ?? 1}
        value={textOf(data[name])}
        aria-invalid={errors[name]?.length ? true : undefined}
        aria-describedby={described(name, errors[name])}
        onChange={(event) => onChange({ [name]: numberOrNull(event.target.value) })}
        className={inputClass}
      />
      <FieldErrors id={`${fieldId(name)}-error`} errors={errors[name]} />
    </div>
  );
}
