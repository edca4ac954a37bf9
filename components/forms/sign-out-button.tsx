"use client";

import { useLocale, useTranslations } from "next-intl";
import { signOutAction } from "@/lib/actions/account";
import { isLocale, routing } from "@/lib/i18n/routing";
import { useServerAction } from "./use-server-action";

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("auth.account");
  const current = useLocale();
  const locale = isLocale(current) ? current : routing.defaultLocale;
  const { run, pending } = useServerAction(signOutAction);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => run({ locale })}
      className={
        className ?? "rounded border border-line px-3 py-1 hover:bg-sand disabled:opacity-60"
      }
    >
      {t("signOut")}
    </button>
  );
}
