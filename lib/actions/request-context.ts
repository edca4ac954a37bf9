import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { locales } from "@/lib/i18n/routing";
import type { ActionContext } from "./action-client";

/** The context of a real request: its session (checked against the database) and address. */
export async function requestContext(): Promise<ActionContext> {
  const requestHeaders = await headers();
  return {
    db,
    user: await getCurrentUser(),
    ipAddress: clientIpFrom(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
    revalidate(paths) {
      for (const locale of locales) {
        for (const path of paths) revalidatePath(`/${locale}${path === "/" ? "" : path}`);
      }
    },
  };
}
