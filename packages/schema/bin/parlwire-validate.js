#!/usr/bin/env node
// npm links bins when it installs, which on a fresh clone comes before `npm run build` makes dist/.
// This committed file always exists, so the bin is always linked; it says what to do without a build.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write("parlwire-validate: the package is not built (dist/cli.js is missing); run `npm run build` first\n");
  process.exit(2);
}
await import(cli.href);
