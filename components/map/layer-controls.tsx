import { getTranslations } from "next-intl/server";
import type { ControlLayer } from "@/lib/data/map";
import type { Localized } from "@/lib/i18n/localized";
import type { MapView } from "@/lib/validations/map-view";
import { ControlDateSlider } from "./control-date-slider";

/** What the map draws. A GET form that carries the event filters along as hidden fields. */
export async function LayerControls({
  view,
  filterParams,
  indicators,
  control,
  locale,
}: {
  view: MapView;
  filterParams: URLSearchParams;
  indicators: { slug: string; name: Localized }[];
  control: ControlLayer | null;
  locale: string;
}) {
  const t = await getTranslations("map.controls");
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded border border-line bg-white p-4"
    >
      {[...filterParams].map(([key, value], index) => (
        <input key={`${key}-${index}`} type="hidden" name={key} value={value} />
      ))}
      <label className="block text-sm">
        <span className="font-semibold">{t("layer")}</span>
        <select
          name="layer"
          defaultValue={view.layer}
          className="mt-1 block w-full max-w-xs rounded border border-line bg-white px-2 py-1.5"
        >
          <optgroup label={t("eventLayers")}>
            <option value="fatalities">{t("fatalities")}</option>
            <option value="events">{t("events")}</option>
            <option value="control">{t("control")}</option>
          </optgroup>
          {indicators.length > 0 ? (
            <optgroup label={t("indicatorLayers")}>
              {indicators.map((indicator) => (
                <option key={indicator.slug} value={indicator.slug}>
                  {indicator.name.text}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="hidden" name="points" value="0" />
        <input
          type="checkbox"
          name="points"
          value="1"
          defaultChecked={view.points}
          className="h-4 w-4 accent-accent-strong"
        />
        {t("points")}
      </label>
      {view.layer === "control" && control?.range ? (
        <div className="min-w-[16rem] flex-1">
          <ControlDateSlider
            first={control.range.first}
            last={control.range.last}
            value={control.asOf}
            label={t("controlDate")}
            locale={locale}
          />
        </div>
      ) : null}
      <button
        type="submit"
        className="rounded bg-accent-strong px-4 py-2 text-sm font-medium text-white hover:bg-accent"
      >
        {t("apply")}
      </button>
    </form>
  );
}
