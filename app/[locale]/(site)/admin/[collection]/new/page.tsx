import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { RecordForm } from "@/components/forms/record-form";
import { RECORD_FORMS } from "@/components/forms/record-layouts";
import { requirePagePermission } from "@/lib/auth/page-access";
import { getFormOptions } from "@/lib/data/admin/form-options";
import { isLocale, routing } from "@/lib/i18n/routing";
import { adapterFor, isCollection } from "@/lib/workflow/adapters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; collection: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, collection } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return {
    title: isCollection(collection) ? t(`newRecord.${collection}`) : t("nav.overview"),
    description: t("editor.description"),
    robots: { index: false },
  };
}

export default async function NewRecordPage({ params }: Props) {
  const { locale: raw, collection } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  if (!isCollection(collection)) notFound();
  const { permissions, creatable } = adapterFor(collection);
  const permission = permissions.draft ?? permissions.write;
  if (!permission || !creatable) notFound();
  const access = await requirePagePermission(locale, `/admin/${collection}/new`, permission);
  if (!access.ok) return <ForbiddenNotice />;
  const t = await getTranslations("admin");
  const options = await getFormOptions(locale);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t(`newRecord.${collection}`)}</h1>
      <p className="text-muted">{t("editor.newHint")}</p>
      <RecordForm
        collection={collection}
        initialData={RECORD_FORMS[collection].empty}
        sourceNames={{}}
        actorNames={{}}
        options={options}
      />
    </div>
  );
}
