import { getTranslations } from "next-intl/server";
import type { MilestoneView } from "@/lib/data/institutions";
import { Link } from "@/lib/i18n/navigation";
import { formatDateAtPrecision } from "@/lib/indicators/format";
import type { Lifecycle } from "@/lib/institutions/lifecycle";
import { EvidenceList } from "./evidence-list";

/** Each recorded stage with its date, what happened, the event it happened at, and the evidence. */
export async function MilestoneList({
  lifecycle,
  locale,
}: {
  lifecycle: Lifecycle<MilestoneView>;
  locale: string;
}) {
  const t = await getTranslations("institutions");
  const milestones = lifecycle.steps
    .flatMap((step) => step.milestones)
    .concat(lifecycle.ended ? [lifecycle.ended] : [])
    .sort((a, b) => (a.date?.getTime() ?? Infinity) - (b.date?.getTime() ?? Infinity));
  if (milestones.length === 0) return <p className="text-sm text-muted">{t("noMilestones")}</p>;
  return (
    <ol className="space-y-4">
      {milestones.map((milestone) => (
        <li key={milestone.id} className="rounded border border-line bg-white p-4">
          <p className="flex flex-wrap items-baseline gap-x-3">
            <span className="font-semibold">{t(`stages.${milestone.stage}`)}</span>
            <span className="text-sm text-muted tabular-nums">
              {milestone.date
                ? formatDateAtPrecision(milestone.date, milestone.datePrecision, locale)
                : t("dateUnknown")}
            </span>
          </p>
          {milestone.description ? (
            <p
              className="mt-1"
              lang={
                milestone.description.locale === locale ? undefined : milestone.description.locale
              }
            >
              {milestone.description.text}
            </p>
          ) : null}
          {milestone.event ? (
            <p className="mt-1 text-sm">
              {t("atEvent")}{" "}
              <Link href={`/events/${milestone.event.id}`} className="text-accent-strong underline">
                {milestone.event.title.text}
              </Link>
            </p>
          ) : null}
          <h3 className="mt-3 text-sm font-semibold">{t("evidence")}</h3>
          <EvidenceList evidence={milestone.evidence} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
