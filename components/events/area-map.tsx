import { getTranslations } from "next-intl/server";
import { getEventLocatorMap, type EventDetail } from "@/lib/data/event-detail";

/** The event's region on its country's outline, with its point: a small inline SVG, no script. */
export async function AreaMap({ event }: { event: EventDetail }) {
  const [map, t] = await Promise.all([getEventLocatorMap(event), getTranslations("event")]);
  if (!map) return null;
  const label = t("map", {
    area: event.areaDisplayName ?? event.countryName,
    country: event.countryName,
    point: map.point ? "yes" : "no",
  });
  return (
    <figure className="rounded border border-line bg-white p-3">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${map.width} ${map.height}`}
        className="h-auto w-full max-w-[18rem]"
      >
        {map.countryPath ? (
          <path d={map.countryPath} fill="#f3ede2" stroke="#4a5468" strokeWidth="1" />
        ) : null}
        {map.areaPath ? (
          <path
            d={map.areaPath}
            fill="#9a3412"
            fillOpacity="0.35"
            stroke="#7c2d12"
            strokeWidth="1.5"
          />
        ) : null}
        {map.point ? (
          <g>
            <circle
              cx={map.point.x}
              cy={map.point.y}
              r="6"
              fill="white"
              stroke="#1d2330"
              strokeWidth="2"
            />
            <circle cx={map.point.x} cy={map.point.y} r="2.5" fill="#1d2330" />
          </g>
        ) : null}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        {label}
        {event.areaId && !map.areaPath ? ` ${t("mapNoShape")}` : null}
      </figcaption>
    </figure>
  );
}
