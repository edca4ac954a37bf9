import { getIndicator } from "@/lib/api/endpoints";
import { singleRoute } from "@/lib/api/handler";
import { getApiIndicator } from "@/lib/data/api/indicators";

export const dynamic = "force-dynamic";

export const GET = singleRoute(getIndicator, ({ params }) => getApiIndicator(params.id));
