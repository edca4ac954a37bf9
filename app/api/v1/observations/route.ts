import { listObservations } from "@/lib/api/endpoints";
import { pageRoute } from "@/lib/api/handler";
import { listApiObservations } from "@/lib/data/api/indicators";

export const dynamic = "force-dynamic";

export const GET = pageRoute(listObservations, ({ query }) => listApiObservations(query));
