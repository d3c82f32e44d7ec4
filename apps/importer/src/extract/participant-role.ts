import type { ParticipantRole } from "@parlwire/schema";
import type { Mention } from "./mentions.js";

// The part a person plays in an event, read from the words around their name in the sentence
// that brings them in. Every pattern is anchored to the text right before or after the name and
// bounded, so each costs at most a few hundred characters.

const chairedBy = /\b(?:under the (?:chairmanship|chairpersonship|presidency) of|(?:chaired|presided over|co-chaired) by)\s+(?:the\s+)?([^.;]{0,120})$/i;
const chairs = /^[^.;]{0,80}?\b(?:chaired|chairs|chairing|presided|presides|co-chaired)\b/i;
const ledBy = /\b(?:led|headed|helmed|chaired) by\s+(?:the\s+)?([^.;]{0,120})$/i;
/** A verb between "led by X" and the name ends the phrase: "… led by X, …, called on Speaker Y". */
const clauseVerb = /\b(?:called on|call on|met|meets|meet|received|receives|visited|visits|paid|pays|welcomed|welcomes|hosted|hosts|held|holds|arrived|was|were|is|are)\b/i;
const leads = /^[^.;]{0,60}?\b(?:is leading|are leading|leads|led|heading|heads|helming) (?:a|an|the|his|her)\b[^.;]{0,60}\bdelegation\b/i;
const delegationList = /\b(?:delegation|group|team)\b[^.;]{0,80}\b(?:includes|included|including|comprises|comprised|comprising|consists of|consisted of)\b|\balong with (?:him|her)\b|\baccompanied by\b|\b(?:and|delegation|group) members?\s*$/i;
const headTitle = /^(?:the\s+)?(?:head|leader|chair(?:man|woman|person)?) of (?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?delegation\b/iu;
const memberTitle = /\b(?:member|members) of (?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?delegation\b|\bdelegation members?\b/iu;
const meetWord = /\b(?:meet|meets|meeting|meetings|talks?|talk over|hold talks|be received)\b/i;

/** What the sentence says of the person it names: chaired, led the delegation, was in it, spoke. */
export function participantRole(sentence: string, rawBefore: string, after: string, mention: Mention, spoke: boolean): ParticipantRole {
  const label = mention.positions[0]?.label ?? "";
  // "chaired by Mr. X": the full stop of an abbreviated form of address does not end the sentence.
  const before = rawBefore.slice(-300).replace(/\b(\p{Lu}\p{Ll}{0,3})\.(?=\s)/gu, "$1");
  const chaired = chairedBy.exec(before);
  if ((chaired && !clauseVerb.test(chaired[1]!)) || chairs.test(after)) return "chair";
  if (headTitle.test(label) || ledByHere(before) || leads.test(after)) return "head_of_delegation";
  if (memberTitle.test(label) || delegationList.test(before)) return "delegation_member";
  if (spoke) return "speaker";
  return /\bdelegation\b/i.test(sentence) && mention.kind === "list" ? "delegation_member" : "attendee";
}

/**
 * "… led by [the title] X": the last "led/headed/chaired by" before the name, with no full stop and
 * no verb between (in "… chaired by A, met a delegation … led by B", B is led by, A is not).
 */
function ledByHere(before: string): boolean {
  const at = before.lastIndexOf(" by ");
  if (at < 0 || before.length - at > 130) return false;
  const led = ledBy.exec(before.slice(Math.max(0, at - 10)));
  return led !== null && !clauseVerb.test(led[1]!);
}

/** In an announced event, a person brought in after "with" / "meet" is someone the travellers are due to meet. */
export function isDueToMeet(before: string): boolean {
  // The clause the name ends: after the last full stop or semicolon, at most 400 characters.
  const tail = before.slice(-400);
  const clause = tail.slice(Math.max(tail.lastIndexOf("."), tail.lastIndexOf(";")) + 1);
  // "… to hold meetings with [titles] X", "… will meet [titles] X": the verb, then at most 160 characters to the name.
  const lower = clause.toLowerCase();
  const link = Math.max(lower.lastIndexOf(" with "), lower.lastIndexOf(" by "));
  if (link >= 0 && clause.length - link <= 170) return meetWord.test(clause.slice(Math.max(0, link - 200), link));
  const meet = lower.lastIndexOf("meet ");
  return meet >= 0 && clause.length - meet <= 170;
}
