// Redirects to a locale-prefixed URL (Accept-Language, then the default) and sets each page's
// Content-Security-Policy with a fresh nonce. It is never a security check: every protected page,
// action and route handler authorizes itself.
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { contentSecurityPolicy, isEmbedPath } from "./lib/security/headers";

const handleLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    embeddable: isEmbedPath(request.nextUrl.pathname),
  });
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", policy);
  const response = handleLocale(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and static files (paths with a dot).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
