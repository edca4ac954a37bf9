import { listActors } from "@/lib/api/endpoints";
import { pageRoute } from "@/lib/api/handler";
import { listApiActors } from "@/lib/data/api/actors";

export const dynamic = "force-dynamic";

export const GET = pageRoute(listActors, ({ query }) => listApiActors(query));
