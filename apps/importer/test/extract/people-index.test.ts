import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/index.js";
import { foldName } from "../../src/knowledge/fold-name.js";
import { knowledge } from "../../src/knowledge/knowledge.js";
import { maxPeoplePerRelease, People, type Person } from "../../src/extract/people.js";

const k = knowledge();

/** The rules People.find and findFamily implement, as the scan in order they replaced. */
function scanFind(all: Person[], name: string): Person | undefined {
  const fold = foldName(name);
  const known = k.officialsByName.get(fold);
  if (known) {
    const same = all.find((p) => p.known?.id === known.id);
    if (same) return same;
  }
  const parts = fold.split(" ");
  const given = parts[0]!;
  const family = parts[parts.length - 1]!;
  const oneEdit = (a: string, b: string) => {
    if (a === b) return true;
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  };
  const suffixOf = (long: string, short: string) => short.includes(" ") && long.endsWith(` ${short}`);
  return all.find(
    (p) =>
      p.fold === fold ||
      suffixOf(p.fold, fold) ||
      suffixOf(fold, p.fold) ||
      (p.family === family && (p.given === given || (given.length >= 4 && p.given.length >= 4 && oneEdit(p.given, given)))),
  );
}

function scanFindFamily(all: Person[], family: string): Person | undefined {
  const fold = foldName(family);
  const matches = all.filter((p) => p.family === fold || p.family.endsWith(`-${fold}`));
  return matches.length === 1 ? matches[0] : undefined;
}

// Few letters, so that names collide, differ by one letter, or end with one another.
const word = fc.oneof(
  fc.stringMatching(/^[A-C][abc]{0,4}$/),
  fc.stringMatching(/^[A-C][abc]{0,2}-[A-C][abc]{0,2}$/),
  fc.constantFrom("Sahiba", "Sahibə", "Gafarova", "Qafarova", "Ogtay", "Oktay", "Asadov", "Abcabcabcabcabcabcabcabcabcabcab", "Abcabcabcabcabcabcabcabcabcabcabc"),
);
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));

describe("People: indexed lookups", () => {
  it("find and findFamily answer as a scan of every person in order would", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), name), { maxLength: 40 }), (steps) => {
        const people = new People(k);
        for (const [add, n] of steps) {
          expect(people.find(n)).toBe(scanFind(people.all, n));
          const last = n.split(" ").at(-1)!;
          expect(people.findFamily(last)).toBe(scanFindFamily(people.all, last));
          if (add) people.add(n, { paragraph: 0, start: 0 }, true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("turns away people past the cap and says so", () => {
    const people = new People(k, 3);
    for (const n of ["Aa Bb", "Cc Dd", "Ee Ff"]) expect(people.add(n, { paragraph: 0, start: 0 }, true)).toBeDefined();
    expect(people.capped).toBe(false);
    expect(people.add("Gg Hh", { paragraph: 0, start: 0 }, true)).toBeUndefined();
    expect(people.capped).toBe(true);
    expect(people.all).toHaveLength(3);
  });

  // Was quadratic: every lookup scanned every person so far (1.6 MB of distinct names took 177 s).
  // Counted, not timed: reads of the list of people while resolving n names.
  it("resolves n distinct names without walking the list of people", () => {
    for (const n of [100, 1000]) {
      const people = new People(k, Number.POSITIVE_INFINITY);
      let reads = 0;
      const counted = new Proxy(people.all, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      });
      Object.defineProperty(people, "all", { value: counted });
      for (let i = 0; i < n; i++) {
        const name = `Given${i.toString(36)} Family${(i * 7919).toString(36)}`;
        if (!people.find(name)) people.add(name, { paragraph: 0, start: i }, true);
        people.findFamily(`Family${(i * 7919).toString(36)}`);
      }
      expect(people.all).toHaveLength(n);
      // A scan reads about n²/2 entries; the indexes read none.
      expect(reads, `list entries read for ${n} names`).toBeLessThan(n);
    }
  });
});

/** A distinct run of lowercase letters for each number (names hold no digits). */
const letters = (i: number) => i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));

describe("the people cap through importRelease", () => {
  it(`keeps the first ${maxPeoplePerRelease} people and warns with the cap's name`, () => {
    const sentences = Array.from({ length: 700 }, (_, i) => `Speaker Anna${letters(i)} Berz${letters(i)} met with Mr Omar${letters(i)} Nahar${letters(i)}.`);
    const paragraphs = [];
    for (let i = 0; i < sentences.length; i += 50) paragraphs.push(sentences.slice(i, i + 50).join(" "));
    const { release, warnings } = importRelease({ text: `Many Meetings\n\n15 April 2021\n\n${paragraphs.join("\n\n")}` });
    expect(warnings.map((w) => w.code)).toContain("too_many_people");
    expect(warnings.find((w) => w.code === "too_many_people")?.message).toMatch(/more than 1000 distinct people \(maxPeoplePerRelease\)/);
    expect(release.officials.length).toBeLessThanOrEqual(maxPeoplePerRelease);
    expect(release.officials[0]?.name).toBe("Annaa Berza");
  });
});
