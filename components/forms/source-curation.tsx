"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { searchSourcesAction } from "@/lib/actions/lookups";
import {
  decideSourceAction,
  deleteSourceAction,
  gradeSourceAction,
  mergeSourcesAction,
} from "@/lib/actions/sources";
import { ReliabilityGrade, type SourceStatus } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";
import { ActionButton } from "./action-button";
import { SearchPicker } from "./fields/search-picker";
import { FormStatus } from "./form-feedback";
import { inputClass } from "./text-input";
import { useServerAction } from "./use-server-action";

interface Props {
  source: {
    id: string;
    version: number;
    name: string;
    status: SourceStatus;
    reliability: ReliabilityGrade | null;
    reliabilityNote: string | null;
    cited: boolean;
  };
}

/** An admin's tools for one source: decide, grade, merge into another, delete if uncited. */
export function SourceCuration({ source }: Props) {
  const t = useTranslations("admin.sources");
  const router = useRouter();
  const grade = useServerAction(gradeSourceAction);
  const merge = useServerAction(mergeSourcesAction);
  const [reliability, setReliability] = useState<ReliabilityGrade>(source.reliability ?? "C");
  const [note, setNote] = useState(source.reliabilityNote ?? "");
  const [merging, setMerging] = useState(false);
  const ref = { sourceId: source.id, expectedVersion: source.version };
  const id = (name: string) => `${name}-${source.id}`;

  return (
    <div className="space-y-3">
      {source.status !== "APPROVED" ? (
        <ActionButton
          action={decideSourceAction}
          input={{ ...ref, decision: "APPROVED" as const }}
          label={t("approve", { name: source.name })}
          tone="primary"
        />
      ) : null}{" "}
      {source.status === "PENDING" ? (
        <ActionButton
          action={decideSourceAction}
          input={{ ...ref, decision: "REJECTED" as const }}
          label={t("reject", { name: source.name })}
        />
      ) : null}
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={id("grade")} className="block text-xs font-medium">
            {t("grade")}
          </label>
          <select
            id={id("grade")}
            value={reliability}
            onChange={(event) => {
              const next = Object.values(ReliabilityGrade).find(
                (value) => value === event.target.value,
              );
              if (next) setReliability(next);
            }}
            className="rounded border border-line px-2 py-1 text-sm"
          >
            {Object.values(ReliabilityGrade).map((value) => (
              <option key={value} value={value}>
                {t(`grades.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-48 flex-1">
          <label htmlFor={id("note")} className="block text-xs font-medium">
            {t("gradeNote")}
          </label>
          <input
            id={id("note")}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            className={inputClass}
          />
        </div>
        <button
          type="button"
          disabled={grade.pending}
          onClick={() => grade.run({ ...ref, reliability, note }, () => router.refresh())}
          className="rounded border border-line bg-white px-3 py-2 text-sm hover:bg-sand"
        >
          {t("saveGrade")}
        </button>
      </div>
      <FormStatus failure={grade.failure} />
      {merging ? (
        <div className="space-y-2">
          <SearchPicker
            label={t("mergeInto", { name: source.name })}
            search={searchSourcesAction}
            describe={(other) =>
              other.id === source.id ? `${other.name} (${t("thisSource")})` : other.name
            }
            onPick={(other) => {
              if (other.id === source.id) return;
              if (!window.confirm(t("mergeConfirm", { name: source.name, other: other.name })))
                return;
              merge.run({ keepId: other.id, mergeId: source.id }, () => router.refresh());
            }}
          />
          <button type="button" onClick={() => setMerging(false)} className="text-sm underline">
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setMerging(true)}
          className="rounded border border-line bg-white px-3 py-1 text-sm hover:bg-sand"
        >
          {t("merge")}
        </button>
      )}{" "}
      <FormStatus failure={merge.failure} />
      {!source.cited ? (
        <ActionButton
          action={deleteSourceAction}
          input={{ sourceId: source.id }}
          label={t("delete", { name: source.name })}
          confirm={t("deleteConfirm", { name: source.name })}
        />
      ) : (
        <p className="text-xs text-muted">{t("citedKept")}</p>
      )}
    </div>
  );
}
