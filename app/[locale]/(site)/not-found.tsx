import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-muted">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link href="/" className="text-accent-strong underline">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
