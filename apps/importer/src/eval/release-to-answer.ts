import type { Release } from "@parlwire/schema";
import type { Answer, AnswerParticipant } from "./answer.js";

/**
 * Maps a Release onto the corpus answer format, so an import (or a hand-written Release JSON such
 * as the seed's example) can be scored field by field. Participants are the union over meetings;
 * meeting date and place come from the first meeting; a video meeting without a place is "online".
 */
export function releaseToAnswer(release: Release): Answer {
  const officials = new Map(release.officials.map((o) => [o.id, o]));
  const participants: AnswerParticipant[] = [];
  const seen = new Set<string>();
  for (const meeting of release.meetings) {
    for (const participant of meeting.participants) {
      if (seen.has(participant.official)) continue;
      seen.add(participant.official);
      const official = officials.get(participant.official);
      const labels = official?.positions?.map((p) => p.label) ?? [];
      const code = official?.positions?.find((p) => p.country)?.country;
      participants.push({
        name: official?.name ?? participant.name,
        position: labels.length > 0 ? labels.join("; ") : null,
        // The ISO code itself: names differ between libraries ("UK", "United Kingdom"), codes do not.
        country: code ?? null,
      });
    }
  }
  const first = release.meetings[0];
  const published = release.published;
  return {
    source_url: release.sources[0]?.url ?? null,
    title: release.titleDerived ? null : release.title,
    published: published ? (published.localDateTime?.slice(0, 16) ?? published.dateTime?.slice(0, 16) ?? published.date) : null,
    category: release.category ?? null,
    department: release.publisher?.signature?.join(" / ") ?? null,
    participants,
    meeting_date: first?.date ? (first.endDate ? `${first.date}/${first.endDate}` : first.date) : null,
    place: first?.place?.name ?? (first?.format === "video" ? "online" : null),
    complete_text: !release.sources.some((s) => s.truncated),
  };
}
