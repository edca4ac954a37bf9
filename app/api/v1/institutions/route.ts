import { listInstitutions } from "@/lib/api/endpoints";
import { pageRoute } from "@/lib/api/handler";
import { listApiInstitutions } from "@/lib/data/api/institutions";

export const dynamic = "force-dynamic";

export const GET = pageRoute(listInstitutions, ({ query }) => listApiInstitutions(query));
