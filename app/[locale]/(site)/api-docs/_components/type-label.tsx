import { getTranslations } from "next-intl/server";
import type { TypeLabel } from "@/lib/openapi/schema-nodes";

/** A field's or parameter's type, linking to the schema it refers to. */
export async function TypeText({ type }: { type: TypeLabel }) {
  const t = await getTranslations("apiDocs");
  return (
    <>
      {/* JSON Schema's vocabulary ("string", "array of"), left in English like the schemas. */}
      <span className="font-mono text-xs" lang="en">
        {type.text}
        {type.ref ? (
          <>
            {type.text ? " " : null}
            <a href={`#schema-${type.ref}`} className="text-accent-strong underline">
              {type.ref}
            </a>
          </>
        ) : null}
      </span>
      {type.nullable ? <span className="text-xs text-muted"> {t("nullable")}</span> : null}
    </>
  );
}

/** Enumerated values, folded away when there are many. */
export async function Values({ values }: { values: string[] }) {
  if (values.length === 0) return null;
  const t = await getTranslations("apiDocs");
  const list = values.map((value) => (
    <code key={value} className="mr-1 inline-block rounded bg-sand px-1 text-xs">
      {value}
    </code>
  ));
  if (values.length <= 8) {
    return (
      <p className="mt-1 text-xs text-muted">
        {t("values")} {list}
      </p>
    );
  }
  return (
    <details className="mt-1 text-xs text-muted">
      <summary className="cursor-pointer">{t("valueCount", { count: values.length })}</summary>
      <p className="mt-1">{list}</p>
    </details>
  );
}
