"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { inviteUserAction } from "@/lib/actions/users";
import { Role } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";
import { inviteUserSchema } from "@/lib/validations/users";
import { FormStatus } from "./form-feedback";
import { TextInput, inputClass } from "./text-input";
import { fieldErrorsFromIssues } from "./issues";
import { useHydrated } from "./use-hydrated";
import { useServerAction } from "./use-server-action";

/**
 * Invites a new member. The one-time link is shown here, once, for the admin to hand over
 * (no mail server needed); it is never stored in readable form.
 */
export function InviteForm({ locale }: { locale: string }) {
  const t = useTranslations("admin.users.invite");
  const roles = useTranslations("adminEnums.role");
  const router = useRouter();
  const { run, pending, failure } = useServerAction(inviteUserAction);
  // Until React runs, submitting would only reload the page: wait for it.
  const hydrated = useHydrated();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [link, setLink] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? ""),
    };
    const checked = inviteUserSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues));
      return;
    }
    setErrors({});
    setLink(null);
    const target = event.currentTarget;
    run(checked.data, (invitation) => {
      setLink(`${window.location.origin}/${locale}/sign-in/invitation/${invitation.token}`);
      target.reset();
      router.refresh();
    });
  }

  const serverErrors = failure?.fieldErrors ?? {};
  return (
    <form
      method="post"
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-labelledby="invite-title"
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput
          id="invite-email"
          name="email"
          type="email"
          label={t("email")}
          errors={errors.email ?? serverErrors.email}
        />
        <TextInput
          id="invite-name"
          name="name"
          label={t("name")}
          errors={errors.name ?? serverErrors.name}
        />
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium">
            {t("role")}
          </label>
          <select id="invite-role" name="role" defaultValue="CONTRIBUTOR" className={inputClass}>
            {Object.values(Role).map((role) => (
              <option key={role} value={role}>
                {roles(role)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormStatus failure={failure && !failure.fieldErrors ? failure : null} />
      <button
        type="submit"
        disabled={pending || !hydrated}
        className="rounded bg-accent-strong px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {t("submit")}
      </button>
      {link ? (
        <div role="status" className="space-y-2 rounded border border-accent bg-sand p-3">
          <p className="font-medium">{t("linkTitle")}</p>
          <p className="text-sm">{t("linkHint")}</p>
          <label htmlFor="invite-link" className="sr-only">
            {t("linkTitle")}
          </label>
          <input
            id="invite-link"
            readOnly
            value={link}
            className={inputClass}
            onFocus={(event) => event.target.select()}
            data-testid="invitation-link"
          />
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(link)}
            className="rounded border border-line bg-white px-3 py-1 text-sm"
          >
            {t("copy")}
          </button>
        </div>
      ) : null}
    </form>
  );
}
