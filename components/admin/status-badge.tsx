import { getTranslations } from "next-intl/server";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";

const STYLES: Record<PublicationStatus, string> = {
  DRAFT: "border-line bg-white text-muted",
  IN_REVIEW: "border-accent bg-sand text-accent-strong",
  PUBLISHED: "border-ink bg-ink text-white",
  RETRACTED: "border-line bg-sand text-ink line-through",
};

export async function StatusBadge({
  status,
  pendingState,
}: {
  status: PublicationStatus | null;
  pendingState?: PublicationStatus | null;
}) {
  const t = await getTranslations("adminWorkflow");
  return (
    <span className="inline-flex flex-wrap gap-1">
      {status ? (
        <span className={`rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
          {t(`status.${status}`)}
        </span>
      ) : null}
      {pendingState ? (
        <span className="rounded border border-accent bg-white px-2 py-0.5 text-xs font-semibold text-accent-strong">
          {t("changeBadge", { state: t(`status.${pendingState}`) })}
        </span>
      ) : null}
    </span>
  );
}
