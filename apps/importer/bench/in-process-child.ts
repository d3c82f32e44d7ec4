// The bench's fresh-process baseline: the CLI's per-record work (import, precompiled validation,
// JSON, the SHA-256 the release records) without reading, decoding or writing, over the records of
// an NDJSON file, timed in a process that has run nothing else: its JIT warms up on these records
// exactly as the CLI's does. Built with the app's tsup config by bench/run.ts; prints CPU microseconds.
import { readFileSync } from "node:fs";
import { validateRelease } from "@parlwire/schema/precompiled";
import { importRelease } from "../src/import-release.js";
import { toImportInput } from "../src/io/run-import.js";
import { sha256 } from "../src/io/sha256.js";

const [file] = process.argv.slice(2);
const records = readFileSync(file!, "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line) as { url: string; text?: string; html?: string });
const start = process.cpuUsage();
for (const r of records) {
  const content = r.text ?? r.html!;
  const input = toImportInput({ input: file!, kind: r.text === undefined ? "html" : "text", content, url: r.url, sha256: sha256(content), notes: [] }, "auto");
  const { release } = importRelease(input);
  if (!validateRelease(release).ok) throw new Error("invalid release in bench");
  JSON.stringify(release);
}
const used = process.cpuUsage(start);
process.stdout.write(String(used.user + used.system));
