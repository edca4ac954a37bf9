import type { NextRequest } from "next/server";
import { buildTimelinePayload } from "@/components/timeline/timeline-payload";
import { readTimelineParamsStrictly } from "@/components/timeline/timeline-params";
import { isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

/**
 * GET /{locale}/timeline/window?{event filters}&lanes=country|category&span=YYYY-MM-DD..YYYY-MM-DD
 * The timeline's data for one visible window, aggregated (see lib/data/timeline.ts). Read by the
 * client timeline as the reader zooms and pans. Public data only; 400 with the reasons on bad input.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ locale: string }> },
): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) {
    return Response.json(
      { error: { code: "not_found", message: "Unknown locale" } },
      { status: 404 },
    );
  }
  const parsed = await readTimelineParamsStrictly(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return Response.json(
      {
        error: { code: "invalid_parameters", message: "Invalid parameters", issues: parsed.issues },
      },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const payload = await buildTimelinePayload(parsed.filters, parsed.view, locale);
  return Response.json(payload, {
    // Public, aggregated data: a short browser cache makes panning back and forth instant.
    headers: { "Cache-Control": "public, max-age=60" },
  });
}
