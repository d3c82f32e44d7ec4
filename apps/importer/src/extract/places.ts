import { countryCodeOf } from "../knowledge/countries.js";
import { findParliamentMention } from "../knowledge/find-parliament.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import { stopFor } from "./name-tokens.js";

/** A place read from prose, with its span. */
export interface ProsePlace {
  name: string;
  country?: string;
  start: number;
  end: number;
}

// A capitalised phrase: up to five capitalised words, "of"/"and" and "the" allowed between them.
// Each repetition starts with a space then a capital, and words cannot contain spaces: linear.
const cap = "(?:the )?[\\p{Lu}][\\p{L}’'-]*(?: (?:of |and )?(?:the )?[\\p{Lu}][\\p{L}’'-]*){0,4}";
const travel = new RegExp(
  `\\b(?:visits? to|trip to|travel(?:s|led|ling)? to|journey to|tour of|arrived (?:in|at)|arrives (?:in|at)|arriving (?:in|at)|depart(?:s|ed)? for|leav(?:e|es|ing) for|left for|(?:heads?|headed) for|came to|welcomed to|(?:has |have )?gone to|went to|will address|(?:is|are) in)\\s+(${cap})`,
  "gu",
);
const locative = new RegExp(`\\b(?:[Ii]n|[Aa]t)\\s+(${cap})`, "gu");
/** "will visit Lisbon", "visited Ankara": a known city or country right after the verb (not "visited the Hansard Society"). */
const visitVerb = new RegExp(`\\bvisit(?:s|ed|ing)?\\s+(${cap})`, "gu");
/** "welcomed the Speaker of …, the Hon. X, to the House of Lords": a known place or parliament the guest is welcomed to. */
const welcomedTo = new RegExp(`\\bwelcom(?:ed|es|ing)\\b[^;!?]{1,160}?\\bto\\s+(${cap})`, "gu");
/** "at Parliament building", "in the Assembly hall": capitalised words, then a venue noun in lowercase. */
const lowercaseVenue = /\b(?:in|at)\s+(?:the\s+)?([\p{Lu}][\p{L}’'-]*(?: [\p{Lu}][\p{L}’'-]*){0,3} (?:building|hall|house|headquarters|premises|complex|chamber|auditorium))\b/gu;
/** " (UK) and Ireland": a second place joined to the first, perhaps after its abbreviation. */
const joinedPlace = /^(?: \([\p{Lu}]{2,6}\))? and ((?:the )?[\p{Lu}][\p{L}’'-]*(?: (?:of )?(?:the )?[\p{Lu}][\p{L}’'-]*){0,3})/u;
/** "The meeting took place … in Dublin": where a sentence says the event was held. */
const heldIn = new RegExp(`\\b(?:took place|takes place|will take place|(?:was|were|is|are|will be) held)\\b[^.;]{0,160}?\\b(?:in|at)\\s+(${cap})`, "gu");
const hostingThanks = new RegExp(`\\bthank(?:ed|s)?\\s+(${cap})\\s+for hosting`, "gu");

/** "the Conference Hall of the Riigikogu", "the Plenary Chamber of the Saeima": a venue inside a parliament. */
const venueOf = /^(?:the )?((?:[\p{Lu}][\p{L}’'-]* ){0,3}(?:Hall|Room|Chamber|Building|Palace|Centre|Center|Complex)) of (?:the )?(.+)$/u;

/** A venue of a known parliament, written the way the parliament comes first: "Riigikogu (Conference Hall)". */
function venueOfParliament(name: string, k: Knowledge): { name: string; country?: string } | undefined {
  const m = venueOf.exec(name);
  if (!m) return undefined;
  const parliament = findParliamentMention(k, m[2]!);
  if (!parliament || parliament.index !== 0 || parliament.alias.length !== m[2]!.length) return undefined;
  return { name: `${m[2]} (${m[1]})`, ...(parliament.parliament.country ? { country: parliament.parliament.country } : {}) };
}

/** What a capitalised phrase is, as a place: a country, a city or a parliament (venue), or unknown. */
function classify(name: string, k: Knowledge): { country?: string; known: boolean } {
  const bare = name.replace(/^the\s+/, "");
  const code = countryCodeOf(bare);
  if (code) return { country: code, known: true };
  const city = k.cities.get(bare);
  if (city) return { country: city, known: true };
  const parliament = findParliamentMention(k, bare);
  if (parliament && parliament.index === 0 && parliament.alias.length === bare.length) {
    return { ...(parliament.parliament.country ? { country: parliament.parliament.country } : {}), known: true };
  }
  // A named venue: "the Heydar Aliyev Center", "the Palace of the Parliament".
  if (venue.test(bare)) return { known: true };
  return { known: false };
}

const venue = /^(?!(?:Lower|Upper|Other|Second|First) House$)(?:[\p{Lu}][\p{L}’'-]* ){1,4}(?:Center|Centre|Palace|Hall|Building|Buildings|Museum|Airport|Hotel|Residence|Complex|House|Castle|Manor|Villa)$|^(?:Palace|Hall|House|Building) of (?:the )?[\p{Lu}]/u;

function plausibleTown(name: string, k: Knowledge): boolean {
  const words = name.split(/[\s-]+/);
  return !name.startsWith("the ") && words.length <= 2 && words.every((w) => w.length >= 3 && w !== w.toUpperCase() && !stopFor(k).has(w.toLowerCase()));
}

/** Trims a captured phrase to the place: drops a trailing "the", a leading "the Hellenic capital of". */
function tidy(raw: string): string {
  return raw.replace(/\s+(?:of|and|the)$/, "").trim();
}

/**
 * The place of a meeting in a sentence: where someone travels or arrives ("visit to the Russian
 * Federation", "arrived in Warsaw", "the capital of Athens"), else a known country, city or
 * parliament after "in"/"at". `blocked` spans (names, positions) are skipped.
 */
export function findPlace(text: string, k: Knowledge, blocked: { start: number; end: number }[]): ProsePlace | undefined {
  // "the Hellenic capital of Athens": blank the lead-in (same length, so offsets hold) to reach the city.
  const sample = text.slice(0, 5000).replace(/\b(?:the )?(?:[\p{Lu}][\p{L}-]* )?capital(?: city)? of /gu, (m) => " ".repeat(m.length));
  const free = (start: number, end: number) => !blocked.some((b) => start < b.end && end > b.start);
  const candidates: (ProsePlace & { rank: number })[] = [];
  for (const [pattern, rank] of [
    [travel, 0],
    [visitVerb, 0],
    [locative, 1],
    [lowercaseVenue, 1],
    [welcomedTo, 1],
  ] as const) {
    // Most sentences hold neither verb: a substring test before the search.
    if ((pattern === visitVerb && !sample.includes("visit")) || (pattern === welcomedTo && !sample.includes("elcom"))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sample); m !== null; m = pattern.exec(sample)) {
      let name = tidy(m[1]!);
      const start = m.index + m[0].length - m[1]!.length + m[1]!.indexOf(name);
      let end = start + name.length;
      const inParliament = pattern === lowercaseVenue || !name.includes(" of ") ? undefined : venueOfParliament(name, k);
      const info = pattern === lowercaseVenue ? { known: true } : inParliament ? { known: true, ...(inParliament.country ? { country: inParliament.country } : {}) } : classify(name, k);
      // After "in"/"at", an unknown name is a place only if it is one or two words none of which
      // is a known non-name (month, organisation word, title): "in Luanda", not "in October".
      if (rank === 1 && !info.known && !(m[0].startsWith("in") && plausibleTown(name, k))) continue;
      if (pattern === welcomedTo && !info.known) continue;
      if (pattern === visitVerb && !(countryCodeOf(name.replace(/^the\s+/, "")) || k.cities.has(name))) continue;
      if (!free(start, end)) continue;
      // "a visit to the United Kingdom (UK) and Ireland": both countries are the place.
      const joined = info.country ? joinedPlace.exec(sample.slice(end, end + 80)) : null;
      const second = joined ? tidy(joined[1]!) : undefined;
      if (joined && second && classify(second, k).country) {
        end = end + joined[0].indexOf(joined[1]!) + second.length;
        name = `${name} and ${second}`;
        candidates.push({ name, start, end, rank });
        continue;
      }
      candidates.push({ name: inParliament?.name ?? name, ...(info.country ? { country: info.country } : {}), start, end, rank });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const best = candidates[0];
  if (!best) return undefined;
  return { name: best.name, ...(best.country ? { country: best.country } : {}), start: best.start, end: best.end };
}

/** Where a sentence says the event took place or was held ("… took place within the framework of X in Dublin"). */
export function findHeldIn(text: string, k: Knowledge): ProsePlace | undefined {
  heldIn.lastIndex = 0;
  for (let m = heldIn.exec(text.slice(0, 5000)); m !== null; m = heldIn.exec(text.slice(0, 5000))) {
    const name = tidy(m[1]!);
    const info = classify(name, k);
    if (!info.known && !plausibleTown(name, k)) continue;
    const start = m.index + m[0].length - m[1]!.length + m[1]!.indexOf(name);
    return { name, ...(info.country ? { country: info.country } : {}), start, end: start + name.length };
  }
  return undefined;
}

/** " headquarters in Geneva", ", in Nairobi": a known city or country written right after a venue. */
const cityAfter = /^((?: [\p{Ll}][\p{L}-]*){0,2}),? in ((?:the )?[\p{Lu}][\p{L}’'-]*(?: [\p{Lu}][\p{L}’'-]*){0,2})/u;

/**
 * "at Parliament Buildings in Nairobi", "at the IPU headquarters in Geneva": a venue or a body's
 * premises followed by the city it is in is that city, with the venue ("Nairobi (Parliament
 * Buildings)"), as a venue in a release filed from a city is.
 */
export function cityOfVenue(text: string, found: ProsePlace, k: Knowledge): ProsePlace {
  const bare = found.name.replace(/^the\s+/, "");
  if (countryCodeOf(bare) || k.cities.has(bare)) return found;
  const m = cityAfter.exec(text.slice(found.end, found.end + 100));
  if (!m) return found;
  const city = m[2]!.replace(/^the\s+/, "");
  const country = k.cities.get(city) ?? countryCodeOf(city);
  if (!country) return found;
  return { name: `${city} (${bare}${m[1]})`, country, start: found.start, end: found.end + m[0].length };
}

/** Is this place a venue (a building, a hall) rather than a city or country? */
export function isVenue(name: string, k: Knowledge): boolean {
  const bare = name.replace(/^the\s+/, "");
  return !countryCodeOf(bare) && !k.cities.has(bare) && venue.test(bare);
}

/** "She thanked Pakistan for hosting ...": the host country or city. */
export function findHostThanks(text: string, k: Knowledge): ProsePlace | undefined {
  hostingThanks.lastIndex = 0;
  const m = hostingThanks.exec(text.slice(0, 5000));
  if (!m) return undefined;
  const name = tidy(m[1]!);
  const info = classify(name, k);
  if (!info.known) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { name, ...(info.country ? { country: info.country } : {}), start, end: start + name.length };
}
