import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { ActionButton } from "@/components/forms/action-button";
import { revokeUserSessionAction } from "@/lib/actions/users";
import { requirePagePermission } from "@/lib/auth/page-access";
import { getStaffMember } from "@/lib/data/admin/users";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return { title: t("memberTitle"), description: t("description"), robots: { index: false } };
}

export default async function StaffMemberPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  if (!z.uuid().safeParse(id).success) notFound();
  const access = await requirePagePermission(locale, `/admin/users/${id}`, "users.manage");
  if (!access.ok) return <ForbiddenNotice />;
  const member = await getStaffMember(id);
  if (!member) notFound();
  const t = await getTranslations("admin.users");
  const roles = await getTranslations("adminEnums.role");
  const format = await getFormatter();
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const now = new Date();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/users" className="underline">
          {t("back")}
        </Link>
      </p>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{member.name}</h1>
        <p className="text-muted">
          {member.email} · {roles(member.role)}
          {member.disabledAt ? ` · ${t("disabled")}` : ""}
        </p>
        <p className="text-sm text-muted">
          {t("lastSignIn")}: {member.lastSignInAt ? when(member.lastSignInAt) : t("never")}
        </p>
      </header>
      <section aria-labelledby="sessions-title" className="space-y-2">
        <h2 id="sessions-title" className="text-xl font-semibold">
          {t("sessionsTitle")}
        </h2>
        {member.sessions.length === 0 ? <p className="text-muted">{t("noSessions")}</p> : null}
        <ul className="divide-y divide-line rounded border border-line bg-white">
          {member.sessions.map((session) => {
            const active = !session.revokedAt && session.expiresAt > now;
            return (
              <li
                key={session.id}
                className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
              >
                <span>
                  {t("signedIn", { date: when(session.createdAt) })} · {session.ipAddress ?? "?"} ·{" "}
                  <span className="text-muted">{session.userAgent?.slice(0, 80) ?? ""}</span>
                  <span className="block text-muted">
                    {active
                      ? t("activeUntil", { date: when(session.expiresAt) })
                      : session.revokedAt
                        ? t("revokedAt", { date: when(session.revokedAt) })
                        : t("expired")}
                  </span>
                </span>
                {active ? (
                  <ActionButton
                    action={revokeUserSessionAction}
                    input={{ sessionId: session.id }}
                    label={t("revokeSession")}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
