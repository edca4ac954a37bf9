"use client";

import { useTranslations } from "next-intl";
import { ActorsField } from "./fields/actors-field";
import { EnumField, NumberField, TextField } from "./fields/basic-fields";
import { CitationsField } from "./fields/citations-field";
import { CountryAreaField } from "./fields/country-area-field";
import { FatalitiesField } from "./fields/fatalities-field";
import type { FieldProps } from "./fields/field-types";
import { PreciseDateField } from "./fields/precise-date-field";
import {
  DateField,
  PlaceField,
  ReferenceField,
  SearchField,
  type ReferenceOption,
} from "./fields/reference-fields";
import type { FieldSpec, FormSection } from "./record-layouts";

interface Props extends FieldProps {
  sections: FormSection[];
  sourceNames: Record<string, string>;
  actorNames: Record<string, string>;
  /** Short lists of records to choose from (institutions, indicators), by name. */
  options: Record<string, ReferenceOption[]>;
}

function Field({ spec, props }: { spec: FieldSpec; props: Props }) {
  const { data, errors, onChange } = props;
  const common = { data, errors, onChange };
  switch (spec.kind) {
    case "text":
      return <TextField {...common} name={spec.name} multiline={spec.multiline} lang={spec.lang} />;
    case "enum":
      return <EnumField {...common} {...spec} />;
    case "number":
      return <NumberField {...common} {...spec} />;
    case "preciseDate":
      return <PreciseDateField {...common} />;
    case "fatalities":
      return <FatalitiesField {...common} />;
    case "countryArea":
      return <CountryAreaField {...common} />;
    case "actors":
      return <ActorsField {...common} roles={spec.roles} names={props.actorNames} />;
    case "citations":
      return <CitationsField {...common} names={props.sourceNames} />;
    case "date":
      return <DateField {...common} name={spec.name} />;
    case "place":
      return (
        <PlaceField {...common} name={spec.name} levels={spec.levels} optional={spec.optional} />
      );
    case "reference":
      return (
        <ReferenceField
          {...common}
          name={spec.name}
          options={props.options[spec.options] ?? []}
          optional={spec.optional}
        />
      );
    case "search":
      return (
        <SearchField
          {...common}
          name={spec.name}
          target={spec.target}
          names={spec.target === "actor" ? props.actorNames : props.sourceNames}
        />
      );
  }
}

const keyOf = (spec: FieldSpec) => ("name" in spec ? spec.name : spec.kind);

/** The sections of a record form, each a titled group of fields. */
export function RecordFields(props: Props) {
  const t = useTranslations("adminForm.sections");
  return (
    <>
      {props.sections.map((section) => (
        <section
          key={section.title}
          aria-labelledby={`section-${section.title}`}
          className="space-y-4 rounded border border-line bg-white p-4"
        >
          <h2 id={`section-${section.title}`} className="text-lg font-semibold">
            {t(section.title)}
          </h2>
          {section.fields.map((entry) =>
            Array.isArray(entry) ? (
              <div
                key={entry.map(keyOf).join("-")}
                className={
                  entry.length === 3 ? "grid gap-4 sm:grid-cols-3" : "grid gap-4 sm:grid-cols-2"
                }
              >
                {entry.map((spec) => (
                  <Field key={keyOf(spec)} spec={spec} props={props} />
                ))}
              </div>
            ) : (
              <Field key={keyOf(entry)} spec={entry} props={props} />
            ),
          )}
        </section>
      ))}
    </>
  );
}
