import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pageCss, pageCssHash } from "../src/page-style.js";

describe("page style", () => {
  it("allows exactly the inline stylesheet by its SHA-256 (written out in page-style.ts)", () => {
    expect(pageCssHash).toBe(`'sha256-${createHash("sha256").update(pageCss).digest("base64")}'`);
  });
});
