import { listIndicators } from "@/lib/api/endpoints";
import { pageRoute } from "@/lib/api/handler";
import { listApiIndicators } from "@/lib/data/api/indicators";

export const dynamic = "force-dynamic";

export const GET = pageRoute(listIndicators, ({ query }) => listApiIndicators(query));
