// Route-level skeleton only where no page can answer "not found": a loading boundary above a
// notFound() page would make it stream with status 200 instead of 404.
import { getTranslations } from "next-intl/server";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <WidgetSkeleton rows={6} />
    </div>
  );
}
