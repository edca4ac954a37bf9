import { getTranslations } from "next-intl/server";
import type { ViewIssue } from "@/lib/events/timeline-view";
import type { FilterIssue } from "@/lib/validations/event-filters";

/** What in the URL could not be used: said plainly, above a view that ignores it. */
export async function FilterIssues({
  filterIssues,
  viewIssues = [],
}: {
  filterIssues: FilterIssue[];
  viewIssues?: ViewIssue[];
}) {
  if (filterIssues.length === 0 && viewIssues.length === 0) return null;
  const t = await getTranslations("filters");
  return (
    <div
      role="alert"
      className="rounded border-2 border-accent bg-white px-4 py-3"
      data-testid="filter-issues"
    >
      <p className="font-semibold text-accent-strong">{t("invalidTitle")}</p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {filterIssues.map((issue) => (
          <li key={`${issue.param}:${issue.value}:${issue.code}`}>
            {t(`issue.${issue.code}`, { param: t(`param.${issue.param}`), value: issue.value })}
          </li>
        ))}
        {viewIssues.map((issue) => (
          <li key={issue.param}>
            {t("issue.view", { param: t(`param.${issue.param}`), value: issue.value })}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm text-muted">{t("invalidHint")}</p>
    </div>
  );
}
