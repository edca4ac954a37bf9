/**
 * Events drawn as markers on a chart's time axis. Events falling in the same bucket share one
 * numbered marker; the number links the marker to the list under the chart.
 */
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { bucketOf, type Granularity } from "./periods";

export interface AnnotationEvent {
  id: string;
  title: string;
  /** Language of the title (differs from the reader's when it fell back). */
  titleLocale: string;
  dateStart: string;
  datePrecision: DatePrecision;
  category: string;
}

export interface ChartAnnotation {
  number: number;
  bucket: string;
  events: AnnotationEvent[];
}

export function groupAnnotations(
  events: readonly AnnotationEvent[],
  granularity: Granularity,
): ChartAnnotation[] {
  const sorted = [...events].sort(
    (a, b) => a.dateStart.localeCompare(b.dateStart) || a.id.localeCompare(b.id),
  );
  const byBucket = new Map<string, AnnotationEvent[]>();
  for (const event of sorted) {
    const bucket = bucketOf(new Date(`${event.dateStart}T00:00:00Z`), granularity);
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), event]);
  }
  return [...byBucket.entries()].map(([bucket, grouped], index) => ({
    number: index + 1,
    bucket,
    events: grouped,
  }));
}
