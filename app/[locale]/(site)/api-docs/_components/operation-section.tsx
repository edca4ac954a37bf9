import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ReferenceOperation } from "@/lib/openapi/reference";
import { CodeBlock, ScrollTable } from "./code-block";
import { Prose } from "./prose";
import { TypeText, Values } from "./type-label";

const cell = "px-3 py-2 align-top";

/** One endpoint: what it does, its parameters, its responses and an example. */
export async function OperationSection({
  operation,
  locale,
}: {
  operation: ReferenceOperation;
  locale: Locale;
}) {
  const t = await getTranslations("apiDocs");
  // Descriptions come from the schemas, in English: say so to screen readers on the French page.
  const english = locale === "en" ? undefined : "en";
  return (
    <section
      aria-labelledby={`op-${operation.id}`}
      id={operation.id}
      className="scroll-mt-6 space-y-4 border-t border-line pt-6"
    >
      <h4
        id={`op-${operation.id}`}
        className="flex flex-wrap items-baseline gap-2 text-lg font-semibold"
      >
        <span className="rounded bg-ink px-2 py-0.5 font-mono text-xs text-white">
          {operation.method}
        </span>
        <code className="break-all font-mono text-base">{operation.path}</code>
      </h4>
      <div lang={english} className="space-y-1">
        <p className="font-medium">{operation.summary}</p>
        <Prose text={operation.description} className="max-w-3xl text-sm text-muted" />
      </div>

      <h5 className="font-semibold">{t("parameters")}</h5>
      {operation.parameters.length === 0 ? (
        <p className="text-sm text-muted">{t("noParameters")}</p>
      ) : (
        <dl className="divide-y divide-line rounded border border-line bg-white text-sm">
          {operation.parameters.map((parameter) => (
            <div
              key={`${parameter.location}-${parameter.name}`}
              className="grid gap-1 px-3 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4"
            >
              <dt>
                <code className="font-mono font-semibold">{parameter.name}</code>
                <span className="ml-2 text-xs text-muted">
                  {parameter.location === "path" ? t("locationPath") : t("locationQuery")}
                  {parameter.required ? ` · ${t("required")}` : null}
                </span>
                <span className="block">
                  <TypeText type={parameter.type} />
                </span>
              </dt>
              <dd>
                <Prose text={parameter.description} lang={english} />
                <Values values={parameter.type.values} />
                {parameter.example ? (
                  <p className="mt-1 text-xs text-muted">
                    {t("example")}{" "}
                    <code className="break-all font-mono text-ink">{parameter.example}</code>
                  </p>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      )}

      <h5 className="font-semibold">{t("responses")}</h5>
      <ScrollTable label={`${t("responses")} — ${operation.path}`}>
        <table className="w-full min-w-[30rem] text-left text-sm">
          <thead className="bg-sand">
            <tr>
              <th scope="col" className={cell}>
                {t("status")}
              </th>
              <th scope="col" className={cell}>
                {t("description")}
              </th>
              <th scope="col" className={cell}>
                {t("body")}
              </th>
            </tr>
          </thead>
          <tbody>
            {operation.responses.map((response) => (
              <tr key={response.status} className="border-t border-line">
                <th scope="row" className={`${cell} font-mono`}>
                  {response.status}
                </th>
                <td className={cell}>
                  <Prose text={response.description} lang={english} />
                </td>
                <td className={cell}>
                  {response.schema ? (
                    <a
                      href={`#schema-${response.schema}`}
                      className="font-mono text-xs text-accent-strong underline"
                    >
                      {response.schema}
                    </a>
                  ) : (
                    <span className="text-muted">{t("noBody")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <h5 className="font-semibold">{t("exampleRequest")}</h5>
      <CodeBlock label={t("exampleRequest")} code={`GET ${operation.exampleRequest}`} />
      {operation.exampleResponse ? (
        <details>
          <summary className="cursor-pointer font-semibold">{t("exampleResponse")}</summary>
          <div className="mt-2">
            <CodeBlock label={t("exampleResponse")} code={operation.exampleResponse} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
