/**
 * The client's address for rate limiting and the audit log. Behind a reverse proxy the first
 * X-Forwarded-For entry is the client; Next.js sets the header itself when serving directly.
 * It can be forged by a client that reaches the app without a proxy, which is why sign-in is
 * also limited per account, not only per address.
 */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  if (first) return first.slice(0, 64);
  const real = headers.get("x-real-ip")?.trim();
  return real ? real.slice(0, 64) : null;
}
