/** All starter events, in chronological order of their start date (split across two data files). */
import { bamakoSummitEvents } from "./events-bamako-2025";
import { backgroundEvents } from "./events-background";
import type { StarterEvent } from "./types";

export const starterEvents: StarterEvent[] = [...backgroundEvents, ...bamakoSummitEvents].sort(
  (a, b) => a.dateStart.localeCompare(b.dateStart) || a.dateEnd.localeCompare(b.dateEnd),
);
