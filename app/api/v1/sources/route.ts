import { listSources } from "@/lib/api/endpoints";
import { pageRoute } from "@/lib/api/handler";
import { listApiSources } from "@/lib/data/api/sources";

export const dynamic = "force-dynamic";

export const GET = pageRoute(listSources, ({ query }) => listApiSources(query));
