import { getInstitution } from "@/lib/api/endpoints";
import { singleRoute } from "@/lib/api/handler";
import { getApiInstitution } from "@/lib/data/api/institutions";

export const dynamic = "force-dynamic";

export const GET = singleRoute(getInstitution, ({ params }) => getApiInstitution(params.id));
