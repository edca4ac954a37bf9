import {
  ActorKind,
  Confidence,
  ControlCategory,
  DatePrecision,
} from "@/lib/generated/prisma/enums";
import {
  actorDataSchema,
  assessmentDataSchema,
  placeDataSchema,
} from "@/lib/validations/reference-data";
import type { RecordFormDefinition } from "../record-layouts";

export const ASSESSMENT_FORM: RecordFormDefinition = {
  schema: assessmentDataSchema,
  sections: [
    {
      title: "what",
      fields: [
        { kind: "place", name: "areaId", levels: ["COUNTRY", "ADMIN1"] },
        [
          { kind: "date", name: "assessedOn" },
          {
            kind: "enum",
            name: "datePrecision",
            options: Object.values(DatePrecision),
            labels: "adminForm.date.precisions",
          },
        ],
        [
          {
            kind: "enum",
            name: "category",
            options: Object.values(ControlCategory),
            labels: "adminEnums.controlCategory",
          },
          {
            kind: "enum",
            name: "confidence",
            options: Object.values(Confidence),
            labels: "adminEnums.confidence",
          },
        ],
        { kind: "search", name: "actorId", target: "actor" },
        { kind: "text", name: "methodNote", multiline: true },
      ],
    },
    { title: "sources", fields: [{ kind: "citations" }] },
  ],
  empty: {
    areaId: "",
    assessedOn: "",
    datePrecision: "DAY",
    category: "",
    actorId: null,
    confidence: "",
    methodNote: "",
    citations: [],
  },
};

export const ACTOR_FORM: RecordFormDefinition = {
  schema: actorDataSchema,
  sections: [
    {
      title: "description",
      fields: [
        [
          { kind: "text", name: "slug" },
          { kind: "enum", name: "kind", options: Object.values(ActorKind), labels: "actorKind" },
        ],
        [
          { kind: "text", name: "nameEn", lang: "en" },
          { kind: "text", name: "nameFr", lang: "fr" },
        ],
        [
          { kind: "text", name: "descriptionEn", multiline: true, lang: "en" },
          { kind: "text", name: "descriptionFr", multiline: true, lang: "fr" },
        ],
        { kind: "place", name: "countryId", levels: ["COUNTRY"], optional: true },
        { kind: "search", name: "affiliationId", target: "actor" },
      ],
    },
  ],
  empty: {
    slug: "",
    nameEn: "",
    nameFr: "",
    kind: "",
    descriptionEn: "",
    descriptionFr: "",
    countryId: null,
    affiliationId: null,
  },
};

export const PLACE_FORM: RecordFormDefinition = {
  schema: placeDataSchema,
  sections: [
    {
      title: "description",
      fields: [
        [
          { kind: "text", name: "nameEn", lang: "en" },
          { kind: "text", name: "nameFr", lang: "fr" },
        ],
        [
          { kind: "number", name: "latitude", min: -90, max: 90, step: 0.0001 },
          { kind: "number", name: "longitude", min: -180, max: 180, step: 0.0001 },
        ],
      ],
    },
  ],
  empty: { nameEn: "", nameFr: "", latitude: null, longitude: null },
};
