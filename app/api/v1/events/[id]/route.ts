import { getEvent } from "@/lib/api/endpoints";
import { singleRoute } from "@/lib/api/handler";
import { getApiEvent } from "@/lib/data/api/events";

export const dynamic = "force-dynamic";

export const GET = singleRoute(getEvent, ({ params }) => getApiEvent(params.id));
