import { ActorRole, DataStatus, DatePrecision, EventCategory } from "@/lib/generated/prisma/enums";
import { eventDataSchema } from "@/lib/validations/event";
import type { RecordFormDefinition } from "../record-layouts";

const today = () => new Date().toISOString().slice(0, 10);

export const EVENT_FORM: RecordFormDefinition = {
  schema: eventDataSchema,
  sections: [
    {
      title: "description",
      fields: [
        [
          { kind: "text", name: "titleEn", lang: "en" },
          { kind: "text", name: "titleFr", lang: "fr" },
        ],
        [
          { kind: "text", name: "summaryEn", multiline: true, lang: "en" },
          { kind: "text", name: "summaryFr", multiline: true, lang: "fr" },
        ],
        {
          kind: "enum",
          name: "category",
          options: Object.values(EventCategory),
          labels: "eventCategory",
        },
      ],
    },
    { title: "when", fields: [{ kind: "preciseDate" }] },
    {
      title: "where",
      fields: [
        { kind: "countryArea" },
        { kind: "text", name: "locationName" },
        [
          { kind: "number", name: "latitude", min: -90, max: 90, step: 0.0001 },
          { kind: "number", name: "longitude", min: -180, max: 180, step: 0.0001 },
          { kind: "number", name: "geoPrecision", min: 1, max: 7, step: 1 },
        ],
      ],
    },
    {
      title: "figures",
      fields: [
        { kind: "fatalities" },
        {
          kind: "enum",
          name: "dataStatus",
          options: Object.values(DataStatus),
          labels: "adminEnums.dataStatus",
        },
      ],
    },
    { title: "actors", fields: [{ kind: "actors", roles: Object.values(ActorRole) }] },
    { title: "sources", fields: [{ kind: "citations" }] },
  ],
  empty: {
    titleEn: "",
    titleFr: "",
    summaryEn: "",
    summaryFr: "",
    category: "",
    datePrecision: DatePrecision.DAY,
    dateStart: today(),
    dateEnd: today(),
    countryId: "",
    areaId: null,
    locationName: "",
    latitude: null,
    longitude: null,
    geoPrecision: null,
    fatalitiesLow: null,
    fatalitiesBest: null,
    fatalitiesHigh: null,
    fatalitiesSideA: null,
    fatalitiesSideB: null,
    fatalitiesCivilians: null,
    fatalitiesUnknown: null,
    dataStatus: DataStatus.FINAL,
    actors: [],
    citations: [],
  },
};
