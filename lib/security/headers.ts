/**
 * Security headers. Pages get a per-request nonce CSP from proxy.ts; every response (pages, API,
 * static files) gets the static headers from next.config.ts.
 */

export interface CspOptions {
  nonce: string;
  /** Development needs eval (React's dev tooling) and the hot-reload websocket. */
  development: boolean;
  /** Only /embed pages may be framed, by any site; everything else by nobody. */
  embeddable: boolean;
}

export function contentSecurityPolicy({ nonce, development, embeddable }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts loaded by the nonce-bearing Next.js runtime are trusted, nothing else.
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // Charts and Next.js set style attributes, which nonces cannot cover.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(development ? ["ws:", "wss:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", embeddable ? "*" : "'none'"],
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** Whether a request path is an embed page ("/embed/…" or "/en/embed/…"). */
export function isEmbedPath(pathname: string): boolean {
  return /^\/(?:(?:en|fr)\/)?embed(?:\/|$)/.test(pathname);
}

export interface StaticHeader {
  key: string;
  value: string;
}

export function staticSecurityHeaders(production: boolean): StaticHeader[] {
  const headers: StaticHeader[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
  if (production) {
    headers.push({
      key: "Strict-Transport-Security",
      value: "max-age=63072000; includeSubDomains",
    });
  }
  return headers;
}

/** API responses are data, never documents: nothing may run or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
