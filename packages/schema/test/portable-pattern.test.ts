import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { portablePattern } from "../src/zod-free/portable-pattern.js";
import { packageRoot } from "./support/files.js";

function patternsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => patternsIn(item, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" && typeof value === "string") out.push(value);
      else patternsIn(value, out);
    }
  }
  return out;
}

describe("portablePattern", () => {
  it.each([
    ["\\d{4}", "\\d"], ["[^\\s]*", "\\s"], ["\\w+", "\\w"], ["a\\b", "\\b"], ["a.b", "'.'"], ["^a", "anchors"], ["a$", "anchors"], ["é", "non-ASCII"],
  ])("refuses %s (%s)", (body, reason) => {
    expect(() => portablePattern(body)).toThrow(/is not portable/);
    expect(() => portablePattern(body)).toThrow(reason === "non-ASCII" ? /\\uXXXX/ : reason === "anchors" ? /anchors/ : new RegExp(reason.replace(/[\\.']/g, "\\$&")));
  });

  it("anchors the body, guards the end against a final newline and wraps a top-level alternation", () => {
    expect(portablePattern("[A-Z]{2}").source).toBe("^[A-Z]{2}(?!\\n)$");
    expect(portablePattern("a|b").source).toBe("^(?:a|b)(?!\\n)$");
    expect(portablePattern("(?:a|b)c").source).toBe("^(?:a|b)c(?!\\n)$");
    expect(portablePattern("[|]").source).toBe("^[|](?!\\n)$");
    expect(portablePattern("[A-Z]{2}").test("AZ\n")).toBe(false);
  });

  it("built every pattern in the shipped JSON Schema files", () => {
    const dirs = [join(packageRoot, "schemas"), join(packageRoot, "schemas", "consumer")];
    const patterns = dirs.flatMap((dir) =>
      readdirSync(dir).filter((f) => f.endsWith(".schema.json")).flatMap((f) => patternsIn(JSON.parse(readFileSync(join(dir, f), "utf8")))),
    );
    expect(patterns.length).toBeGreaterThan(20);
    for (const pattern of new Set(patterns)) {
      expect(pattern).toMatch(/^\^.*\(\?!\\n\)\$$/);
      expect(pattern).not.toMatch(/\\[dDsSwWbB]/);
      expect(pattern).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
