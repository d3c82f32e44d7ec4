import { describe, expect, it } from "vitest";
import { lineOfPointer } from "../src/static-site/json-lines.js";

const text = `{
  "id": "release:x",
  "body": [
    "first",
    "with \\"quotes\\", [brackets] and {braces}"
  ],
  "meetings": [
    {
      "participants": [{ "official": "a" },
        { "official": "b", "n": -1.5e3, "ok": true }]
    }
  ],
  "a/b": { "c~d": null }
}`;

describe("lineOfPointer", () => {
  it.each([
    ["", 1],
    ["/id", 2],
    ["/body", 3],
    ["/body/1", 5],
    ["/meetings/0/participants/1/official", 10],
    ["/meetings/0/participants/1/ok", 10],
    // A missing key is reported where its parent starts.
    ["/meetings/0/place", 8],
    ["/a~1b/c~0d", 13],
  ])("%s is on line %i", (pointer, line) => expect(lineOfPointer(text, pointer)).toBe(line));
});
