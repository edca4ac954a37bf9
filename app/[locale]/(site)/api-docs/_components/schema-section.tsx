import { getTranslations } from "next-intl/server";
import type { ReferenceSchema } from "@/lib/openapi/reference";
import { Prose } from "./prose";
import { TypeText, Values } from "./type-label";

/** One component schema as a table of its fields (or its type, for enums and unions). */
export async function SchemaSection({
  schema,
  english,
}: {
  schema: ReferenceSchema;
  english: string | undefined;
}) {
  const t = await getTranslations("apiDocs");
  return (
    <section
      aria-labelledby={`schema-${schema.name}-title`}
      id={`schema-${schema.name}`}
      className="scroll-mt-6 space-y-2"
    >
      <h3 id={`schema-${schema.name}-title`} className="font-mono text-lg font-semibold">
        {schema.name}
      </h3>
      {schema.description ? (
        <Prose text={schema.description} lang={english} className="max-w-3xl text-sm text-muted" />
      ) : null}
      {schema.type ? (
        <div className="text-sm">
          <p>
            {t("type")} <TypeText type={schema.type} />
          </p>
          <Values values={schema.type.values} />
        </div>
      ) : (
        <dl
          aria-label={t("fields", { name: schema.name })}
          className="divide-y divide-line rounded border border-line bg-white text-sm"
        >
          {schema.fields.map((field) => (
            <div
              key={field.name}
              className="grid gap-1 px-3 py-2 sm:grid-cols-[16rem_1fr] sm:gap-4"
            >
              <dt>
                <code className="break-all font-mono font-semibold">{field.name}</code>
                {field.required ? null : (
                  <span className="ml-2 text-xs text-muted">{t("optional")}</span>
                )}
                <span className="block">
                  <TypeText type={field.type} />
                </span>
              </dt>
              <dd>
                <Prose text={field.description} lang={english} />
                <Values values={field.type.values} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
