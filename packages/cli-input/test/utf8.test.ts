import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8, InputError } from "../src/index.js";

describe("decodeUtf8", () => {
  it("round-trips every well-formed string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(decodeUtf8(Buffer.from(text, "utf8"), { input: "x" })).toBe(text);
      }),
    );
  });

  it("finds the first invalid byte exactly where TextDecoder fails (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(at === -1).toBe(valid);
        // Everything before the offset decodes; the offset itself starts a broken sequence.
        if (at !== -1) expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, at))).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ["a lone continuation byte", [0x61, 0x80], 1],
    ["an overlong slash", [0x61, 0x62, 0xc0, 0xaf], 2],
    ["a UTF-8 encoded surrogate", [0xed, 0xa0, 0x80], 0],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a truncated sequence", [0x61, 0xe2, 0x82], 1],
  ])("refuses %s with its byte offset and line", (_name, bytes, offset) => {
    const error = (() => {
      try {
        decodeUtf8(Uint8Array.from(bytes), { input: "f.ndjson", line: 3, offset: 100 });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.code).toBe("input_encoding");
    expect(error?.message).toBe(`f.ndjson:3: invalid UTF-8 at byte ${100 + offset}; expected UTF-8 text (convert it, e.g. iconv -f windows-1252 -t utf-8)`);
  });

  it("drops a byte order mark only at the very start of an input, and refuses UTF-16", () => {
    expect(decodeUtf8(Buffer.from("\ufeff{}"), { input: "x" })).toBe("{}");
    expect(decodeUtf8(Buffer.from("\ufeff{}"), { input: "x", line: 2, offset: 10 })).toBe("\ufeff{}");
    expect(() => decodeUtf8(Uint8Array.from([0xff, 0xfe, 0x7b, 0]), { input: "x" })).toThrow("x:1: UTF-16 text; expected UTF-8");
  });
});
