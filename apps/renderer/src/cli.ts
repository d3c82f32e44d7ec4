#!/usr/bin/env node
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import type { Release } from "@parlwire/schema";
import { renderHtmlPage } from "./html-page.js";
import { renderJsonLd } from "./jsonld.js";
import { renderMarkdown } from "./markdown.js";
import { PopoloBuilder } from "./popolo.js";
import { renderTextLayout } from "./text-layout.js";
import { buildSite, placeholderBaseUrl } from "./static-site/build-site.js";
import { formatInputIssue, readReleases } from "./static-site/inputs.js";
import { jsonText, safeHttpUrl } from "./escape.js";
import packageJson from "../package.json" with { type: "json" };

const usage = `Usage: parlwire-render <command> [options]

Renders validated parlwire Release JSON.

Commands:
  html FILE       one release as an HTML page (JSON-LD embedded), to stdout
  jsonld FILE     one release as schema.org JSON-LD, to stdout
  md FILE         one release as CommonMark with front matter, to stdout
  text FILE       one release in the plain-text capture layout, to stdout
  popolo INPUT... persons, organisations, memberships and events as Popolo JSON, to stdout
  site INPUT... --out DIR
                  a static site: index, release, official and parliament pages,
                  browse pages by year and meeting kind, search (Pagefind),
                  a validation page, Atom/RSS/JSON feeds, Popolo JSON and sitemap.xml

INPUT is a Release JSON file, an NDJSON file (.ndjson/.jsonl, one release per line) or a
folder of them. Invalid releases are reported as file:line: path: message and skipped.

Options:
  --out DIR          output folder for "site"
  --base-url URL     the http(s) address the site will be served from; feeds and
                     sitemap.xml need absolute links (default ${placeholderBaseUrl})
  --title TEXT       the site's name (default "parlwire")
  --lang TAG         the language of the site's own words, a BCP 47 tag (default "en")
  --no-search        build no search index (search.html then says so)
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 success, 1 some input was invalid, 2 usage error.`;

const singleFormats: Record<string, (release: Release) => string> = {
  html: (r) => renderHtmlPage(r),
  jsonld: (r) => `${jsonText(renderJsonLd(r), 2)}\n`,
  md: renderMarkdown,
  text: renderTextLayout,
};

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        "base-url": { type: "string" },
        title: { type: "string" },
        lang: { type: "string" },
        "no-search": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) return print(`${usage}\n`, 0);
  if (values.version) return print(`${packageJson.version}\n`, 0);
  const [command, ...inputs] = positionals;
  if (!command) return usageError("expected a command: html, jsonld, md, text, popolo or site");
  if (inputs.length === 0) return usageError(`expected at least one input after "${command}"`);

  const format = singleFormats[command];
  if (format) {
    if (inputs.length !== 1) return usageError(`"${command}" renders one release; found ${inputs.length} inputs`);
    const releases = await collect(inputs);
    if (!releases) return 1;
    if (releases.length !== 1) return usageError(`"${command}" renders one release; ${inputs[0]} holds ${releases.length}`);
    process.stdout.write(format(releases[0] as Release));
    return 0;
  }
  if (command === "popolo") {
    // Merged release by release: only the Popolo objects are kept, never the releases.
    const popolo = new PopoloBuilder(values["base-url"] !== undefined && safeHttpUrl(values["base-url"]) ? { baseUrl: values["base-url"].endsWith("/") ? values["base-url"] : `${values["base-url"]}/` } : {});
    let invalid = false;
    for await (const record of readReleases(inputs)) {
      if (record.ok) popolo.add(record.release);
      else {
        invalid = true;
        for (const issue of record.issues) process.stderr.write(`${formatInputIssue(issue)}\n`);
      }
    }
    process.stdout.write(`${jsonText(popolo.build(), 2)}\n`);
    return invalid ? 1 : 0;
  }
  if (command === "site") {
    if (!values.out) return usageError('"site" needs --out DIR');
    const baseUrl = values["base-url"];
    if (baseUrl !== undefined && !safeHttpUrl(baseUrl)) return usageError(`--base-url must be an http(s) URL, found ${JSON.stringify(baseUrl)}`);
    if (baseUrl === undefined) {
      process.stderr.write(`parlwire-render: no --base-url: feeds and sitemap.xml link to ${placeholderBaseUrl}\n`);
    }
    const lang = values.lang;
    if (lang !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang)) return usageError(`--lang must be a BCP 47 language tag like "en" or "az-Latn", found ${JSON.stringify(lang)}`);
    // This process is one batch of a few seconds. With V8's default tier-up budget its optimising
    // compiler, on the second core, cost more CPU than its code saved, and the second core is
    // where release pages are rendered (see the renderer README, "Against Eleventy and Hugo").
    setFlagsFromString("--interrupt-budget=1000000");
    let invalid = 0;
    const summary = await buildSite(inputs, {
      ...(lang ? { lang } : {}),
      out: values.out,
      baseUrl: baseUrl === undefined ? undefined : baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`,
      siteTitle: values.title,
      search: !values["no-search"],
      onIssue: (issue) => {
        invalid++;
        process.stderr.write(`${formatInputIssue(issue)}\n`);
      },
    });
    const index = resolve(values.out, "index.html");
    process.stdout.write(
      `${summary.releases} release${summary.releases === 1 ? "" : "s"} rendered, ${summary.skipped} skipped; ` +
        `${summary.officials} officials, ${summary.parliaments} parliaments, ${summary.files} files\n` +
        `open ${pathToFileURL(index).href}\n`,
    );
    return invalid > 0 ? 1 : 0;
  }
  return usageError(`unknown command "${command}"`);
}

// Reads and validates the inputs of a one-release command; reports problems; undefined if any was invalid.
async function collect(inputs: string[]): Promise<Release[] | undefined> {
  const releases: Release[] = [];
  let invalid = false;
  for await (const record of readReleases(inputs)) {
    if (record.ok) releases.push(record.release);
    else {
      invalid = true;
      for (const issue of record.issues) process.stderr.write(`${formatInputIssue(issue)}\n`);
    }
  }
  return invalid ? undefined : releases;
}

function usageError(message: string): number {
  process.stderr.write(`parlwire-render: ${message}\n\n${usage}\n`);
  return 2;
}

function print(text: string, code: number): number {
  process.stdout.write(text);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? `cannot read ${(error as NodeJS.ErrnoException).path}: no such file` : error instanceof Error ? error.message : String(error);
    process.stderr.write(`parlwire-render: ${message}\n`);
    process.exitCode = 2;
  },
);
