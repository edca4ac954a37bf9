/**
 * Keyboard movement between the items drawn on the timeline (events, or buckets when zoomed out):
 * ←/→ the previous/next item in the same lane, ↑/↓ the nearest item in time in the lane above or
 * below, Home/End the first/last item of the lane. Pure, so it is tested without a browser.
 */

export interface NavigableItem {
  id: string;
  lane: number;
  start: number;
}

export type NavigationKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End";

export function isNavigationKey(key: string): key is NavigationKey {
  return ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(key);
}

function byTime(a: NavigableItem, b: NavigableItem): number {
  return a.start - b.start || a.id.localeCompare(b.id);
}

/** The item to move to, or the current one when there is nowhere to go. */
export function moveFocus(
  items: readonly NavigableItem[],
  currentId: string,
  key: NavigationKey,
): string {
  const current = items.find((item) => item.id === currentId);
  if (!current) return items.length > 0 ? [...items].sort(byTime)[0]!.id : currentId;
  const lane = items.filter((item) => item.lane === current.lane).sort(byTime);
  const index = lane.findIndex((item) => item.id === currentId);
  switch (key) {
    case "ArrowLeft":
      return lane[Math.max(0, index - 1)]?.id ?? currentId;
    case "ArrowRight":
      return lane[Math.min(lane.length - 1, index + 1)]?.id ?? currentId;
    case "Home":
      return lane[0]?.id ?? currentId;
    case "End":
      return lane.at(-1)?.id ?? currentId;
    case "ArrowUp":
    case "ArrowDown": {
      const lanes = [...new Set(items.map((item) => item.lane))].sort((a, b) => a - b);
      const position = lanes.indexOf(current.lane);
      const target = lanes[key === "ArrowUp" ? position - 1 : position + 1];
      if (target === undefined) return currentId;
      let nearest: NavigableItem | undefined;
      for (const item of items) {
        if (item.lane !== target) continue;
        if (
          !nearest ||
          Math.abs(item.start - current.start) < Math.abs(nearest.start - current.start)
        )
          nearest = item;
      }
      return nearest?.id ?? currentId;
    }
  }
}
