// The documents the bench measures: the seed release, one with a ~50 KB body, 200 and 1,000 participants.
import { readFileSync } from "node:fs";

const seedPath = new URL("../../../examples/milli-majlis-2021-04-15-gafarova-ashimbayev.release.json", import.meta.url);

export function benchDocuments() {
  const seed = JSON.parse(readFileSync(seedPath, "utf8"));

  // Extra paragraphs after the seed's own (its evidence spans keep pointing at paragraphs 0..6).
  const bigBody = structuredClone(seed);
  const sentence = "The delegations discussed inter-parliamentary co-operation, trade and the work of the friendship groups. ";
  while (JSON.stringify(bigBody).length < 50_000) bigBody.body.push(sentence.repeat(10).trim());

  return [
    { name: "seed release", text: JSON.stringify(seed) },
    { name: "50 KB body", text: JSON.stringify(bigBody) },
    { name: "200 participants", text: JSON.stringify(withParticipants(seed, 200)) },
    // For the scaling check only: the same shape at half and twice the size.
    { name: "100 participants", text: JSON.stringify(withParticipants(seed, 100)) },
    { name: "400 participants", text: JSON.stringify(withParticipants(seed, 400)) },
    // The bar of issue 12: the schema's caps (1,000 officials, 1,000 participants).
    { name: "1,000 participants", text: JSON.stringify(withParticipants(seed, 1000)) },
  ];
}

/** The seed with `count` officials, each a participant of its one meeting. */
function withParticipants(seed, count) {
  const doc = structuredClone(seed);
  const meeting = doc.meetings[0];
  for (let i = 0; doc.officials.length < count; i++) {
    const id = `official:delegate-${i}`;
    doc.officials.push({ id, name: `Delegate Number ${i}`, positions: [{ label: "Member of Parliament", role: "member_of_parliament" }] });
    meeting.participants.push({ official: id, name: `Delegate Number ${i}`, side: i % 2 ? "host" : "guest" });
  }
  return doc;
}
