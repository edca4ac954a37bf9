"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/errors";
import { FormStatus } from "./form-feedback";
import { TextInput } from "./text-input";
import { fieldErrorsFromIssues } from "./issues";
import { useHydrated } from "./use-hydrated";
import { useServerAction } from "./use-server-action";

interface Props<S extends z.ZodType, R> {
  /** Fields besides the new password and its confirmation. */
  fields: {
    name: string;
    label: string;
    type: "password" | "text";
    autoComplete: string;
    defaultValue?: string;
  }[];
  hidden?: Record<string, string>;
  schema: S;
  action(input: z.output<S>): Promise<ActionResult<R>>;
  submitLabel: string;
  onSuccess(result: R): void;
  success?: string | null;
}

/**
 * A form that ends in choosing a password (change one's password, accept an invitation).
 * Checked in the browser with the action's own schema.
 */
export function PasswordForm<S extends z.ZodType, R>({
  fields,
  hidden = {},
  schema,
  action,
  submitLabel,
  onSuccess,
  success,
}: Props<S, R>) {
  const t = useTranslations("auth.password");
  const { run, pending, failure } = useServerAction(action);
  // Until React runs, submitting would only reload the page: wait for it.
  const hydrated = useHydrated();
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input: Record<string, string> = { ...hidden };
    for (const [key, value] of new FormData(form)) input[key] = String(value);
    const checked = schema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues));
      return;
    }
    setErrors({});
    run(checked.data, (result) => {
      form.reset();
      onSuccess(result);
    });
  }

  const shown = { ...(failure?.fieldErrors ?? {}), ...errors };
  const inputs = [
    ...fields,
    {
      name: "newPassword",
      label: t("new"),
      type: "password" as const,
      autoComplete: "new-password",
    },
    {
      name: "confirmPassword",
      label: t("confirm"),
      type: "password" as const,
      autoComplete: "new-password",
    },
  ];
  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      {inputs.map((field) => (
        <TextInput
          key={field.name}
          id={`password-form-${field.name}`}
          name={field.name}
          type={field.type}
          autoComplete={field.autoComplete}
          defaultValue={"defaultValue" in field ? field.defaultValue : undefined}
          label={field.label}
          hint={field.name === "newPassword" ? t("rule") : undefined}
          errors={shown[field.name]}
        />
      ))}
      <FormStatus failure={failure && !failure.fieldErrors ? failure : null} success={success} />
      <button
        type="submit"
        disabled={pending || !hydrated}
        className="rounded bg-accent-strong px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {submitLabel}
      </button>
    </form>
  );
}
