// Only redirects to a locale-prefixed URL (Accept-Language, then the default). It is never a
// security check: every protected page, action and route handler authorizes itself.
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next internals, embeds of static files (paths with a dot).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
