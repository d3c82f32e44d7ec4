import type { Evidence, Meeting, Official, Participant, ParticipantRole, Place, Position } from "@parlwire/schema";
import type { Knowledge } from "../knowledge/knowledge.js";
import { countryCodeOf } from "../knowledge/countries.js";
import { internationalBody } from "../knowledge/home-country.js";
import { describePosition, namesNoOrganisation } from "./describe-position.js";
import {
  absenceCue,
  announcedCue,
  attendanceCue,
  cancelledCue,
  engagementCue,
  formerHolder,
  laterReportCue,
  laterReportWords,
  meetingVerb,
  visitBoundary,
  mentionCue,
  pastContext,
  postNominals,
  phoneCue,
  primaryMeetingVerb,
  speechVerb,
  videoCue,
} from "./lexicon.js";
import { committeeMeets, committeeOfMeeting, holdsBareSeat, listedAsMembers } from "./committee-membership.js";
import { isQuoted, quotations, type Quotation } from "./quotations.js";
import { eventKind } from "./event-kind.js";
import { findMentions, type Mention, type MentionContext } from "./mentions.js";
import { isDueToMeet, participantRole } from "./participant-role.js";
import { findProseDate, type ProseDate } from "./meeting-dates.js";
import { isoDate } from "./published.js";
import { parseWireDateline } from "../layout/date-line.js";
import { findOccasion, findTopics } from "./occasion-topics.js";
import { People, type Person } from "./people.js";
import { cityOfVenue, findHeldIn, findHostThanks, findPlace, isVenue } from "./places.js";
import { resolvePosition } from "./resolve-position.js";
import { slugify } from "./slug.js";
import { sentences as splitSentences, tokenize, type Sentence, type Token } from "./tokens.js";

/** What the meeting stage reads. */
export interface MeetingContext {
  k: Knowledge;
  title: string;
  body: string[];
  /** The release id without "release:", for meeting ids. */
  releaseSlug: string;
  /** The publication date, YYYY-MM-DD. */
  published?: string;
  year?: number;
  /** The release's home country (the publishing parliament's, else its dateline's): officials named without a country represent it. */
  hostCountry?: string;
  datelinePlace?: string;
  /** The source reports held meetings on the day it publishes them (a source profile setting). */
  undatedMeetingOnPublicationDay?: boolean;
}

/** Releases about letters and messages: their senders and addressees take part in no event. */
const correspondence = /\b(?:letters?|messages?|telegrams?|congratulat\w*|condolences?|greetings)\b/i;

/** When sentences disagree on a person's part, the more specific one wins. */
const rank: Record<ParticipantRole, number> = { attendee: 0, speaker: 1, planned: 2, host: 2, guest: 2, delegation_member: 3, head_of_delegation: 4, chair: 5 };

/** Words right before a bare name that make it the object of a meeting verb. */
const objectCue = new Set(["with", "by", "and", ",", "received", "receives", "met", "meets", "welcomed", "greeted", "hosted", "ranged", "called", "phoned", "including", "includes"]);

/** Paragraphs read for meetings; later ones are kept in the body but not analysed. */
const maxParagraphs = 300;

interface SentenceInfo {
  paragraph: number;
  sentence: Sentence;
  text: string;
  tokens: Token[];
  mentions: { mention: Mention; person?: Person }[];
  /** The paragraph's direct quotations. */
  quoted: Quotation[];
}

interface DraftParticipant {
  person: Person;
  name: string;
  evidence: Evidence;
  role: ParticipantRole;
  /** The sentence text before the mention (for "due to meet" in announced events). */
  before: string;
}

interface Draft {
  first: SentenceInfo;
  verb?: { start: number; end: number };
  sentences: SentenceInfo[];
  participants: DraftParticipant[];
  /** Opened by people speaking, with no event reported: a press statement. */
  statement?: boolean;
  /** The people in participants, for a constant-time check (and to upgrade their role). */
  members: Map<Person, DraftParticipant>;
}

/** Meetings, the officials taking part in or named by them, and the parliaments their positions refer to. */
export function extractMeetings(ctx: MeetingContext): { meetings: Meeting[]; officials: Official[]; parliaments: string[]; peopleCapped: boolean } {
  const { k } = ctx;
  const people = new People(k);
  const infos: SentenceInfo[] = [];
  const paragraphTokens: Token[][] = [];
  const mentionContext: MentionContext = {};
  ctx.body.slice(0, maxParagraphs).forEach((paragraph, p) => {
    const tokens = tokenize(paragraph);
    paragraphTokens.push(tokens);
    const mentions = findMentions(paragraph, tokens, k, mentionContext);
    const sentences = splitSentences(tokens);
    const bySentence = mentionsBySentence(mentions, sentences);
    const quoted = quotations(paragraph);
    sentences.forEach((sentence, s) => {
      infos.push({ paragraph: p, sentence, text: paragraph.slice(sentence.start, sentence.end), tokens, mentions: bySentence[s]!, quoted });
    });
  });

  resolvePeople(infos, people, ctx);
  completeBareTitles(infos, k);
  completeCounterparts(infos, k);

  // Meetings: the first sentence reporting one opens it; later sentences with a primary meeting
  // verb and new people open another; attendance and speakers join the current one.
  const drafts: Draft[] = [];
  const pending: DraftParticipant[] = [];
  const pendingPeople = new Set<Person>();
  const inMeeting = new Set<Person>();
  // "Hon. X did not appear before the Committee": named, but not taking part.
  const absent = new Set<Person>();
  for (const info of infos) {
    const past = pastContext.test(info.text);
    // With no meeting yet, taking part in an event ("attended the opening of …") opens one.
    const verb = past ? null : (meetingVerb.exec(info.text) ?? (info.text.includes("visit") ? visitBoundary.exec(info.text) : null) ?? (drafts.length === 0 ? engagementCue.exec(info.text) : null));
    const attendance = !past && attendanceCue.test(info.text);
    const candidates = info.mentions.filter((m) => m.person !== undefined);
    // The text before the whole mention (its title and form of address too: "greetings of the Chairman …, Mr. X").
    const inSentence = (m: { mention: Mention }) => {
      const before = info.text.slice(0, Math.max(0, Math.min(m.mention.start, info.tokens[m.mention.fromToken]?.start ?? m.mention.start) - info.sentence.start));
      return !mentionCue.test(before) && !(wordNear(info.tokens, m.mention.fromToken - 8, m.mention.fromToken, laterReportWords) && laterReportCue.test(before));
    };
    let current = drafts[drafts.length - 1];
    if (verb) {
      const fresh = candidates.filter((m) => inSentence(m) && !inMeeting.has(m.person!));
      const opens = !current || (primaryMeetingVerb.test(info.text) && fresh.length > 0 && !attendance && info.paragraph > current.first.paragraph);
      if (opens) {
        current = {
          first: info,
          verb: { start: info.sentence.start + verb.index, end: info.sentence.start + verb.index + verb[0].length },
          sentences: [],
          participants: [],
          members: new Map(),
        };
        drafts.push(current);
      }
    }
    if (current) current.sentences.push(info);
    for (const entry of candidates) {
      const person = entry.person!;
      // Cheap token tests before the searches for "former …" and "did not attend" (most mentions have neither).
      const mayBeFormer = wordNear(info.tokens, entry.mention.fromToken - 2, entry.mention.fromToken + 1, formerWords);
      const mayBeAbsent = wordNear(info.tokens, entry.mention.toToken, entry.mention.toToken + 10, absenceWords);
      const subject = isSubject(info, entry.mention) && !past && inSentence(entry) && speechVerb.test(info.text.slice(entry.mention.end - info.sentence.start));
      // Once an event is reported, a person introduced with a title, an honorific, a position or in
      // a list takes part in it, unless the sentence is about the past or only mentions them.
      // A post held before ("under former Speaker X", "the then Marshal X") introduces someone spoken of.
      const titleAt = Math.max(0, (info.tokens[entry.mention.fromToken]?.start ?? entry.mention.start) - info.sentence.start);
      const former = (mayBeFormer && formerHolder.test(info.text.slice(Math.max(0, titleAt - 40), titleAt))) || /^(?:former|ex-)/i.test(entry.mention.positions[0]?.label ?? "");
      const introduced = entry.mention.kind !== "bare" && entry.mention.kind !== "surname" && !entry.mention.possessive && !former;
      if (mayBeAbsent && absenceCue.test(info.text.slice(Math.max(0, entry.mention.end - info.sentence.start), Math.max(0, entry.mention.end - info.sentence.start) + 80))) absent.add(person);
      const takesPart = ((verb || attendance) && inSentence(entry)) || subject || (current !== undefined && !past && introduced && inSentence(entry));
      // Someone named inside a quotation is spoken of: "… the founding fathers, Jomo Kenyatta”.
      if (!takesPart || isQuoted(info.quoted, entry.mention.start, entry.mention.end)) continue;
      const before = info.text.slice(0, Math.max(0, entry.mention.start - info.sentence.start));
      const after = info.text.slice(Math.max(0, entry.mention.end - info.sentence.start));
      if (inOtherTimeClause(info, entry.mention, after)) continue;
      const participant: DraftParticipant = {
        person,
        // "Smt. Thapa Magar" for Devi Thapa Magar: a shorter form of a known name is that person's name.
        name: entry.mention.kind === "surname" || person.name.endsWith(` ${entry.mention.name}`) ? person.name : entry.mention.name,
        evidence: { paragraph: info.paragraph, start: entry.mention.start, end: entry.mention.end },
        role: participantRole(info.text, before, after, entry.mention, subject),
        before,
      };
      const target = current ?? undefined;
      if (target) {
        const known = target.members.get(person);
        // A later sentence may say more: "X chaired", "led by X" outrank attending or speaking.
        if (known && rank[participant.role] > rank[known.role]) known.role = participant.role;
        if (!known) {
          target.participants.push(participant);
          target.members.set(person, participant);
        }
      } else if (!pendingPeople.has(person)) {
        pending.push(participant);
        pendingPeople.add(person);
      }
      inMeeting.add(person);
    }
  }
  if (absent.size > 0) {
    for (const draft of drafts) {
      draft.participants = draft.participants.filter((p) => !absent.has(p.person));
      for (const person of absent) draft.members.delete(person);
    }
    pending.splice(0, pending.length, ...pending.filter((p) => !absent.has(p.person)));
  }
  // A release whose body never says "met" but whose headline does: one meeting from the headline.
  if (drafts.length === 0 && pending.length > 0 && meetingVerb.test(ctx.title)) {
    drafts.push({ first: infos[0]!, sentences: infos, participants: [], members: new Map() });
  }
  // A statement or comment with no meeting: those who spoke are its participants, unless the
  // release is about correspondence (a letter, a message), which has none.
  if (drafts.length === 0 && pending.length > 0 && !correspondence.test(`${ctx.title} ${infos[0]?.text ?? ""}`)) {
    drafts.push({ first: infos[0]!, sentences: infos, participants: [], members: new Map(), statement: true });
  }
  if (drafts[0]) {
    const first = drafts[0];
    const joining = pending.filter((p) => !first.members.has(p.person));
    for (const p of joining) first.members.set(p.person, p);
    first.participants.unshift(...joining);
  }

  const kept = drafts.filter((d) => d.participants.length > 0);
  const meetings = kept.map((draft, n) => buildMeeting(draft, n + 1, ctx));
  // "Later, she also received …": a further meeting reported without its own date or place
  // happened on the same day, at the same place, as the one before it.
  for (let n = 1; n < meetings.length; n++) {
    const previous = meetings[n - 1]!;
    const meeting = meetings[n]!;
    if (!meeting.date && previous.date && meeting.status === previous.status) meetings[n] = inherit(meeting, { date: previous.date });
    if (!meeting.place && previous.place && meeting.format === "in_person" && previous.format === "in_person") {
      const { evidence: _evidence, ...place } = previous.place;
      meetings[n] = inherit(meetings[n]!, { place });
    }
  }
  kept.forEach((draft, n) => addCommitteeRoles(draft, meetings[n]!, ctx.k));
  const participantsOf = new Set(kept.flatMap((d) => d.participants.map((p) => p.person)));
  // The officials a delegation is due to meet abroad are the host country's.
  const visited = new Map<Person, string>();
  kept.forEach((draft, n) => {
    const country = meetings[n]!.place?.country;
    if (!country || country === ctx.hostCountry) return;
    meetings[n]!.participants.forEach((p, i) => {
      if (p.role === "planned") visited.set(draft.participants[i]!.person, country);
    });
  });
  const { officials, ids, parliaments } = buildOfficials(people, participantsOf, ctx, paragraphTokens, visited);
  for (const meeting of meetings) for (const participant of meeting.participants) participant.official = ids.get(participant.official) ?? participant.official;
  return { meetings, officials, parliaments, peopleCapped: people.capped };
}

/**
 * Each sentence's mentions, in the order found. Sentences are contiguous token ranges, so a
 * binary search places each mention (a filter per sentence was quadratic in a long paragraph).
 */
function mentionsBySentence(mentions: Mention[], sentences: Sentence[]): { mention: Mention }[][] {
  const out = sentences.map((): { mention: Mention }[] => []);
  for (const mention of mentions) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.from <= mention.fromToken) lo = mid;
      else hi = mid - 1;
    }
    const sentence = sentences[lo];
    if (sentence && mention.fromToken >= sentence.from && mention.fromToken < sentence.to) out[lo]!.push({ mention });
  }
  return out;
}

/** At a committee's own meeting, its chair chairs the committee and the MPs attending are its members. */
function addCommitteeRoles(draft: Draft, meeting: Meeting, k: Knowledge): void {
  if (meeting.kind !== "committee_meeting") return;
  const committee = committeeOfMeeting(draft.first.text);
  if (!committee) return;
  const span = { label: committee.label, start: draft.first.sentence.start + committee.start, end: draft.first.sentence.start + committee.end };
  for (const p of draft.participants) {
    const labels = p.person.positions.map((x) => x.span.label);
    if (labels.some((l) => /\b(?:committee|commission)\b/i.test(l))) continue;
    const seat = holdsBareSeat(labels, k) || (labels.length === 0 && listedAsMembers.test(p.before));
    const title = p.role === "chair" ? (/chairmanship/i.test(p.before) ? "Chairman" : "Chair") : seat && (p.role === "attendee" || p.role === "delegation_member") ? "Member" : undefined;
    if (!title) continue;
    p.person.positions.push({ span: { ...span, label: `${title} of the ${committee.label}` }, paragraph: draft.first.paragraph });
  }
}

/** A meeting with a date or place added, keys kept in the schema's order (stable output bytes). */
function inherit(meeting: Meeting, extra: Pick<Meeting, "date"> | Pick<Meeting, "place">): Meeting {
  const { id, status, kind, format, date, endDate, place, ...rest } = { ...meeting, ...extra };
  return { id, status, ...(kind ? { kind } : {}), ...(format ? { format } : {}), ...(date ? { date } : {}), ...(endDate ? { endDate } : {}), ...(place ? { place } : {}), ...rest };
}

/**
 * "… the energy bill, which Prime Minister X is expected to present next week": a person who is the
 * subject of a relative clause about another time (future or past) is spoken of, not taking part.
 */
function inOtherTimeClause(info: SentenceInfo, mention: Mention, after: string): boolean {
  const opener = info.tokens[mention.fromToken - 1]?.lower;
  if (opener !== "which" && opener !== "that" && opener !== "whom") return false;
  const clause = after.slice(0, 200).split(/[,;.]/, 1)[0] ?? "";
  return announcedCue.test(clause) || pastContext.test(clause) || /next (?:week|month|year)/i.test(clause);
}

const subjectOpeners = new Set(["–", "—", "\"", "”"]);

/** Is the mention the subject: first in its sentence, or right after an opening clause ("As the talk went on, X …")? */
function isSubject(info: SentenceInfo, mention: Mention): boolean {
  if (mention.possessive) return false;
  const from = info.sentence.from;
  if (mention.fromToken === from) return true;
  const first = info.mentions[0]?.mention;
  if (first !== mention) return false;
  const before = info.tokens[mention.fromToken - 1];
  // After a wire dateline ("COPENHAGEN, 23 September 2025 – X said") or a closing quotation mark ("…," X said).
  return mention.fromToken - from <= 15 && (before?.text === "," || before?.text === ":" || before?.lower === "the" || subjectOpeners.has(before?.text ?? ""));
}

/** Resolves every mention to a person: strong mentions first, then surnames and bare names. */
function resolvePeople(infos: SentenceInfo[], people: People, ctx: MeetingContext): void {
  const titleTokens = tokenize(ctx.title.slice(0, 1000));
  const headlineNames = findMentions(ctx.title.slice(0, 1000), titleTokens, ctx.k)
    .filter((m) => m.kind !== "surname" && m.name.includes(" "))
    .map((m) => m.name);
  const strong = (m: Mention) => m.kind === "title" || m.kind === "honorific" || m.kind === "appositive" || (m.kind === "list" && m.positions.length > 0);
  // A bare name inside a proper noun ("the Heydar Aliyev Center", "Heydar Aliyev Foundation") names a thing.
  const inProperNoun = (info: SentenceInfo, m: Mention) => {
    if (m.kind !== "bare") return false;
    const next = info.tokens[m.toToken];
    const before = info.tokens[m.fromToken - 1];
    // A post-nominal ("Sophie Katsarava MBE") follows a person, not a thing.
    const thing = next !== undefined && next.word && next.text !== next.lower && !m.possessive && !postNominals.has(next.lower);
    return thing || before?.lower === "the";
  };
  for (const info of infos) {
    for (const entry of info.mentions) {
      const m = entry.mention;
      if (inProperNoun(info, m)) continue;
      if (!strong(m) && !(m.kind !== "surname" && people.isKnown(m.name))) continue;
      entry.person = people.find(m.name) ?? people.add(m.name, { paragraph: info.paragraph, start: m.start }, true);
      if (entry.person) attach(entry.person, m, info.paragraph, ctx.k);
    }
  }
  for (const info of infos) {
    for (const entry of info.mentions) {
      if (entry.person) continue;
      const m = entry.mention;
      if (inProperNoun(info, m)) continue;
      if (m.kind === "surname") {
        entry.person = people.findFamily(m.name) ?? (m.positions.length > 0 ? people.findGiven(m.name) : undefined);
        // "Ms Ackson" whose full name only the headline gives ("… Meets Tulia Ackson").
        const fromTitle = entry.person ? undefined : headlineNames.find((n) => n.endsWith(` ${m.name}`));
        if (fromTitle) entry.person = people.add(fromTitle, { paragraph: info.paragraph, start: m.start }, true);
        // "Speaker Wetang’ula" and no fuller name anywhere: the person is named by the surname.
        if (!entry.person && m.positions.length > 0 && !people.find(m.name)) entry.person = people.add(m.name, { paragraph: info.paragraph, start: m.start }, true);
        if (entry.person) attach(entry.person, m, info.paragraph, ctx.k);
        continue;
      }
      const existing = people.find(m.name);
      if (existing) {
        entry.person = existing;
        attach(existing, m, info.paragraph, ctx.k);
        continue;
      }
      // A capitalised pair nobody introduced: a person only when it acts ("Riina Solman heading …",
      // "X and Y discussed"), or is listed with someone who does.
      const next = info.tokens[m.toToken];
      const acts = next !== undefined && next.word && /^\p{Ll}/u.test(next.text) && !/^(?:of|and|the|for|in|at|to|on|with)$/.test(next.text);
      const listed = m.kind === "list" || (next?.lower === "and" && info.mentions.some((x) => x.mention.fromToken > m.fromToken && x.mention.kind === "list"));
      // The object of a meeting verb ("met with Maulen Ashimbayev", "received X and Y").
      const before = info.tokens[m.fromToken - 1]?.lower;
      const object = before !== undefined && objectCue.has(before) && (meetingVerb.test(info.text) || attendanceCue.test(info.text)) && !pastContext.test(info.text);
      if (object || ((isSubject(info, m) || m.kind === "list") && (acts || listed || m.kind === "list"))) {
        entry.person = people.add(m.name, { paragraph: info.paragraph, start: m.start }, m.kind === "list");
        if (entry.person) attach(entry.person, m, info.paragraph, ctx.k);
      }
    }
  }
}

function cleanHonorific(h: string): string {
  return h.replace(/\s+/g, " ").trim().slice(0, 50);
}

function attach(person: Person, m: Mention, paragraph: number, k: Knowledge): void {
  if (m.honorific && !person.honorific) person.honorific = cleanHonorific(m.honorific);
  // A bare title first ("Speaker Anna Berzina"), the title in full later ("Speaker of the Saeima
  // Anna Berzina"): the full one is the position.
  const bare = person.positions.length === 1 && !m.ledBody ? bareTitle(person.positions[0]!.span.label, k) : undefined;
  const fuller = bare !== undefined && m.positions.length > 0 && m.positions[0]!.label.toLowerCase().startsWith(`${bare} of `);
  // "Nelly Mutti, MP" first, "the Speaker of the National Assembly of Zambia, Nelly Mutti" later:
  // the office says more than the seat every member holds.
  const office = m.positions.length > 0 && saysLittle(person.positions.map((x) => x.span.label), k) && !saysLittle(m.positions.map((x) => x.label), k);
  // "his Montenegrin counterpart, Deputy Speaker of the Parliament of Montenegro X": the office written says it all.
  const own = m.positions.length > 1 ? m.positions.filter((p) => !counterpart.test(p.label)) : m.positions;
  const spans = own.length > 0 ? own : m.positions;
  if ((person.positions.length === 0 || fuller || office) && spans.length > 0) {
    person.positions = spans.map((span) => ({ span, paragraph, ...(m.ledBody ? { ledBody: m.ledBody } : {}) }));
  }
}

/** A position that only points at someone else's: "counterpart", "his Estonian counterpart". */
const counterpart = /\bcounterparts?$/i;
/** "Estonian counterpart", "her Lithuanian counterpart": the demonym of the other side. */
const demonymCounterpart = /^(?:(?:his|her|their|the) )?([\p{Lu}][\p{L}]{2,30}) counterparts?$/u;

/**
 * "Speaker of the Saeima A met with her Estonian counterpart B": B holds the same post in the
 * other country's parliament ("Speaker of the Estonian parliament"). Only when exactly one other
 * person in the sentence holds a post of a parliament, written "<title> of <parliament>", and B is
 * known by nothing but "counterpart"; otherwise B keeps the words as written.
 */
function completeCounterparts(infos: SentenceInfo[], k: Knowledge): void {
  for (const info of infos) {
    for (const { person } of info.mentions) {
      const only = person?.positions.length === 1 && person.positions[0]!.span.label.includes("counterpart") ? person.positions[0]! : undefined;
      const demonym = only ? demonymCounterpart.exec(only.span.label.trim())?.[1] : undefined;
      if (!only || !demonym || !k.demonyms.has(demonym)) continue;
      const hosts = new Set(
        info.mentions
          .map((e) => e.person)
          .filter((p): p is Person => p !== undefined && p !== person && p.positions.length > 0 && describePosition(p.positions[0]!.span.label, k).parliament !== undefined),
      );
      if (hosts.size !== 1) continue;
      const [host] = hosts;
      const title = /^(?:the )?(.+?) of /i.exec(host!.positions[0]!.span.label)?.[1];
      if (!title || bareTitle(title, k) === undefined) continue;
      only.span = { ...only.span, label: `${title} of the ${demonym} parliament` };
    }
  }
}

/** Positions any member holds ("MP") or that only point at someone else's ("his Zambian counterpart"). */
function saysLittle(labels: string[], k: Knowledge): boolean {
  return holdsBareSeat(labels, k) || (labels.length > 0 && labels.every((l) => counterpart.test(l)));
}

const citiesByCountry = new WeakMap<Knowledge, Map<string, string[]>>();

/** The known cities of a country (data/places.json), indexed once per knowledge. */
function citiesOf(k: Knowledge, country: string): string[] {
  let index = citiesByCountry.get(k);
  if (!index) {
    index = new Map();
    for (const [name, code] of k.cities) index.set(code, [...(index.get(code) ?? []), name]);
    citiesByCountry.set(k, index);
  }
  return index.get(country) ?? [];
}

/** "as the 8th Speaker of the National Assembly": a post held, written after "as". Bounded, linear. */
const heldAs = /\bas (?:the )?(?:\d{1,3}(?:st|nd|rd|th) |new |current |incumbent )?([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*){0,2}) of ((?:the )?[\p{Lu}][\p{L}’'-]*(?: (?:of |and |for |the )?[\p{Lu}][\p{L}’'-]*){0,6})/gu;

/**
 * A person known only by a bare title ("Speaker Wetang’ula") whose sentence also says "… in his
 * tenure as the 8th Speaker of the National Assembly": when exactly one person in the sentence
 * holds that bare title, the post in full is theirs (without the ordinal).
 */
function completeBareTitles(infos: SentenceInfo[], k: Knowledge): void {
  for (const info of infos) {
    if (!info.text.includes(" as ")) continue;
    const text = info.text.slice(0, 2000);
    heldAs.lastIndex = 0;
    for (let m = heldAs.exec(text); m !== null; m = heldAs.exec(text)) {
      const title = m[1]!.toLowerCase();
      if (!k.titles.has(title)) continue;
      const start = info.sentence.start + m.index + m[0].length - m[1]!.length - 4 - m[2]!.length;
      const holders = new Set(
        info.mentions
          .map((e) => e.person)
          .filter((p): p is Person => p !== undefined && p.positions.length === 1 && bareTitle(p.positions[0]!.span.label, k) === title),
      );
      if (holders.size !== 1) continue;
      const [person] = holders;
      const label = `${m[1]} of ${m[2]}`;
      person!.positions = [{ span: { label, start, end: start + label.length }, paragraph: info.paragraph }];
    }
  }
}

/** The label in lowercase when it is a title alone, perhaps with modifiers ("Speaker", "First Deputy Chair"). */
function bareTitle(label: string, k: Knowledge): string | undefined {
  const lower = label.toLowerCase().replace(/^the /, "");
  const words = lower.split(" ");
  let i = 0;
  while (i < words.length - 1 && k.modifiers.has(words[i]!)) i++;
  return k.titles.has(words.slice(i).join(" ")) ? lower : undefined;
}

/**
 * The first date in the text that is not its wire dateline's: "COPENHAGEN, 5 June 2023 – … concluded
 * a visit on Friday. In Astana she met …" gives no meeting date (the dateline is the publication date).
 */
function proseDatePastDateline(text: string, k: Knowledge, published: string | undefined): ReturnType<typeof findProseDate> {
  const found = findProseDate(text, k, published);
  // A dateline ends with a comma-separated date: "CITY, 5 June 2023 –". Anything else is not one.
  if (!found || found.start > 120 || !text.slice(0, found.start).includes(",")) return found;
  const wire = parseWireDateline(text, k);
  if (!wire?.date || found.start < wire.offset || found.date !== isoDate(wire.date)) return found;
  const rest = findProseDate(text.slice(found.end), k, published);
  return rest ? { ...rest, start: rest.start + found.end, end: rest.end + found.end } : undefined;
}

/** Is one of `words` among the tokens from `from` to `to` (exclusive, clamped)? */
function wordNear(tokens: Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) if (words.has(tokens[i]!.lower)) return true;
  return false;
}

/** Words that may start "former Speaker X", "the then Marshal X", "ex-Speaker X". */
const formerWords = new Set(["former", "then", "late", "erstwhile"]);
/** Words of "did not appear", "could not attend", "was absent", "was unable to", "failed to". */
const absenceWords = new Set(["not", "didn't", "didn’t", "couldn't", "couldn’t", "unable", "failed", "absent"]);

/** "… until", "… will last until", "… ending on": a second date closing a range written after the first. */
const rangeCue = /^[^.;!?]{0,60}?\b(?:until|till|through|to end on|ending on|ends on|end on|concluding on|concludes on)\s+(?:the\s+)?$/i;

/** "The visit started on March 9 and will last until March 13": the end of a range whose start dates the event. */
function rangeEnd(text: string, start: ProseDate | undefined, k: Knowledge, published: string | undefined): string | undefined {
  if (!start) return undefined;
  const rest = text.slice(start.end, start.end + 120);
  const next = findProseDate(rest, k, published);
  if (!next || next.date <= start.date) return undefined;
  // The date found may start with its own "until" ("until 5 June").
  const own = /^(?:until|till)\s+/i.exec(rest.slice(next.start, next.start + 8));
  if (!rangeCue.test(rest.slice(0, next.start + (own?.[0].length ?? 0)))) return undefined;
  return next.date;
}

function buildMeeting(draft: Draft, n: number, ctx: MeetingContext): Meeting {
  const { k } = ctx;
  const first = draft.first;
  const offset = first.sentence.start;
  const texts = draft.sentences.map((s) => s.text);
  const headline = `${first.text} ${ctx.title}`;
  let status: Meeting["status"] = cancelledCue.test(first.text) ? "cancelled" : announcedCue.test(first.text) || /\bto (?:visit|take part|attend|meet|travel|participate|pay)\b/i.test(ctx.title) ? "announced" : "held";
  const format = phoneCue.test(headline) && !videoCue.test(first.text) ? "phone" : videoCue.test(headline) ? "video" : "in_person";
  // "The … Committee met under the chairmanship of …": the committee's own meeting, whatever else the headline says.
  const classified = format === "in_person" && committeeMeets(first.text) ? "committee_meeting" : eventKind(headline, format);
  const kind = draft.statement && (classified === "other" || classified === "bilateral_meeting") ? "interview" : classified;
  // The date is usually in the sentence reporting the meeting, else elsewhere in its paragraph.
  const inSentence = proseDatePastDateline(first.text, k, ctx.published);
  const inParagraph = inSentence ? undefined : proseDatePastDateline(ctx.body[first.paragraph] ?? "", k, ctx.published);
  // "The Dewan Rakyat today passed the bill …" then "The sitting was chaired by X": the release's
  // first event is dated by its lead paragraph when its own paragraph gives no date.
  const lead = inSentence || inParagraph || n !== 1 || first.paragraph === 0 ? undefined : proseDatePastDateline(ctx.body[0] ?? "", k, ctx.published);
  const date = inSentence ?? (inParagraph ? { ...inParagraph, start: inParagraph.start - offset, end: inParagraph.end - offset } : undefined) ?? lead;
  const dateEvidence = date ? (date === lead ? { paragraph: 0, start: lead.start, end: lead.end } : { paragraph: first.paragraph, start: offset + date.start, end: offset + date.end }) : undefined;
  let endDate = date?.endDate ?? rangeEnd(inSentence ? first.text : inParagraph ? (ctx.body[first.paragraph] ?? "") : (ctx.body[0] ?? ""), inSentence ?? inParagraph ?? lead, k, ctx.published);
  const day = date?.date ?? (status === "held" && ctx.undatedMeetingOnPublicationDay && n === 1 ? ctx.published : undefined);
  // An event dated after the release was published had not happened yet: it is announced.
  if (status === "held" && day && ctx.published && day > ctx.published) status = "announced";
  if (date && status === "announced" && !endDate) {
    // An announced trip often says when it ends in a later sentence ("due to end on 22 October").
    for (const s of draft.sentences.slice(1)) {
      if (!/\b(?:end|ends|conclude|concludes|conclusion|finish|finishes|last|lasts|until|till|return|returns)\b/i.test(s.text)) continue;
      const end = findProseDate(s.text, k, ctx.published);
      if (end && end.date >= date.date) {
        endDate = end.date;
        break;
      }
    }
  }

  const blocked = first.mentions.flatMap(({ mention }) => [
    { start: mention.start - offset, end: mention.end - offset },
    ...mention.positions.map((p) => ({ start: p.start - offset, end: p.end - offset })),
  ]);
  let place: Place | undefined;
  if (format !== "phone" && format !== "video") {
    const written = findPlace(first.text, k, blocked);
    const found = written ? cityOfVenue(first.text, written, k) : undefined;
    if (found) place = { name: found.name, ...(found.country ? { country: found.country } : {}), evidence: [{ paragraph: first.paragraph, start: offset + found.start, end: offset + found.end }] };
    if (!place) {
      const fromTitle = findPlace(ctx.title, k, []);
      if (fromTitle) place = { name: fromTitle.name, ...(fromTitle.country ? { country: fromTitle.country } : {}) };
    }
    // "The meeting took place … in Dublin", anywhere in the event's sentences.
    for (const s of place ? [] : draft.sentences) {
      const held = findHeldIn(s.text, k);
      if (held && !pastContext.test(s.text)) {
        place = { name: held.name, ...(held.country ? { country: held.country } : {}), evidence: [{ paragraph: s.paragraph, start: s.sentence.start + held.start, end: s.sentence.start + held.end }] };
        break;
      }
    }
    // "are in the Russian Federation on an official visit" … "in Moscow": a city of that country
    // named in the headline or the event's sentences is the nearer place.
    if (place?.country && countryCodeOf(place.name.replace(/^the\s+/, "")) === place.country) {
      const inCountry = (found: ReturnType<typeof findPlace>) => found && found.country === place!.country && k.cities.has(found.name) ? found : undefined;
      const fromTitle = inCountry(findPlace(ctx.title, k, []));
      if (fromTitle) place = { name: fromTitle.name, country: place.country };
      else {
        const cities = citiesOf(k, place.country);
        for (const s of draft.sentences) {
          // Most sentences name none of the country's cities: a substring test before the full search.
          // A recalled event ("held in Baku last year") does not place this one.
          if (!cities.some((name) => s.text.includes(name)) || pastContext.test(s.text)) continue;
          const city = inCountry(findPlace(s.text, k, []));
          if (!city) continue;
          place = { name: city.name, country: place.country, evidence: [{ paragraph: s.paragraph, start: s.sentence.start + city.start, end: s.sentence.start + city.end }] };
          break;
        }
      }
    }
    // A venue ("Parliament House Complex") in a release filed from a city: the city, with the venue.
    if (place && ctx.datelinePlace && isVenue(place.name, k) && !place.name.includes(ctx.datelinePlace)) {
      const country = k.cities.get(ctx.datelinePlace) ?? place.country;
      place = { ...place, name: `${ctx.datelinePlace} (${place.name.replace(/^the\s+/, "")})`.slice(0, 300), ...(country ? { country } : {}) };
    }
    if (!place && ctx.datelinePlace) {
      const country = k.cities.get(ctx.datelinePlace);
      place = { name: ctx.datelinePlace, ...(country ? { country } : {}) };
    }
    if (!place) {
      for (const s of draft.sentences) {
        const thanks = findHostThanks(s.text, k);
        if (thanks) {
          place = { name: thanks.name, ...(thanks.country ? { country: thanks.country } : {}), evidence: [{ paragraph: s.paragraph, start: s.sentence.start + thanks.start, end: s.sentence.start + thanks.end }] };
          break;
        }
      }
    }
  }
  const occasion = findOccasion(first.text)?.slice(0, 500);
  const topics = findTopics(texts).map((t) => t.slice(0, 200));
  // Keys in a fixed order: the same input always serialises to the same bytes.
  return {
    id: `meeting:${ctx.releaseSlug}-${n}`,
    status,
    kind,
    format,
    ...(day ? { date: day } : {}),
    ...(endDate ? { endDate } : {}),
    ...(place ? { place } : {}),
    ...(occasion ? { occasion } : {}),
    participants: draft.participants.map(
      (p): Participant => ({
        official: `person:${p.person.index}`,
        name: p.name.slice(0, 300),
        // In an announced trip, the people the travellers are to meet are "planned".
        role: status === "announced" && (p.role === "attendee" || p.role === "speaker") && isDueToMeet(p.before) ? "planned" : p.role,
        evidence: [p.evidence],
      }),
    ),
    ...(topics.length > 0 ? { topics } : {}),
    ...(draft.verb ? { evidence: [{ paragraph: first.paragraph, ...draft.verb }] } : {}),
    ...(dateEvidence ? { dateEvidence: [dateEvidence] } : {}),
  };
}

function buildOfficials(people: People, participants: Set<Person>, ctx: MeetingContext, paragraphTokens: Token[][], visited: Map<Person, string>): { officials: Official[]; ids: Map<string, string>; parliaments: string[] } {
  const { k } = ctx;
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const officials: Official[] = [];
  const parliaments: string[] = [];
  const releaseText = { paragraphs: ctx.body.slice(0, paragraphTokens.length), tokens: paragraphTokens };
  const ordered = [...people.all].sort((a, b) => a.first.paragraph - b.first.paragraph || a.first.start - b.first.start);
  for (const person of ordered) {
    if (!participants.has(person) && !(person.strong && (person.positions.length > 0 || person.known))) continue;
    let id = person.known?.id ?? `official:${slugify(person.name) || "unnamed"}`;
    if (used.has(id)) id = `${id}-${person.index + 1}`;
    used.add(id);
    ids.set(`person:${person.index}`, id);
    const official: Official = { id, name: person.name.slice(0, 300) };
    const otherNames = [...(person.known?.otherNames ?? [])];
    if (person.known && person.known.name !== person.name && !otherNames.some((n) => n.name === person.known!.name)) otherNames.push({ name: person.known.name });
    if (otherNames.length > 0) official.otherNames = otherNames.map((n) => ({ ...n }));
    if (person.honorific) official.honorific = person.honorific;
    const positions: Position[] = [];
    for (const { span, paragraph, ledBody } of person.positions.slice(0, 10)) {
      // The label in full: abbreviations and back-references resolved; the evidence stays the words as written.
      const { label, resolved } = resolvePosition(span.label.replace(/\s+/g, " "), { paragraph, start: span.start, end: span.end }, releaseText, k);
      // "the LA Chairman" resolves to "Chairman of the Legislative Assembly of …": its country is in that.
      let facts = describePosition(resolved, k);
      if (!facts.parliament && !facts.country && ledBody) {
        // "the delegation of the Parliament of Georgia led by Deputy Speaker X": X represents that body.
        const body = describePosition(`${resolved} of the ${ledBody}`, k);
        facts = { ...facts, ...(body.parliament ? { parliament: body.parliament } : {}), ...(body.country ? { country: body.country } : {}) };
      }
      const position: Position = { label: label.slice(0, 500), role: facts.role };
      if (facts.parliament) {
        position.organization = { parliament: facts.parliament.id };
        parliaments.push(facts.parliament.id);
      }
      if (facts.chamber) position.chamber = facts.chamber;
      // An official named without a country: the visited country's if the delegation is due to meet them
      // abroad, else the release's home country; a known official has a country.
      const country =
        facts.country ??
        (!facts.parliament && !internationalBody.test(resolved) ? (visited.get(person) ?? ctx.hostCountry) : undefined) ??
        person.known?.country;
      if (country) position.country = country;
      position.evidence = [{ paragraph, start: span.start, end: span.end }];
      positions.push(position);
    }
    if (positions.length > 0) official.positions = positions;
    officials.push(official);
  }
  return { officials, ids, parliaments };
}
