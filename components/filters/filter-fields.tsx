"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { flushSync } from "react-dom";
import type { EventFilterParam, FilterIssue } from "@/lib/validations/event-filters";
import type { FilterOptions } from "./event-filter-form";

export function FieldIssue({ issue }: { issue: FilterIssue | undefined }) {
  const t = useTranslations("filters");
  if (!issue) return null;
  return (
    <p role="alert" className="mt-1 text-xs font-medium text-accent-strong">
      {t(`issue.${issue.code}`, { param: t(`param.${issue.param}`), value: issue.value })}
    </p>
  );
}

export function CheckboxGroup({
  legend,
  name,
  options,
  checked,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  checked: string[];
}) {
  return (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-2 lg:grid-cols-1">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-6 items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              className="size-4 shrink-0 accent-accent"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Regions grouped by country, folded away by default (31 of them). */
export function RegionPicker({
  countries,
  checked,
}: {
  countries: FilterOptions["countries"];
  checked: string[];
}) {
  const t = useTranslations("filters");
  return (
    <details open={checked.length > 0} className="rounded border border-line px-3 py-2">
      <summary className="cursor-pointer font-medium">
        {t("area")}{" "}
        <span className="font-normal text-muted">
          · {t("areaSummary", { count: checked.length })}
        </span>
      </summary>
      <div className="mt-2 space-y-3">
        {countries.map((country) => (
          <CheckboxGroup
            key={country.id}
            legend={country.name}
            name="area"
            options={country.areas.map((area) => ({
              value: area.id.toLowerCase(),
              label: area.name,
            }))}
            checked={checked.map((id) => id.toLowerCase())}
          />
        ))}
      </div>
    </details>
  );
}

/** Chosen actors as removable chips, and a list to add one (a plain select without JavaScript). */
export function ActorPicker({
  actors,
  selected,
  onRemove,
}: {
  actors: FilterOptions["actors"];
  selected: string[];
  /** Called once a chip's value left the form. */
  onRemove: () => void;
}) {
  const t = useTranslations("filters");
  const id = useId();
  // Chips removed since the last navigation; the new URL brings the authoritative list.
  const [removed, setRemoved] = useState<{ for: string; slugs: string[] }>({ for: "", slugs: [] });
  const key = selected.join(",");
  const shown = selected.filter((slug) => removed.for !== key || !removed.slugs.includes(slug));
  const nameOf = (slug: string) => actors.find((actor) => actor.slug === slug)?.name ?? slug;
  return (
    <fieldset>
      <legend className="font-medium">{t("actor")}</legend>
      {shown.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-2">
          {shown.map((slug) => (
            <li
              key={slug}
              className="flex items-center gap-1 rounded-full bg-sand py-0.5 pl-3 pr-1"
            >
              <input type="hidden" name="actor" value={slug} />
              {nameOf(slug)}
              <button
                type="button"
                aria-label={t("removeActor", { name: nameOf(slug) })}
                className="rounded-full px-2 leading-6 hover:bg-line"
                onClick={() => {
                  // Commit the smaller form before reading it.
                  flushSync(() =>
                    setRemoved({
                      for: key,
                      slugs: [...(removed.for === key ? removed.slugs : []), slug],
                    }),
                  );
                  onRemove();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={id} className="sr-only">
        {t("addActor")}
      </label>
      <select
        key={key}
        id={id}
        name="actor"
        defaultValue=""
        className="mt-2 w-full rounded border border-muted bg-white px-2 py-1.5"
      >
        <option value="">{t("anyActor")}</option>
        {actors
          .filter((actor) => !selected.includes(actor.slug))
          .map((actor) => (
            <option key={actor.slug} value={actor.slug}>
              {t("actorEvents", { name: actor.name, count: actor.events })}
            </option>
          ))}
      </select>
    </fieldset>
  );
}

/** Two bounds of one range (dates, deaths), with the problem of either said under them. */
export function RangeFields({
  legend,
  idPrefix,
  type,
  fields,
  issues,
}: {
  legend: string;
  idPrefix: string;
  type: "date" | "number";
  fields: { name: EventFilterParam; label: string; value: string | number | null }[];
  issues: FilterIssue[];
}) {
  const issueOf = (name: string) => issues.find((issue) => issue.param === name);
  return (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 grid grid-cols-2 gap-2">
        {fields.map((field) => (
          <div key={field.name}>
            <label htmlFor={`${idPrefix}-${field.name}`} className="text-xs text-muted">
              {field.label}
            </label>
            <input
              id={`${idPrefix}-${field.name}`}
              type={type}
              name={field.name}
              defaultValue={field.value ?? ""}
              {...(type === "number" ? { inputMode: "numeric" as const, min: 0, step: 1 } : {})}
              aria-invalid={issueOf(field.name) ? true : undefined}
              className="w-full rounded border border-muted px-2 py-1.5"
            />
          </div>
        ))}
      </div>
      <FieldIssue issue={fields.map((field) => issueOf(field.name)).find(Boolean)} />
    </fieldset>
  );
}
