import { build } from "esbuild";

/**
 * Bundles a TypeScript entry (a CLI or a script) into one ESM file that plain `node` runs, so that
 * black-box tests spawn the real source without paying tsx's start-up on every run.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "silent" });
  return outfile;
}
