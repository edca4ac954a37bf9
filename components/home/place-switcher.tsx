import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** AES / Mali / Burkina Faso / Niger: links, so that each view is a shareable address. */
export async function PlaceSwitcher({
  places,
  current,
}: {
  places: { id: string; name: string }[];
  current: string;
}) {
  const t = await getTranslations("home");
  return (
    <nav aria-label={t("placeSwitcher")}>
      <ul className="flex flex-wrap gap-2">
        {places.map((place) => {
          const active = place.id === current;
          return (
            <li key={place.id}>
              <Link
                href={place.id === "AES" ? "/" : `/?place=${place.id.toLowerCase()}`}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-full border px-4 py-1.5 text-sm font-medium ${
                  active
                    ? "border-accent-strong bg-accent-strong text-white"
                    : "border-line bg-white text-ink hover:border-accent-strong"
                }`}
              >
                {place.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
