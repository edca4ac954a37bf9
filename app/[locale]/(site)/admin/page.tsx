import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { QueueList } from "@/components/admin/queue-list";
import { pageLocale, requirePagePermission, staffPageMetadata } from "@/lib/auth/page-access";
import { countPendingSources, listDraftsOf, listReviewQueue } from "@/lib/data/admin/queue";
import { Link } from "@/lib/i18n/navigation";
import { can } from "@/lib/permissions";
import { COLLECTIONS } from "@/lib/workflow/adapters";
import { mayCreate } from "@/lib/workflow/abilities";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffPageMetadata(params, "admin.overview");
}

export default async function AdminOverviewPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = pageLocale(raw);
  setRequestLocale(locale);
  const access = await requirePagePermission(locale, "/admin", "admin.access");
  if (!access.ok) return <ForbiddenNotice />;
  const { user } = access;
  const t = await getTranslations("admin.overview");
  const newRecord = await getTranslations("admin.newRecord");
  const [queue, drafts, pendingSources] = await Promise.all([
    listReviewQueue(locale),
    listDraftsOf(user.id, locale),
    countPendingSources(),
  ]);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
      </header>
      <section aria-labelledby="create-title" className="rounded border border-line bg-white p-4">
        <h2 id="create-title" className="text-lg font-semibold">
          {t("create")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {COLLECTIONS.filter((collection) => mayCreate(collection, user.role)).map(
            (collection) => (
              <li key={collection}>
                <Link
                  href={`/admin/${collection}/new`}
                  className="rounded border border-line px-3 py-1 hover:bg-sand"
                >
                  {newRecord(collection)}
                </Link>
              </li>
            ),
          )}
        </ul>
      </section>
      <section aria-labelledby="queue-title">
        <h2 id="queue-title" className="text-xl font-semibold">
          {t("reviewQueue")}
        </h2>
        <p className="text-sm text-muted">
          {can(user.role, "events.publish") ? t("reviewQueueHint") : t("reviewQueueReadOnly")}
        </p>
        <QueueList items={queue} empty={t("queueEmpty")} />
      </section>
      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title" className="text-xl font-semibold">
          {t("myDrafts")}
        </h2>
        <QueueList items={drafts} empty={t("draftsEmpty")} />
      </section>
      {can(user.role, "sources.curate") ? (
        <p>
          <Link
            href="/admin/sources?status=PENDING"
            className="font-medium text-accent-strong underline"
          >
            {t("pendingSources", { count: pendingSources })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
