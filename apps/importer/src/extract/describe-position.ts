import type { Role } from "@parlwire/schema";
import { findParliamentMention } from "../knowledge/find-parliament.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { KnownParliament } from "../knowledge/knowledge-schema.js";
import { countryMentions } from "./country-mentions.js";

/** What a position label says: the normalised role, the parliament, chamber and country. */
export interface PositionFacts {
  role: Role;
  parliament?: KnownParliament;
  chamber?: "single" | "upper" | "lower";
  country?: string;
}

const parliamentWord =
  /\b(?:Parliament|parliament|Senate|Assembly|Majlis|Mejlis|Duma|Sejm|Congress|House of (?:Representatives|Commons|Lords)|Chamber of Deputies|Federation Council|Legislative|Shura|Riigikogu|Saeima|Seimas|Bundestag|Knesset|Rada|Kenesh|Khural|Storting|Riksdag|Eduskunta|Folketing|Althing|Sabor)\b/;
const committeeWord = /\b(?:[Cc]ommittee|[Cc]ommission)\b/;
const groupWord = /\b(?:group|Group|WG|friendship)\b/;
const orgWord = /\b(?:of|to|in|for)\b|[\p{Lu}]{2,}/u;
const leadingModifiers = /^(?:acting|former|interim|honorary|incumbent|outgoing|newly appointed|extraordinary and plenipotentiary|plenipotentiary)\s+/;

function contextHolds(context: string, label: string, parliament: KnownParliament | undefined, hasCountry: boolean, k: Knowledge): boolean {
  const isParliament = parliament !== undefined || parliamentWord.test(label);
  switch (context) {
    case "any":
      return true;
    case "parliament":
      return isParliament;
    case "committee":
      return committeeWord.test(label);
    case "group":
      return groupWord.test(label);
    case "country":
      return hasCountry && !isParliament;
    case "parliament-or-none":
      return isParliament || namesNoOrganisation(label, k);
    default:
      return false;
  }
}

/**
 * Reads a position label: role from data/positions.json rules (first match wins), the parliament
 * it names, the chamber, and the country the holder represents (for an ambassador, the sending
 * country; otherwise the parliament's country, or the first country not after "to/in/for/with").
 */
export function describePosition(label: string, k: Knowledge): PositionFacts {
  // A pure function of the label (and the bundled knowledge): labels recur, so it is memoised.
  if (memo?.k !== k) memo = { k, facts: new Map() };
  const known = memo.facts.get(label);
  if (known) return { ...known };
  const facts = computePosition(label, k);
  if (memo.facts.size >= 10_000) memo.facts.clear();
  memo.facts.set(label, facts);
  return { ...facts };
}

let memo: { k: Knowledge; facts: Map<string, PositionFacts> } | undefined;

function computePosition(label: string, k: Knowledge): PositionFacts {
  let mention = findParliamentMention(k, label);
  const countries = countryMentions(label, k);
  // "Chairman of Oman's Shura Council", "the Omani Shura Council": a body name several countries use
  // ("Shura Council" is also Qatar's), owned by another country written right before it, is not the
  // known parliament of that name; the holder represents the country named.
  const owner = mention?.parliament.country ? countries.find((c) => c.code !== mention!.parliament.country && c.index < mention!.index && mention!.index - c.index <= 20 && /^[\p{L}-]+(?:[’']s)? $/u.test(label.slice(c.index, mention!.index))) : undefined;
  if (owner) mention = undefined;
  const parliament = mention?.parliament;
  // Drop what may precede the title: "the", a possessive ("Azerbaijan’s"), an acronym ("LA Chairman").
  const lower = label
    .replace(/^the\s+/i, "")
    .replace(/^[\p{L}-]+[’']s\s+/u, "")
    .replace(/^[A-Z]{2,6}\s+(?=\S)/, (m) => (k.titles.has(m.trim().toLowerCase()) ? m : ""))
    .toLowerCase();
  const candidates = [lower, lower.replace(leadingModifiers, "")];
  // "OSCE Parliamentary Assembly President", "Kazakh Senate Chairman": the title ends the label.
  const words = lower.split(" ");
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(" ");
    if (k.titles.has(tail)) {
      candidates.push(tail);
      break;
    }
  }
  let role: Role = "other";
  // "Head of the Secretariat of the Committee", "Deputy of the Secretary General": an officer of
  // the body's staff, or someone's deputy, holds no role of the body itself.
  if (!servesAnother(lower, k)) outer: for (const rule of k.roleRules) {
    for (const title of rule.titles) {
      for (const candidate of candidates) {
        // A bare title (MP, member, deputy) must stand alone or take "of": "Deputy Speaker" is not a deputy.
        const fits = rule.context === "parliament-or-none" ? candidate === title || candidate.startsWith(`${title} of `) : candidate === title || candidate.startsWith(`${title} `);
        if (fits && contextHolds(rule.context, label, parliament, countries.length > 0, k)) {
          role = rule.role;
          break outer;
        }
      }
    }
  }

  const facts: PositionFacts = { role };
  if (parliament) {
    facts.parliament = parliament;
    const chambers = parliament.chambers ?? [];
    if (chambers.length === 1 && chambers[0]!.kind === "single") facts.chamber = "single";
    else {
      const chamber = chambers.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => n !== undefined && label.includes(n)));
      if (chamber) facts.chamber = chamber.kind;
    }
  }
  const national = countries.filter((c) => !["to", "in", "for", "with", "against", "on"].includes(c.before));
  if (role === "ambassador") {
    facts.country = national[0]?.code;
  } else if (parliament?.country) {
    facts.country = parliament.country;
  } else if (parliament) {
    // An international assembly: the holder represents a country only if the label names one.
    const rest = label.slice((mention?.index ?? 0) + (mention?.alias.length ?? 0));
    const other = findParliamentMention(k, rest)?.parliament;
    // "head of the Albanian delegation to PACE": a national delegation to the assembly is that country's.
    const delegation = /\bdelegations?\b/i.test(label) ? national.find((c) => c.index < (mention?.index ?? 0))?.code : undefined;
    facts.country = other?.country ?? delegation;
  } else {
    facts.country = owner?.code ?? national[0]?.code;
  }
  if (facts.country === undefined) delete facts.country;
  return facts;
}

/** Is the title's holder the head of a body's staff ("head of the secretariat of …") or the deputy of another title? */
function servesAnother(lower: string, k: Knowledge): boolean {
  const words = lower.replace(leadingModifiers, "").split(" ");
  const of = words.indexOf("of");
  if (of < 1 || of > 3) return false;
  let i = of + 1;
  if (words[i] === "the") i++;
  // "Deputy of the Sejm’s Chief of Staff": a possessive before the title.
  if (/[’']s$/.test(words[i] ?? "") && i + 1 < words.length) i++;
  if (/^(?:first )?deputy$/.test(words.slice(0, of).join(" "))) return k.titles.has(words[i] ?? "") || k.modifiers.has(words[i] ?? "");
  for (let j = i; j < words.length && j < i + 5; j++) {
    if (k.staffBodies.has(words[j]!)) return true;
    if (words[j] === "of" || words[j] === "for" || words[j] === "to") break;
  }
  return false;
}

/** Does a label name no organisation at all ("MP", "member"), so the holder belongs to the publishing side? */
export function namesNoOrganisation(label: string, k: Knowledge): boolean {
  const rest = label
    .split(/\s+/)
    .filter((w) => !k.titles.has(w.toLowerCase()) && !k.modifiers.has(w.toLowerCase()) && !/^the$/i.test(w))
    .join(" ");
  return !orgWord.test(rest) && !parliamentWord.test(rest);
}
