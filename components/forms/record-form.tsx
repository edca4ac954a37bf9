"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import type { ConflictDetails } from "@/lib/actions/errors";
import { createRecordAction, saveRecordAction } from "@/lib/actions/records";
import { useRouter } from "@/lib/i18n/navigation";
import type { Collection } from "@/lib/workflow/adapters";
import { ConflictPanel } from "./conflict-panel";
import type { ReferenceOption } from "./fields/reference-fields";
import { FormStatus } from "./form-feedback";
import { RecordFields } from "./record-fields";
import { RECORD_FORMS } from "./record-layouts";
import { fieldErrorsFromIssues } from "./issues";
import { useHydrated } from "./use-hydrated";
import { useServerAction } from "./use-server-action";

interface Props {
  collection: Collection;
  /** Absent for a new record. */
  record?: { id: string; version: number; isPublic: boolean };
  initialData: Record<string, unknown>;
  sourceNames: Record<string, string>;
  actorNames: Record<string, string>;
  options: Record<string, ReferenceOption[]>;
}

/**
 * The editor of one record, validated in the browser with the same schema as on the server.
 * A refused save (invalid, stale, forbidden) never loses what was typed.
 */
export function RecordForm({
  collection,
  record,
  initialData,
  sourceNames,
  actorNames,
  options,
}: Props) {
  const t = useTranslations("adminForm");
  const router = useRouter();
  const definition = RECORD_FORMS[collection];
  const [data, setData] = useState(initialData);
  const [base, setBase] = useState(initialData);
  // Versions only grow: the page's (after a review step) or the form's own (after a save, or
  // after choosing to save over a newer version), whichever is newer.
  const [ownVersion, setVersion] = useState(record?.version ?? 0);
  const version = Math.max(ownVersion, record?.version ?? 0);
  const [summary, setSummary] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const create = useServerAction(createRecordAction);
  // Until React runs, submitting would only reload the page: wait for it.
  const hydrated = useHydrated();
  const save = useServerAction(saveRecordAction);
  const pending = create.pending || save.pending;
  const failure = record ? save.failure : create.failure;

  function showErrors(next: Record<string, string[]>) {
    setErrors(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const checked = definition.schema.safeParse(data);
    if (!checked.success) return showErrors(fieldErrorsFromIssues(checked.error.issues));
    setErrors({});
    if (!record) {
      create.run({ collection, data, summary }, (result) =>
        router.push(`/admin/${collection}/${result.id}`),
      );
      return;
    }
    save.run({ collection, id: record.id, expectedVersion: version, data, summary }, (result) => {
      setVersion(result.version);
      setBase(data);
      setSummary("");
      setConflict(null);
      setSaved(result.changed ? (result.pending ? t("savedPending") : t("saved")) : t("unchanged"));
      router.refresh();
    });
  }

  // Server-side field errors arrive as "data.<field>"; conflicts open the comparison.
  const serverErrors = failure?.fieldErrors
    ? Object.fromEntries(
        Object.entries(failure.fieldErrors).map(([key, value]) => [
          key.replace(/^data\./, ""),
          value,
        ]),
      )
    : {};
  const shownErrors = { ...serverErrors, ...errors };
  const activeConflict =
    conflict ?? (failure?.code === "conflict" ? (failure.conflict ?? null) : null);
  const errorCount = Object.keys(shownErrors).length;

  return (
    <form
      method="post"
      onSubmit={submit}
      noValidate
      className="space-y-6"
      aria-label={t("formLabel")}
    >
      <div ref={summaryRef} tabIndex={-1} className="outline-none">
        {errorCount > 0 ? (
          <div role="alert" className="rounded border border-accent bg-sand px-4 py-3">
            <p className="font-semibold">{t("errorSummary", { count: errorCount })}</p>
          </div>
        ) : null}
      </div>
      {activeConflict && record ? (
        <ConflictPanel
          conflict={activeConflict}
          base={base}
          mine={data}
          onKeepMine={(current) => {
            // The next save replaces the newer version with this input, knowingly.
            setVersion(activeConflict.currentVersion);
            setBase(current);
            setConflict(null);
            save.reset();
          }}
          onTakeTheirs={(current) => {
            setData(current);
            setBase(current);
            setVersion(activeConflict.currentVersion);
            setConflict(null);
            save.reset();
          }}
        />
      ) : null}
      <RecordFields
        sections={definition.sections}
        data={data}
        errors={shownErrors}
        onChange={(patch) => setData((current) => ({ ...current, ...patch }))}
        sourceNames={sourceNames}
        actorNames={actorNames}
        options={options}
      />
      <div className="space-y-3 rounded border border-line bg-white p-4">
        <div>
          <label htmlFor="edit-summary" className="block text-sm font-medium">
            {t("summary")}
          </label>
          <input
            id="edit-summary"
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            className="mt-1 block w-full rounded border border-line px-3 py-2"
            aria-describedby="edit-summary-hint"
          />
          <p id="edit-summary-hint" className="text-sm text-muted">
            {record?.isPublic ? t("summaryHintPublic") : t("summaryHint")}
          </p>
        </div>
        <FormStatus
          failure={failure && failure.code !== "conflict" ? failure : null}
          success={saved}
        />
        <button
          type="submit"
          disabled={pending || !hydrated}
          className="rounded bg-accent-strong px-4 py-2 font-semibold text-white hover:bg-accent disabled:opacity-60"
        >
          {pending ? t("saving") : record ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
