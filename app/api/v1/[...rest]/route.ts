import { unknownPathRoute } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

export const GET = unknownPathRoute;
