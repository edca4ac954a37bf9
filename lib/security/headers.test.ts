import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isEmbedPath, staticSecurityHeaders } from "./headers";

describe("contentSecurityPolicy", () => {
  const production = contentSecurityPolicy({ nonce: "abc", development: false, embeddable: false });

  it("allows scripts only with the nonce and forbids plugins, base rewriting and framing", () => {
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).not.toContain("unsafe-eval");
    expect(production).toContain("object-src 'none'");
    expect(production).toContain("base-uri 'self'");
    expect(production).toContain("frame-ancestors 'none'");
  });

  it("lets embed pages be framed by any site", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: false, embeddable: true })).toContain(
      "frame-ancestors *",
    );
  });
});

describe("isEmbedPath", () => {
  it("recognises embed pages with or without a locale, and nothing else", () => {
    expect(isEmbedPath("/fr/embed/indicators/x")).toBe(true);
    expect(isEmbedPath("/embed/timeline")).toBe(true);
    expect(isEmbedPath("/en/embedded")).toBe(false);
    expect(isEmbedPath("/en/timeline")).toBe(false);
  });
});

describe("staticSecurityHeaders", () => {
  it("adds HSTS in production only", () => {
    const keys = (production: boolean) =>
      staticSecurityHeaders(production).map((header) => header.key);
    expect(keys(true)).toContain("Strict-Transport-Security");
    expect(keys(false)).not.toContain("Strict-Transport-Security");
  });
});
