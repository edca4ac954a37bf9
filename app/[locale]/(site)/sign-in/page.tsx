import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pageLocale, staffPageMetadata } from "@/lib/auth/page-access";
import { localPathSchema } from "@/lib/validations/auth";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffPageMetadata(params, "auth.signIn");
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = pageLocale(raw);
  setRequestLocale(locale);
  const query = await searchParams;
  const callback = localPathSchema.safeParse(query.callbackUrl);
  const callbackUrl = callback.success ? callback.data : undefined;
  if (await getCurrentUser()) redirect(callbackUrl ?? `/${locale}/admin`);
  const t = await getTranslations("auth.signIn");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("description")}</p>
      <div className="mt-6 rounded border border-line bg-white p-6">
        <SignInForm locale={locale} callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
