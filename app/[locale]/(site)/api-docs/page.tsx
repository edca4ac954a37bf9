import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { publicPageMetadata } from "@/lib/events/page-metadata";
import { isLocale, routing } from "@/lib/i18n/routing";
import { openApiDocument } from "@/lib/openapi/document";
import { buildReference } from "@/lib/openapi/reference";
import { CodeBlock } from "./_components/code-block";
import { OperationSection } from "./_components/operation-section";
import { SchemaSection } from "./_components/schema-section";

type Props = { params: Promise<{ locale: string }> };

const GUIDE = ["conventions", "paging", "filters", "sync", "errors", "caching"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "apiDocs" });
  return publicPageMetadata(locale, { title: t("title"), description: t("metaDescription") });
}

const code = (chunks: ReactNode) => (
  <code className="rounded bg-sand px-1 font-mono text-[0.85em]">{chunks}</code>
);

export default async function ApiDocsPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const t = await getTranslations("apiDocs");
  const reference = buildReference(openApiDocument());
  const english = locale === "en" ? undefined : "en";
  const tagName = (name: string) => (t.has(`tags.${name}`) ? t(`tags.${name}`) : name);

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="max-w-3xl text-muted">{t("intro")}</p>
        <p className="text-sm">
          <span className="font-semibold">{t("baseUrl")}</span>{" "}
          <code className="font-mono">{reference.basePath}</code>
          <span className="text-muted"> · {t("version", { version: reference.version })}</span>
        </p>
        <p>
          <a
            href={`${reference.basePath}/openapi.json`}
            className="font-medium text-accent-strong underline"
          >
            {t("download")}
          </a>
        </p>
        {english ? <p className="text-sm text-muted">{t("englishNote")}</p> : null}
      </header>

      <nav aria-labelledby="api-contents" className="rounded border border-line bg-white p-4">
        <h2 id="api-contents" className="font-semibold">
          {t("contents")}
        </h2>
        <ul className="mt-2 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <li>
            <a href="#getting-started" className="text-accent-strong underline">
              {t("gettingStarted")}
            </a>
          </li>
          {reference.tags.map((tag) => (
            <li key={tag.name}>
              <a href={`#tag-${tag.name}`} className="font-medium text-accent-strong underline">
                {tagName(tag.name)}
              </a>
              <ul className="mt-1 space-y-1">
                {tag.operations.map((operation) => (
                  <li key={operation.id}>
                    <a
                      href={`#${operation.id}`}
                      className="break-all font-mono text-xs text-accent-strong underline"
                    >
                      {operation.path.replace(reference.basePath, "")}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#schemas" className="text-accent-strong underline">
              {t("schemasTitle")}
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="getting-started" className="space-y-4">
        <h2 id="getting-started" className="scroll-mt-6 text-2xl font-semibold">
          {t("gettingStarted")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {GUIDE.map((topic) => (
            <section
              key={topic}
              aria-labelledby={`guide-${topic}`}
              className="rounded border border-line bg-white p-4"
            >
              <h3 id={`guide-${topic}`} className="font-semibold">
                {t(`guide.${topic}Title`)}
              </h3>
              <p className="mt-1 text-sm leading-relaxed">{t.rich(`guide.${topic}`, { code })}</p>
            </section>
          ))}
        </div>
        <details>
          <summary className="cursor-pointer font-semibold">{t("errorExample")}</summary>
          <div className="mt-2">
            <CodeBlock label={t("errorExample")} code={reference.errorExample} />
          </div>
        </details>
      </section>

      <section aria-labelledby="operations" className="space-y-8">
        <h2 id="operations" className="text-2xl font-semibold">
          {t("operationsTitle")}
        </h2>
        {reference.tags.map((tag) => (
          <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="space-y-6">
            <h3 id={`tag-${tag.name}`} className="scroll-mt-6 text-xl font-semibold">
              {tagName(tag.name)}
            </h3>
            <p lang={english} className="text-sm text-muted">
              {tag.description}
            </p>
            {tag.operations.map((operation) => (
              <OperationSection key={operation.id} operation={operation} locale={locale} />
            ))}
          </section>
        ))}
      </section>

      <section aria-labelledby="schemas" className="space-y-8">
        <h2 id="schemas" className="scroll-mt-6 text-2xl font-semibold">
          {t("schemasTitle")}
        </h2>
        {reference.schemas.map((schema) => (
          <SchemaSection key={schema.name} schema={schema} english={english} />
        ))}
      </section>
    </div>
  );
}
