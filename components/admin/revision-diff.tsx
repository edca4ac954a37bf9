import { getTranslations } from "next-intl/server";
import type { RecordDiff } from "@/lib/workflow/diff";
import { objectsIn } from "@/lib/workflow/json";

function display(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return `${objectsIn(value).length} ×`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The field-by-field changes of one revision, and the citations it added or removed. */
export async function RevisionDiff({ diff }: { diff: RecordDiff }) {
  const t = await getTranslations("admin.history");
  const field = await getTranslations("adminFields");
  const lists = [
    ["citationsAdded", diff.citationsAdded],
    ["citationsRemoved", diff.citationsRemoved],
    ["citationsChanged", diff.citationsChanged],
  ] as const;
  if (diff.fields.length === 0 && lists.every(([, items]) => items.length === 0)) {
    return <p className="text-sm text-muted">{t("noContentChange")}</p>;
  }
  return (
    <div className="space-y-2">
      {diff.fields.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">
                  {t("field")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("before")}
                </th>
                <th scope="col" className="py-1">
                  {t("after")}
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.fields.map((change) => (
                <tr key={change.field} className="border-b border-line align-top last:border-0">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {field.has(change.field) ? field(change.field) : change.field}
                  </th>
                  <td className="py-1 pr-3 text-muted">
                    <del>{display(change.before)}</del>
                  </td>
                  <td className="py-1">
                    <ins className="no-underline">{display(change.after)}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {lists.map(([key, items]) =>
        items.length > 0 ? (
          <p key={key} className="text-sm">
            <span className="font-medium">{t(key)}:</span>{" "}
            {items.map((item) => item.label || item.id).join("; ")}
          </p>
        ) : null,
      )}
    </div>
  );
}
