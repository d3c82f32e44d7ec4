import type { Knowledge } from "../knowledge/knowledge.js";
import type { PositionSpan } from "./mentions.js";

// "The 49th meeting of the Standing Committee on Law and Justice was held under the Chairmanship
// of Mr. X, MNA … Members/MNAs A, B and C attended": at a committee's own meeting, the one who
// chairs it is its chair, and MPs listed as attending are its members. The committee's name as
// written is the evidence for both.

const committeeName =
  /\b(?:meeting|sitting|session) of the ((?:[\p{Lu}][\p{L}-]* ){0,3}(?:Committee|Commission|Sub-Committee|Subcommittee)(?: (?:on|for|of) (?:the )?[\p{Lu}][\p{L}-]*(?:,? (?:and |of |for |the |on )?(?:the )?[\p{Lu}][\p{L}-]*){0,8})?)/u;

/**
 * "Islamabad: The National Assembly Standing Committee on Foreign Affairs met under the chairmanship
 * of …": a committee that is the subject of "met" (after a dateline, if any) holds its own meeting.
 */
const committeeMet =
  /^(?:[\p{Lu}][\p{L} ]{1,30}: ?|[\p{Lu}][^:\n]{1,60}\((?:[\p{Lu}-]{2,12})\): ?)?(?:The )?((?:[\p{Lu}][\p{L}-]* ){0,5}(?:Committee|Commission|Sub-Committee|Subcommittee)(?: (?:on|for|of) (?:the )?[\p{Lu}][\p{L}-]*(?:,? (?:and |of |for |the |on )?(?:the )?[\p{Lu}][\p{L}-]*){0,8})?) (?:today |yesterday )?(?:met|meets|held (?:its|a) meeting|(?:held|holds|convened) (?:its|a|an) (?:public |joint |special |oversight )?(?:hearing|sitting|session))\b/u;

/** Does the sentence report a committee's own meeting ("The … Committee met …")? */
export function committeeMeets(sentence: string): PositionSpan | undefined {
  const head = sentence.slice(0, 400);
  // Most sentences name no committee: a substring test before the search.
  if (!head.includes(" met") && !head.includes(" meets") && !head.includes(" held")) return undefined;
  if (!head.includes("Commi") && !head.includes("Subcommi")) return undefined;
  const m = committeeMet.exec(head);
  if (!m) return undefined;
  const start = m[0].indexOf(m[1]!);
  return { label: m[1]!, start, end: start + m[1]!.length };
}

/** The committee whose meeting a sentence reports, with its span in the sentence. */
export function committeeOfMeeting(sentence: string): PositionSpan | undefined {
  const met = committeeMeets(sentence);
  if (met) return met;
  const m = committeeName.exec(sentence.slice(0, 1000));
  if (!m) return undefined;
  const label = m[1]!.replace(/,? (?:and|of|for|the|on)$/, "");
  const start = m.index + m[0].length - m[1]!.length;
  return { label, start, end: start + label.length };
}

/** "Members present included Hon. A, Hon. B": people listed as members, with no post of their own. */
export const listedAsMembers = /\bmembers (?:present|in attendance|attending)? ?(?:included|includes|were|are|who attended|who were present)\b/i;

/** Does the person hold only a bare parliamentary title ("MNA", "MP", "member"), nothing that names a body? */
export function holdsBareSeat(labels: string[], k: Knowledge): boolean {
  return labels.length > 0 && labels.every((l) => {
    const lower = l.toLowerCase().replace(/^the /, "");
    return k.plurals.has(lower) || ["mp", "mna", "mpa", "mla", "mep", "member", "parliamentarian", "lawmaker", "deputy", "senator"].includes(lower);
  });
}
