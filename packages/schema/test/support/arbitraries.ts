import fc from "fast-check";
import type { Evidence, Meeting, Official, Parliament, Release } from "../../src/index.js";
import { meetingKinds, participantRoles, roles } from "../../src/index.js";

// Generators of valid release documents (shape and semantic rules) and of their mutants,
// for the differential and property tests.

const astral = fc.constantFrom("𝔄", "😀", "𓀀", "Ə", "ə", "中", " ", "‮", "<", "&", '"');
/** Text of 1..max code points, mixing ASCII, Latin, Cyrillic and astral characters. */
export const textOf = (max: number) =>
  fc
    .array(fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), astral, fc.constantFrom("Gafarova", "Мильли", "Məclis")), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => Array.from(parts.join("")).slice(0, max).join(""))
    .filter((s) => s.length > 0);

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const year = fc.integer({ min: 1900, max: 2100 });
export const calendarDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const reducedDate = fc.oneof(year.map(String), calendarDate.map((d) => d.slice(0, 7)), calendarDate);
const offset = fc.oneof(fc.constant("Z"), fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
  ([sign, h, m]) => `${sign}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
));
const dateTime = fc
  .tuple(calendarDate, fc.integer({ min: 0, max: 86_399 }), fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }), offset)
  .map(([date, seconds, millis, off]) => {
    const hh = String(Math.floor(seconds / 3600)).padStart(2, "0");
    const mm = String(Math.floor(seconds / 60) % 60).padStart(2, "0");
    const ss = String(seconds % 60).padStart(2, "0");
    return `${date}T${hh}:${mm}:${ss}${millis === undefined ? "" : `.${String(millis).padStart(3, "0")}`}${off}`;
  });
const country = fc.stringMatching(/^[A-Z]{2}$/);
const language = fc.constantFrom("en", "az", "ru", "az-Latn", "en-GB", "kk-Cyrl-KZ");
const url = fc.oneof(
  fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }),
  fc.constantFrom("https://meclis.gov.az/news.php?id=276&lang=en", "http://127.0.0.1:8080/x", "https://[::1]/a"),
).filter((u) => !/\s/.test(u) && u.length <= 2048);
const sha256 = fc.stringMatching(/^[0-9a-f]{64}$/);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const parliament = (id: string): fc.Arbitrary<Parliament> =>
  fc
    .record({
      name: textOf(300),
      country: opt(country),
      structure: opt(fc.constantFrom("unicameral", "bicameral" as const)),
      seats: opt(fc.record({ count: fc.integer({ min: 1, max: 10_000 }), asOf: opt(reducedDate) })),
      termYears: opt(fc.integer({ min: 1, max: 10 })),
      website: opt(url),
      identifiers: opt(fc.array(fc.record({ scheme: fc.constantFrom("wikidata", "popolo"), identifier: textOf(200) }), { maxLength: 2 })),
    })
    .map((p) => withoutUndefined({ id, ...p }));

const evidence = (body: string[]): fc.Arbitrary<Evidence[]> =>
  fc.array(
    fc.nat({ max: body.length - 1 }).chain((paragraph) => {
      const length = body[paragraph]?.length ?? 1;
      return fc
        .tuple(fc.nat({ max: Math.max(0, length - 1) }), fc.nat({ max: Math.max(0, length - 1) }))
        .map(([a, b]) => ({ paragraph, start: Math.min(a, b), end: Math.max(a, b) + 1 }));
    }),
    { maxLength: 2 },
  );

const official = (id: string, parliamentIds: string[], body: string[]): fc.Arbitrary<Official> =>
  fc
    .record({
      name: textOf(300),
      honorific: opt(fc.constantFrom("Mrs", "Mr", "Dr")),
      otherNames: opt(fc.array(fc.record({ name: textOf(300), language: opt(language) }), { maxLength: 2 })),
      positions: opt(
        fc.array(
          fc.record({
            label: textOf(500),
            role: fc.constantFrom(...roles),
            organization: opt(
              parliamentIds.length
                ? fc.oneof(fc.constantFrom(...parliamentIds).map((parliament) => ({ parliament })), fc.record({ name: textOf(300), country: opt(country) }))
                : fc.record({ name: textOf(300), country: opt(country) }),
            ),
            country: opt(country),
            start: opt(fc.constant("2019")),
            end: opt(fc.constant("2021-05")),
            evidence: opt(evidence(body)),
          }),
          { maxLength: 2 },
        ),
      ),
    })
    .map((o) => withoutUndefined({ id, ...o }));

const meeting = (id: string, officialIds: string[], body: string[]): fc.Arbitrary<Meeting> =>
  fc
    .record({
      status: fc.constantFrom("held", "announced", "cancelled" as const),
      kind: opt(fc.constantFrom(...(Object.keys(meetingKinds) as (keyof typeof meetingKinds)[]))),
      format: opt(fc.constantFrom("in_person", "phone", "video" as const)),
      date: opt(fc.constant("2021-04-15")),
      endDate: opt(fc.constantFrom("2021-04-15", "2021-05", "2022")),
      place: opt(fc.record({ name: textOf(300), country: opt(country), evidence: opt(evidence(body)) })),
      occasion: opt(textOf(500)),
      participants: fc.subarray(officialIds, { minLength: 1 }).chain((ids) =>
        fc.tuple(...ids.map((official) => fc.record({ official: fc.constant(official), name: textOf(300), side: opt(fc.constantFrom("host", "guest" as const)), role: opt(fc.constantFrom(...(Object.keys(participantRoles) as (keyof typeof participantRoles)[]))) }))),
      ),
      topics: opt(fc.array(textOf(200), { maxLength: 3 })),
      evidence: opt(evidence(body)),
    })
    .map((m) => withoutUndefined({ id, ...m }));

/** Valid release documents: shape and semantic rules hold. */
export const validRelease: fc.Arbitrary<Release> = fc
  .record({
    slug,
    body: fc.array(textOf(20_000), { minLength: 1, maxLength: 4 }),
    parliamentCount: fc.nat({ max: 2 }),
    officialCount: fc.nat({ max: 3 }),
    meetingCount: fc.nat({ max: 2 }),
  })
  .chain(({ slug: s, body, parliamentCount, officialCount, meetingCount }) => {
    const parliamentIds = Array.from({ length: parliamentCount }, (_, i) => `parliament:${s}-${i}`);
    const officialIds = Array.from({ length: Math.max(officialCount, meetingCount ? 1 : 0) }, (_, i) => `official:${s}-${i}`);
    const meetingIds = Array.from({ length: meetingCount }, (_, i) => `meeting:${s}-${i}`);
    return fc
      .record({
        $schema: opt(fc.constantFrom("https://parlwire.dev/schema/v1/release.schema.json", "http://127.0.0.1:8080/release.schema.json")),
        language,
        title: textOf(1000),
        titleDerived: opt(fc.constant(true as const)),
        category: opt(textOf(200)),
        published: opt(
          dateTime.chain((dt) => fc.record({ date: fc.constant(dt.slice(0, 10)), dateTime: opt(fc.constant(dt)), localDateTime: opt(fc.constantFrom(dt.slice(0, 16), dt.slice(0, 19))), timeZone: opt(fc.constantFrom("Asia/Baku", "UTC", "America/Argentina/Buenos_Aires")), asPrinted: opt(textOf(200)) })),
        ),
        publisher: opt(fc.record({ signature: opt(fc.array(textOf(300), { minLength: 1, maxLength: 3 })), department: opt(textOf(500)), parliament: opt(parliamentIds.length ? fc.constantFrom(...parliamentIds) : fc.constant(undefined)) })),
        parliaments: fc.tuple(...parliamentIds.map(parliament)),
        officials: fc.tuple(...officialIds.map((id) => official(id, parliamentIds, body))),
        meetings: fc.tuple(...meetingIds.map((id) => meeting(id, officialIds, body))),
        topics: opt(fc.array(textOf(200), { maxLength: 3 })),
        sources: fc.array(fc.record({ url: opt(url), mediaType: fc.constantFrom("text/plain", "text/html", "application/x-ndjson"), sha256, capturedAt: opt(dateTime), truncated: opt(fc.boolean()) }), { minLength: 1, maxLength: 2 }),
        version: opt(fc.integer({ min: 1, max: 5 })),
        modified: opt(dateTime),
        status: opt(fc.constantFrom("published", "corrected", "withdrawn" as const)),
      })
      .map((rest) => withoutUndefined({ id: `release:${s}`, body, ...rest }) as Release);
  });

// ---- mutants --------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Location = { parent: Json[] | { [key: string]: Json }; key: string | number };

function locations(value: Json, out: Location[] = []): Location[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), locations(v, out)));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push({ parent: value, key: k }), locations(v, out);
  return out;
}

/** Strings near every edge the schema draws: dates, offsets, URLs, tags, ids, lengths in code points. */
export const edgeStrings = [
  "", " ", "2021-02-29", "2020-02-29", "2100-02-29", "2000-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021", "2021-04", "21-04-15",
  "2021-04-15T21:25:00+04:00", "2021-04-15T21:25:00", "2021-04-15T21:25+04:00", "2021-04-15t21:25:00z", "2021-04-15 21:25:00Z",
  "2021-04-15T24:00:00Z", "2021-04-15T21:25:60Z", "2021-04-15T21:25:00+24:00", "2021-04-15T21:25:00+04:60", "2021-04-15T21:25:00+0400",
  "2021-04-15T21:25:00.1234567890Z", "2021-04-15T21:25:00-00:00", "2021-02-29T00:00:00Z",
  "2021-04-15T21:25", "2021-04-15T21:25:00", "2021-04-15T24:00", "2021-04-15T21:25:00.5", "2021-02-29T10:00",
  "bilateral_meeting", "committee_meeting", "Committee_meeting", "head_of_delegation", "planned", "speaker", "chair",
  "https://meclis.gov.az/", "HTTPS://meclis.gov.az/", "https://", "ftp://example.org", "javascript:alert(1)", "data:text/html,<script>", "https://exa mple.org",
  "https://[::1]:8080/x", "https://example.org:123456", "//example.org", "https://example.org/\u0000",
  "en", "EN", "e", "az-Latn", "az_Latn", "toolonglanguage", "AZ", "az", "AZE", "Asia/Baku", "asia/baku", "UTC", "Etc/GMT+4",
  "official:sahiba-gafarova", "official:Sahiba", "official:-x", "official:a--b", "meeting:x", "release:", "parliament:az-milli-majlis",
  "text/plain", "Text/Plain", "a".repeat(64), "A".repeat(64), "0".repeat(63),
  ...[1, 2, 10, 35, 50, 64, 100, 200, 300, 500, 1000].flatMap((n) => ["x".repeat(n), "x".repeat(n + 1), "😀".repeat(n), "😀".repeat(n + 1), `${"x".repeat(n - 1)}😀`]),
  "__proto__", "constructor",
];
const edgeNumbers = [-1, 0, 1, 1.5, 10, 11, 125, 10_000, 10_001, 1_000_000, 1_000_001, 2 ** 53, -0, 1e308];

type Mutation = (doc: Json, pick: number, choice: number) => void;
const mutations: Record<string, Mutation> = {
  remove(doc, pick) {
    const objects = locations(doc).filter((l) => !Array.isArray(l.parent));
    const at = objects[pick % Math.max(1, objects.length)];
    if (at) delete (at.parent as Record<string, Json>)[at.key];
  },
  extraKey(doc, pick, choice) {
    const objects = [doc, ...locations(doc).map((l) => (l.parent as never)[l.key] as Json)].filter((v) => v && typeof v === "object" && !Array.isArray(v));
    const target = objects[pick % objects.length] as Record<string, Json>;
    const key = ["extra", "__proto__", "constructor", "prototype"][choice % 4] as string;
    Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  },
  wrongType(doc, pick, choice) {
    const all = locations(doc);
    const at = all[pick % Math.max(1, all.length)];
    if (at) (at.parent as never as Record<string, Json>)[at.key] = [null, true, 7, "7", [], {}, 1.5][choice % 7] as Json;
  },
  edgeString(doc, pick, choice) {
    const strings = locations(doc).filter((l) => typeof (l.parent as never as Record<string, Json>)[l.key] === "string");
    const at = strings[pick % Math.max(1, strings.length)];
    if (at) (at.parent as never as Record<string, Json>)[at.key] = edgeStrings[choice % edgeStrings.length] as string;
  },
  edgeNumber(doc, pick, choice) {
    const numbers = locations(doc).filter((l) => typeof (l.parent as never as Record<string, Json>)[l.key] === "number");
    const at = numbers[pick % Math.max(1, numbers.length)];
    if (at) (at.parent as never as Record<string, Json>)[at.key] = edgeNumbers[choice % edgeNumbers.length] as number;
  },
  emptyArray(doc, pick) {
    const arrays = locations(doc).filter((l) => Array.isArray((l.parent as never as Record<string, Json>)[l.key]));
    const at = arrays[pick % Math.max(1, arrays.length)];
    if (at) (at.parent as never as Record<string, Json>)[at.key] = [];
  },
};

// Characters on which regex engines and JSON parsers differ: Unicode digits (Arabic-Indic, Devanagari,
// fullwidth), Unicode spaces, BOM, C0 and C1 controls, line and paragraph separators, lone surrogates.
const unicodeDigits = ["\u0660", "\u0662", "\u06f1", "\u0967", "\uff11", "\uff10"];
const unicodeOddities = [
  "\n", "\r", "\t", "\u000b", "\u000c", "\u0000", "\u001c", "\u001f", "\u007f", "\u0080", "\u0085", "\u009f", "\u00a0",
  "\u1680", "\u180e", "\u2000", "\u200b", "\u2028", "\u2029", "\u202f", "\u3000", "\ufeff", "\ud800", "\udfff", "\ud83d", "😀",
];
const unicodeEdits: ((value: string, at: number, char: string) => string)[] = [
  (value) => `${value}\n`,
  (value) => `\ufeff${value}`,
  (value, _at, char) => `${value}${char}`,
  (value, _at, char) => `${char}${value}`,
  (value, at, char) => `${value.slice(0, at)}${char}${value.slice(at)}`,
  // Replace an ASCII digit by a Unicode digit of another script.
  (value, at, char) => {
    const digits = [...value.matchAll(/[0-9]/g)];
    const hit = digits[at % Math.max(1, digits.length)];
    const digit = unicodeDigits[char.length % unicodeDigits.length] as string;
    return hit?.index === undefined ? `${value}${digit}` : `${value.slice(0, hit.index)}${digit}${value.slice(hit.index + 1)}`;
  },
];

/** The mutant family for portability: one string edited with a Unicode digit, space, BOM, control or lone surrogate. */
export const unicodeMutantRelease = fc
  .tuple(validRelease, fc.nat(), fc.nat({ max: unicodeEdits.length - 1 }), fc.constantFrom(...unicodeOddities, ...unicodeDigits), fc.nat())
  .map(([release, pick, edit, char, at]) => {
    const doc = JSON.parse(JSON.stringify(release)) as Json;
    // Patterned strings (ids, dates, URLs, codes) first half the time: they are where engines differ.
    const strings = locations(doc).filter((l) => typeof (l.parent as never as Record<string, Json>)[l.key] === "string");
    const patterned = strings.filter((l) => /^(?:id|official|parliament|date|endDate|start|end|dateTime|localDateTime|modified|capturedAt|url|website|language|country|timeZone|mediaType|sha256|scheme)$/.test(String(l.key)));
    const pool = pick % 2 === 0 && patterned.length ? patterned : strings;
    const loc = pool[pick % Math.max(1, pool.length)];
    if (loc) {
      const parent = loc.parent as never as Record<string, Json>;
      const value = parent[loc.key] as string;
      parent[loc.key] = (unicodeEdits[edit] as (typeof unicodeEdits)[number])(value, at % (value.length + 1), char);
    }
    return { mutation: "unicode", doc };
  });

/** Releases with one random mutation applied; they may or may not still be valid. */
export const mutantRelease = fc
  .tuple(validRelease, fc.constantFrom(...Object.keys(mutations)), fc.nat(), fc.nat())
  .map(([release, name, pick, choice]) => {
    const doc = JSON.parse(JSON.stringify(release)) as Json;
    mutations[name]?.(doc, pick, choice);
    return { mutation: name, doc };
  });
