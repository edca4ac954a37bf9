import { getTranslations } from "next-intl/server";
import { AccountMenu } from "@/components/admin/account-menu";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";

const NAV_ITEMS = [
  { href: "/", key: "dashboard" },
  { href: "/timeline", key: "timeline" },
  { href: "/indicators", key: "indicators" },
  { href: "/institutions", key: "institutions" },
  { href: "/map", key: "map" },
  { href: "/sources", key: "sources" },
  { href: "/search", key: "search" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const site = await getTranslations("site");
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-ink no-underline">
          {site("name")}
        </Link>
        <nav aria-label={t("label")} className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.key}>
                <NavLink href={item.href}>{t(item.key)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-4 text-sm">
          <LanguageSwitch label={t("switchTo")} ariaLabel={t("switchToLabel")} />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
