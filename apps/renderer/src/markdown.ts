import type { Release } from "@parlwire/schema";
import { formatReducedDate, timeWithZone } from "./dates.js";
import { escapeMarkdown, safeHttpUrl, yamlString } from "./escape.js";
import { capacityOf, countryName, indexRelease } from "./lookup.js";
import { isTruncated, meetingStatusLine, participantPart, truncatedNotice, words } from "./words.js";

/** A link in CommonMark only for http(s) URLs; `<` and `>` never occur in one (see {@link safeHttpUrl}). */
function link(text: string, url: string | undefined): string {
  const safe = safeHttpUrl(url);
  return safe ? `[${escapeMarkdown(text)}](<${safe}>)` : escapeMarkdown(text);
}

/** The release as CommonMark with YAML front matter (id, title, language, category, published...). */
export function renderMarkdown(release: Release): string {
  const index = indexRelease(release);
  const front = [
    "---",
    `id: ${yamlString(release.id)}`,
    `title: ${yamlString(release.title)}`,
    `language: ${yamlString(release.language)}`,
  ];
  if (release.category) front.push(`category: ${yamlString(release.category)}`);
  if (release.published) front.push(`published: ${yamlString(release.published.dateTime ?? release.published.date)}`);
  if (release.publisher?.department) front.push(`department: ${yamlString(release.publisher.department)}`);
  if (release.topics?.length) front.push(`topics: [${release.topics.map(yamlString).join(", ")}]`);
  front.push("---");

  const out = [front.join("\n"), `# ${escapeMarkdown(release.title)}`];
  const published = release.published && [formatReducedDate(release.published.date), timeWithZone(release.published)].filter(Boolean).join(", ");
  const meta = [release.category, published].filter(Boolean) as string[];
  if (meta.length) out.push(`*${meta.map(escapeMarkdown).join(" · ")}*`);
  if (isTruncated(release)) out.push(`> **${escapeMarkdown(truncatedNotice)}**`);

  release.meetings.forEach((meeting, i) => {
    out.push(`## ${release.meetings.length > 1 ? `Meeting ${i + 1}` : "Meeting"}`);
    const facts = meeting.kind ? [`- Kind: ${words.meetingKind[meeting.kind]}`] : [];
    facts.push(`- Status: ${meetingStatusLine(meeting)}`);
    if (meeting.date) {
      facts.push(`- When: ${formatReducedDate(meeting.date)}${meeting.endDate ? ` to ${formatReducedDate(meeting.endDate)}` : ""}`);
    }
    if (meeting.place) {
      const country = meeting.place.country ? ` (${escapeMarkdown(countryName(meeting.place.country))})` : "";
      facts.push(`- Where: ${escapeMarkdown(meeting.place.name)}${country}`);
    }
    if (meeting.occasion) facts.push(`- Occasion: ${escapeMarkdown(meeting.occasion)}`);
    facts.push("- Participants:");
    for (const participant of meeting.participants) {
      const official = index.officials.get(participant.official);
      const capacity = capacityOf(official);
      const part = participantPart(participant);
      facts.push(`  - ${escapeMarkdown(participant.name)}${capacity ? `, ${escapeMarkdown(capacity)}` : ""}${part ? ` (${part})` : ""}`);
    }
    out.push(facts.join("\n"));
  });

  if (release.meetings.length) out.push("## Release");
  for (const paragraph of release.body) {
    const text = escapeMarkdown(paragraph);
    if (text) out.push(text);
  }
  const signature = release.publisher?.signature;
  // Two trailing spaces would be invisible; a backslash is CommonMark's explicit hard line break.
  if (signature?.length) out.push(signature.map(escapeMarkdown).join("\\\n"));
  if (release.boilerplate) out.push(`> ${escapeMarkdown(release.boilerplate.text)}`);
  const sources = release.sources.filter((s) => safeHttpUrl(s.url));
  if (sources.length) out.push(`Source: ${sources.map((s) => link(s.name ?? s.url ?? "source", s.url)).join(", ")}`);
  return `${out.join("\n\n")}\n`;
}
