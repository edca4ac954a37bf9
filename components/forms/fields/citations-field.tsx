"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { searchSourcesAction } from "@/lib/actions/lookups";
import { objectsIn } from "@/lib/workflow/json";
import { FieldErrors } from "../form-feedback";
import { inputClass } from "../text-input";
import { textOf, type FieldProps } from "./field-types";
import { NewSourceForm } from "./new-source-form";
import { SearchPicker } from "./search-picker";

const TEXT_FIELDS = ["title", "url", "locator", "archiveUrl"] as const;
const DATE_FIELDS = ["publishedOn", "accessedOn"] as const;

type Adding = "closed" | "search" | "new";

/** The citations backing the record: which source, which document, where in it, a quote. */
export function CitationsField({
  data,
  errors,
  onChange,
  names,
}: FieldProps & { names: Record<string, string> }) {
  const t = useTranslations("adminForm.citations");
  const [known, setKnown] = useState(names);
  const [adding, setAdding] = useState<Adding>("closed");
  const citations = objectsIn(data.citations);
  const update = (next: Record<string, unknown>[]) => onChange({ citations: next });
  const patch = (index: number, change: Record<string, unknown>) =>
    update(citations.map((item, at) => (at === index ? { ...item, ...change } : item)));
  const add = (source: { id: string; name: string }) => {
    setKnown({ ...known, [source.id]: source.name });
    update([...citations, { sourceId: source.id, title: "", url: "" }]);
    setAdding("closed");
  };

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{t("legend")}</legend>
      <p className="text-sm text-muted">{t("hint")}</p>
      <FieldErrors id="citations-error" errors={errors.citations} />
      <ol className="space-y-3">
        {citations.map((citation, index) => {
          const id = (name: string) => `citation-${index}-${name}`;
          const error = (name: string) => errors[`citations.${index}.${name}`];
          return (
            <li
              key={textOf(citation.id) || `new-${index}`}
              className="space-y-2 rounded border border-line bg-white p-3"
            >
              <p className="font-medium">
                {t("source")}: {known[textOf(citation.sourceId)] ?? textOf(citation.sourceId)}
              </p>
              <div className="grid gap-3 sm:grid-cols-2">
                {TEXT_FIELDS.map((name) => (
                  <div key={name}>
                    <label htmlFor={id(name)} className="block text-sm font-medium">
                      {t(name)}
                    </label>
                    <input
                      id={id(name)}
                      type={name.endsWith("rl") ? "url" : "text"}
                      value={textOf(citation[name])}
                      aria-invalid={error(name) ? true : undefined}
                      aria-describedby={error(name) ? `${id(name)}-error` : undefined}
                      onChange={(event) => patch(index, { [name]: event.target.value })}
                      className={inputClass}
                    />
                    <FieldErrors id={`${id(name)}-error`} errors={error(name)} />
                  </div>
                ))}
                {DATE_FIELDS.map((name) => (
                  <div key={name}>
                    <label htmlFor={id(name)} className="block text-sm font-medium">
                      {t(name)}
                    </label>
                    <input
                      id={id(name)}
                      type="date"
                      value={textOf(citation[name])}
                      onChange={(event) => patch(index, { [name]: event.target.value || null })}
                      className={inputClass}
                    />
                  </div>
                ))}
              </div>
              <div>
                <label htmlFor={id("quote")} className="block text-sm font-medium">
                  {t("quote")}
                </label>
                <textarea
                  id={id("quote")}
                  rows={2}
                  value={textOf(citation.quote)}
                  onChange={(event) => patch(index, { quote: event.target.value })}
                  className={inputClass}
                />
              </div>
              <div className="flex flex-wrap items-end justify-between gap-3">
                <div>
                  <label htmlFor={id("quoteLanguage")} className="block text-sm font-medium">
                    {t("quoteLanguage")}
                  </label>
                  <select
                    id={id("quoteLanguage")}
                    value={textOf(citation.quoteLanguage)}
                    onChange={(event) =>
                      patch(index, { quoteLanguage: event.target.value || null })
                    }
                    className={inputClass}
                  >
                    <option value="">—</option>
                    <option value="fr">Français</option>
                    <option value="en">English</option>
                  </select>
                </div>
                <button
                  type="button"
                  onClick={() => update(citations.filter((_, at) => at !== index))}
                  className="rounded border border-line px-3 py-2 text-sm hover:bg-sand"
                >
                  {t("remove", { number: index + 1 })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {adding === "search" ? (
        <div className="space-y-2">
          <SearchPicker
            label={t("searchSource")}
            search={searchSourcesAction}
            describe={(source) =>
              [source.name, source.publisher, source.status === "PENDING" ? t("pending") : null]
                .filter(Boolean)
                .join(" · ")
            }
            onPick={(source) => add(source)}
          />
          <button
            type="button"
            onClick={() => setAdding("new")}
            className="text-sm font-medium text-accent-strong underline"
          >
            {t("notListed")}
          </button>
        </div>
      ) : adding === "new" ? (
        <NewSourceForm idPrefix="new-source" onCreated={add} onCancel={() => setAdding("closed")} />
      ) : (
        <button
          type="button"
          onClick={() => setAdding("search")}
          className="rounded border border-line px-3 py-1 text-sm hover:bg-sand"
        >
          {t("add")}
        </button>
      )}
    </fieldset>
  );
}
