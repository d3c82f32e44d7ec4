import { readFileSync } from "node:fs";
import { importRelease } from "../src/import-release.js";
const r = importRelease({ text: readFileSync("../../examples/milli-majlis-2021-04-15-gafarova-ashimbayev.txt", "utf8") });
process.stdout.write(JSON.stringify(r.release, null, 2) + "\n");
