"use client";

import { useEffect, useState } from "react";
import { formatSpan, type Span } from "@/lib/events/timeline-scale";
import type { TimelinePayload } from "./timeline-payload";

export type WindowData = Pick<
  TimelinePayload,
  "granularity" | "total" | "buckets" | "events" | "span"
>;

// Long enough to coalesce a wheel gesture or a drag into one request, short enough to feel instant.
const FETCH_DELAY_MS = 80;

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * The aggregated data for the visible window: the server's first answer, then refetched (debounced,
 * aborted when superseded) as the reader zooms or pans. The window is mirrored into the URL's
 * `span` so that a reload or a shared link shows the same view; replaceState keeps it out of the
 * history and does not re-render the server components.
 */
export function useTimelineWindow(
  payload: TimelinePayload,
  span: Span,
  locale: string,
): { data: WindowData; loading: boolean; failed: boolean } {
  const [data, setData] = useState<WindowData>(payload);
  const [failed, setFailed] = useState(false);
  const { start, end } = span;
  const { start: loadedStart, end: loadedEnd } = data.span;

  useEffect(() => {
    if (start === loadedStart && end === loadedEnd) return;
    const wanted = { start, end };
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams(payload.query);
      params.set("lanes", payload.lanesKind);
      params.set("span", formatSpan(wanted));
      const url = new URL(window.location.href);
      url.searchParams.set("span", formatSpan(wanted));
      window.history.replaceState(window.history.state, "", url);
      fetch(`/${locale}/timeline/window?${params.toString()}`, { signal: controller.signal })
        .then(async (response) => {
          if (!response.ok) throw new Error(`timeline window: HTTP ${response.status}`);
          const next = (await response.json()) as TimelinePayload;
          setData(next);
          setFailed(false);
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          console.error(error);
          setFailed(true);
        });
    }, FETCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [start, end, loadedStart, loadedEnd, payload.query, payload.lanesKind, locale]);

  return { data, loading: !sameSpan(data.span, span), failed };
}
