import { documentRoute } from "@/lib/api/handler";
import { openApiDocument, openApiFingerprint } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

export const GET = documentRoute(openApiDocument, openApiFingerprint);
