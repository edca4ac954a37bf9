"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { acceptInvitationAction } from "@/lib/actions/account";
import { Link } from "@/lib/i18n/navigation";
import { acceptInvitationSchema } from "@/lib/validations/auth";
import { PasswordForm } from "./password-form";

export function AcceptInvitationForm({ token, name }: { token: string; name: string }) {
  const t = useTranslations("auth.invitation");
  const [accepted, setAccepted] = useState(false);
  if (accepted) {
    return (
      <p role="status" className="rounded border border-line bg-sand px-3 py-2">
        {t("done")}{" "}
        <Link href="/sign-in" className="font-medium text-accent-strong underline">
          {t("signIn")}
        </Link>
      </p>
    );
  }
  return (
    <PasswordForm
      fields={[
        { name: "name", label: t("name"), type: "text", autoComplete: "name", defaultValue: name },
      ]}
      hidden={{ token }}
      schema={acceptInvitationSchema}
      action={acceptInvitationAction}
      submitLabel={t("submit")}
      onSuccess={() => setAccepted(true)}
    />
  );
}
