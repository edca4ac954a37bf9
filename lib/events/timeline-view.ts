/**
 * The timeline's own URL state, next to the event filters: which lanes (`lanes=country|category`),
 * which window (`span=2022-01-01..2023-12-31`) and which page of the list (`page=2`). Parsed like the
 * filters: a malformed value is reported, not guessed.
 */
import { parseSpan, type Span } from "./timeline-scale";

export type LaneKind = "country" | "category";

export interface TimelineView {
  lanes: LaneKind;
  /** null = the default window for the selection. */
  span: Span | null;
  page: number;
}

export type ViewParam = "lanes" | "span" | "page";

export interface ViewIssue {
  param: ViewParam;
  value: string;
}

type Params = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

function lastValue(params: Params, key: ViewParam): string | null {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  const value = raw.at(-1)?.trim();
  return value === undefined || value === "" ? null : value;
}

export const MAX_PAGE = 10_000;

export function parseTimelineView(params: Params): { view: TimelineView; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const lanesValue = lastValue(params, "lanes");
  let lanes: LaneKind = "country";
  if (lanesValue === "country" || lanesValue === "category") lanes = lanesValue;
  else if (lanesValue !== null) issues.push({ param: "lanes", value: lanesValue });

  const spanValue = lastValue(params, "span");
  const span = parseSpan(spanValue);
  if (spanValue !== null && span === null) issues.push({ param: "span", value: spanValue });

  const pageValue = lastValue(params, "page");
  let page = 1;
  if (pageValue !== null) {
    const number = /^\d{1,5}$/.test(pageValue) ? Number(pageValue) : NaN;
    if (number >= 1 && number <= MAX_PAGE) page = number;
    else issues.push({ param: "page", value: pageValue });
  }
  return { view: { lanes, span, page }, issues };
}
