"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  discardPendingChangeAction,
  publishRecordAction,
  retractRecordAction,
  returnRecordToDraftAction,
  submitRecordAction,
} from "@/lib/actions/records";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";
import type { Collection } from "@/lib/workflow/adapters";
import { FormStatus } from "./form-feedback";
import { inputClass } from "./text-input";
import { useServerAction } from "./use-server-action";

export interface WorkflowAbilities {
  submit: boolean;
  publish: boolean;
  retract: boolean;
  discard: boolean;
}

interface Props {
  collection: Collection;
  id: string;
  version: number;
  status: PublicationStatus;
  pendingState: PublicationStatus | null;
  can: WorkflowAbilities;
  /** The signed-in member changed a figure that publishing would make public. */
  twoPersonBlocked: boolean;
}

const button = "rounded px-3 py-2 text-sm font-semibold disabled:opacity-60";
const primary = `${button} bg-accent-strong text-white hover:bg-accent`;
const secondary = `${button} border border-line bg-white hover:bg-sand`;

/** The review steps open to this member for this record, right now. */
export function WorkflowPanel({
  collection,
  id,
  version,
  status,
  pendingState,
  can,
  twoPersonBlocked,
}: Props) {
  const t = useTranslations("adminWorkflow");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [retracting, setRetracting] = useState(false);
  const submit = useServerAction(submitRecordAction);
  const publish = useServerAction(publishRecordAction);
  const back = useServerAction(returnRecordToDraftAction);
  const retract = useServerAction(retractRecordAction);
  const discard = useServerAction(discardPendingChangeAction);
  const all = [submit, publish, back, retract, discard];
  const pending = all.some((action) => action.pending);
  const failure = all.find((action) => action.failure)?.failure ?? null;
  const step = { collection, id, expectedVersion: version };
  const done = () => router.refresh();
  const state = pendingState ?? status;
  const inReview = state === "IN_REVIEW";

  return (
    <section
      aria-labelledby="workflow-title"
      className="space-y-3 rounded border border-line bg-white p-4"
    >
      <h2 id="workflow-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p data-testid="workflow-state">
        {pendingState
          ? t("pendingState", { status: t(`status.${status}`), state: t(`status.${pendingState}`) })
          : t("state", { status: t(`status.${status}`) })}
      </p>
      <div className="flex flex-wrap gap-2">
        {can.submit && state === "DRAFT" ? (
          <button
            type="button"
            disabled={pending}
            className={primary}
            onClick={() => submit.run(step, done)}
          >
            {t("submit")}
          </button>
        ) : null}
        {can.publish && inReview ? (
          <>
            <button
              type="button"
              disabled={pending || twoPersonBlocked}
              aria-describedby={twoPersonBlocked ? "two-person-note" : undefined}
              className={primary}
              onClick={() => publish.run(step, done)}
            >
              {pendingState ? t("publishChange") : t("publish")}
            </button>
            <button
              type="button"
              disabled={pending}
              className={secondary}
              onClick={() => back.run(step, done)}
            >
              {t("returnToDraft")}
            </button>
          </>
        ) : null}
        {can.discard && pendingState ? (
          <button
            type="button"
            disabled={pending}
            className={secondary}
            onClick={() => discard.run(step, done)}
          >
            {t("discard")}
          </button>
        ) : null}
        {can.retract && status === "PUBLISHED" && !retracting ? (
          <button type="button" className={secondary} onClick={() => setRetracting(true)}>
            {t("retract")}
          </button>
        ) : null}
      </div>
      {twoPersonBlocked && can.publish && inReview ? (
        <p id="two-person-note" className="text-sm text-accent-strong">
          {t("twoPerson")}
        </p>
      ) : null}
      {!can.publish && inReview ? (
        <p className="text-sm text-muted">{t("awaitingReviewer")}</p>
      ) : null}
      {retracting ? (
        <div className="space-y-2 rounded border border-line bg-paper p-3">
          <label htmlFor="retraction-reason" className="block text-sm font-medium">
            {t("reason")}
          </label>
          <textarea
            id="retraction-reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby="retraction-hint"
            className={inputClass}
          />
          <p id="retraction-hint" className="text-sm text-muted">
            {t("reasonHint")}
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              disabled={pending || reason.trim() === ""}
              className={primary}
              onClick={() =>
                retract.run({ ...step, reason }, () => {
                  setRetracting(false);
                  done();
                })
              }
            >
              {t("confirmRetract")}
            </button>
            <button type="button" className={secondary} onClick={() => setRetracting(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : null}
      <FormStatus failure={failure} />
    </section>
  );
}
