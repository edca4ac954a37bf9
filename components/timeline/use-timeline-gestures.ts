"use client";

import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import { panSpan, zoomSpan, type Span } from "@/lib/events/timeline-scale";

type SpanUpdate = (update: (span: Span) => Span) => void;

interface Gesture {
  startSpan: Span;
  /** Pointer id → x at the start of the gesture, and now. */
  origin: Map<number, number>;
  current: Map<number, number>;
  moved: boolean;
}

const DRAG_THRESHOLD_PX = 4;

function timeAt(span: Span, element: Element, clientX: number): number {
  const box = element.getBoundingClientRect();
  const fraction = Math.min(1, Math.max(0, (clientX - box.left) / Math.max(box.width, 1)));
  return span.start + fraction * (span.end - span.start);
}

/**
 * Pointer and wheel gestures on the drawing: drag to pan, pinch to zoom (two pointers), Ctrl/⌘ +
 * wheel (and trackpad pinch, which browsers report as Ctrl + wheel) to zoom around the pointer,
 * horizontal wheel or Shift + wheel to pan. A plain vertical wheel keeps scrolling the page.
 */
export function useTimelineGestures(
  target: RefObject<HTMLElement | null>,
  span: Span,
  update: SpanUpdate,
) {
  const gesture = useRef<Gesture | null>(null);
  const suppressClick = useRef(false);
  const spanRef = useRef(span);
  useEffect(() => {
    spanRef.current = span;
  }, [span]);

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const anchor = timeAt(spanRef.current, element, event.clientX);
        update((current) => zoomSpan(current, Math.exp(event.deltaY * 0.002), anchor));
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        const delta = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
        const width = Math.max(element.getBoundingClientRect().width, 1);
        update((current) => panSpan(current, delta / width));
      }
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [target, update]);

  function onPointerDown(event: ReactPointerEvent<HTMLElement>) {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    const current = gesture.current ?? {
      startSpan: spanRef.current,
      origin: new Map<number, number>(),
      current: new Map<number, number>(),
      moved: false,
    };
    // A second finger restarts the gesture from the current view, as a pinch.
    current.startSpan = spanRef.current;
    for (const [id, x] of current.current) current.origin.set(id, x);
    current.origin.set(event.pointerId, event.clientX);
    current.current.set(event.pointerId, event.clientX);
    gesture.current = current;
  }

  function onPointerMove(event: ReactPointerEvent<HTMLElement>) {
    const active = gesture.current;
    if (!active || !active.current.has(event.pointerId)) return;
    active.current.set(event.pointerId, event.clientX);
    const element = event.currentTarget;
    const width = Math.max(element.getBoundingClientRect().width, 1);
    const ids = [...active.origin.keys()];
    if (ids.length >= 2) {
      const [a, b] = ids as [number, number];
      const startDistance = Math.abs((active.origin.get(a) ?? 0) - (active.origin.get(b) ?? 0));
      const distance = Math.abs((active.current.get(a) ?? 0) - (active.current.get(b) ?? 0));
      if (startDistance < 10 || distance < 10) return;
      const middle = ((active.origin.get(a) ?? 0) + (active.origin.get(b) ?? 0)) / 2;
      const anchor = timeAt(active.startSpan, element, middle);
      active.moved = true;
      update(() => zoomSpan(active.startSpan, startDistance / distance, anchor));
      return;
    }
    const dx = event.clientX - (active.origin.get(event.pointerId) ?? event.clientX);
    if (!active.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    if (!active.moved) element.setPointerCapture(event.pointerId);
    active.moved = true;
    update(() => panSpan(active.startSpan, -dx / width));
  }

  function onPointerEnd(event: ReactPointerEvent<HTMLElement>) {
    const active = gesture.current;
    if (!active) return;
    active.origin.delete(event.pointerId);
    active.current.delete(event.pointerId);
    if (active.current.size === 0) {
      suppressClick.current = active.moved;
      gesture.current = null;
    }
  }

  /** True (once) right after a drag, so the click that ends it does not open an event. */
  function consumeDragClick(): boolean {
    const suppressed = suppressClick.current;
    suppressClick.current = false;
    return suppressed;
  }

  return {
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
    },
    consumeDragClick,
  };
}
