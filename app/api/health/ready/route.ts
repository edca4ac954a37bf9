import path from "node:path";
import { db } from "@/lib/db/client";
import { checkReadiness } from "@/lib/db/readiness";

export const dynamic = "force-dynamic";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness(db, MIGRATIONS_DIR);
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json(
    { status: "unavailable", reason: readiness.reason },
    { status: 503, headers },
  );
}
