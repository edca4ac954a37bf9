import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { listActors } from "@/lib/data/actors";
import { Link } from "@/lib/i18n/navigation";
import { publicPageMetadata } from "@/lib/events/page-metadata";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "actor" });
  return publicPageMetadata(locale, { title: t("listTitle"), description: t("listDescription") });
}

async function ActorTable({ locale }: { locale: Locale }) {
  const [actors, t, kinds] = await Promise.all([
    listActors(locale),
    getTranslations("actor"),
    getTranslations("actorKind"),
  ]);
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {actors.map((actor) => (
        <li key={actor.slug} className="rounded border border-line bg-white px-4 py-3">
          <Link href={`/actors/${actor.slug}`} className="font-medium text-accent-strong underline">
            {actor.name}
          </Link>
          <p className="text-sm text-muted">
            {kinds(actor.kind)} · {t("events", { count: actor.events })}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function ActorsPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const t = await getTranslations("actor");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("listDescription")}</p>
      </header>
      <Suspense fallback={<WidgetSkeleton rows={8} />}>
        <ActorTable locale={locale} />
      </Suspense>
    </div>
  );
}
