import { getTranslations } from "next-intl/server";
import {
  classRanges,
  colourOf,
  NO_DATA_COLOUR,
  ZERO_COLOUR,
  type ClassBreaks,
} from "@/lib/map/classes";
import { formatNumber } from "@/lib/indicators/format";
import { CONTROL_COLOURS, CONTROL_ORDER, NOT_ASSESSED_COLOUR } from "./control-colours";
import { markRadius } from "./aes-map";

function Swatch({ fill, overlay = null }: { fill: string; overlay?: "hatch" | "dots" | null }) {
  return (
    <svg width="18" height="14" aria-hidden="true" className="shrink-0">
      <rect x="0.5" y="0.5" width="17" height="13" fill={fill} stroke="#9aa3b2" />
      {overlay === "hatch" ? (
        <path
          d="M0 10L10 0M6 14L18 2M14 14L18 10"
          stroke="#1d2330"
          strokeOpacity="0.55"
          strokeWidth="1.4"
        />
      ) : null}
      {overlay === "dots" ? (
        <path
          d="M4 4h.1M10 4h.1M16 4h.1M7 10h.1M13 10h.1"
          stroke="#1d2330"
          strokeOpacity="0.6"
          strokeWidth="2.6"
          strokeLinecap="round"
        />
      ) : null}
    </svg>
  );
}

export type LegendScale =
  | { kind: "classes"; title: string; breaks: ClassBreaks; min: number; zero: boolean }
  | { kind: "control"; title: string };

export async function MapLegend({
  scale,
  showImprecise,
  showPartial,
  maxFatalities,
  showMarks,
  locale,
}: {
  scale: LegendScale;
  showImprecise: boolean;
  showPartial: boolean;
  maxFatalities: number;
  showMarks: boolean;
  locale: string;
}) {
  const t = await getTranslations("map.legend");
  const item = "flex items-center gap-2";
  return (
    <div className="grid gap-4 text-sm sm:grid-cols-2">
      <div>
        <p className="font-semibold">{scale.title}</p>
        <ul className="mt-1 space-y-1">
          {scale.kind === "classes" ? (
            <>
              {scale.zero ? (
                <li className={item}>
                  <Swatch fill={ZERO_COLOUR} /> {t("zero")}
                </li>
              ) : null}
              {classRanges(scale.breaks, scale.min).map((range) => (
                <li key={range.low} className={item}>
                  <Swatch fill={colourOf(range.low, scale.breaks)} />
                  {range.high === null
                    ? t("atLeast", { low: formatNumber(range.low, locale) })
                    : t(scale.breaks.zeroClass ? "between" : "below", {
                        low: formatNumber(range.low, locale),
                        high: formatNumber(
                          scale.breaks.zeroClass ? range.high - 1 : range.high,
                          locale,
                        ),
                      })}
                </li>
              ))}
              <li className={item}>
                <Swatch fill={NO_DATA_COLOUR} /> {t("noData")}
              </li>
            </>
          ) : (
            <>
              {CONTROL_ORDER.map((category) => (
                <li key={category} className={item}>
                  <Swatch fill={CONTROL_COLOURS[category]} /> {t(`control.${category}`)}
                </li>
              ))}
              <li className={item}>
                <Swatch fill={NOT_ASSESSED_COLOUR} /> {t("notAssessed")}
              </li>
            </>
          )}
        </ul>
      </div>
      <div className="space-y-2">
        {showMarks && maxFatalities > 0 ? (
          <div>
            <p className="font-semibold">{t("marks")}</p>
            <ul className="mt-1 flex flex-wrap items-end gap-4">
              {[maxFatalities, Math.round(maxFatalities / 4), Math.round(maxFatalities / 25)]
                .filter((value, index, all) => value > 0 && all.indexOf(value) === index)
                .map((value) => {
                  const radius = markRadius(value, maxFatalities) * 0.9;
                  return (
                    <li key={value} className="flex flex-col items-center gap-1">
                      <svg width={radius * 2 + 2} height={radius * 2 + 2} aria-hidden="true">
                        <circle
                          cx={radius + 1}
                          cy={radius + 1}
                          r={radius}
                          fill="#1d2330"
                          fillOpacity="0.3"
                          stroke="#1d2330"
                          strokeOpacity="0.75"
                        />
                      </svg>
                      <span className="text-xs tabular-nums">{formatNumber(value, locale)}</span>
                    </li>
                  );
                })}
            </ul>
            <p className="mt-1 text-xs text-muted">{t("marksNote")}</p>
          </div>
        ) : null}
        {showImprecise ? (
          <p className={`${item} text-xs text-muted`}>
            <Swatch fill="#ffffff" overlay="hatch" /> {t("imprecise")}
          </p>
        ) : null}
        {showPartial ? (
          <p className={`${item} text-xs text-muted`}>
            <Swatch fill="#ffffff" overlay="dots" /> {t("partial")}
          </p>
        ) : null}
        <p className="text-xs text-muted">{t("click")}</p>
      </div>
    </div>
  );
}
