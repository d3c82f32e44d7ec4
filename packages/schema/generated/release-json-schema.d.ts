/* Generated from schemas/release.schema.json by json-schema-to-typescript — do not edit.
   Regenerate: npm run generate -w @parlwire/schema */

/**
 * What kind of event this is. bilateral_meeting: officials of two sides met (talks, a meeting on the sidelines); delegation_received: an official received a visiting delegation; official_visit: an official or delegation visited another country or institution; plenary_sitting: a sitting of the whole chamber; committee_meeting: a meeting of a committee, working group or bureau; assembly_session: a session of an international assembly or conference that officials attended; call: a phone or video call between officials; interview: an official gave an interview or press statement; ceremony: a ceremony: a wreath-laying, an award, an opening, a signing; other: any other event a release reports.
 */
export type MeetingKind = ("bilateral_meeting" | "delegation_received" | "official_visit" | "plenary_sitting" | "committee_meeting" | "assembly_session" | "call" | "interview" | "ceremony" | "other")
/**
 * The part the participant plays in this meeting. chair: chaired the event; speaker: spoke at the event; head_of_delegation: led a delegation; delegation_member: was a member of a delegation; host: hosted or received the others; guest: was a guest or visitor; attendee: attended without a more specific part; planned: is due to take part in an announced event.
 */
export type ParticipantRole = ("chair" | "speaker" | "head_of_delegation" | "delegation_member" | "host" | "guest" | "attendee" | "planned")
/**
 * The body the position belongs to: a parliament in this document, or a named organisation.
 */
export type Organization = ({
/**
 * A parliament in this document.
 */
parliament: string
} | {
name: string
/**
 * ISO 3166-1 alpha-2 country code, uppercase, e.g. AZ, KZ.
 */
country?: string
})

/**
 * A parliamentary press release as data. Semantic rules beyond this shape: ids are unique; every id reference (participant.official, organization.parliament, publisher.parliament, boilerplate.parliament) resolves in this document; endDate/end is not before date/start; evidence spans lie inside their body paragraph; published.dateTime's and published.localDateTime's date parts equal published.date.
 */
export interface Release {
/**
 * Id of a release: "release:" then lowercase ASCII words joined by single hyphens. Stable across imports.
 */
id: string
/**
 * A BCP 47 language tag, e.g. en, az, az-Latn, ru.
 */
language: string
title: string
/**
 * The category label exactly as printed.
 */
category?: string
published?: Published
/**
 * The paragraphs in order; no title, date line, signature or boilerplate.
 * 
 * @minItems 1
 * @maxItems 2000
 */
body: string[]
publisher?: Publisher
boilerplate?: Boilerplate
/**
 * @maxItems 100
 */
meetings: Meeting[]
/**
 * @maxItems 1000
 */
officials: Official[]
/**
 * @maxItems 100
 */
parliaments: Parliament[]
/**
 * @maxItems 50
 */
topics?: string[]
/**
 * @minItems 1
 * @maxItems 20
 */
sources: Source[]
/**
 * Revision number, from 1.
 */
version?: number
/**
 * RFC 3339 date-time with seconds and an offset (Z or ±HH:MM), uppercase T, e.g. 2021-04-15T21:25:00+04:00.
 */
modified?: string
status?: ("published" | "corrected" | "withdrawn")
/**
 * @maxItems 50
 */
translations?: Translation[]
}
/**
 * When the release was published, as precisely as printed.
 */
export interface Published {
/**
 * The date as printed, local to the source.
 */
date: string
/**
 * Present when the time and the source's offset are known; its date part equals date.
 */
dateTime?: string
/**
 * The date and time as printed, local to the source, without offset; kept even when the zone or offset is unknown. Its date part equals date.
 */
localDateTime?: string
/**
 * The IANA zone the source prints in.
 */
timeZone?: string
/**
 * The date line as printed: "15 April 2021 | 21:25".
 */
asPrinted?: string
}
/**
 * Who signed the release and for which parliament.
 */
export interface Publisher {
/**
 * The signature lines as printed, in order.
 * 
 * @minItems 1
 * @maxItems 10
 */
signature?: string[]
/**
 * The signing department.
 */
department?: string
/**
 * The parliament the release speaks for.
 */
parliament?: string
}
/**
 * The standard paragraph about the parliament, kept apart from the body.
 */
export interface Boilerplate {
text: string
/**
 * Id of a parliament: "parliament:" then lowercase ASCII words joined by single hyphens. Stable across imports.
 */
parliament?: string
truncated?: boolean
}
/**
 * A meeting, call or visit between officials.
 */
export interface Meeting {
/**
 * Id of a meeting: "meeting:" then lowercase ASCII words joined by single hyphens. Stable across imports.
 */
id: string
status: ("held" | "announced" | "cancelled")
kind?: MeetingKind
format?: ("in_person" | "phone" | "video")
/**
 * The (first) day, local to the place.
 */
date?: string
/**
 * Last day of a multi-day visit; not before date.
 */
endDate?: string
place?: Place
/**
 * Why the meeting happened, as written: "a working visit", "the sidelines of ...".
 */
occasion?: string
/**
 * @minItems 1
 * @maxItems 1000
 */
participants: Participant[]
/**
 * @maxItems 50
 */
topics?: string[]
/**
 * Where the meeting is reported.
 * 
 * @maxItems 50
 */
evidence?: Evidence[]
/**
 * Where the date is stated.
 * 
 * @maxItems 50
 */
dateEvidence?: Evidence[]
}
/**
 * Where a meeting took or will take place.
 */
export interface Place {
/**
 * As written: a city, a country, a venue.
 */
name: string
/**
 * ISO 3166-1 alpha-2 country code, uppercase, e.g. AZ, KZ.
 */
country?: string
/**
 * @maxItems 50
 */
evidence?: Evidence[]
}
/**
 * A span of a body paragraph that states the fact. Semantic rule: paragraph exists, start < end <= length of the paragraph.
 */
export interface Evidence {
/**
 * Index into the release's body.
 */
paragraph: number
/**
 * First UTF-16 code unit of the span.
 */
start: number
/**
 * One past the last UTF-16 code unit; more than start.
 */
end: number
}
/**
 * An official taking part in a meeting.
 */
export interface Participant {
/**
 * An official in this document.
 */
official: string
/**
 * The name as written in this meeting's text.
 */
name: string
side?: ("host" | "guest")
role?: ParticipantRole
/**
 * @maxItems 50
 */
evidence?: Evidence[]
}
/**
 * A person named in a release in an official capacity.
 */
export interface Official {
/**
 * Id of a official: "official:" then lowercase ASCII words joined by single hyphens. Stable across imports.
 */
id: string
/**
 * The name in the release's language, without honorific.
 */
name: string
/**
 * @maxItems 50
 */
otherNames?: OtherName[]
/**
 * Mrs, Mr, Dr...
 */
honorific?: string
/**
 * @maxItems 50
 */
positions?: Position[]
/**
 * @maxItems 50
 */
identifiers?: Identifier[]
}
/**
 * Another name, with its language when known (Sahibə Qafarova, az).
 */
export interface OtherName {
name: string
/**
 * A BCP 47 language tag, e.g. en, az, az-Latn, ru.
 */
language?: string
note?: string
}
/**
 * A position an official holds or held.
 */
export interface Position {
/**
 * The title in full as written, e.g. "Chair of the Milli Majlis".
 */
label: string
role: ("head_of_parliament" | "deputy_head_of_parliament" | "member_of_parliament" | "committee_chair" | "head_of_state" | "head_of_government" | "minister" | "ambassador" | "secretary_general" | "head_of_delegation" | "other")
organization?: Organization
chamber?: ("single" | "upper" | "lower")
/**
 * The country the holder represents.
 */
country?: string
/**
 * A date of reduced precision: YYYY, YYYY-MM or YYYY-MM-DD (a real day).
 */
start?: string
/**
 * A date of reduced precision: YYYY, YYYY-MM or YYYY-MM-DD (a real day).
 */
end?: string
/**
 * @maxItems 50
 */
evidence?: Evidence[]
}
/**
 * An identifier of the thing in an external scheme (wikidata, isni, popolo...).
 */
export interface Identifier {
scheme: string
identifier: string
}
/**
 * A parliament or parliamentary assembly that a release speaks for or is about.
 */
export interface Parliament {
/**
 * Id of a parliament: "parliament:" then lowercase ASCII words joined by single hyphens. Stable across imports.
 */
id: string
name: string
/**
 * @maxItems 50
 */
otherNames?: OtherName[]
/**
 * Country of a national parliament; absent for international assemblies.
 */
country?: string
structure?: ("unicameral" | "bicameral")
/**
 * @minItems 1
 * @maxItems 3
 */
chambers?: Chamber[]
seats?: Seats
electoralSystem?: ("majoritarian" | "proportional" | "mixed" | "indirect" | "appointed" | "other")
/**
 * Length of a convocation (term), in years.
 */
termYears?: number
/**
 * An absolute http: or https: URL (lowercase scheme, no whitespace or control characters). Other schemes are rejected.
 */
website?: string
/**
 * @maxItems 50
 */
identifiers?: Identifier[]
}
/**
 * A chamber (house) of a parliament.
 */
export interface Chamber {
/**
 * single for a unicameral parliament.
 */
kind: ("single" | "upper" | "lower")
name?: string
seats?: number
}
/**
 * The number of seats (members) and when that held.
 */
export interface Seats {
count: number
/**
 * The date the count holds for.
 */
asOf?: string
}
/**
 * A capture a release was read from.
 */
export interface Source {
/**
 * An absolute http: or https: URL (lowercase scheme, no whitespace or control characters). Other schemes are rejected.
 */
url?: string
/**
 * The source profile, e.g. meclis.gov.az.
 */
name?: string
/**
 * RFC 3339 date-time with seconds and an offset (Z or ±HH:MM), uppercase T, e.g. 2021-04-15T21:25:00+04:00.
 */
capturedAt?: string
mediaType: string
/**
 * SHA-256 of the captured bytes, lowercase hex.
 */
sha256: string
/**
 * True when the capture stops mid-text.
 */
truncated?: boolean
}
/**
 * The same release in another language.
 */
export interface Translation {
/**
 * A BCP 47 language tag, e.g. en, az, az-Latn, ru.
 */
language: string
/**
 * Id of a release: "release:" then lowercase ASCII words joined by single hyphens. Stable across imports.
 */
id?: string
/**
 * An absolute http: or https: URL (lowercase scheme, no whitespace or control characters). Other schemes are rejected.
 */
url?: string
title?: string
}
