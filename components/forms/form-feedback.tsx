"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/actions/errors";

/** The translated message of a `validation.*` key (unknown keys read as "invalid value"). */
export function useValidationMessage() {
  const t = useTranslations("validation");
  return (key: string) => (t.has(key) ? t(key) : t("invalid"));
}

/** The translated message of a failed action. */
export function useFailureMessage() {
  const t = useTranslations("actionErrors");
  return (failure: ActionFailure): string => {
    if (failure.code === "invalid_state" && failure.message) {
      const key = `states.${failure.message}`;
      return t.has(key) ? t(key) : t("invalid_state");
    }
    if (failure.code === "unauthenticated" && failure.message === "invalid_credentials") {
      return t("invalid_credentials");
    }
    if (failure.code === "rate_limited") {
      return t("rate_limited", { seconds: failure.retryAfterSeconds ?? 60 });
    }
    if (failure.code === "internal") return t("internal", { reference: failure.message ?? "" });
    return t(failure.code);
  };
}

/** The form-level outcome, announced to screen readers as it changes. */
export function FormStatus({
  failure,
  success,
  id,
}: {
  failure: ActionFailure | null;
  success?: string | null;
  id?: string;
}) {
  const message = useFailureMessage();
  return (
    <div id={id} role="status" aria-live="polite" className="min-h-6">
      {failure ? (
        <p
          role="alert"
          className="rounded border border-accent bg-sand px-3 py-2 text-sm font-medium text-accent-strong"
        >
          {message(failure)}
        </p>
      ) : success ? (
        <p className="rounded border border-line bg-white px-3 py-2 text-sm text-ink">{success}</p>
      ) : null}
    </div>
  );
}

/** Errors of one field, referenced by the input's aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  const message = useValidationMessage();
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-accent-strong">
      {errors.map(message).join(" ")}
    </p>
  );
}
