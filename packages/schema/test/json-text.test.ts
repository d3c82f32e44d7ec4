import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicateKey, mayHaveDuplicateKeys } from "../src/validate/duplicate-keys.js";
import { pointerLines } from "../src/validate/json-position.js";
import { jsonSyntaxError } from "../src/validate/json-syntax.js";

describe("jsonSyntaxError", () => {
  it.each([
    ['{"a":1,}', 7, "JSON allows no trailing comma"],
    ["[1,2,]", 5, "JSON allows no trailing comma"],
    ["{a:1}", 1, "found an unquoted name"],
    ["// note\n{}", 0, "found a comment: JSON has no comments"],
    ["{\"a\":'x'}", 5, "found a single quote"],
    ["", 0, "found an empty file"],
    ['{"a":1}\n{"b":2}', 8, "found more data after it"],
    ['{"a":1}\ufeff', 7, "found a byte order mark (U+FEFF): it may only start a file"],
    ['{"a":01}', 5, "expected a JSON number"],
    ['{"a":"x\ny"}', 7, "control character U+000A"],
    ['{"a":"\\x"}', 6, "found \\x"],
    ['{"a":NaN}', 5, "found NaN"],
    ['{"a":1', 6, "found the end of the text (1 unclosed { or [)"],
    ['["a",,"b"]', 5, "found a comma: one too many, or a value is missing"],
  ])("%j breaks at %i: %s", (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = jsonSyntaxError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.reason).toContain(reason);
  });

  it("finds no error exactly where JSON.parse finds none (property)", () => {
    const text = fc.oneof(
      fc.json(),
      fc.json().map((t) => t.replace(/,/, ",,")),
      fc.json().map((t) => t.replace(/"/, "'")),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        let parses = true;
        try {
          JSON.parse(t);
        } catch {
          parses = false;
        }
        expect(jsonSyntaxError(t) === undefined).toBe(parses);
      }),
      { numRuns: 3_000 },
    );
  });

  it("handles any nesting depth without recursion", () => {
    expect(jsonSyntaxError(`${"[".repeat(1_000_000)}${"]".repeat(999_999)}`)?.reason).toContain("1 unclosed");
  });
});

describe("duplicate keys", () => {
  const object = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 5 });

  it("the fast check never misses a duplicate, and finds none in JSON.stringify output (property)", () => {
    fc.assert(
      fc.property(object, fc.nat(), (value, pick) => {
        const text = JSON.stringify(value);
        expect(mayHaveDuplicateKeys(text, JSON.parse(text))).toBe(false);
        expect(findDuplicateKey(text)).toBeUndefined();
        // Repeat one key at the end of the object: JSON.parse keeps the last; both checks must see it.
        const keys = Object.keys(value);
        const key = keys[pick % keys.length] as string;
        const doubled = `${text.slice(0, -1)},${JSON.stringify(key)}:null}`;
        expect(mayHaveDuplicateKeys(doubled, JSON.parse(doubled))).toBe(true);
        expect(findDuplicateKey(doubled)?.path).toEqual([key]);
      }),
      { numRuns: 1_000 },
    );
  });

  it("gives the path of a nested duplicate and its offset", () => {
    const text = '{"a":[1,{"b":{"c":1," c":2,"c":3}}]}';
    expect(findDuplicateKey(text)).toEqual({ offset: text.lastIndexOf('"c"'), path: ["a", 1, "b", "c"] });
  });
});

describe("pointerLines", () => {
  it("maps pointers to lines, and stops mapping below 64 levels (hostile nesting stays linear)", () => {
    const lines = pointerLines('{\n  "a": [\n    1,\n    {"b": 2}\n  ]\n}');
    expect([...lines]).toEqual([["", 1], ["/a", 2], ["/a/0", 3], ["/a/1", 4], ["/a/1/b", 4]]);
    const deep = pointerLines(`${"[\n".repeat(100_000)}${"]\n".repeat(100_000)}`);
    expect(deep.size).toBeLessThanOrEqual(66);
  });
});
