import { createRequire } from "node:module";
import { pageCssHash } from "../page-style.js";

/** The CSP source that allows exactly this inline script. */
export function scriptHash(script: string): string {
  // Loaded when first needed: node:crypto costs 30 ms to load, and only two pages run a script.
  const { createHash } = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
}

/**
 * The Content-Security-Policy of a page that runs one inline script: the site's policy with that
 * script allowed by its hash. `loads` adds what the search page needs to run Pagefind from the
 * site's own folder: its modules and worker (`'self'`), its WebAssembly and its index fetches.
 */
export function scriptPagePolicy(script: string, loads = false): string {
  const scripts = loads ? `'self' ${scriptHash(script)} 'wasm-unsafe-eval'` : scriptHash(script);
  const connect = loads ? "; connect-src 'self'; worker-src 'self'" : "";
  return `default-src 'none'; style-src ${pageCssHash}; script-src ${scripts}${connect}; img-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'`;
}

/**
 * Checks that a script can sit between `<script>` and `</script>`: the HTML parser ends a script
 * at `</script` and treats `<!--` specially, so a script holding either is refused, not mangled.
 */
export function inlineScript(script: string): string {
  if (/<\/script|<!--/i.test(script)) throw new Error("inline script contains </script or <!--; escape it at its source");
  return script;
}
