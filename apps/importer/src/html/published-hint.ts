import { DateTimeSchema, LocalDateSchema } from "@parlwire/schema";

// One pass, no nested quantifiers: date, optional time, optional offset.
const machineDate = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?[ ]?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Normalises a machine-readable date from a page (`<time datetime>`, `article:published_time`,
 * JSON-LD `datePublished`) to RFC 3339 with seconds, or to `YYYY-MM-DD` when it has no offset:
 * a time without a zone is ambiguous, so only its date is kept and the source profile decides the zone.
 */
export function publishedHint(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.length > 64) return undefined;
  const match = machineDate.exec(trimmed);
  if (!match) return undefined;
  const [, date, hour, minute, second, fraction, offset] = match;
  if (!LocalDateSchema.safeParse(date).success) return undefined;
  if (hour === undefined || offset === undefined) return date;
  const zone = offset.toUpperCase() === "Z" ? "Z" : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  const dateTime = `${date}T${hour}:${minute}:${second ?? "00"}${fraction ?? ""}${zone}`;
  return DateTimeSchema.safeParse(dateTime).success ? dateTime : date;
}
