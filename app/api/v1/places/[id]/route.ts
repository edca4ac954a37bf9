import { getPlace } from "@/lib/api/endpoints";
import { singleRoute } from "@/lib/api/handler";
import { getApiPlace, outlinesFingerprint } from "@/lib/data/api/places";

export const dynamic = "force-dynamic";

export const GET = singleRoute(getPlace, ({ params }) => getApiPlace(params.id), {
  representation: () => outlinesFingerprint(),
});
