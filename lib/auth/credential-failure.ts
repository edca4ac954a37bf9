import { SIGN_IN_WINDOW_SECONDS } from "./rate-limit";

/**
 * Turns Auth.js's redirect after a failed credentials sign-in into a JSON answer with a status:
 * 401 `invalid_credentials` (unknown email, wrong password, disabled account — one answer for
 * all) or 429 `rate_limited`. Any other response is left alone (null).
 */
export function credentialFailureResponse(request: Request, response: Response): Response | null {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return null;
  const location = response.headers.get("location");
  if (!location || response.status < 300 || response.status >= 400) return null;
  const params = new URL(location, request.url).searchParams;
  if (params.get("error") !== "CredentialsSignin") return null;

  const rateLimited = params.get("code") === "rate_limited";
  const headers = new Headers({ "Cache-Control": "no-store" });
  for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  if (rateLimited) headers.set("Retry-After", String(SIGN_IN_WINDOW_SECONDS));
  return Response.json(
    { error: rateLimited ? "rate_limited" : "invalid_credentials" },
    { status: rateLimited ? 429 : 401, headers },
  );
}
