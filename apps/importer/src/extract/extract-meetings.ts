import type { Meeting, Official } from "@parlwire/schema";
import type { Knowledge } from "../knowledge/knowledge.js";

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
  /** Country of the publishing parliament: MPs named without a country represent it. */
  hostCountry?: string;
  datelinePlace?: string;
}

/** Meetings, the officials taking part in or named by them, and the parliaments their positions refer to. */
export function extractMeetings(_ctx: MeetingContext): { meetings: Meeting[]; officials: Official[]; parliaments: string[] } {
  return { meetings: [], officials: [], parliaments: [] };
}
