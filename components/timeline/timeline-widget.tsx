import type { TimelineView } from "@/lib/events/timeline-view";
import { formatSpan } from "@/lib/events/timeline-scale";
import type { Locale } from "@/lib/i18n/routing";
import type { EventFilters } from "@/lib/validations/event-filters";
import { TimelineChart } from "./timeline-chart";
import { buildTimelinePayload } from "./timeline-payload";

/** The timeline's first window, aggregated on the server, handed to the interactive chart. */
export async function TimelineWidget({
  filters,
  view,
  locale,
}: {
  filters: EventFilters;
  view: TimelineView;
  locale: Locale;
}) {
  const payload = await buildTimelinePayload(filters, view, locale);
  // A new selection, lane choice or window from the server starts the chart afresh.
  const key = `${payload.query}|${payload.lanesKind}|${formatSpan(payload.span)}`;
  return <TimelineChart key={key} payload={payload} />;
}
