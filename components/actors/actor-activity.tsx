import { getTranslations } from "next-intl/server";
import { countActorEventsByYear, type PublicActor } from "@/lib/data/actors";
import { YearBarChart } from "./year-bar-chart";

/** An actor's published events per year: a chart and the same figures as a table. */
export async function ActorActivity({ actor }: { actor: PublicActor }) {
  const [years, t] = await Promise.all([
    countActorEventsByYear(actor.id),
    getTranslations("actor"),
  ]);
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last) return <p className="mt-2">{t("noEvents")}</p>;
  return (
    <div className="mt-3 space-y-3" data-testid="actor-activity">
      <div className="rounded border border-line bg-white p-3">
        <YearBarChart
          years={years}
          label={t("chartLabel", { name: actor.name, first: first.year, last: last.year })}
        />
      </div>
      <details className="rounded border border-line bg-white px-4 py-2 text-sm">
        <summary className="cursor-pointer font-medium">{t("tableTitle")}</summary>
        <table className="mt-2 w-full max-w-md text-left tabular-nums">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1">
                {t("year")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("eventCount")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("deaths")}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.year} className="border-b border-line/60">
                <th scope="row" className="py-1 font-normal">
                  {year.year}
                </th>
                <td className="py-1 text-right">{year.events}</td>
                <td className="py-1 text-right">{year.fatalities}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
