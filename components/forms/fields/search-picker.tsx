"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { ActionResult } from "@/lib/actions/errors";
import { inputClass } from "../text-input";

interface Props<T extends { id: string }> {
  label: string;
  search(input: { q: string }): Promise<ActionResult<T[]>>;
  describe(item: T): string;
  onPick(item: T): void;
}

const DELAY_MS = 250;

/**
 * Type to search, then choose one result (a list of buttons, the count announced). Searches run
 * on the server, at most 20 results each.
 */
export function SearchPicker<T extends { id: string }>({
  label,
  search,
  describe,
  onPick,
}: Props<T>) {
  const t = useTranslations("adminForm.picker");
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<T[] | null>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void search({ q: query }).then((result) => {
        if (!cancelled) setResults(result.ok ? result.data : []);
      });
    }, DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, search]);

  return (
    <div className="rounded border border-line bg-paper p-3">
      <label id={`${id}-label`} htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className={inputClass}
        autoComplete="off"
      />
      <p className="mt-1 text-sm text-muted" aria-live="polite">
        {results === null ? t("searching") : t("results", { count: results.length })}
      </p>
      {results && results.length > 0 ? (
        <ul aria-labelledby={`${id}-label`} className="mt-2 max-h-60 space-y-1 overflow-y-auto">
          {results.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => onPick(item)}
                className="w-full rounded border border-line bg-white px-3 py-1 text-left text-sm hover:bg-sand"
              >
                {describe(item)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
