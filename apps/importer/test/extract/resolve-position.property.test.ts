import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolvePosition } from "../../src/extract/resolve-position.js";
import { tokenize } from "../../src/extract/tokens.js";
import { knowledge } from "../../src/knowledge/knowledge.js";

const k = knowledge();

// Words of release prose about bodies and their officers, recombined at random.
const vocabulary = [
  "the", "of", "for", "with", "and", "on", "aforementioned", "his", "deputy", "member", "Head", "Chairman", "Leader",
  "working", "group", "friendship", "committee", "Committee", "delegation", "WG", "LA", "GNA", "IPA", "CIS",
  "Legislative", "Assembly", "Grand", "National", "Turkey", "Saeima", "Milli", "Majlis", "Estonia", "inter-parliamentary",
  "relations", "Ann", "Berg", "met", "on", "3", "May", ",", ".", "(", ")",
];
const phrase = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }).map((w) => w.join(" "));

/** Every word a label may contain: the label's, the release's, and the data's abbreviation expansions. */
function allowedWords(label: string, paragraphs: string[]): Set<string> {
  const words = new Set<string>(["of", "the"]);
  const add = (text: string) => {
    for (const t of tokenize(text)) if (t.word) words.add(t.lower);
  };
  add(label);
  paragraphs.forEach(add);
  for (const expansion of k.abbreviations.values()) add(expansion);
  return words;
}

describe("resolvePosition (property)", () => {
  it("never invents a word: every word comes from the label, the release or the abbreviations data", () => {
    fc.assert(
      fc.property(phrase, fc.array(phrase, { maxLength: 4 }), fc.nat(4), (label, paragraphs, p) => {
        const at = { paragraph: Math.min(p, paragraphs.length), start: 0, end: 0 };
        const out = resolvePosition(label, at, { paragraphs, tokens: paragraphs.map(tokenize) }, k);
        const allowed = allowedWords(label, paragraphs);
        for (const t of tokenize(`${out.label} ${out.resolved}`)) if (t.word) expect(allowed.has(t.lower)).toBe(true);
        // Deterministic: the same label and release give the same result.
        expect(resolvePosition(label, at, { paragraphs, tokens: paragraphs.map(tokenize) }, k)).toEqual(out);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a label alone when the release says nothing more and it has no abbreviation", () => {
    fc.assert(
      fc.property(phrase, (label) => {
        fc.pre(!tokenize(label).some((t) => k.abbreviations.has(t.text)));
        expect(resolvePosition(label, { paragraph: 0, start: 0, end: 0 }, { paragraphs: [], tokens: [] }, k)).toEqual({ label, resolved: label });
      }),
      { numRuns: 300 },
    );
  });
});
