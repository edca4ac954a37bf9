import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { ActionButton } from "@/components/forms/action-button";
import { InviteForm } from "@/components/forms/invite-form";
import { RoleSelect } from "@/components/forms/role-select";
import { disableUserAction, enableUserAction, revokeInvitationAction } from "@/lib/actions/users";
import { pageLocale, requirePagePermission, staffPageMetadata } from "@/lib/auth/page-access";
import { listOpenInvitations, listStaff } from "@/lib/data/admin/users";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffPageMetadata(params, "admin.users");
}

export default async function UsersPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = pageLocale(raw);
  setRequestLocale(locale);
  const access = await requirePagePermission(locale, "/admin/users", "users.manage");
  if (!access.ok) return <ForbiddenNotice />;
  const [staff, invitations] = await Promise.all([listStaff(), listOpenInvitations()]);
  const t = await getTranslations("admin.users");
  const roles = await getTranslations("adminEnums.role");
  const format = await getFormatter();
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
      </header>

      <section
        aria-labelledby="invite-title"
        className="space-y-3 rounded border border-line bg-white p-4"
      >
        <h2 id="invite-title" className="text-xl font-semibold">
          {t("invite.title")}
        </h2>
        <InviteForm locale={locale} />
        {invitations.length > 0 ? (
          <div>
            <h3 className="mt-4 font-semibold">{t("openInvitations")}</h3>
            <ul className="mt-2 divide-y divide-line">
              {invitations.map((invitation) => (
                <li
                  key={invitation.id}
                  className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                >
                  <span>
                    {invitation.name} &lt;{invitation.email}&gt; · {roles(invitation.role)} ·{" "}
                    {t("expires", { date: when(invitation.expiresAt) })}
                  </span>
                  <ActionButton
                    action={revokeInvitationAction}
                    input={{ invitationId: invitation.id }}
                    label={t("revokeInvitation")}
                  />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-xl font-semibold">
          {t("members")}
        </h2>
        <div className="overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line bg-sand">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("member")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("role")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("lastSignIn")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("sessions")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("access")}
                </th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => (
                <tr
                  key={member.id}
                  className="border-b border-line align-top last:border-0"
                  data-testid={`member-${member.email}`}
                >
                  <td className="px-3 py-2">
                    <Link
                      href={`/admin/users/${member.id}`}
                      className="font-medium text-accent-strong underline"
                    >
                      {member.name}
                    </Link>
                    <span className="block text-muted">{member.email}</span>
                  </td>
                  <td className="px-3 py-2">
                    {member.id === access.user.id ? (
                      roles(member.role)
                    ) : (
                      <RoleSelect userId={member.id} role={member.role} name={member.name} />
                    )}
                  </td>
                  <td className="px-3 py-2 text-muted">
                    {member.lastSignInAt ? when(member.lastSignInAt) : t("never")}
                  </td>
                  <td className="px-3 py-2">{member.activeSessions}</td>
                  <td className="px-3 py-2">
                    {member.disabled ? (
                      <span className="mr-2 font-medium text-accent-strong">{t("disabled")}</span>
                    ) : null}
                    {member.id === access.user.id ? null : member.disabled ? (
                      <ActionButton
                        action={enableUserAction}
                        input={{ userId: member.id }}
                        label={t("enable", { name: member.name })}
                      />
                    ) : (
                      <ActionButton
                        action={disableUserAction}
                        input={{ userId: member.id }}
                        label={t("disable", { name: member.name })}
                        confirm={t("disableConfirm", { name: member.name })}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
