import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { RecordFacts } from "@/components/admin/record-facts";
import { StatusBadge } from "@/components/admin/status-badge";
import { RecordForm } from "@/components/forms/record-form";
import { WorkflowPanel } from "@/components/forms/workflow-panel";
import { pageLocale, requirePagePermission, staffPageMetadata } from "@/lib/auth/page-access";
import { getFormOptions } from "@/lib/data/admin/form-options";
import { getEditorView } from "@/lib/data/admin/editor";
import { Link } from "@/lib/i18n/navigation";
import { can } from "@/lib/permissions";
import { adapterFor, isCollection } from "@/lib/workflow/adapters";
import { recordIdSchema } from "@/lib/validations/workflow";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; collection: string; id: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffPageMetadata(params, "admin.editor");
}

export default async function EditRecordPage({ params }: Props) {
  const { locale: raw, collection, id } = await params;
  const locale = pageLocale(raw);
  setRequestLocale(locale);
  if (!isCollection(collection) || !recordIdSchema.safeParse(id).success) notFound();
  const access = await requirePagePermission(locale, `/admin/${collection}/${id}`, "admin.access");
  if (!access.ok) return <ForbiddenNotice />;
  const [view, options] = await Promise.all([
    getEditorView(collection, id),
    getFormOptions(locale),
  ]);
  if (!view) notFound();
  const { user } = access;
  const { permissions, hasWorkflow } = adapterFor(collection);
  const allowed = (verb: keyof typeof permissions) => {
    const permission = permissions[verb];
    return permission !== undefined && can(user.role, permission);
  };
  const ownDraft =
    view.status === "DRAFT" && view.pendingState === null && view.createdById === user.id;
  const mayEdit = allowed("write") || (allowed("draft") && ownDraft);
  const t = await getTranslations("admin.editor");

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/admin/${collection}`} className="underline">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{view.label || t("untitled")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={view.status} pendingState={view.pendingState} />
          <Link
            href={`/admin/${collection}/${id}/history`}
            className="text-sm font-medium text-accent-strong underline"
          >
            {t("history")}
          </Link>
          {view.publicPath ? (
            <Link href={view.publicPath} className="text-sm underline">
              {t("publicPage")}
            </Link>
          ) : null}
        </div>
        {view.publicData ? (
          <p className="rounded border border-line bg-sand px-3 py-2 text-sm">
            {t("pendingNotice")}
          </p>
        ) : null}
        {view.retractionReason ? (
          <p className="rounded border border-line bg-sand px-3 py-2 text-sm">
            {t("retracted", { reason: view.retractionReason })}
          </p>
        ) : null}
      </header>
      {hasWorkflow && view.status ? (
        <WorkflowPanel
          collection={collection}
          id={id}
          version={view.version}
          status={view.status}
          pendingState={view.pendingState}
          can={{
            submit: allowed("submit"),
            publish: allowed("publish"),
            retract: allowed("retract"),
            discard: allowed("write"),
          }}
          twoPersonBlocked={view.figuresChanged && view.figureAuthorIds.includes(user.id)}
        />
      ) : null}
      {mayEdit ? (
        <RecordForm
          collection={collection}
          record={{
            id,
            version: view.version,
            isPublic: view.status === "PUBLISHED" || view.status === "RETRACTED",
          }}
          initialData={view.data}
          sourceNames={view.sourceNames}
          actorNames={view.actorNames}
          options={options}
        />
      ) : (
        <section aria-labelledby="read-only-title" className="space-y-2">
          <h2 id="read-only-title" className="text-lg font-semibold">
            {t("readOnly")}
          </h2>
          <RecordFacts data={view.data} />
        </section>
      )}
    </div>
  );
}
