// Bounded, lazy captures that stop at the first clause boundary; each starts only after a fixed cue.
const asPartOf = /\bas part of ((?:his|her|their|its|the|an?|our)\b[^,.;]{1,150}?)(?= on \d| on the \d| in order\b| where\b| which\b|[,.;]|$)/i;
const sidelines = /\bon the (sidelines|margins) of (the [^.;]{1,200}?)(?=[.;]|,? (?:on \d|where|which)\b|$)/i;
const visitKind = /\b(?:on|pay|pays|paid|make|makes|made) an? ((?:official|working|state|friendly|private|short|[\w-]{1,12}-day) visit)\b/i;
const takePart = /\bto (?:take part in|attend|participate in) (the [^,.;]{1,150}?)(?=[,.;]| on \d| where\b| which\b|$)/i;

/** Why a meeting happened, as written: "her current visit to ...", "the sidelines of ...", "an official visit". */
export function findOccasion(sentence: string): string | undefined {
  const text = sentence.slice(0, 2000);
  let m = asPartOf.exec(text);
  if (m) return m[1]!.trim();
  m = sidelines.exec(text);
  if (m) return `the ${m[1]!.toLowerCase()} of ${m[2]!.trim()}`;
  m = takePart.exec(text);
  if (m) return m[1]!.trim();
  m = visitKind.exec(text);
  if (m) return `${/^[aeiou]/i.test(m[1]!) ? "an" : "a"} ${m[1]!}`;
  return undefined;
}

const topicCue =
  /\b(?:discussed|exchanged (?:views|opinions|thoughts|ideas)(?: (?:on|about|over|regarding))?|talked about|touch(?:ed)? (?:on|upon)|dwelt on|focused on|revolved (?:round|around)|centred on|centered on)\s+([^.;,]{3,160})/gi;
const generic = /^(?:in detail|other|them|it|this|that|these|those|matters of|issues of|the meeting|at the meeting|during)\b|shared interest|mutual interest/i;

/** What was talked about, as written: the objects of "discussed", "exchanged views on", "touched on"... */
export function findTopics(sentences: string[], max = 5): string[] {
  const topics: string[] = [];
  for (const sentence of sentences) {
    const sample = sentence.slice(0, 5000);
    topicCue.lastIndex = 0;
    for (let m = topicCue.exec(sample); m !== null && topics.length < max; m = topicCue.exec(sample)) {
      const topic = m[1]!
        .replace(/^in detail\s+/i, "")
        .replace(/\s+(?:and|with|at|during|in the course)$/i, "")
        .trim();
      if (topic.length >= 3 && !generic.test(topic) && !topics.includes(topic)) topics.push(topic);
    }
    if (topics.length >= max) break;
  }
  return topics;
}
