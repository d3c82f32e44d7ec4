export { limits } from "./model/limits.js";
export { codePointLength } from "./zod-free/string-measure.js";
export {
  DateTimeSchema,
  LocalDateSchema,
  LocalDateTimeSchema,
  ReducedDateSchema,
  TimeZoneSchema,
} from "./model/dates.js";
export { isBeforeReduced } from "./zod-free/reduced-date-order.js";
export { LanguageSchema } from "./model/language.js";
export { CountryCodeSchema } from "./model/country.js";
export { HttpUrlSchema } from "./model/url.js";
export {
  IdentifierSchema,
  MeetingIdSchema,
  OfficialIdSchema,
  ParliamentIdSchema,
  ReleaseIdSchema,
  idKinds,
  type IdKind,
} from "./model/ids.js";
export { OtherNameSchema } from "./model/other-name.js";
export { EvidenceSchema, type Evidence } from "./model/evidence.js";
export {
  ChamberSchema,
  ParliamentSchema,
  SeatsSchema,
  chamberKinds,
  electoralSystems,
  type Chamber,
  type Parliament,
  type Seats,
} from "./model/parliament.js";
export {
  OfficialSchema,
  OrganizationSchema,
  PositionSchema,
  roles,
  type Official,
  type Organization,
  type Position,
  type Role,
} from "./model/official.js";
export {
  MeetingSchema,
  ParticipantSchema,
  PlaceSchema,
  meetingKinds,
  participantRoles,
  type Meeting,
  type MeetingKind,
  type Participant,
  type ParticipantRole,
  type Place,
} from "./model/meeting.js";
export { SourceSchema, type Source } from "./model/source.js";
export {
  BoilerplateSchema,
  PublishedSchema,
  PublisherSchema,
  ReleaseSchema,
  ReleaseShapeSchema,
  TranslationSchema,
  type Boilerplate,
  type Published,
  type Publisher,
  type Release,
  type Translation,
} from "./model/release.js";
export { semanticCodes, semanticIssues, type SemanticCode } from "./validate/semantic-rules.js";
export { formatPath, formatPointer, type IssueCode, type ValidationIssue } from "./validate/validation-issue.js";
export {
  ReleaseValidationError,
  parseRelease,
  validateRelease,
  type ValidationResult,
} from "./validate/validate.js";
