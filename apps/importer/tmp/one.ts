import { readFileSync } from "node:fs";
import { importRelease } from "../src/import-release.js";
const r = importRelease({ text: readFileSync(process.argv[2]!, "utf8") }).release;
console.log(JSON.stringify(r.meetings.map(({ evidence, dateEvidence, topics, ...m }) => ({ ...m, participants: m.participants.map((p) => `${p.name}=${p.role}`) }))));
