import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Previous / next links that keep the other query parameters. */
export async function AdminPagination({
  pathname,
  query,
  page,
  pageCount,
}: {
  pathname: string;
  query: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}) {
  const t = await getTranslations("admin.pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    params.set("page", String(target));
    return `${pathname}?${params.toString()}`;
  };
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="underline">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("page", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
