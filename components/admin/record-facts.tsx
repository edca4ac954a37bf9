import { getTranslations } from "next-intl/server";
import { objectsIn } from "@/lib/workflow/json";

function display(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return String(objectsIn(value).length);
  return typeof value === "object" ? "…" : String(value);
}

/** Read-only view of a record's content, for members who may not edit it. */
export async function RecordFacts({ data }: { data: Record<string, unknown> }) {
  const t = await getTranslations("adminFields");
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded border border-line bg-white p-4 text-sm sm:grid-cols-2">
      {Object.entries(data).map(([key, value]) => (
        <div key={key}>
          <dt className="font-medium">{t.has(key) ? t(key) : key}</dt>
          <dd className="text-muted">{display(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
