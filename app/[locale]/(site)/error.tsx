"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      {error.digest ? <p className="mt-2 text-sm text-muted">Ref. {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-accent-strong px-4 py-2 font-medium text-white hover:bg-accent"
      >
        {t("retry")}
      </button>
    </div>
  );
}
