// The baseline for the NDJSON bar: parlwire-validate's loop before the precompiled fast path (as of
// commit 9a7ca71): UTF-8 lines from a stream, JSON.parse, then zod's validateRelease on every record.
// node bench/zod-only-validate.mjs FILE.ndjson → prints "<records> <invalid>".
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { validateRelease } from "../dist/index.js";

let records = 0;
let invalid = 0;
const lines = createInterface({ input: createReadStream(process.argv[2], { encoding: "utf8" }), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === "") continue;
  records++;
  let ok = false;
  try {
    ok = validateRelease(JSON.parse(line)).ok;
  } catch {}
  if (!ok) invalid++;
}
process.stdout.write(`${records} ${invalid}\n`);
