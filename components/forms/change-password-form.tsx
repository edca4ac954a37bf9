"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { changePasswordAction } from "@/lib/actions/account";
import { changePasswordSchema } from "@/lib/validations/auth";
import { PasswordForm } from "./password-form";

export function ChangePasswordForm() {
  const t = useTranslations("auth.password");
  const [done, setDone] = useState<string | null>(null);
  return (
    <PasswordForm
      fields={[
        {
          name: "currentPassword",
          label: t("current"),
          type: "password",
          autoComplete: "current-password",
        },
      ]}
      schema={changePasswordSchema}
      action={changePasswordAction}
      submitLabel={t("submit")}
      success={done}
      onSuccess={(result) => setDone(t("changed", { count: result.otherSessionsEnded }))}
    />
  );
}
