import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminList } from "@/lib/data/admin/lists";
import { Link } from "@/lib/i18n/navigation";
import { ADMIN_STATUS_FILTERS, type AdminListFilters } from "@/lib/validations/admin-filters";
import type { Collection } from "@/lib/workflow/adapters";
import { AdminPagination } from "./admin-pagination";
import { ListFilters } from "./list-filters";
import { StatusBadge } from "./status-badge";

/** A staff list: search and status filter (a plain GET form), then one row per record. */
export async function RecordList({
  collection,
  list,
  filters,
}: {
  collection: Collection;
  list: AdminList;
  filters: AdminListFilters;
}) {
  const t = await getTranslations("admin.list");
  const status = await getTranslations("adminWorkflow.status");
  const format = await getFormatter();
  const pathname = `/admin/${collection}`;
  return (
    <div className="space-y-4">
      <ListFilters
        fields={[
          { name: "q", label: t("search"), value: filters.q ?? "" },
          {
            name: "status",
            label: t("status"),
            value: filters.status ?? "",
            options: [
              { value: "", label: t("anyStatus") },
              ...ADMIN_STATUS_FILTERS.map((value) => ({
                value,
                label: value === "PENDING_CHANGE" ? t("pendingChange") : status(value),
              })),
            ],
          },
        ]}
      />
      <p className="text-sm text-muted" aria-live="polite">
        {t("count", { count: list.total })}
      </p>
      {list.rows.length > 0 ? (
        <div className="overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line bg-sand">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("record")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("facts")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("status")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("updated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-b border-line last:border-0">
                  <td className="px-3 py-2">
                    <Link
                      href={`${pathname}/${row.id}`}
                      lang={row.label.locale}
                      className="font-medium text-accent-strong underline"
                    >
                      {row.label.text || t("untitled")}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-muted">{row.facts.join(" · ")}</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={row.status} pendingState={row.pendingState} />
                  </td>
                  <td className="px-3 py-2 text-muted">
                    {format.dateTime(row.updatedAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: "UTC",
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <AdminPagination
        pathname={pathname}
        query={{ q: filters.q, status: filters.status }}
        page={list.page}
        pageCount={list.pageCount}
      />
    </div>
  );
}
