/* Generated from schemas/release.schema.json by json-schema-to-typescript — do not edit.
   Regenerate: npm run generate -w @parlwire/schema */

/**
 * Whether the meeting took place. held: it took place; announced: it is to take place; cancelled: it was announced and then called off.
 */
export type MeetingStatus = ("held" | "announced" | "cancelled")
/**
 * What kind of event this is. bilateral_meeting: officials of two sides met (talks, a meeting on the sidelines); delegation_received: an official received a visiting delegation; official_visit: an official or delegation visited another country or institution; plenary_sitting: a sitting of the whole chamber; committee_meeting: a meeting of a committee, working group or bureau; assembly_session: a session of an international assembly or conference that officials attended; call: a phone or video call between officials; interview: an official gave an interview or press statement; ceremony: a ceremony: a wreath-laying, an award, an opening, a signing; other: any other event a release reports.
 */
export type MeetingKind = ("bilateral_meeting" | "delegation_received" | "official_visit" | "plenary_sitting" | "committee_meeting" | "assembly_session" | "call" | "interview" | "ceremony" | "other")
/**
 * How the participants met. in_person: face to face; phone: by telephone; video: by video link.
 */
export type MeetingFormat = ("in_person" | "phone" | "video")
/**
 * Which side of a two-sided meeting the participant was on. host: the side that received the other; guest: the visiting side.
 */
export type ParticipantSide = ("host" | "guest")
/**
 * The part the participant plays in this meeting. chair: chaired the event; speaker: spoke at the event; head_of_delegation: led a delegation; delegation_member: was a member of a delegation; host: hosted or received the others; guest: was a guest or visitor; attendee: attended without a more specific part; planned: is due to take part in an announced event.
 */
export type ParticipantRole = ("chair" | "speaker" | "head_of_delegation" | "delegation_member" | "host" | "guest" | "attendee" | "planned")
/**
 * The normalised kind of position; label keeps what was written. head_of_parliament: speaker, chair or president of a parliament or chamber; deputy_head_of_parliament: deputy speaker, vice-chair or vice-president of a parliament or chamber; member_of_parliament: a member (MP, deputy, senator); committee_chair: chair of a committee, working group or friendship group; head_of_state: a president or monarch; head_of_government: a prime minister or premier; minister: a member of a government; ambassador: an ambassador or head of a diplomatic mission; secretary_general: the secretary general of a parliament or assembly; head_of_delegation: the leader of a delegation; other: any other position.
 */
export type Role = ("head_of_parliament" | "deputy_head_of_parliament" | "member_of_parliament" | "committee_chair" | "head_of_state" | "head_of_government" | "minister" | "ambassador" | "secretary_general" | "head_of_delegation" | "other")
/**
 * The body the position belongs to.
 */
export type Organization = (ParliamentReference | NamedOrganization)
/**
 * The chamber, for a position in one chamber.
 */
export type ChamberKind = ("single" | "upper" | "lower")
/**
 * How many chambers it has. unicameral: one chamber; bicameral: two chambers.
 */
export type ParliamentStructure = ("unicameral" | "bicameral")
/**
 * Which chamber of a parliament. single: the only chamber of a unicameral parliament; upper: the upper house (a senate); lower: the lower house.
 */
export type ChamberKind1 = ("single" | "upper" | "lower")
/**
 * How the members are chosen. majoritarian: members elected in single-member districts by majority or plurality; proportional: members elected from lists in proportion to the votes; mixed: part majoritarian, part proportional; indirect: members chosen by other bodies, e.g. regional legislatures; appointed: members appointed; other: any other system.
 */
export type ElectoralSystem = ("majoritarian" | "proportional" | "mixed" | "indirect" | "appointed" | "other")
/**
 * The state of the release. published: as first published; corrected: a corrected version; withdrawn: withdrawn by the publisher.
 */
export type ReleaseStatus = ("published" | "corrected" | "withdrawn")

/**
 * A parliamentary press release as data. Semantic rules beyond this shape: ids are unique; every id reference (participant.official, organization.parliament, publisher.parliament, boilerplate.parliament) resolves in this document; endDate/end is not before date/start; evidence spans lie inside their body paragraph; published.dateTime's and published.localDateTime's date parts equal published.date.
 */
export interface Release {
/**
 * The JSON Schema the document follows, e.g. https://parlwire.dev/schema/v1/release.schema.json (how editors attach validation); any http(s) URL, not checked further.
 */
$schema?: string
/**
 * Id of a release: "release:" then lowercase ASCII words joined by single hyphens. Stable across imports.
 */
id: string
/**
 * A BCP 47 language tag, e.g. en, az, az-Latn, ru.
 */
language: string
/**
 * The headline as printed, or the body's first sentence when titleDerived is true.
 */
title: string
/**
 * Present (true) when the source printed no headline and `title` was made from the first sentence of the body.
 */
titleDerived?: true
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
 * The meetings, calls, visits and other events it reports.
 * 
 * @maxItems 100
 */
meetings: Meeting[]
/**
 * Every official it names in a meeting or position.
 * 
 * @maxItems 1000
 */
officials: Official[]
/**
 * The parliaments it refers to by id.
 * 
 * @maxItems 100
 */
parliaments: Parliament[]
/**
 * Subjects of the release, as written.
 * 
 * @maxItems 50
 */
topics?: string[]
/**
 * The captures it was read from.
 * 
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
status?: ReleaseStatus
/**
 * The same release in other languages.
 * 
 * @maxItems 50
 */
translations?: Translation[]
}
/**
 * When it was published.
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
 * Who signed it.
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
 * The standard paragraph about the parliament, if printed.
 */
export interface Boilerplate {
/**
 * The paragraph as printed.
 */
text: string
/**
 * The parliament it describes.
 */
parliament?: string
/**
 * True when the paragraph was cut at its length cap.
 */
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
status: MeetingStatus
kind?: MeetingKind
format?: MeetingFormat
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
 * The officials taking part.
 * 
 * @minItems 1
 * @maxItems 1000
 */
participants: Participant[]
/**
 * Subjects discussed, as written.
 * 
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
 * Where it took or will take place.
 */
export interface Place {
/**
 * As written: a city, a country, a venue.
 */
name: string
/**
 * The country the place is in.
 */
country?: string
/**
 * Where the place is stated.
 * 
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
side?: ParticipantSide
role?: ParticipantRole
/**
 * Where the participant is named.
 * 
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
 * Other spellings, transliterations or translations.
 * 
 * @maxItems 50
 */
otherNames?: OtherName[]
/**
 * Mrs, Mr, Dr...
 */
honorific?: string
/**
 * Positions held, as the release states them.
 * 
 * @maxItems 50
 */
positions?: Position[]
/**
 * Identifiers in external schemes (Wikidata...).
 * 
 * @maxItems 50
 */
identifiers?: Identifier[]
}
/**
 * Another name, with its language when known (Sahibə Qafarova, az).
 */
export interface OtherName {
/**
 * The other name as written.
 */
name: string
/**
 * A BCP 47 language tag, e.g. en, az, az-Latn, ru.
 */
language?: string
/**
 * What the name is, e.g. "former name", "transliteration".
 */
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
role: Role
organization?: Organization
chamber?: ChamberKind
/**
 * The country the holder represents.
 */
country?: string
/**
 * When the holder took up the position.
 */
start?: string
/**
 * When the holder left it; not before start.
 */
end?: string
/**
 * Where the position is stated.
 * 
 * @maxItems 50
 */
evidence?: Evidence[]
}
/**
 * A parliament of this document, by id.
 */
export interface ParliamentReference {
/**
 * A parliament in this document.
 */
parliament: string
}
/**
 * Any other organisation, by name.
 */
export interface NamedOrganization {
/**
 * The organisation's name as written.
 */
name: string
/**
 * The organisation's country.
 */
country?: string
}
/**
 * An identifier of the thing in an external scheme (wikidata, isni, popolo...).
 */
export interface Identifier {
/**
 * The scheme, lowercase: wikidata, isni, popolo...
 */
scheme: string
/**
 * The identifier in that scheme, e.g. Q4231557.
 */
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
/**
 * The name in the release's language.
 */
name: string
/**
 * Other names, spellings and translations.
 * 
 * @maxItems 50
 */
otherNames?: OtherName[]
/**
 * Country of a national parliament; absent for international assemblies.
 */
country?: string
structure?: ParliamentStructure
/**
 * Its chambers.
 * 
 * @minItems 1
 * @maxItems 3
 */
chambers?: Chamber[]
seats?: Seats
electoralSystem?: ElectoralSystem
/**
 * Length of a convocation (term), in years.
 */
termYears?: number
/**
 * The parliament's website.
 */
website?: string
/**
 * Identifiers in external schemes (Wikidata...).
 * 
 * @maxItems 50
 */
identifiers?: Identifier[]
}
/**
 * A chamber (house) of a parliament.
 */
export interface Chamber {
kind: ChamberKind1
/**
 * The chamber's name as written, e.g. Senate.
 */
name?: string
/**
 * The number of seats in this chamber.
 */
seats?: number
}
/**
 * Its size in seats.
 */
export interface Seats {
/**
 * The number of seats (members).
 */
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
/**
 * The capture's media type, e.g. text/html.
 */
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
/**
 * The title in that language.
 */
title?: string
}
