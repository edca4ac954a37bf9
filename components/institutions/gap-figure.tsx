import { getTranslations } from "next-intl/server";
import type { MilestoneView } from "@/lib/data/institutions";
import type { Lifecycle } from "@/lib/institutions/lifecycle";

/** "Announced → operational: ≈ 387 days" (or "not operational after N days"). */
export async function GapFigure({
  lifecycle,
  compact = false,
}: {
  lifecycle: Lifecycle<MilestoneView>;
  compact?: boolean;
}) {
  const t = await getTranslations("institutions.gap");
  const { gap } = lifecycle;
  if (!gap) {
    return compact ? null : <p className="text-sm text-muted">{t("none")}</p>;
  }
  const days = t("days", { days: gap.days, approx: gap.approximate ? "yes" : "no" });
  if (compact) {
    return (
      <p className="text-sm">
        <span className="text-muted">{t(gap.operational ? "label" : "labelOpen")}: </span>
        <strong className="tabular-nums">{days}</strong>
      </p>
    );
  }
  return (
    <div className="rounded border border-line bg-white p-4">
      <p className="text-sm text-muted">{t(gap.operational ? "label" : "labelOpen")}</p>
      <p className="mt-1 text-3xl font-bold tabular-nums">{days}</p>
      <p className="mt-1 text-sm text-muted">
        {t(gap.operational ? "explainDone" : "explainOpen")}
        {gap.approximate ? ` ${t("approximate")}` : ""}
      </p>
    </div>
  );
}
