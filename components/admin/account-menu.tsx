import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/forms/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";

/**
 * The header's account corner: "Sign in" for readers; for signed-in staff, their name, a link
 * to the staff area and "Sign out". Reads the session (checked against the database).
 */
export async function AccountMenu() {
  const t = await getTranslations("auth.account");
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="rounded border border-line px-3 py-1 hover:bg-sand">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-muted" data-testid="signed-in-as">
        {t("signedInAs", { name: user.name })}
      </span>
      <Link href="/admin" className="font-medium text-accent-strong hover:underline">
        {t("staffArea")}
      </Link>
      <SignOutButton />
    </div>
  );
}
