import { describe, expect, it } from "vitest";
import { catalogFiles, messagesFor } from "./index";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("message catalogs", () => {
  it("have exactly the same keys in English and French", () => {
    expect(keyPaths(messagesFor("fr")).sort()).toEqual(keyPaths(messagesFor("en")).sort());
  });

  it("define each namespace in one file only", () => {
    for (const files of Object.values(catalogFiles)) {
      const namespaces = Object.values(files).flatMap((file) => Object.keys(file));
      expect(new Set(namespaces).size).toBe(namespaces.length);
    }
  });

  it("leave no message empty", () => {
    for (const locale of ["en", "fr"] as const) {
      const messages = messagesFor(locale);
      for (const path of keyPaths(messages)) {
        const value = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
        expect(typeof value === "string" && value.trim() !== "", `${locale}:${path}`).toBe(true);
      }
    }
  });
});
