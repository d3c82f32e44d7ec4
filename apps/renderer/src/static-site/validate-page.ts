import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderPage, type PageContext } from "../page-layout.js";
import { inlineScript, scriptPagePolicy } from "./script-policy.js";

// Found through the package's own root, so it is the same source file whether this module runs
// from src/, from the bundled CLI in dist/, or from a test bundle elsewhere.
const scriptSource = () => join(dirname(createRequire(import.meta.url).resolve("@parlwire/renderer/package.json")), "src/static-site/validate-script.ts");

let bundled: Promise<string> | undefined;

// The script bundled ahead of time, put in by the package build (tsup.config.ts) and the bench's
// bundles with esbuild's `define`, so that a site build does not start esbuild (about 0.4 s of
// every build). Undefined when running from source: then it is bundled here, once per process.
declare const __PARLWIRE_VALIDATE_SCRIPT__: string | undefined;
// Its Content-Security-Policy, worked out with it: hashing it here would load node:crypto (30 ms).
declare const __PARLWIRE_VALIDATE_POLICY__: string | undefined;

/** The constants a bundle of the renderer is built with (esbuild's `define`): the script above and its policy. */
export async function bundleDefines(): Promise<Record<string, string>> {
  const script = await validatePageScript();
  return { __PARLWIRE_VALIDATE_SCRIPT__: JSON.stringify(script), __PARLWIRE_VALIDATE_POLICY__: JSON.stringify(scriptPagePolicy(script)) };
}

/**
 * The validation page's script: validate-script.ts and the precompiled validator
 * (`@parlwire/schema/precompiled`, ajv standalone code: no eval, so it runs under a CSP without
 * 'unsafe-eval') bundled by esbuild into one classic script: at package build time in dist/,
 * else once per process.
 */
export function validatePageScript(): Promise<string> {
  if (typeof __PARLWIRE_VALIDATE_SCRIPT__ === "string") return Promise.resolve(__PARLWIRE_VALIDATE_SCRIPT__);
  bundled ??= (async () => {
    const { build } = await import("esbuild");
    const result = await build({
      entryPoints: [scriptSource()],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      target: "es2020",
      minify: true,
      legalComments: "none",
      charset: "ascii",
      conditions: ["@parlwire/source"],
      logLevel: "silent",
    });
    const output = result.outputFiles[0];
    if (!output) throw new Error("esbuild wrote no validation script");
    return output.text.trimEnd();
  })();
  return bundled;
}

/**
 * `validate.html`: choose, drop or paste release JSON or NDJSON and see each record's verdict
 * and issues, checked in the browser by the precompiled validator. Works from file:// and under
 * a CSP that allows only this page's own inline script: nothing is loaded and nothing uploaded.
 */
export function renderValidatePage(context: PageContext, script: string): string {
  const main = `<h1>Validate release data</h1>
<p>Check parlwire Release JSON against the schema, here in your browser: files are read by this page and never uploaded. A <code>.json</code> file holds one release; a <code>.ndjson</code> or <code>.jsonl</code> file one release per line. Each problem reads <code>line: path: message [code]</code>, as <code>parlwire-validate</code> prints it.</p>
<form id="validate-form" hidden>
<div id="validate-drop" class="drop">
<p><label for="validate-file">Release files</label> <input id="validate-file" type="file" accept=".json,.ndjson,.jsonl,application/json" multiple></p>
<p class="meta">or drop files here</p>
</div>
<p><label for="validate-text">Or paste JSON or NDJSON</label></p>
<p><textarea id="validate-text" rows="8" spellcheck="false"></textarea></p>
<p><label for="validate-kind">Read the pasted text as</label> <select id="validate-kind"><option value="auto">whatever it is</option><option value="json">one JSON document</option><option value="ndjson">NDJSON, one release per line</option></select> <button type="submit">Check pasted text</button></p>
</form>
<p id="validate-status" role="status">This page needs JavaScript to check files.</p>
<div id="validate-results"></div>`;
  return renderPage(context, { title: "Validate release data", main, script: inlineScript(script), contentSecurityPolicy: validatePagePolicy(script) });
}

function validatePagePolicy(script: string): string {
  const bundledScript = typeof __PARLWIRE_VALIDATE_SCRIPT__ === "string" ? __PARLWIRE_VALIDATE_SCRIPT__ : undefined;
  if (typeof __PARLWIRE_VALIDATE_POLICY__ === "string" && script === bundledScript) return __PARLWIRE_VALIDATE_POLICY__;
  return scriptPagePolicy(script);
}
