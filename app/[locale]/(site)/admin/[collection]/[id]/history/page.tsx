import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CorrectionsLog } from "@/components/admin/corrections-log";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { RecordFacts } from "@/components/admin/record-facts";
import { RevisionDiff } from "@/components/admin/revision-diff";
import { RevertButton } from "@/components/forms/revert-button";
import { pageLocale, requirePagePermission, staffPageMetadata } from "@/lib/auth/page-access";
import { getEditorView } from "@/lib/data/admin/editor";
import { listRevisions } from "@/lib/data/admin/history";
import { getCorrectionsLog, getPublicVersionAt } from "@/lib/data/corrections";
import { Link } from "@/lib/i18n/navigation";
import { can } from "@/lib/permissions";
import { isoDateSchema } from "@/lib/validations/dates";
import { recordIdSchema } from "@/lib/validations/workflow";
import { adapterFor, isCollection } from "@/lib/workflow/adapters";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; collection: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffPageMetadata(params, "admin.history");
}

export default async function RecordHistoryPage({ params, searchParams }: Props) {
  const { locale: raw, collection, id } = await params;
  const locale = pageLocale(raw);
  setRequestLocale(locale);
  if (!isCollection(collection) || !recordIdSchema.safeParse(id).success) notFound();
  const path = `/admin/${collection}/${id}/history`;
  const access = await requirePagePermission(locale, path, "admin.access");
  if (!access.ok) return <ForbiddenNotice />;
  const view = await getEditorView(collection, id);
  if (!view) notFound();
  const adapter = adapterFor(collection);
  const query = await searchParams;
  const at = isoDateSchema.safeParse(query.at);
  const [revisions, corrections, pastVersion] = await Promise.all([
    listRevisions(adapter.type, id),
    getCorrectionsLog(adapter.type, id),
    at.success ? getPublicVersionAt(adapter.type, id, new Date(`${at.data}T23:59:59.999Z`)) : null,
  ]);
  const mayRevert =
    adapter.permissions.revert !== undefined && can(access.user.role, adapter.permissions.revert);
  const t = await getTranslations("admin.history");
  const actions = await getTranslations("adminWorkflow.actions");
  const format = await getFormatter();

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/admin/${collection}/${id}`} className="underline">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading", { label: view.label })}</h1>
      </header>

      <section aria-labelledby="corrections-title" className="space-y-2">
        <h2 id="corrections-title" className="text-xl font-semibold">
          {t("corrections")}
        </h2>
        <p className="text-sm text-muted">{t("correctionsHint")}</p>
        <CorrectionsLog entries={corrections} />
      </section>

      <section aria-labelledby="as-of-title" className="space-y-3">
        <h2 id="as-of-title" className="text-xl font-semibold">
          {t("asOf")}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="as-of-date" className="block text-sm font-medium">
              {t("asOfDate")}
            </label>
            <input
              id="as-of-date"
              name="at"
              type="date"
              defaultValue={at.success ? at.data : ""}
              className="mt-1 rounded border border-line px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="rounded border border-line bg-sand px-4 py-2 font-medium"
          >
            {t("show")}
          </button>
        </form>
        {at.success ? (
          pastVersion ? (
            <div className="space-y-2" data-testid="as-of-version">
              <p className="text-sm">
                {t("asOfShown", { date: at.data })}
                {pastVersion.workflow?.status === "RETRACTED" ? ` ${t("asOfRetracted")}` : ""}
              </p>
              <RecordFacts data={pastVersion.data} />
            </div>
          ) : (
            <p className="text-sm text-muted">{t("notPublicThen", { date: at.data })}</p>
          )
        ) : null}
      </section>

      <section aria-labelledby="revisions-title" className="space-y-3">
        <h2 id="revisions-title" className="text-xl font-semibold">
          {t("revisions")}
        </h2>
        {revisions.length === 0 ? <p className="text-muted">{t("noRevisions")}</p> : null}
        <ol className="space-y-4">
          {revisions.map((revision) => (
            <li key={revision.number} className="space-y-2 rounded border border-line bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  #{revision.number} · {actions(revision.action)}
                  {revision.pending ? (
                    <span className="ml-2 text-sm font-normal text-accent-strong">
                      {t("pendingChange")}
                    </span>
                  ) : null}
                  {revision.publicAt ? (
                    <span className="ml-2 text-sm font-normal text-muted">{t("madePublic")}</span>
                  ) : null}
                </h3>
                <p className="text-sm text-muted">
                  {revision.authorName ?? t("system")} ·{" "}
                  {format.dateTime(revision.createdAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: "UTC",
                  })}
                </p>
              </div>
              {revision.summary ? <p className="text-sm italic">“{revision.summary}”</p> : null}
              <RevisionDiff diff={revision.diff} />
              {mayRevert && revision.revertible && revision.number !== revisions[0]?.number ? (
                <RevertButton
                  collection={collection}
                  id={id}
                  version={view.version}
                  revisionNumber={revision.number}
                />
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
