import { getTranslations } from "next-intl/server";
import type { ReliabilityGrade } from "@/lib/generated/prisma/enums";

// Darker for trusted grades, lighter (never below AA contrast) for doubtful ones.
const GRADE_STYLES: Readonly<Record<ReliabilityGrade, string>> = {
  A: "border-emerald-800 text-emerald-900",
  B: "border-emerald-700 text-emerald-800",
  C: "border-amber-700 text-amber-900",
  D: "border-orange-700 text-orange-900",
  E: "border-red-700 text-red-800",
  F: "border-muted text-muted",
};

/** A source's reliability grade with its meaning in words (colour is never the only cue). */
export async function ReliabilityBadge({ grade }: { grade: ReliabilityGrade | null }) {
  const t = await getTranslations("source");
  if (grade === null) {
    return (
      <span className="inline-block whitespace-nowrap rounded border border-dashed border-muted px-2 py-0.5 text-xs text-muted">
        {t("notGraded")}
      </span>
    );
  }
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border bg-white px-2 py-0.5 text-xs font-medium ${GRADE_STYLES[grade]}`}
    >
      {t(`grades.${grade}`)}
    </span>
  );
}
