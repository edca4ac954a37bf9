import { getFormatter, getTranslations } from "next-intl/server";
import type { CorrectionEntry } from "@/lib/data/corrections";

/**
 * The public corrections log of a record: "fatalities (best) 12 → 19 on 2 March 2026, source
 * added". Meant for the public record pages as well as the staff history.
 */
export async function CorrectionsLog({ entries }: { entries: CorrectionEntry[] }) {
  const t = await getTranslations("corrections");
  const field = await getTranslations("adminFields");
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  return (
    <ol className="space-y-2" data-testid="corrections-log">
      {entries.map((entry, index) => {
        const parts = entry.changes.map((change) => {
          const name = field.has(change.field) ? field(change.field) : change.field;
          return change.valuesShown
            ? t("changed", {
                field: name,
                before: String(change.before ?? "—"),
                after: String(change.after ?? "—"),
              })
            : t("edited", { field: name });
        });
        if (entry.citationsAdded) parts.push(t("sourcesAdded", { count: entry.citationsAdded }));
        if (entry.citationsRemoved)
          parts.push(t("sourcesRemoved", { count: entry.citationsRemoved }));
        if (entry.citationsEdited) parts.push(t("sourcesEdited", { count: entry.citationsEdited }));
        const date = format.dateTime(entry.at, { dateStyle: "long", timeZone: "UTC" });
        return (
          <li key={index} className="rounded border border-line bg-white px-3 py-2 text-sm">
            <span className="font-medium">{t(`kind.${entry.kind}`, { date })}</span>
            {parts.length > 0 ? `: ${parts.join(", ")}` : null}
            {entry.retractionReason ? (
              <span className="block text-muted">
                {t("reason", { reason: entry.retractionReason })}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
