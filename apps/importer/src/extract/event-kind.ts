import type { MeetingKind } from "@parlwire/schema";
import eventKindsFile from "../../data/event-kinds.json" with { type: "json" };
import { EventKindsFileSchema } from "../knowledge/knowledge-schema.js";

// Event kinds are recognised by their vocabulary (data/event-kinds.json): the first kind, in the
// file's order, one of whose cue phrases the text holds. Each kind is one alternation of
// literal phrases at word boundaries, so matching is linear.

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

const rules = EventKindsFileSchema.parse(eventKindsFile).kinds.map(({ kind, cues }) => ({
  kind,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "iu"),
}));

/** The kind of event a text reports (its first sentence and headline); a phone or video format settles "call". */
export function eventKind(text: string, format: "in_person" | "phone" | "video" | undefined): MeetingKind {
  if (format === "phone") return "call";
  const sample = text.slice(0, 2000);
  for (const { kind, pattern } of rules) if (pattern.test(sample)) return kind;
  return "other";
}
