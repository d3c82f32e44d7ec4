import { foldName } from "../knowledge/fold-name.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { KnownOfficial } from "../knowledge/knowledge-schema.js";
import type { PositionSpan } from "./mentions.js";

/**
 * Most distinct people one release may name (the schema's cap on officials). Past it, new names
 * are not read as people and the import warns with code "too_many_people"; it bounds the work one
 * hostile capture can cause.
 */
export const maxPeoplePerRelease = 1_000;

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

/** The endings of a folded name after its first word(s) that are two words or more: "a b c d" → "b c d", "c d". */
function wordSuffixes(fold: string): string[] {
  const out: string[] = [];
  for (let i = fold.indexOf(" "); i !== -1; i = fold.indexOf(" ", i + 1)) {
    const rest = fold.slice(i + 1);
    if (rest.includes(" ")) out.push(rest);
  }
  return out;
}

/**
 * Given names up to this length are found through deletion keys; longer ones (no real name) by a
 * scan of the people with that family name, so a hostile 100 KB "name" costs no O(n²) keys.
 */
const keyedGivenLength = 32;

/** Keys shared by two given names at most one edit apart: the name and each one-letter deletion. */
function deletionKeys(given: string): Set<string> {
  const keys = new Set([given]);
  for (let i = 0; i < given.length; i++) keys.add(given.slice(0, i) + given.slice(i + 1));
  return keys;
}

/** The lone family names that refer to a person with this family name: itself and each part after a hyphen. */
function familyKeys(family: string): string[] {
  const keys = [family];
  for (let i = family.indexOf("-"); i !== -1; i = family.indexOf("-", i + 1)) keys.push(family.slice(i + 1));
  return keys;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The people of one release. A name resolves to an existing person when it is the same after
 * folding, a known spelling variant (data/officials.json), or the same family name with a given
 * name one typo away (Omar / Oman Barakat Al-Nahar). Lookups go through indexes keyed by those
 * rules, so resolving every mention stays linear in the number of people (a scan per mention
 * made a release naming thousands of people take minutes).
 */
export class People {
  readonly all: Person[] = [];
  /** Set when a name was turned away because the release already names maxPeoplePerRelease people. */
  capped = false;
  private readonly byKnownId = new Map<string, Person>();
  private readonly byFold = new Map<string, Person>();
  /** First person whose folded name ends with the key (two words or more) after its first word(s). */
  private readonly bySuffix = new Map<string, Person>();
  private readonly byFamilyGiven = new Map<string, Person>();
  /** People with a given name of 4 to keyedGivenLength letters, by family name and deletion key. */
  private readonly byFamilyDeletion = new Map<string, Person[]>();
  /** People with a given name longer than keyedGivenLength - 2 letters, by family name. */
  private readonly byFamilyLongGiven = new Map<string, Person[]>();
  /** How many people each lone family name could refer to, and the first of them. */
  private readonly byFamilyKey = new Map<string, { person: Person; count: number }>();
  /** The same for given names, of people named in full (two words or more). */
  private readonly byGivenKey = new Map<string, { person: Person; count: number }>();

  /** `cap`: most people kept (tests raise it to measure the lookups alone). */
  constructor(
    private readonly k: Knowledge,
    private readonly cap = maxPeoplePerRelease,
  ) {}

  find(name: string): Person | undefined {
    const fold = foldName(name);
    const known = this.k.officialsByName.get(fold);
    if (known) {
      const same = this.byKnownId.get(known.id);
      if (same) return same;
    }
    const parts = fold.split(" ");
    const given = parts[0]!;
    const family = parts[parts.length - 1]!;
    // The earliest person that matches any rule, as a scan in order would find.
    let best: Person | undefined;
    const consider = (p: Person | undefined) => {
      if (p && (!best || p.index < best.index)) best = p;
    };
    consider(this.byFold.get(fold));
    // One name is the other without its first word(s): "Barakat Al-Nahar" in "Omar Barakat Al-Nahar".
    if (fold.includes(" ")) consider(this.bySuffix.get(fold));
    for (const suffix of wordSuffixes(fold)) consider(this.byFold.get(suffix));
    consider(this.byFamilyGiven.get(`${family} ${given}`));
    // The same family name and a given name one typo away (both four letters or more).
    const typo = (p: Person) => p.given.length >= 4 && editDistanceAtMostOne(p.given, given);
    if (given.length >= 4 && given.length < keyedGivenLength) {
      for (const key of deletionKeys(given)) for (const p of this.byFamilyDeletion.get(`${family} ${key}`) ?? []) if (typo(p)) consider(p);
    } else if (given.length >= keyedGivenLength) {
      for (const p of this.byFamilyLongGiven.get(family) ?? []) if (typo(p)) consider(p);
    }
    return best;
  }

  /** The person a lone family name refers to (Mrs Gafarova), when exactly one fits. */
  findFamily(family: string): Person | undefined {
    const entry = this.byFamilyKey.get(foldName(family));
    return entry?.count === 1 ? entry.person : undefined;
  }

  /** The person a lone given name refers to ("Speaker Nelly" after "Nelly Mutti"), when exactly one fits. */
  findGiven(given: string): Person | undefined {
    const entry = this.byGivenKey.get(foldName(given));
    return entry?.count === 1 ? entry.person : undefined;
  }

  /** A new person, or undefined when the release already names as many people as the cap. */
  add(name: string, at: { paragraph: number; start: number }, strong: boolean): Person | undefined {
    if (this.all.length >= this.cap) {
      this.capped = true;
      return undefined;
    }
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
      if (!this.byKnownId.has(known.id)) this.byKnownId.set(known.id, person);
    }
    this.all.push(person);
    this.index(person);
    return person;
  }

  /** Is this name a known official's (any spelling)? */
  isKnown(name: string): boolean {
    return this.k.officialsByName.has(foldName(name));
  }

  private index(p: Person): void {
    const first = <K>(map: Map<K, Person>, key: K) => {
      if (!map.has(key)) map.set(key, p);
    };
    first(this.byFold, p.fold);
    for (const suffix of wordSuffixes(p.fold)) first(this.bySuffix, suffix);
    first(this.byFamilyGiven, `${p.family} ${p.given}`);
    // A query of length n meets names of length n - 1 to n + 1: the two ranges overlap at the seam.
    if (p.given.length >= 4 && p.given.length <= keyedGivenLength) for (const key of deletionKeys(p.given)) push(this.byFamilyDeletion, `${p.family} ${key}`, p);
    if (p.given.length >= keyedGivenLength - 1) push(this.byFamilyLongGiven, p.family, p);
    if (p.fold.includes(" ")) {
      const entry = this.byGivenKey.get(p.given);
      if (entry) entry.count++;
      else this.byGivenKey.set(p.given, { person: p, count: 1 });
    }
    for (const key of familyKeys(p.family)) {
      const entry = this.byFamilyKey.get(key);
      if (entry) entry.count++;
      else this.byFamilyKey.set(key, { person: p, count: 1 });
    }
  }
}
