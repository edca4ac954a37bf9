import { getTranslations } from "next-intl/server";
import type { Evidence } from "@/lib/data/institutions";
import { formatDay } from "@/lib/indicators/format";

/** The references behind a record: quote in its own language, source, where in the document. */
export async function EvidenceList({ evidence, locale }: { evidence: Evidence[]; locale: string }) {
  const t = await getTranslations("institutions");
  if (evidence.length === 0) return <p className="mt-2 text-sm text-muted">{t("noEvidence")}</p>;
  return (
    <ul className="mt-2 space-y-3 text-sm">
      {evidence.map((item) => (
        <li key={item.id} className="border-l-2 border-line pl-3">
          {item.quote ? (
            <blockquote className="italic" lang={item.quoteLanguage ?? undefined}>
              “{item.quote}”
            </blockquote>
          ) : null}
          <p className="text-muted">
            {item.url ? (
              <a href={item.url} className="text-accent-strong underline" rel="noopener noreferrer">
                {item.title}
              </a>
            ) : (
              <cite className="not-italic">{item.title}</cite>
            )}
            {item.sourceName && item.sourceName !== item.title ? ` — ${item.sourceName}` : ""}
            {item.publishedOn ? ` · ${formatDay(item.publishedOn, locale)}` : ""}
            {item.locator ? ` · ${item.locator}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
