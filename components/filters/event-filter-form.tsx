"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import type { EventCategory } from "@/lib/generated/prisma/enums";
import { Link, usePathname, useRouter } from "@/lib/i18n/navigation";
import {
  categoryToParam,
  parseEventFilters,
  toSearchParams,
  type EventFilters,
  type FilterIssue,
} from "@/lib/validations/event-filters";
import { ActorPicker, CheckboxGroup, RangeFields, RegionPicker } from "./filter-fields";

export interface FilterOptions {
  countries: { id: string; name: string; areas: { id: string; name: string }[] }[];
  categories: { value: EventCategory; label: string }[];
  actors: { slug: string; name: string; events: number }[];
}

const TEXT_DELAY_MS = 450;

/** Non-filter parameters a form change keeps (the rest, like `span` and `page`, start over). */
function carriedParams(lanes: string | null): URLSearchParams {
  const params = new URLSearchParams();
  if (lanes && lanes !== "country") params.set("lanes", lanes);
  return params;
}

function formQuery(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(key, value);
  }
  return params;
}

/**
 * The event filters as a plain GET form (it works without JavaScript), enhanced to apply each
 * change at once: the URL is the state, so every view is a permalink and Back works.
 */
export function EventFilterForm({
  filters,
  lanes,
  options,
}: {
  filters: EventFilters;
  /** The lane choice, when the page offers one (the timeline). */
  lanes?: "country" | "category";
  options: FilterOptions;
}) {
  const t = useTranslations("filters");
  const router = useRouter();
  const pathname = usePathname();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [pending, startTransition] = useTransition();
  const [issues, setIssues] = useState<FilterIssue[]>([]);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const current = toSearchParams(filters).toString();
  const activeCount = new Set(toSearchParams(filters).keys()).size;

  // Back/Forward changes the filters under the form: show them (unless the reader is typing).
  useEffect(() => {
    const form = formRef.current;
    if (!form || form.contains(document.activeElement)) return;
    const parsed = parseEventFilters(formQuery(form));
    if (!parsed.ok || toSearchParams(parsed.filters).toString() !== current) form.reset();
  }, [current, lanes]);

  function apply() {
    const form = formRef.current;
    if (!form) return;
    const raw = formQuery(form);
    const parsed = parseEventFilters(raw);
    if (!parsed.ok) {
      setIssues(parsed.issues);
      return;
    }
    setIssues([]);
    const next = toSearchParams(parsed.filters);
    const lanesValue = raw.get("lanes");
    for (const [key, value] of carriedParams(lanesValue)) next.set(key, value);
    // Changing only the lanes keeps the visible period; any filter change shows the new selection whole.
    if (toSearchParams(parsed.filters).toString() === current && lanesValue !== null) {
      const span = new URLSearchParams(window.location.search).get("span");
      if (span) next.set("span", span);
    }
    const query = next.toString();
    startTransition(() => {
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    });
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    window.clearTimeout(timer.current);
    if (target.type === "search" || target.type === "number") {
      timer.current = window.setTimeout(apply, TEXT_DELAY_MS);
    } else {
      apply();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    window.clearTimeout(timer.current);
    apply();
  }

  return (
    <div>
      <button
        type="button"
        className="mb-3 w-full rounded border border-line bg-white px-3 py-2 text-left font-medium lg:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t("hide") : t("show")} ({t("activeCount", { count: activeCount })})
      </button>
      <form
        id={panelId}
        ref={formRef}
        method="get"
        action={`/${locale}${pathname}`}
        onChange={onChange}
        onSubmit={onSubmit}
        aria-busy={pending}
        aria-label={t("title")}
        className={`${open ? "block" : "hidden"} space-y-5 rounded border border-line bg-white p-4 text-sm lg:block`}
      >
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="text-base font-semibold">{t("title")}</h2>
          <p aria-live="polite" className="text-xs text-muted">
            {pending ? t("updating") : t("activeCount", { count: activeCount })}
          </p>
        </div>

        <div>
          <label htmlFor={`${panelId}-q`} className="font-medium">
            {t("text")}
          </label>
          <input
            id={`${panelId}-q`}
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            aria-describedby={`${panelId}-q-hint`}
            className="mt-1 w-full rounded border border-muted px-2 py-1.5"
          />
          <p id={`${panelId}-q-hint`} className="mt-1 text-xs text-muted">
            {t("textHint")}
          </p>
        </div>

        <CheckboxGroup
          legend={t("country")}
          name="country"
          options={options.countries.map((country) => ({
            value: country.id.toLowerCase(),
            label: country.name,
          }))}
          checked={filters.country.map((id) => id.toLowerCase())}
        />
        <CheckboxGroup
          legend={t("category")}
          name="category"
          options={options.categories.map((category) => ({
            value: categoryToParam(category.value),
            label: category.label,
          }))}
          checked={filters.category.map(categoryToParam)}
        />
        <RegionPicker countries={options.countries} checked={filters.area} />
        <ActorPicker actors={options.actors} selected={filters.actor} onRemove={apply} />

        <RangeFields
          legend={t("dates")}
          idPrefix={panelId}
          type="date"
          fields={[
            { name: "from", label: t("from"), value: filters.from },
            { name: "to", label: t("to"), value: filters.to },
          ]}
          issues={issues}
        />
        <RangeFields
          legend={t("fatalities")}
          idPrefix={panelId}
          type="number"
          fields={[
            { name: "fatalitiesMin", label: t("fatalitiesMin"), value: filters.fatalitiesMin },
            { name: "fatalitiesMax", label: t("fatalitiesMax"), value: filters.fatalitiesMax },
          ]}
          issues={issues}
        />

        <div className="flex gap-2">
          <input
            id={`${panelId}-precise`}
            type="checkbox"
            name="precise"
            value="1"
            defaultChecked={filters.precise}
            aria-describedby={`${panelId}-precise-hint`}
            className="mt-1 size-4 shrink-0 accent-accent"
          />
          <div>
            <label htmlFor={`${panelId}-precise`}>{t("precise")}</label>
            <p id={`${panelId}-precise-hint`} className="text-xs text-muted">
              {t("preciseHint")}
            </p>
          </div>
        </div>

        {lanes ? (
          <fieldset>
            <legend className="font-medium">{t("lanes")}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {(["country", "category"] as const).map((kind) => (
                <label key={kind} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="lanes"
                    value={kind}
                    defaultChecked={lanes === kind}
                    className="size-4 accent-accent"
                  />
                  {kind === "country" ? t("lanesCountry") : t("lanesCategory")}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
          <button
            type="submit"
            className="rounded bg-accent-strong px-3 py-1.5 font-medium text-white hover:bg-accent"
          >
            {t("apply")}
          </button>
          <Link href={pathname} className="text-accent-strong underline">
            {t("reset")}
          </Link>
        </div>
      </form>
    </div>
  );
}
