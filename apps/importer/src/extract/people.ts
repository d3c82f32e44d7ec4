import { foldName } from "../knowledge/fold-name.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { KnownOfficial } from "../knowledge/knowledge-schema.js";
import type { PositionSpan } from "./mentions.js";

/** One person in a release, however often and however spelled. */
export interface Person {
  index: number;
  /** The first full name as written. */
  name: string;
  given: string;
  family: string;
  /** The name folded for comparison (see foldName). */
  fold: string;
  known?: KnownOfficial;
  honorific?: string;
  /** Positions from the first mention that gave any, with the paragraph they were read from. */
  positions: { span: PositionSpan; paragraph: number; ledBody?: string }[];
  first: { paragraph: number; start: number };
  /** Named with a title, honorific or appositive, or a known official (not just a capitalised pair). */
  strong: boolean;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The people of one release. A name resolves to an existing person when it is the same after
 * folding, a known spelling variant (data/officials.json), or the same family name with a given
 * name one typo away (Omar / Oman Barakat Al-Nahar).
 */
export class People {
  readonly all: Person[] = [];

  constructor(private readonly k: Knowledge) {}

  find(name: string): Person | undefined {
    const fold = foldName(name);
    const known = this.k.officialsByName.get(fold);
    if (known) {
      const same = this.all.find((p) => p.known?.id === known.id);
      if (same) return same;
    }
    const parts = fold.split(" ");
    const given = parts[0]!;
    const family = parts[parts.length - 1]!;
    // One name is the other without its first word(s): "Barakat Al-Nahar" in "Omar Barakat Al-Nahar".
    const suffixOf = (long: string, short: string) => short.includes(" ") && long.endsWith(` ${short}`);
    return this.all.find(
      (p) =>
        p.fold === fold ||
        suffixOf(p.fold, fold) ||
        suffixOf(fold, p.fold) ||
        (p.family === family && (p.given === given || (given.length >= 4 && p.given.length >= 4 && editDistanceAtMostOne(p.given, given)))),
    );
  }

  /** The person a lone family name refers to (Mrs Gafarova), when exactly one fits. */
  findFamily(family: string): Person | undefined {
    const fold = foldName(family);
    const matches = this.all.filter((p) => p.family === fold || p.family.endsWith(`-${fold}`));
    return matches.length === 1 ? matches[0] : undefined;
  }

  add(name: string, at: { paragraph: number; start: number }, strong: boolean): Person {
    const fold = foldName(name);
    const parts = fold.split(" ");
    const person: Person = {
      index: this.all.length,
      name,
      given: parts[0]!,
      family: parts[parts.length - 1]!,
      fold,
      positions: [],
      first: at,
      strong,
    };
    const known = this.k.officialsByName.get(fold);
    if (known) {
      person.known = known;
      person.strong = true;
    }
    this.all.push(person);
    return person;
  }

  /** Is this name a known official's (any spelling)? */
  isKnown(name: string): boolean {
    return this.k.officialsByName.has(foldName(name));
  }
}
