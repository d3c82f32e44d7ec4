export { limits } from "./limits.js";
export { codePointLength } from "./string-measure.js";
export {
  DateTimeSchema,
  LocalDateSchema,
  LocalDateTimeSchema,
  ReducedDateSchema,
  TimeZoneSchema,
} from "./dates.js";
export { isBeforeReduced } from "./reduced-date-order.js";
export { LanguageSchema } from "./language.js";
export { CountryCodeSchema } from "./country.js";
export { HttpUrlSchema } from "./url.js";
export {
  IdentifierSchema,
  MeetingIdSchema,
  OfficialIdSchema,
  ParliamentIdSchema,
  ReleaseIdSchema,
  idKinds,
  type IdKind,
} from "./ids.js";
export { OtherNameSchema } from "./other-name.js";
export { EvidenceSchema, type Evidence } from "./evidence.js";
export {
  ChamberSchema,
  ParliamentSchema,
  SeatsSchema,
  chamberKinds,
  electoralSystems,
  type Chamber,
  type Parliament,
  type Seats,
} from "./parliament.js";
export {
  OfficialSchema,
  OrganizationSchema,
  PositionSchema,
  roles,
  type Official,
  type Organization,
  type Position,
  type Role,
} from "./official.js";
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
} from "./meeting.js";
export { SourceSchema, type Source } from "./source.js";
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
} from "./release.js";
export { semanticCodes, semanticIssues, type SemanticCode } from "./semantic-rules.js";
export { formatPath, formatPointer, type IssueCode, type ValidationIssue } from "./validation-issue.js";
export {
  ReleaseValidationError,
  parseRelease,
  validateRelease,
  type ValidationResult,
} from "./validate.js";
