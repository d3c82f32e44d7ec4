import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCapture, firstInvalidUtf8 } from "../../src/io/decode.js";
import { InputError } from "../../src/io/input-error.js";
import { inputLimits } from "../../src/io/limits.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function failure(input: Uint8Array): InputError {
  try {
    decodeCapture(input, "in.txt");
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected decodeCapture to throw");
}

describe("decodeCapture", () => {
  it("decodes UTF-8 and drops a leading byte-order mark", () => {
    expect(decodeCapture(utf8("\uFEFFChair`s Travels – 15 апреля"), "in.txt")).toBe("Chair`s Travels – 15 апреля");
  });

  it.each([
    ["an empty file", bytes(), "input_empty", "in.txt: empty input"],
    ["whitespace only", utf8(" \n\t\r\n"), "input_empty", "in.txt: only whitespace"],
    ["UTF-16 with a BOM", bytes(0xff, 0xfe, 0x41, 0x00), "input_encoding", "in.txt: UTF-16 text; expected UTF-8"],
    ["a PDF", utf8("%PDF-1.7\n..."), "input_binary", "in.txt: looks like a PDF document"],
    ["a gzip archive", bytes(0x1f, 0x8b, 0x08, 0x00), "input_binary", "in.txt: looks like a gzip archive"],
    ["a NUL byte", utf8("Title\n\nbody\0more"), "input_binary", "in.txt: binary data (a NUL byte at offset 11, line 3)"],
    ["a stray Latin-1 byte", Uint8Array.from([...utf8("Title\nCaf"), 0xe9, 0x0a]), "input_encoding", "in.txt: invalid UTF-8 at byte 9 (line 2)"],
    [
      "a page in another charset",
      Uint8Array.from([...utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><p>'), 0xcf, 0xf0]),
      "input_encoding",
      "in.txt: invalid UTF-8 at byte 96 (line 1); the page declares charset windows-1251; expected UTF-8 text (convert it, e.g. iconv -f windows-1251 -t utf-8)",
    ],
    ["an overlong encoding", bytes(0x41, 0xc0, 0xaf), "input_encoding", "invalid UTF-8 at byte 1"],
    ["an encoded surrogate", bytes(0x41, 0xed, 0xa0, 0x80), "input_encoding", "invalid UTF-8 at byte 1"],
    ["a truncated sequence", bytes(0x41, 0xe2, 0x82), "input_encoding", "invalid UTF-8 at byte 1"],
  ])("rejects %s with a message naming the file and place", (_name, input, code, message) => {
    const error = failure(input);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it("refuses input over the size cap without decoding it", () => {
    const error = failure(new Uint8Array(inputLimits.documentBytes + 1).fill(0x61));
    expect(error.code).toBe("input_too_large");
    expect(error.message).toMatch(/^in\.txt: \d+ bytes; a capture is at most \d+ bytes/);
  });
});

describe("firstInvalidUtf8", () => {
  it("agrees with the platform's strict decoder on arbitrary bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let valid = true;
        try {
          strict.decode(input);
        } catch {
          valid = false;
        }
        const offset = firstInvalidUtf8(input);
        expect(offset === -1).toBe(valid);
        // Everything before the reported offset is valid UTF-8 on its own.
        if (!valid) expect(() => strict.decode(input.subarray(0, offset))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts every code point's encoding", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (text) => {
        expect(firstInvalidUtf8(utf8(text))).toBe(-1);
      }),
    );
  });
});
