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
