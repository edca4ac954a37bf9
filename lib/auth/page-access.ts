import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { can, type Permission } from "@/lib/permissions";
import { getCurrentUser } from "./current-user";
import type { SignedInUser } from "./signed-in-user";

export type PageAccess = { ok: true; user: SignedInUser } | { ok: false; user: SignedInUser };

/**
 * Every protected page asks this first (a layout is no security boundary): anonymous visitors
 * go to the sign-in page and come back; signed-in staff without the permission get a refusal.
 */
export async function requirePagePermission(
  locale: string,
  path: string,
  permission: Permission,
): Promise<PageAccess> {
  const user = await getCurrentUser();
  if (!user) {
    redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  }
  return can(user.role, permission) ? { ok: true, user } : { ok: false, user };
}

/** Title and description from `<namespace>.title/description`; staff pages stay out of search. */
export async function staffPageMetadata(
  params: Promise<{ locale: string }>,
  namespace: string,
): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace });
  return { title: t("title"), description: t("description"), robots: { index: false } };
}

export function pageLocale(raw: string): Locale {
  return isLocale(raw) ? raw : routing.defaultLocale;
}
