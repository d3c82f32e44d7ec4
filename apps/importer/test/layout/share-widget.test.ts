import { describe, expect, it } from "vitest";
import { isShareWidget } from "../../src/layout/share-widget.js";

describe("isShareWidget", () => {
  it.each([
    ["Share:", true],
    ["Share:        ", true],
    ["Share", true],
    ["SHARE :", true],
    ["Share this", true],
    ["Share this:", true],
    ["Share this article", true],
    ["Share on: Facebook | Twitter | WhatsApp", true],
    ["Share: Facebook, Twitter, LinkedIn, E-mail, Print", true],
    ["Share on Telegram", true],
    ["Share:Facebook", true],
    ["Share: https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fmeclis.gov.az x", true],
    ["Share\u00a0:\u00a0VK OK", true],
    // Prose that only starts with the word.
    ["Share prices were discussed at the meeting of the committee.", false],
    ["Share: the sides agreed to share experience.", false],
    ["Shareholders of the bank met the deputies.", false],
    ["Share-based payments were on the agenda.", false],
    ["Share this experience with other parliaments, the Speaker said.", false],
    ["Sharing: Facebook", false],
    ["Facebook Twitter", false],
    ["", false],
  ])("%j → %s", (line, want) => {
    expect(isShareWidget(line)).toBe(want);
  });

  it("refuses a very long line without scanning it as a widget", () => {
    expect(isShareWidget(`Share: ${"Facebook ".repeat(100)}`)).toBe(false);
  });
});
