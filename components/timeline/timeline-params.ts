import "server-only";
import { listActorSlugs } from "@/lib/data/actors";
import { parseTimelineView, type TimelineView, type ViewIssue } from "@/lib/events/timeline-view";
import {
  parseEventFilters,
  parseEventFiltersIgnoringInvalid,
  type EventFilters,
  type FilterIssue,
  type SearchParamsInput,
} from "@/lib/validations/event-filters";

export interface TimelineParams {
  filters: EventFilters;
  view: TimelineView;
  filterIssues: FilterIssue[];
  viewIssues: ViewIssue[];
}

/** For the page: what is valid is used, what is not is reported back to the reader. */
export async function readTimelineParams(params: SearchParamsInput): Promise<TimelineParams> {
  const actorSlugs = await listActorSlugs();
  const { filters, issues } = parseEventFiltersIgnoringInvalid(params, { actorSlugs });
  const { view, issues: viewIssues } = parseTimelineView(params);
  return { filters, view, filterIssues: issues, viewIssues };
}

/** For the window route: anything invalid refuses the request. */
export async function readTimelineParamsStrictly(
  params: URLSearchParams,
): Promise<
  { ok: true; filters: EventFilters; view: TimelineView } | { ok: false; issues: string[] }
> {
  const actorSlugs = await listActorSlugs();
  const parsed = parseEventFilters(params, { actorSlugs });
  const { view, issues: viewIssues } = parseTimelineView(params);
  const messages = [
    ...(parsed.ok ? [] : parsed.issues.map((issue) => issue.message)),
    ...viewIssues.map((issue) => `${issue.param}: invalid value "${issue.value}"`),
  ];
  if (!parsed.ok || messages.length > 0) return { ok: false, issues: messages };
  return { ok: true, filters: parsed.filters, view };
}
