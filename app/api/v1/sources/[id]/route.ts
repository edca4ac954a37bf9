import { getSource } from "@/lib/api/endpoints";
import { singleRoute } from "@/lib/api/handler";
import { getApiSource } from "@/lib/data/api/sources";

export const dynamic = "force-dynamic";

export const GET = singleRoute(getSource, ({ params }) => getApiSource(params.id));
