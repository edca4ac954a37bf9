import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function Pagination({
  page,
  pageCount,
  hrefForPage,
}: {
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("eventList");
  const linkClass = "rounded border border-line bg-white px-3 py-1.5 hover:bg-sand";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefForPage(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefForPage(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
