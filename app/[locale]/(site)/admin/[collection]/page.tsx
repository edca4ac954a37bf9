import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { RecordList } from "@/components/admin/record-list";
import { requirePagePermission } from "@/lib/auth/page-access";
import { listAdminRecords } from "@/lib/data/admin/lists";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";
import { adminListFiltersSchema } from "@/lib/validations/admin-filters";
import { mayCreate } from "@/lib/workflow/abilities";
import { isCollection } from "@/lib/workflow/adapters";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; collection: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, collection } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  const title = isCollection(collection) ? t(`nav.${collection}`) : t("nav.overview");
  return { title, description: t("list.description"), robots: { index: false } };
}

export default async function AdminListPage({ params, searchParams }: Props) {
  const { locale: raw, collection } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  if (!isCollection(collection)) notFound();
  const access = await requirePagePermission(locale, `/admin/${collection}`, "admin.access");
  if (!access.ok) return <ForbiddenNotice />;
  const filters = adminListFiltersSchema.parse(await searchParams);
  const list = await listAdminRecords(collection, filters, locale);
  const t = await getTranslations("admin");
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{t(`nav.${collection}`)}</h1>
        {mayCreate(collection, access.user.role) ? (
          <Link
            href={`/admin/${collection}/new`}
            className="rounded bg-accent-strong px-4 py-2 font-semibold text-white hover:bg-accent"
          >
            {t(`newRecord.${collection}`)}
          </Link>
        ) : null}
      </header>
      <RecordList collection={collection} list={list} filters={filters} />
    </div>
  );
}
