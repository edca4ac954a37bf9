import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";
import { credentialFailureResponse } from "./credential-failure";

const callback = new Request("http://localhost/api/auth/callback/credentials", { method: "POST" });
const redirect = (location: string) =>
  new Response(null, { status: 302, headers: { location, "set-cookie": "a=b; Path=/" } });

describe("credentialFailureResponse", () => {
  it("answers 401 for bad credentials and 429 with Retry-After when rate limited", async () => {
    const invalid = credentialFailureResponse(
      callback,
      redirect("http://localhost/sign-in?error=CredentialsSignin&code=invalid_credentials"),
    );
    expect(invalid?.status).toBe(401);
    expect(await invalid?.json()).toEqual({ error: "invalid_credentials" });
    expect(invalid?.headers.get("set-cookie")).toContain("a=b");
    const limited = credentialFailureResponse(
      callback,
      redirect("http://localhost/sign-in?error=CredentialsSignin&code=rate_limited"),
    );
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("leaves successes, other errors and other endpoints alone", () => {
    expect(credentialFailureResponse(callback, redirect("http://localhost/en/admin"))).toBeNull();
    expect(
      credentialFailureResponse(callback, redirect("http://localhost/sign-in?error=MissingCSRF")),
    ).toBeNull();
    const signOut = new Request("http://localhost/api/auth/signout", { method: "POST" });
    expect(
      credentialFailureResponse(signOut, redirect("http://localhost/x?error=CredentialsSignin")),
    ).toBeNull();
  });
});

describe("clientIpFrom", () => {
  it("takes the first forwarded address, else X-Real-IP, else nothing", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe(
      "203.0.113.7",
    );
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIpFrom(new Headers())).toBeNull();
  });
});
