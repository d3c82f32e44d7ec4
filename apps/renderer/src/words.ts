import type { Chamber, Meeting, Parliament, Participant, Release, Role } from "@parlwire/schema";

// Every code the schema has, in the words a reader sees: one table for HTML, Markdown and text,
// so no page ever shows "unicameral" or "in_person" where a sentence belongs.

export const words = {
  meetingStatus: { held: "Held", announced: "Announced", cancelled: "Cancelled" } satisfies Record<Meeting["status"], string>,
  meetingFormat: { in_person: "in person", phone: "by phone", video: "by video link" } satisfies Record<NonNullable<Meeting["format"]>, string>,
  meetingKind: {
    bilateral_meeting: "Bilateral meeting",
    delegation_received: "Delegation received",
    official_visit: "Official visit",
    plenary_sitting: "Plenary sitting",
    committee_meeting: "Committee meeting",
    assembly_session: "Assembly session",
    call: "Call",
    interview: "Interview",
    ceremony: "Ceremony",
    other: "Meeting",
  } satisfies Record<NonNullable<Meeting["kind"]>, string>,
  /** Meeting kinds as list headings (the browse pages). */
  meetingKindPlural: {
    bilateral_meeting: "Bilateral meetings",
    delegation_received: "Delegations received",
    official_visit: "Official visits",
    plenary_sitting: "Plenary sittings",
    committee_meeting: "Committee meetings",
    assembly_session: "Assembly sessions",
    call: "Calls",
    interview: "Interviews",
    ceremony: "Ceremonies",
    other: "Other events",
  } satisfies Record<NonNullable<Meeting["kind"]>, string>,
  participantRole: {
    chair: "chair",
    speaker: "speaker",
    head_of_delegation: "head of delegation",
    delegation_member: "delegation member",
    host: "host",
    guest: "guest",
    attendee: "attendee",
    planned: "due to take part",
  } satisfies Record<NonNullable<Participant["role"]>, string>,
  side: { host: "host", guest: "guest" } satisfies Record<NonNullable<Participant["side"]>, string>,
  structure: { unicameral: "One chamber", bicameral: "Two chambers" } satisfies Record<NonNullable<Parliament["structure"]>, string>,
  chamberKind: { single: "Single chamber", upper: "Upper chamber", lower: "Lower chamber" } satisfies Record<Chamber["kind"], string>,
  electoralSystem: {
    majoritarian: "Majoritarian (members elected in constituencies)",
    proportional: "Proportional (members elected from party lists)",
    mixed: "Mixed (constituencies and party lists)",
    indirect: "Indirect (members chosen by other bodies)",
    appointed: "Appointed",
    other: "Other",
  } satisfies Record<NonNullable<Parliament["electoralSystem"]>, string>,
  positionRole: {
    head_of_parliament: "Head of parliament",
    deputy_head_of_parliament: "Deputy head of parliament",
    member_of_parliament: "Member of parliament",
    committee_chair: "Committee chair",
    head_of_state: "Head of state",
    head_of_government: "Head of government",
    minister: "Minister",
    ambassador: "Ambassador",
    secretary_general: "Secretary general",
    head_of_delegation: "Head of delegation",
    other: "Other",
  } satisfies Record<Role, string>,
  releaseStatus: { published: "Published", corrected: "Corrected", withdrawn: "Withdrawn" } satisfies Record<NonNullable<Release["status"]>, string>,
} as const;

/** The part a participant plays, in words: their role if known, else their side; undefined if neither. */
export function participantPart(participant: Participant): string | undefined {
  if (participant.role) return words.participantRole[participant.role];
  return participant.side ? words.side[participant.side] : undefined;
}

/** The line a meeting's status takes: "Held, in person", "Cancelled". */
export function meetingStatusLine(meeting: Meeting): string {
  return `${words.meetingStatus[meeting.status]}${meeting.format ? `, ${words.meetingFormat[meeting.format]}` : ""}`;
}

/** True when the release's text was cut off in a source capture or in its boilerplate. */
export function isTruncated(release: Release): boolean {
  return release.sources.some((s) => s.truncated === true) || release.boilerplate?.truncated === true;
}

/** The notice shown on a truncated release, in every format. */
export const truncatedNotice = "This release is incomplete: the copy it was read from stops mid-text.";
