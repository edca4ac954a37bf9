import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Shown instead of a staff page to a signed-in member whose role does not allow it. */
export async function ForbiddenNotice() {
  const t = await getTranslations("admin.forbidden");
  return (
    <section
      aria-labelledby="forbidden-title"
      className="max-w-xl rounded border border-line bg-white p-6"
    >
      <h1 id="forbidden-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-2 text-muted">{t("body")}</p>
      <p className="mt-4">
        <Link href="/admin" className="font-medium text-accent-strong underline">
          {t("back")}
        </Link>
      </p>
    </section>
  );
}
