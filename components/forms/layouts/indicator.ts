import {
  DataStatus,
  GapState,
  IndicatorKind,
  SeriesStatus,
  StatementRank,
  UpdateFrequency,
} from "@/lib/generated/prisma/enums";
import { indicatorDataSchema, observationDataSchema } from "@/lib/validations/indicator";
import type { RecordFormDefinition } from "../record-layouts";

export const INDICATOR_FORM: RecordFormDefinition = {
  schema: indicatorDataSchema,
  sections: [
    {
      title: "description",
      fields: [
        [
          { kind: "text", name: "slug" },
          {
            kind: "enum",
            name: "kind",
            options: Object.values(IndicatorKind),
            labels: "adminEnums.indicatorKind",
          },
          { kind: "text", name: "unit" },
        ],
        [
          { kind: "text", name: "nameEn", lang: "en" },
          { kind: "text", name: "nameFr", lang: "fr" },
        ],
        [
          { kind: "text", name: "descriptionEn", multiline: true, lang: "en" },
          { kind: "text", name: "descriptionFr", multiline: true, lang: "fr" },
        ],
        [
          { kind: "text", name: "methodologyEn", multiline: true, lang: "en" },
          { kind: "text", name: "methodologyFr", multiline: true, lang: "fr" },
        ],
      ],
    },
    {
      title: "origin",
      fields: [
        [
          { kind: "text", name: "producer" },
          { kind: "text", name: "licence" },
        ],
        { kind: "text", name: "citationText", multiline: true },
        { kind: "search", name: "sourceId", target: "source" },
      ],
    },
    {
      title: "freshness",
      fields: [
        [
          {
            kind: "enum",
            name: "updateFrequency",
            options: Object.values(UpdateFrequency),
            labels: "adminEnums.updateFrequency",
          },
          {
            kind: "enum",
            name: "seriesStatus",
            options: Object.values(SeriesStatus),
            labels: "adminEnums.seriesStatus",
          },
        ],
        { kind: "text", name: "seriesStatusNote" },
      ],
    },
  ],
  empty: {
    slug: "",
    nameEn: "",
    nameFr: "",
    kind: "",
    unit: "",
    descriptionEn: "",
    descriptionFr: "",
    methodologyEn: "",
    methodologyFr: "",
    producer: "",
    licence: "",
    citationText: "",
    sourceId: null,
    updateFrequency: "",
    seriesStatus: "ACTIVE",
    seriesStatusNote: "",
  },
};

export const OBSERVATION_FORM: RecordFormDefinition = {
  schema: observationDataSchema,
  sections: [
    {
      title: "what",
      fields: [
        { kind: "reference", name: "indicatorId", options: "indicators" },
        { kind: "place", name: "placeId", levels: ["REGION", "COUNTRY", "ADMIN1"] },
        [
          { kind: "date", name: "periodStart" },
          { kind: "date", name: "periodEnd" },
        ],
        { kind: "text", name: "series" },
      ],
    },
    {
      title: "figures",
      fields: [
        {
          kind: "enum",
          name: "gapState",
          options: Object.values(GapState),
          labels: "adminEnums.gapState",
        },
        [
          { kind: "number", name: "low", step: 1 },
          { kind: "number", name: "value", step: 1 },
          { kind: "number", name: "high", step: 1 },
        ],
        [
          {
            kind: "enum",
            name: "dataStatus",
            options: Object.values(DataStatus),
            labels: "adminEnums.dataStatus",
          },
          { kind: "date", name: "carriedForwardFrom" },
        ],
        [
          {
            kind: "enum",
            name: "rank",
            options: Object.values(StatementRank),
            labels: "adminEnums.rank",
          },
          { kind: "text", name: "rankReason" },
        ],
        { kind: "text", name: "note", multiline: true },
      ],
    },
    { title: "sources", fields: [{ kind: "citations" }] },
  ],
  empty: {
    indicatorId: "",
    placeId: "",
    periodStart: "",
    periodEnd: "",
    value: null,
    low: null,
    high: null,
    dataStatus: "FINAL",
    gapState: "VALUE",
    carriedForwardFrom: null,
    rank: "NORMAL",
    rankReason: "",
    series: "",
    note: "",
    citations: [],
  },
};
