import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/forms/sign-out-button";
import { NavLink } from "@/components/layout/nav-link";
import type { SignedInUser } from "@/lib/auth/signed-in-user";
import { can, type Permission } from "@/lib/permissions";
import { COLLECTIONS } from "@/lib/workflow/adapters";

const SECTIONS: { href: string; key: string; permission: Permission }[] = [
  ...COLLECTIONS.map((collection) => ({
    href: `/admin/${collection}`,
    key: collection,
    permission: "admin.access" as const,
  })),
  { href: "/admin/sources", key: "sources", permission: "admin.access" },
  { href: "/admin/users", key: "users", permission: "users.manage" },
  { href: "/admin/audit", key: "audit", permission: "audit.read" },
  { href: "/admin/account", key: "account", permission: "admin.access" },
];

/** The staff area's navigation: only the sections the member's role opens (display only). */
export async function AdminNav({ user }: { user: SignedInUser }) {
  const t = await getTranslations("admin.nav");
  const roles = await getTranslations("adminEnums.role");
  return (
    <nav aria-label={t("label")} className="mb-6 rounded border border-line bg-white px-4 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">
          <NavLink href="/admin">{t("overview")}</NavLink>
        </p>
        <div className="flex items-center gap-3 text-sm text-muted">
          <span>
            {user.name} · {roles(user.role)}
          </span>
          <SignOutButton />
        </div>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SECTIONS.filter((section) => can(user.role, section.permission)).map((section) => (
          <li key={section.key}>
            <NavLink href={section.href}>{t(section.key)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
