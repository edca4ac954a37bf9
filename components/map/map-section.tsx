import { getTranslations } from "next-intl/server";
import {
  getAreaTotals,
  getControlLayer,
  getEventCoverage,
  getEventMarks,
  getIndicatorLayer,
  listMapIndicators,
  loadMapGeometry,
} from "@/lib/data/map";
import { placeNameMap } from "@/lib/data/place-names";
import type { Locale } from "@/lib/i18n/routing";
import { formatBucket, formatDay, formatNumber } from "@/lib/indicators/format";
import { choropleth, NO_DATA_COLOUR } from "@/lib/map/classes";
import type { AreaShape } from "@/lib/map/geometry";
import type { EventFilters } from "@/lib/validations/event-filters";
import type { MapView } from "@/lib/validations/map-view";
import { AesMap } from "./aes-map";
import { AreaTable, type AreaRow } from "./area-table";
import { CONTROL_COLOURS, NOT_ASSESSED_COLOUR } from "./control-colours";
import { LayerControls } from "./layer-controls";
import { MapLegend, type LegendScale } from "./map-legend";

/** The map with its layer settings, legend, notes and the table of areas (its text alternative). */
export async function MapSection({
  filters,
  view,
  locale,
  hrefForArea,
  filterParams,
}: {
  filters: EventFilters;
  view: MapView;
  locale: Locale;
  hrefForArea: (areaId: string | null) => string;
  filterParams: URLSearchParams;
}) {
  const t = await getTranslations("map");
  const isControl = view.layer === "control";
  const isEventLayer = view.layer === "fatalities" || view.layer === "events";
  const [geometry, totals, marks, names, indicators, indicatorLayer, control, coverage] =
    await Promise.all([
      loadMapGeometry(),
      getAreaTotals(filters),
      view.points ? getEventMarks(filters) : Promise.resolve({ marks: [], groups: 0 }),
      placeNameMap(locale),
      listMapIndicators(locale),
      isEventLayer || isControl
        ? Promise.resolve(null)
        : getIndicatorLayer(view.layer, filters, locale),
      isControl ? getControlLayer(view.controlDate, locale) : Promise.resolve(null),
      getEventCoverage(filters),
    ]);
  const unknownLayer = !isEventLayer && !isControl && indicatorLayer === null;
  const layer = unknownLayer ? "fatalities" : view.layer;

  const byArea = new Map(totals.filter((row) => row.areaId).map((row) => [row.areaId, row]));
  const inSelection = (area: AreaShape) =>
    filters.country.length === 0 || filters.country.some((country) => country === area.countryId);
  const drawn = new Set(geometry.areas.map((area) => area.placeId));
  const assessments = new Map((control?.assessments ?? []).map((item) => [item.areaId, item]));

  const valueOf = (area: AreaShape): number | null => {
    if (!inSelection(area)) return null;
    const eventsKnown = coverage.get(area.countryId)?.status !== "none";
    if (layer === "fatalities")
      return eventsKnown ? (byArea.get(area.placeId)?.fatalities ?? 0) : null;
    if (layer === "events") return eventsKnown ? (byArea.get(area.placeId)?.events ?? 0) : null;
    if (!indicatorLayer) return null;
    const key = indicatorLayer.level === "ADMIN1" ? area.placeId : area.countryId;
    return indicatorLayer.values.get(key)?.value ?? null;
  };
  const scaleKind = layer === "fatalities" || layer === "events" ? "count" : "quantile";
  const { breaks, colours, min } = choropleth(geometry.areas, valueOf, scaleKind);
  const nameOf = (id: string) => names.get(id)?.name ?? id;

  const describe = (area: AreaShape): string => {
    const name = nameOf(area.placeId);
    const totalsHere = byArea.get(area.placeId);
    const events = t("areaLabel.events", {
      fatalities: totalsHere?.fatalities ?? 0,
      events: totalsHere?.events ?? 0,
      imprecise: totalsHere?.imprecise ?? 0,
    });
    if (isControl) {
      const assessment = assessments.get(area.placeId);
      return assessment
        ? t("areaLabel.control", {
            name,
            category: t(`legend.control.${assessment.category}`),
            date: formatDay(assessment.assessedOn, locale),
            confidence: t(`confidence.${assessment.confidence}`),
          }) + ` ${events}`
        : t("areaLabel.notAssessed", { name }) + ` ${events}`;
    }
    const value = valueOf(area);
    const status = coverage.get(area.countryId)?.status;
    if (layer === "fatalities" || layer === "events") {
      if (status === "none") return t("areaLabel.noEventData", { name });
      return `${t("areaLabel.named", { name, text: events })}${
        status === "partial" ? ` ${t("areaLabel.partial")}` : ""
      }`;
    }
    return value === null
      ? t("areaLabel.noData", { name })
      : t("areaLabel.indicator", { name, value: formatNumber(value, locale) }) + ` ${events}`;
  };

  const controlFill = (area: AreaShape) => {
    const assessment = assessments.get(area.placeId);
    return assessment ? CONTROL_COLOURS[assessment.category] : NOT_ASSESSED_COLOUR;
  };
  const paint = (area: AreaShape) => ({
    fill: isControl
      ? controlFill(area)
      : inSelection(area)
        ? (colours.get(area) ?? NO_DATA_COLOUR)
        : NO_DATA_COLOUR,
    label: `${describe(area)} ${
      filters.area.includes(area.placeId) ? t("areaLabel.selected") : t("areaLabel.action")
    }`,
    // Imprecise events belong with the points: drawn as areas when the points are shown.
    imprecise: view.points && inSelection(area) ? (byArea.get(area.placeId)?.imprecise ?? 0) : 0,
    partial:
      isEventLayer && inSelection(area) && coverage.get(area.countryId)?.status === "partial",
    // A plain SVG link: the locale prefix is written here (every route carries one).
    href: `/${locale}${hrefForArea(filters.area.includes(area.placeId) ? null : area.placeId)}`,
  });

  const layerTitle =
    layer === "fatalities"
      ? t("legend.fatalities")
      : layer === "events"
        ? t("legend.events")
        : isControl
          ? t("legend.controlTitle", { date: formatDay(control?.asOf ?? "", locale) })
          : t("legend.indicator", {
              name: indicatorLayer?.name.text ?? "",
              unit: indicatorLayer?.unit ?? "",
            });
  const scale: LegendScale = isControl
    ? { kind: "control", title: layerTitle }
    : { kind: "classes", title: layerTitle, breaks, min, zero: scaleKind === "count" };
  const unplaced = totals.filter((row) => !row.areaId || !drawn.has(row.areaId));
  const unplacedEvents = unplaced.reduce((total, row) => total + row.events, 0);
  const rows: AreaRow[] = totals
    .filter((row): row is typeof row & { areaId: string } => row.areaId !== null)
    .map((row) => ({
      areaId: row.areaId,
      name: nameOf(row.areaId),
      country: nameOf(row.countryId),
      events: row.events,
      fatalities: row.fatalities,
      imprecise: row.imprecise,
      drawn: drawn.has(row.areaId),
      href: hrefForArea(row.areaId),
    }));
  const maxFatalities = Math.max(0, ...marks.marks.map((mark) => mark.fatalities));

  return (
    <div className="space-y-4">
      <LayerControls
        view={{ ...view, layer }}
        filterParams={filterParams}
        indicators={indicators}
        control={control}
        locale={locale}
      />
      {unknownLayer ? (
        <p role="status" className="text-sm text-muted">
          {t("unknownLayer", { layer: view.layer })}
        </p>
      ) : null}
      {isControl && control && control.assessments.length === 0 ? (
        <p role="status" className="rounded border border-line bg-white px-4 py-3 text-sm">
          {control.range
            ? t("noAssessmentsYet", { date: formatDay(control.asOf, locale) })
            : t("noAssessments")}
        </p>
      ) : null}
      <div className="overflow-hidden rounded border border-line bg-white">
        <AesMap
          geometry={geometry}
          paint={paint}
          selectedArea={filters.area[0] ?? null}
          marks={marks.marks}
          title={t("svgTitle", { layer: layerTitle })}
          description={t("svgDescription")}
        />
      </div>
      <MapLegend
        scale={scale}
        showImprecise={view.points && totals.some((row) => row.imprecise > 0)}
        showPartial={
          isEventLayer && [...coverage.values()].some((item) => item.status === "partial")
        }
        maxFatalities={maxFatalities}
        showMarks={view.points}
        locale={locale}
      />
      <ul className="space-y-1 text-xs text-muted">
        {marks.groups > marks.marks.length ? (
          <li>{t("notes.marksCapped", { shown: marks.marks.length, total: marks.groups })}</li>
        ) : null}
        {unplacedEvents > 0 ? <li>{t("notes.unplaced", { count: unplacedEvents })}</li> : null}
        {indicatorLayer?.level === "COUNTRY" ? <li>{t("notes.countryLevel")}</li> : null}
        {isEventLayer
          ? [...coverage]
              .filter(([, item]) => item.status !== "full")
              .map(([country, item]) => (
                <li key={country}>
                  {t(item.status === "none" ? "notes.noCoverage" : "notes.partialCoverage", {
                    country: nameOf(country),
                    span:
                      item.first && item.last
                        ? `${formatBucket(item.first, locale)} – ${formatBucket(item.last, locale)}`
                        : "—",
                  })}
                </li>
              ))
          : null}
        <li>{t("notes.areaFilter")}</li>
      </ul>
      <AreaTable rows={rows} locale={locale} />
    </div>
  );
}
