import { getActor } from "@/lib/api/endpoints";
import { singleRoute } from "@/lib/api/handler";
import { getApiActor } from "@/lib/data/api/actors";

export const dynamic = "force-dynamic";

export const GET = singleRoute(getActor, ({ params }) => getApiActor(params.id));
