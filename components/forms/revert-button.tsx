"use client";

import { useTranslations } from "next-intl";
import { revertRecordAction } from "@/lib/actions/records";
import { useRouter } from "@/lib/i18n/navigation";
import type { Collection } from "@/lib/workflow/adapters";
import { FormStatus } from "./form-feedback";
import { useServerAction } from "./use-server-action";

/** Restores the content of one revision, as a new revision. */
export function RevertButton({
  collection,
  id,
  version,
  revisionNumber,
}: {
  collection: Collection;
  id: string;
  version: number;
  revisionNumber: number;
}) {
  const t = useTranslations("admin.history");
  const router = useRouter();
  const { run, pending, failure } = useServerAction(revertRecordAction);
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          run({ collection, id, expectedVersion: version, revisionNumber }, () => router.refresh())
        }
        className="rounded border border-line bg-white px-3 py-1 text-sm hover:bg-sand disabled:opacity-60"
      >
        {t("revert", { number: revisionNumber })}
      </button>
      <FormStatus failure={failure} />
    </div>
  );
}
