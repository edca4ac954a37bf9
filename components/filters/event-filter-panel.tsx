import { getTranslations } from "next-intl/server";
import { listActorOptions } from "@/lib/data/actors";
import { listCountryAreas } from "@/lib/data/events";
import { EventCategory } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import type { EventFilters } from "@/lib/validations/event-filters";
import { EventFilterForm } from "./event-filter-form";

/** The filter form with its options read on the server (places, categories, active actors). */
export async function EventFilterPanel({
  filters,
  lanes,
  locale,
}: {
  filters: EventFilters;
  lanes?: "country" | "category";
  locale: Locale;
}) {
  const [countries, actors, categoryLabel] = await Promise.all([
    listCountryAreas(locale),
    listActorOptions(locale),
    getTranslations({ locale, namespace: "eventCategory" }),
  ]);
  const options = {
    countries: countries.map(({ country, areas }) => ({ ...country, areas })),
    categories: Object.values(EventCategory).map((value) => ({
      value,
      label: categoryLabel(value),
    })),
    actors,
  };
  return <EventFilterForm filters={filters} lanes={lanes} options={options} />;
}
