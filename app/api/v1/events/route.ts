import { listEvents } from "@/lib/api/endpoints";
import { pageRoute } from "@/lib/api/handler";
import { listApiEvents } from "@/lib/data/api/events";

export const dynamic = "force-dynamic";

export const GET = pageRoute(listEvents, ({ query, searchParams }) =>
  listApiEvents(query, searchParams),
);
