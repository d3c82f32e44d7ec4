import { readFileSync } from "node:fs";
import { knowledge } from "../src/knowledge/knowledge.js";
import { readCaptureLayout } from "../src/layout/capture-layout.js";
import { findMentions } from "../src/extract/mentions.js";
import { tokenize } from "../src/extract/tokens.js";
const k = knowledge();
const f = process.argv[2]!;
const layout = readCaptureLayout(readFileSync(f, "utf8"), k, undefined)!;
console.log("TITLE:", layout.title, "| untitled", layout.untitled, "| date", layout.date?.asPrinted, "| dl", layout.datelinePlace);
layout.body.forEach((p, i) => {
  if (process.argv[3] && !process.argv[3].split(",").includes(String(i))) return;
  console.log(`\n[${i}] ${p.slice(0, 300)}`);
  for (const m of findMentions(p, tokenize(p), k)) console.log(`   ${m.kind} "${m.name}" pos=${JSON.stringify(m.positions.map((x) => x.label))}${m.honorific ? " hon=" + m.honorific : ""}${m.ledBody ? " led=" + m.ledBody : ""}`);
});
