import type { EventMark } from "@/lib/data/map";
import type { AreaShape, MapGeometry } from "@/lib/map/geometry";

export interface AreaPaint {
  fill: string;
  /** Accessible name of the area's link: its name and what the layer says about it. */
  label: string;
  /** Events located only to this area (drawn as a hatch over it, not as points). */
  imprecise: number;
  /** The event datasets cover only part of the period here: zero may mean "unknown". */
  partial: boolean;
  href: string;
}

/** Circle radius for a mark: area proportional to deaths, so big events do not swamp the map. */
export function markRadius(fatalities: number, maxFatalities: number): number {
  if (maxFatalities <= 0) return 2.5;
  return 2.5 + 15 * Math.sqrt(fatalities / maxFatalities);
}

/**
 * The three countries and their admin-1 areas as server-rendered SVG. Every area is a link (keyboard
 * reachable, named for screen readers) that filters the event list; points are decoration over it
 * (the list and the table carry the same facts).
 */
export function AesMap({
  geometry,
  paint,
  selectedArea,
  marks,
  title,
  description,
}: {
  geometry: MapGeometry;
  paint: (area: AreaShape) => AreaPaint;
  selectedArea: string | null;
  marks: EventMark[];
  title: string;
  description: string;
}) {
  const maxFatalities = Math.max(0, ...marks.map((mark) => mark.fatalities));
  const selected = geometry.areas.find((area) => area.placeId === selectedArea);
  const painted = geometry.areas.map((area) => ({ area, paint: paint(area) }));
  return (
    <svg
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      className="h-auto w-full"
      role="group"
      aria-labelledby="map-title map-description"
      data-testid="aes-map"
    >
      <title id="map-title">{title}</title>
      <desc id="map-description">{description}</desc>
      <defs>
        <pattern id="partial-dots" width="10" height="10" patternUnits="userSpaceOnUse">
          <circle cx="2.5" cy="2.5" r="1.1" fill="#1d2330" fillOpacity="0.45" />
          <circle cx="7.5" cy="7.5" r="1.1" fill="#1d2330" fillOpacity="0.45" />
        </pattern>
        <pattern
          id="imprecise-hatch"
          width="10"
          height="10"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line
            x1="0"
            y1="0"
            x2="0"
            y2="10"
            stroke="#1d2330"
            strokeWidth="1"
            strokeOpacity="0.35"
          />
        </pattern>
      </defs>
      <rect width={geometry.width} height={geometry.height} fill="#f4f7fb" />
      {painted.map(({ area, paint: areaPaint }) => (
        <a
          key={area.placeId}
          href={areaPaint.href}
          aria-label={areaPaint.label}
          aria-current={area.placeId === selectedArea ? "true" : undefined}
          className="group outline-none"
          data-area={area.placeId}
        >
          <path
            d={area.path}
            fill={areaPaint.fill}
            className="cursor-pointer transition-[filter] group-hover:brightness-95 group-focus-visible:stroke-[#1d2330] group-focus-visible:stroke-[4]"
          />
        </a>
      ))}
      <g pointerEvents="none" aria-hidden="true">
        {painted
          .filter(({ paint: areaPaint }) => areaPaint.partial)
          .map(({ area }) => (
            <path key={`partial-${area.placeId}`} d={area.path} fill="url(#partial-dots)" />
          ))}
        {painted
          .filter(({ paint: areaPaint }) => areaPaint.imprecise > 0)
          .map(({ area }) => (
            <path key={area.placeId} d={area.path} fill="url(#imprecise-hatch)" />
          ))}
        <path d={geometry.areaBorders} fill="none" stroke="#ffffff" strokeWidth="1.2" />
        <path d={geometry.areaBorders} fill="none" stroke="#6b7280" strokeWidth="0.5" />
        <path
          d={geometry.countryBorders}
          fill="none"
          stroke="#1d2330"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
        {selected ? (
          <path
            d={selected.path}
            fill="none"
            stroke="#7c2d12"
            strokeWidth="3.5"
            strokeLinejoin="round"
          />
        ) : null}
        {marks.map((mark, index) => (
          <circle
            key={index}
            cx={mark.x}
            cy={mark.y}
            r={markRadius(mark.fatalities, maxFatalities)}
            fill="#1d2330"
            fillOpacity={mark.fatalities > 0 ? 0.3 : 0}
            stroke="#1d2330"
            strokeOpacity="0.75"
            strokeWidth="0.8"
          />
        ))}
      </g>
    </svg>
  );
}
