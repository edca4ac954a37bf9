import { getTranslations } from "next-intl/server";
import type { MilestoneView } from "@/lib/data/institutions";
import { formatDateAtPrecision } from "@/lib/indicators/format";
import type { Lifecycle, StageStatus } from "@/lib/institutions/lifecycle";

const MARKER: Readonly<Record<StageStatus, string>> = {
  done: "border-accent-strong bg-accent-strong text-white",
  stalled: "border-amber-700 bg-amber-50 text-amber-900",
  pending: "border-gray-400 bg-white text-gray-500",
};
const SEGMENT: Readonly<Record<StageStatus, string>> = {
  done: "bg-accent-strong",
  stalled: "bg-amber-600",
  pending: "bg-gray-200",
};
const GLYPH: Readonly<Record<StageStatus, string>> = { done: "✓", stalled: "!", pending: "" };

function stageDate(milestones: MilestoneView[], locale: string): string | null {
  const dated = milestones.find((milestone) => milestone.date !== null);
  return dated?.date ? formatDateAtPrecision(dated.date, dated.datePrecision, locale) : null;
}

/** The stages as a horizontal track (vertical on a phone): done / pending / stalled, with dates. */
export async function LifecycleTrack({
  lifecycle,
  locale,
  label,
}: {
  lifecycle: Lifecycle<MilestoneView>;
  locale: string;
  label: string;
}) {
  const t = await getTranslations("institutions");
  return (
    <ol aria-label={label} className="grid grid-cols-1 gap-y-3 sm:grid-cols-8 sm:gap-y-0">
      {lifecycle.steps.map((step, index) => {
        const date = stageDate(step.milestones, locale);
        const next = lifecycle.steps[index + 1];
        return (
          <li
            key={step.stage}
            className="relative flex gap-3 sm:flex-col sm:gap-2"
            data-status={step.status}
          >
            {next ? (
              <span
                aria-hidden="true"
                className={`absolute top-8 left-[0.9rem] h-[calc(100%-1.25rem)] w-0 border-l-2 sm:top-[0.9rem] sm:left-8 sm:h-0 sm:w-[calc(100%-2rem)] sm:border-l-0 sm:border-t-2 ${
                  step.status === "done" && next.status === "done"
                    ? "border-accent-strong"
                    : "border-dashed border-gray-300"
                }`}
              />
            ) : null}
            <span
              aria-hidden="true"
              className={`relative z-10 flex h-8 w-8 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold ${MARKER[step.status]}`}
            >
              {GLYPH[step.status]}
            </span>
            <span className="min-w-0 pr-2 text-sm">
              <span className="block font-medium leading-tight">{t(`stages.${step.stage}`)}</span>
              <span className="block text-xs text-muted">
                {t(`status.${step.status}`)}
                {step.status === "done" ? ` · ${date ?? t("dateUnknown")}` : ""}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** One line per institution for the dashboard: coloured segments plus words for everyone. */
export async function LifecycleSummary({ lifecycle }: { lifecycle: Lifecycle<MilestoneView> }) {
  const t = await getTranslations("institutions");
  const done = lifecycle.steps.filter((step) => step.status === "done").length;
  const stalled = lifecycle.steps.find((step) => step.status === "stalled");
  return (
    <div className="space-y-1">
      <div aria-hidden="true" className="flex gap-0.5">
        {lifecycle.steps.map((step) => (
          <span key={step.stage} className={`h-2 flex-1 rounded-sm ${SEGMENT[step.status]}`} />
        ))}
      </div>
      <p className="text-xs text-muted">
        {t("summary", { done, total: lifecycle.steps.length })}
        {stalled ? ` · ${t("stalledAt", { stage: t(`stages.${stalled.stage}`) })}` : ""}
        {lifecycle.gap ? ` · ${await gapText(lifecycle)}` : ""}
      </p>
    </div>
  );
}

export async function gapText(lifecycle: Lifecycle<MilestoneView>): Promise<string> {
  const t = await getTranslations("institutions.gap");
  const gap = lifecycle.gap;
  if (!gap) return t("none");
  const values = { days: gap.days, approx: gap.approximate ? "yes" : "no" };
  return gap.operational ? t("operationalAfter", values) : t("notOperational", values);
}
