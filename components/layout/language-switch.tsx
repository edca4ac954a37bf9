"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

function SwitchLink({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const other = locale === "fr" ? "en" : "fr";
  const query = searchParams.toString();
  // Keeps the reader on the same page with the same filters, in the other language.
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={ariaLabel}
      className="font-medium text-accent-strong hover:underline"
    >
      {label}
    </Link>
  );
}

export function LanguageSwitch(props: { label: string; ariaLabel: string }) {
  // useSearchParams needs a Suspense boundary; until it resolves, the label is plain text.
  return (
    <Suspense fallback={<span>{props.label}</span>}>
      <SwitchLink {...props} />
    </Suspense>
  );
}
