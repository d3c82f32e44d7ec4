import { readFileSync, readdirSync } from "node:fs";
import { importRelease } from "../src/import-release.js";
const dir = process.argv[2]!;
for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
  const exp = JSON.parse(readFileSync(`${dir}/${f.replace(".txt", ".expected.json")}`, "utf8"));
  const r = importRelease({ text: readFileSync(`${dir}/${f}`, "utf8"), url: exp.source_url }).release;
  console.log(f.slice(0, 45).padEnd(46), r.meetings.map((m) => `${m.kind}/${m.status}: ${m.participants.map((p) => `${p.name.split(" ").pop()}=${p.role}`).join(", ")}`).join(" || "));
}
