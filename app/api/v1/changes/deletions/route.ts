import { listDeletions } from "@/lib/api/endpoints";
import { pageRoute } from "@/lib/api/handler";
import { listApiDeletions } from "@/lib/data/api/deletions";

export const dynamic = "force-dynamic";

export const GET = pageRoute(listDeletions, ({ query }) => listApiDeletions(query));
