"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { signInAction } from "@/lib/actions/account";
import type { Locale } from "@/lib/i18n/routing";
import { signInSchema } from "@/lib/validations/auth";
import { FormStatus } from "./form-feedback";
import { TextInput } from "./text-input";
import { fieldErrorsFromIssues } from "./issues";
import { useHydrated } from "./use-hydrated";
import { useServerAction } from "./use-server-action";

export function SignInForm({ locale, callbackUrl }: { locale: Locale; callbackUrl?: string }) {
  const t = useTranslations("auth.signIn");
  const { run, pending, failure } = useServerAction(signInAction);
  // Until React runs, submitting would only reload the page: wait for it.
  const hydrated = useHydrated();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl,
      locale,
    };
    const checked = signInSchema.safeParse(input);
    if (!checked.success) {
      setFieldErrors(fieldErrorsFromIssues(checked.error.issues));
      return;
    }
    setFieldErrors({});
    run(input);
  }

  return (
    // POST even before JavaScript loads: the password never goes into an address.
    <form
      method="post"
      onSubmit={submit}
      noValidate
      className="space-y-4"
      aria-describedby="sign-in-status"
    >
      <TextInput
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        label={t("email")}
        errors={fieldErrors.email}
      />
      <TextInput
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t("password")}
        errors={fieldErrors.password}
      />
      <FormStatus id="sign-in-status" failure={failure} />
      <button
        type="submit"
        disabled={pending || !hydrated}
        className="w-full rounded bg-accent-strong px-4 py-2 font-semibold text-white hover:bg-accent disabled:opacity-60"
      >
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
