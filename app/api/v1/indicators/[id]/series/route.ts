import { getIndicatorSeries } from "@/lib/api/endpoints";
import { singleRoute } from "@/lib/api/handler";
import { getApiSeries } from "@/lib/data/api/series";

export const dynamic = "force-dynamic";

export const GET = singleRoute(getIndicatorSeries, ({ params, query }) =>
  getApiSeries(params.id, query),
);
