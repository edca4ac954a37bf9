import { listPlaces } from "@/lib/api/endpoints";
import { pageRoute } from "@/lib/api/handler";
import { listApiPlaces, outlinesFingerprint } from "@/lib/data/api/places";

export const dynamic = "force-dynamic";

export const GET = pageRoute(listPlaces, ({ query }) => listApiPlaces(query), {
  representation: ({ query }) =>
    query.geometry === "1" || query.geometry === "true"
      ? outlinesFingerprint()
      : Promise.resolve(""),
});
