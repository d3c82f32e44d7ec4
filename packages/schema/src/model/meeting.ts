import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { ReducedDateSchema } from "./dates.js";
import { documentedEnum } from "./documented-enum.js";
import { EvidenceSchema } from "./evidence.js";
import { MeetingIdSchema, OfficialIdSchema } from "./ids.js";
import { limits } from "./limits.js";
import { text } from "./text.js";

const evidence = z.array(EvidenceSchema).max(limits.list.small);

/** What kind of event a meeting is, value → meaning. */
export const meetingKinds = {
  bilateral_meeting: "officials of two sides met (talks, a meeting on the sidelines)",
  delegation_received: "an official received a visiting delegation",
  official_visit: "an official or delegation visited another country or institution",
  plenary_sitting: "a sitting of the whole chamber",
  committee_meeting: "a meeting of a committee, working group or bureau",
  assembly_session: "a session of an international assembly or conference that officials attended",
  call: "a phone or video call between officials",
  interview: "an official gave an interview or press statement",
  ceremony: "a ceremony: a wreath-laying, an award, an opening, a signing",
  other: "any other event a release reports",
} as const;
export type MeetingKind = keyof typeof meetingKinds;

/** The part a participant plays in a meeting, value → meaning. */
export const participantRoles = {
  chair: "chaired the event",
  speaker: "spoke at the event",
  head_of_delegation: "led a delegation",
  delegation_member: "was a member of a delegation",
  host: "hosted or received the others",
  guest: "was a guest or visitor",
  attendee: "attended without a more specific part",
  planned: "is due to take part in an announced event",
} as const;
export type ParticipantRole = keyof typeof participantRoles;

export const PlaceSchema = z
  .strictObject({
    name: text(limits.name).meta({ description: "As written: a city, a country, a venue." }),
    country: CountryCodeSchema.optional().meta({ description: "The country the place is in." }),
    evidence: evidence.optional().meta({ description: "Where the place is stated." }),
  })
  .meta({ id: "Place", title: "Place", description: "Where a meeting took or will take place." });

export const ParticipantSchema = z
  .strictObject({
    official: OfficialIdSchema.meta({ description: "An official in this document." }),
    name: text(limits.name).meta({ description: "The name as written in this meeting's text." }),
    side: documentedEnum(
      { host: "the side that received the other", guest: "the visiting side" },
      "ParticipantSide",
      "Which side of a two-sided meeting the participant was on.",
    ).optional(),
    role: documentedEnum(participantRoles, "ParticipantRole", "The part the participant plays in this meeting.").optional(),
    evidence: evidence.optional().meta({ description: "Where the participant is named." }),
  })
  .meta({ id: "Participant", title: "Participant", description: "An official taking part in a meeting." });

/** A meeting, call or visit a release reports (Open Civic Data event, PLOVER event). */
export const MeetingSchema = z
  .strictObject({
    id: MeetingIdSchema,
    status: documentedEnum(
      { held: "it took place", announced: "it is to take place", cancelled: "it was announced and then called off" },
      "MeetingStatus",
      "Whether the meeting took place.",
    ),
    kind: documentedEnum(meetingKinds, "MeetingKind", "What kind of event this is.").optional(),
    format: documentedEnum(
      { in_person: "face to face", phone: "by telephone", video: "by video link" },
      "MeetingFormat",
      "How the participants met.",
    ).optional(),
    date: ReducedDateSchema.optional().meta({ description: "The (first) day, local to the place." }),
    endDate: ReducedDateSchema.optional().meta({ description: "Last day of a multi-day visit; not before date." }),
    place: PlaceSchema.optional().meta({ description: "Where it took or will take place." }),
    occasion: text(limits.label).optional().meta({
      description: 'Why the meeting happened, as written: "a working visit", "the sidelines of ...".',
    }),
    participants: z.array(ParticipantSchema).min(1).max(limits.list.participants).meta({ description: "The officials taking part." }),
    topics: z.array(text(limits.shortText)).max(limits.list.small).optional().meta({ description: "Subjects discussed, as written." }),
    evidence: evidence.optional().meta({ description: "Where the meeting is reported." }),
    dateEvidence: evidence.optional().meta({ description: "Where the date is stated." }),
  })
  .meta({ id: "Meeting", title: "Meeting", description: "A meeting, call or visit between officials." });

export type Place = z.infer<typeof PlaceSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
