import type { YearCount } from "@/lib/data/actors";

const HEIGHT = 160;
const BAR_GAP = 2;
const LABEL_SPACE = 18;

/**
 * Events per year as bars, drawn on the server (no script). The caller gives it an accessible name
 * and puts the same values in a table next to it.
 */
export function YearBarChart({ years, label }: { years: YearCount[]; label: string }) {
  const width = Math.max(640, years.length * 22);
  const max = Math.max(1, ...years.map((year) => year.events));
  const slot = width / Math.max(years.length, 1);
  const labelEvery = Math.ceil(years.length / 12);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${HEIGHT + LABEL_SPACE}`}
      className="h-auto w-full"
      // Never drawn larger than its own scale, so labels keep their size on wide screens.
      style={{ maxWidth: width }}
      preserveAspectRatio="xMinYMin meet"
    >
      <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} stroke="#4a5468" />
      {years.map((year, index) => {
        const height = (year.events / max) * (HEIGHT - 16);
        const x = index * slot + BAR_GAP / 2;
        return (
          <g key={year.year}>
            <rect
              x={x}
              y={HEIGHT - height}
              width={Math.max(1, slot - BAR_GAP)}
              height={height}
              fill="#9a3412"
            >
              <title>{`${year.year}: ${year.events}`}</title>
            </rect>
            {year.events > 0 && slot >= 18 ? (
              <text
                x={x + (slot - BAR_GAP) / 2}
                y={HEIGHT - height - 3}
                fontSize="10"
                textAnchor="middle"
                fill="#1d2330"
              >
                {year.events}
              </text>
            ) : null}
            {index % labelEvery === 0 ? (
              <text
                x={x + (slot - BAR_GAP) / 2}
                y={HEIGHT + 13}
                fontSize="11"
                textAnchor="middle"
                fill="#4a5468"
              >
                {year.year}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
