"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { formatDay } from "@/lib/events/precision";
import { isNavigationKey, moveFocus } from "@/lib/events/timeline-navigation";
import { clampSpan, DAY_MS, panSpan, zoomSpan, type Span } from "@/lib/events/timeline-scale";
import { useRouter } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";
import { TimelineControls } from "./timeline-controls";
import { TimelineDetails, TimelineLegend, TimelineTable } from "./timeline-extras";
import { TimelineDrawing } from "./timeline-drawing";
import { computeGeometry, type DrawnItem } from "./timeline-geometry";
import type { TimelinePayload } from "./timeline-payload";
import { useTimelineGestures } from "./use-timeline-gestures";
import { useTimelineWindow } from "./use-timeline-window";

const ZOOM_STEP = 0.6;
const PAN_STEP = 0.2;

function useElementWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The interactive timeline: draws the window the server aggregated, and lets the reader zoom
 * (buttons, +/−, Ctrl + wheel, pinch) and pan (buttons, arrows, drag, Shift + wheel). Items
 * (events, or buckets when zoomed out) form one tab stop: arrows move between them, Enter opens an
 * event or zooms into a bucket, Escape returns to the chart.
 */
export function TimelineChart({ payload }: { payload: TimelinePayload }) {
  const t = useTranslations("timeline");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : routing.defaultLocale;
  const router = useRouter();
  const frame = useRef<HTMLDivElement>(null);
  const drawingArea = useRef<HTMLDivElement>(null);
  const width = useElementWidth(drawingArea);
  const [span, setSpan] = useState<Span>(payload.span);
  const { data, loading, failed } = useTimelineWindow(payload, span, locale);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hovered, setHovered] = useState<DrawnItem | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const update = useCallback(
    (change: (span: Span) => Span) => setSpan((current) => change(current)),
    [],
  );
  const { handlers, consumeDragClick } = useTimelineGestures(drawingArea, span, update);

  const geometry = useMemo(
    () => (width > 0 ? computeGeometry(data, payload.lanes, span, width) : null),
    [data, payload.lanes, span, width],
  );
  const items = useMemo(() => geometry?.items ?? [], [geometry]);
  const active = items.find((item) => item.id === activeId) ?? null;
  const tabStopId = active?.id ?? items[0]?.id ?? null;

  useEffect(() => {
    if (focusRequest === 0 || !activeId) return;
    const element = frame.current?.querySelector<SVGElement>(
      `[data-item-id="${CSS.escape(activeId)}"]`,
    );
    element?.focus();
  }, [focusRequest, activeId]);

  function focusItem(id: string | null) {
    if (!id) return;
    setActiveId(id);
    setFocusRequest((count) => count + 1);
  }

  function zoomInto(start: number, end: number) {
    setSpan(clampSpan({ start, end }));
  }

  function activate(item: DrawnItem, event: MouseEvent | KeyboardEvent) {
    if (consumeDragClick()) {
      event.preventDefault();
      return;
    }
    if (item.kind === "bucket") {
      zoomInto(item.start, item.end);
      return;
    }
    if (event.type === "click") {
      const click = event as MouseEvent;
      // Let the browser handle "open in a new tab"; otherwise navigate client-side.
      if (click.metaKey || click.ctrlKey || click.shiftKey || click.button !== 0) return;
    }
    event.preventDefault();
    router.push(`/events/${item.id}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const onItem = event.target !== frame.current;
    const anchor = onItem && active ? active.start : undefined;
    if (event.key === "+" || event.key === "=") {
      event.preventDefault();
      setSpan((current) => zoomSpan(current, ZOOM_STEP, anchor));
    } else if (event.key === "-" || event.key === "_") {
      event.preventDefault();
      setSpan((current) => zoomSpan(current, 1 / ZOOM_STEP, anchor));
    } else if (event.key === "Escape" && onItem) {
      event.preventDefault();
      frame.current?.focus();
    } else if (!onItem && (event.key === "ArrowLeft" || event.key === "ArrowRight")) {
      event.preventDefault();
      const fraction = (event.shiftKey ? 2.5 : 1) * PAN_STEP;
      setSpan((current) => panSpan(current, event.key === "ArrowLeft" ? -fraction : fraction));
    } else if (!onItem && (event.key === "ArrowDown" || event.key === "Enter")) {
      event.preventDefault();
      focusItem(tabStopId);
    } else if (onItem && isNavigationKey(event.key) && activeId) {
      event.preventDefault();
      focusItem(moveFocus(items, activeId, event.key));
    }
  }

  const shown = hovered ?? active;
  const summary = t(data.events ? "summaryEvents" : "summaryBuckets", {
    count: data.total,
    start: formatDay(new Date(span.start), locale),
    end: formatDay(new Date(span.end - DAY_MS), locale),
    unit: t(`unit.${data.granularity}`),
  });

  return (
    <div
      className="space-y-3"
      data-testid="timeline-chart"
      data-query={payload.query}
      data-lanes={payload.lanesKind}
      data-state={loading ? "loading" : "ready"}
    >
      <TimelineControls
        onZoomIn={() => setSpan((current) => zoomSpan(current, ZOOM_STEP))}
        onZoomOut={() => setSpan((current) => zoomSpan(current, 1 / ZOOM_STEP))}
        onEarlier={() => setSpan((current) => panSpan(current, -PAN_STEP * 2))}
        onLater={() => setSpan((current) => panSpan(current, PAN_STEP * 2))}
        onShowAll={payload.extent ? () => setSpan(payload.extent ?? span) : undefined}
      />
      <p className="text-sm text-muted" aria-live="polite" data-testid="timeline-summary">
        {summary} {loading ? t("loading") : null}
        {failed ? <span className="text-accent-strong"> {t("loadFailed")}</span> : null}
      </p>
      <div
        ref={frame}
        tabIndex={0}
        role="group"
        aria-roledescription={t("roleDescription")}
        aria-label={t("chartLabel")}
        aria-describedby="timeline-keyboard-help"
        onKeyDown={onKeyDown}
        className="rounded border border-line bg-white p-2 focus-visible:outline-3 focus-visible:outline-accent"
      >
        <div
          ref={drawingArea}
          {...handlers}
          className={`relative touch-pan-y ${loading ? "opacity-80" : ""}`}
          style={{ minHeight: 120 }}
        >
          {geometry ? (
            <TimelineDrawing
              geometry={geometry}
              granularity={data.granularity}
              span={span}
              width={width}
              activeId={tabStopId}
              onItemFocus={(item) => setActiveId(item.id)}
              onItemHover={setHovered}
              onItemActivate={activate}
            />
          ) : null}
          {payload.selectionTotal === 0 ? (
            <p className="absolute inset-x-0 top-12 text-center text-muted">{t("empty")}</p>
          ) : null}
        </div>
      </div>
      <p id="timeline-keyboard-help" className="text-xs text-muted">
        {t("keyboardHelp")} {t("pointerHelp")}
      </p>
      <TimelineDetails
        item={shown}
        lanes={payload.lanes}
        granularity={data.granularity}
        onZoom={zoomInto}
      />
      <TimelineLegend />
      <TimelineTable data={data} lanes={payload.lanes} />
    </div>
  );
}
