import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/forms/accept-invitation-form";
import { findOpenInvitation } from "@/lib/auth/invitations";
import { db } from "@/lib/db/client";
import { isLocale, routing } from "@/lib/i18n/routing";
import { invitationTokenSchema } from "@/lib/validations/auth";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.invitation" });
  // The token is in the URL: keep it out of Referer headers and search engines.
  return {
    title: t("title"),
    description: t("description"),
    robots: { index: false },
    referrer: "no-referrer",
  };
}

export default async function InvitationPage({ params }: Props) {
  const { locale: raw, token } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const t = await getTranslations("auth.invitation");
  const valid = invitationTokenSchema.safeParse(token);
  const invitation = valid.success ? await findOpenInvitation(db, valid.data) : null;
  const roles = await getTranslations("adminEnums.role");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {invitation ? (
        <>
          <p className="text-muted">
            {t("welcome", { email: invitation.email, role: roles(invitation.role) })}
          </p>
          <div className="rounded border border-line bg-white p-6">
            <AcceptInvitationForm token={token} name={invitation.name} />
          </div>
        </>
      ) : (
        <p className="rounded border border-line bg-sand px-3 py-2">{t("invalid")}</p>
      )}
    </div>
  );
}
