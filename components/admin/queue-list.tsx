import { getFormatter, getTranslations } from "next-intl/server";
import type { QueueItem } from "@/lib/data/admin/queue";
import { Link } from "@/lib/i18n/navigation";

export async function QueueList({ items, empty }: { items: QueueItem[]; empty: string }) {
  const t = await getTranslations("admin.overview");
  const nav = await getTranslations("admin.nav");
  const format = await getFormatter();
  if (items.length === 0) return <p className="mt-2 text-muted">{empty}</p>;
  return (
    <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
      {items.map((item) => (
        <li
          key={`${item.collection}-${item.id}-${item.kind}`}
          className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2"
        >
          <span>
            <Link
              href={`/admin/${item.collection}/${item.id}`}
              className="font-medium text-accent-strong underline"
            >
              {item.label || t("untitled")}
            </Link>{" "}
            <span className="text-sm text-muted">
              · {nav(item.collection)} ·{" "}
              {item.kind === "change" ? t("kindChange") : t("kindRecord")}
            </span>
          </span>
          <span className="text-sm text-muted">
            {format.dateTime(item.updatedAt, {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone: "UTC",
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
