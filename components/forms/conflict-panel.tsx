"use client";

import { useTranslations } from "next-intl";
import type { ConflictDetails } from "@/lib/actions/errors";
import { changedFields } from "@/lib/workflow/diff";
import { isJsonObject } from "@/lib/workflow/json";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  return Array.isArray(value) ? `[${value.length}]` : "…";
}

/**
 * Someone saved while this editor was typing. Their input stays in the form; this says who
 * saved, which fields changed meanwhile (and which of them the editor changed too), and lets
 * them either keep their input and save over the new version, or take the new version.
 */
export function ConflictPanel({
  conflict,
  base,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: ConflictDetails;
  base: Record<string, unknown>;
  mine: Record<string, unknown>;
  onKeepMine(current: Record<string, unknown>): void;
  onTakeTheirs(current: Record<string, unknown>): void;
}) {
  const t = useTranslations("adminForm.conflict");
  const field = useTranslations("adminFields");
  const theirs = isJsonObject(conflict.current) ? conflict.current : {};
  const meanwhile = changedFields(base, theirs);
  const mineChanged = new Set(changedFields(base, mine));
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="space-y-3 rounded border-2 border-accent bg-sand p-4"
    >
      <h2 id="conflict-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>
        {conflict.changedBy
          ? t("savedBy", {
              name: conflict.changedBy,
              at: conflict.changedAt?.slice(0, 16).replace("T", " ") ?? "",
            })
          : t("savedBySomeone")}{" "}
        {t("inputKept")}
      </p>
      {meanwhile.length > 0 ? (
        <table className="w-full border-collapse text-sm">
          <caption className="text-left font-medium">{t("changedMeanwhile")}</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-1 pr-2">
                {t("field")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("theirs")}
              </th>
              <th scope="col" className="py-1">
                {t("yours")}
              </th>
            </tr>
          </thead>
          <tbody>
            {meanwhile.map((name) => (
              <tr key={name} className="border-b border-line">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {field.has(name) ? field(name) : name}
                  {mineChanged.has(name) ? (
                    <strong className="ml-1 text-accent-strong">({t("bothChanged")})</strong>
                  ) : null}
                </th>
                <td className="py-1 pr-2">{show(theirs[name])}</td>
                <td className="py-1">{show(mine[name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => onKeepMine(theirs)}
          className="rounded bg-accent-strong px-3 py-2 text-sm font-semibold text-white"
        >
          {t("keepMine")}
        </button>
        <button
          type="button"
          onClick={() => onTakeTheirs(theirs)}
          className="rounded border border-line bg-white px-3 py-2 text-sm"
        >
          {t("takeTheirs")}
        </button>
      </div>
    </section>
  );
}
