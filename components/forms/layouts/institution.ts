import { DatePrecision, MilestoneStage } from "@/lib/generated/prisma/enums";
import { institutionDataSchema, milestoneDataSchema } from "@/lib/validations/institution";
import type { RecordFormDefinition } from "../record-layouts";

export const INSTITUTION_FORM: RecordFormDefinition = {
  schema: institutionDataSchema,
  sections: [
    {
      title: "description",
      fields: [
        [
          { kind: "text", name: "slug" },
          { kind: "text", name: "acronym" },
        ],
        [
          { kind: "text", name: "nameEn", lang: "en" },
          { kind: "text", name: "nameFr", lang: "fr" },
        ],
        [
          { kind: "text", name: "descriptionEn", multiline: true, lang: "en" },
          { kind: "text", name: "descriptionFr", multiline: true, lang: "fr" },
        ],
        { kind: "reference", name: "parentId", options: "institutions", optional: true },
      ],
    },
    { title: "sources", fields: [{ kind: "citations" }] },
  ],
  empty: {
    slug: "",
    acronym: "",
    nameEn: "",
    nameFr: "",
    descriptionEn: "",
    descriptionFr: "",
    parentId: null,
    citations: [],
  },
};

export const MILESTONE_FORM: RecordFormDefinition = {
  schema: milestoneDataSchema,
  sections: [
    {
      title: "description",
      fields: [
        { kind: "reference", name: "institutionId", options: "institutions" },
        {
          kind: "enum",
          name: "stage",
          options: Object.values(MilestoneStage),
          labels: "adminEnums.milestoneStage",
        },
        [
          { kind: "date", name: "date" },
          {
            kind: "enum",
            name: "datePrecision",
            options: Object.values(DatePrecision),
            labels: "adminForm.date.precisions",
            optional: true,
          },
        ],
        [
          { kind: "text", name: "descriptionEn", multiline: true, lang: "en" },
          { kind: "text", name: "descriptionFr", multiline: true, lang: "fr" },
        ],
      ],
    },
    { title: "sources", fields: [{ kind: "citations" }] },
  ],
  empty: {
    institutionId: "",
    stage: "",
    date: null,
    datePrecision: null,
    descriptionEn: "",
    descriptionFr: "",
    eventId: null,
    citations: [],
  },
};
