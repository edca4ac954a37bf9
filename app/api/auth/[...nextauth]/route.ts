import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { credentialFailureResponse } from "@/lib/auth/credential-failure";

export const dynamic = "force-dynamic";

export const GET = handlers.GET;

/**
 * Auth.js's endpoints (sign-in callback, sign-out). A failed password sign-in answers 401, or
 * 429 with Retry-After when rate limited, instead of Auth.js's redirect to the error page: API
 * clients get a status, and both failures look the same whatever the reason.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const response = await handlers.POST(request);
  return credentialFailureResponse(request, response) ?? response;
}
