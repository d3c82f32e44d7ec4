import type { Knowledge } from "../knowledge/knowledge.js";

/**
 * The knowledge as it would be had `publisher` never been seen: without its source profiles
 * (time zone, language, parliament, markers) and without the known officials of the parliament
 * those profiles publish for. Scoring a publisher's releases with it shows which results rest on
 * data written for that site rather than on general rules.
 */
export function withoutPublisher(k: Knowledge, publisher: string): Knowledge {
  const own = k.sources.filter((s) => s.hosts.some((h) => h.replace(/^www\./, "") === publisher || publisher.endsWith(`.${h}`)));
  if (own.length === 0) return k;
  const countries = new Set(own.map((s) => (s.parliament ? k.parliamentById.get(s.parliament)?.country : undefined)).filter((c) => c !== undefined));
  const officialsByName = new Map([...k.officialsByName].filter(([, official]) => !countries.has(official.country ?? "")));
  return { ...k, sources: k.sources.filter((s) => !own.includes(s)), officialsByName };
}

