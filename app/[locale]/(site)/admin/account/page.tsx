import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { pageLocale, requirePagePermission, staffPageMetadata } from "@/lib/auth/page-access";
import { listOwnSessions } from "@/lib/data/admin/users";
import { permissionsOf } from "@/lib/permissions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffPageMetadata(params, "admin.account");
}

export default async function AccountPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = pageLocale(raw);
  setRequestLocale(locale);
  const access = await requirePagePermission(locale, "/admin/account", "admin.access");
  if (!access.ok) return <ForbiddenNotice />;
  const { user } = access;
  const sessions = await listOwnSessions(user.id);
  const t = await getTranslations("admin.account");
  const roles = await getTranslations("adminEnums.role");
  const format = await getFormatter();
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">
          {user.name} · {user.email} · {roles(user.role)}
        </p>
      </header>
      <section
        aria-labelledby="password-title"
        className="max-w-lg space-y-3 rounded border border-line bg-white p-4"
      >
        <h2 id="password-title" className="text-xl font-semibold">
          {t("password")}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="own-sessions-title" className="space-y-2">
        <h2 id="own-sessions-title" className="text-xl font-semibold">
          {t("sessions")}
        </h2>
        <ul className="divide-y divide-line rounded border border-line bg-white">
          {sessions.map((session) => (
            <li key={session.id} className="px-3 py-2 text-sm">
              {format.dateTime(session.createdAt, {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: "UTC",
              })}{" "}
              · {session.ipAddress ?? "?"}
              {session.id === user.sessionId ? (
                <strong className="ml-2">{t("thisSession")}</strong>
              ) : null}
              <span className="block text-muted">{session.userAgent?.slice(0, 100) ?? ""}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="permissions-title" className="space-y-2">
        <h2 id="permissions-title" className="text-xl font-semibold">
          {t("permissions")}
        </h2>
        <ul className="flex flex-wrap gap-2 font-mono text-xs">
          {permissionsOf(user.role).map((permission) => (
            <li key={permission} className="rounded border border-line bg-white px-2 py-1">
              {permission}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
