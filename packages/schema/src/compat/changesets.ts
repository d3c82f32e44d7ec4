import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export type Bump = "major" | "minor" | "patch" | "none";

/** A pending changeset file and the bumps its front matter asks for. */
export interface Changeset {
  file: string;
  bumps: Map<string, Bump>;
}

/** Reads the pending changesets of a `.changeset` directory (every `*.md` but README.md). */
export async function readChangesets(dir: string): Promise<Changeset[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const changesets: Changeset[] = [];
  for (const name of names.filter((n) => n.endsWith(".md") && n.toLowerCase() !== "readme.md").sort()) {
    const file = join(dir, name);
    changesets.push({ file, bumps: parseFrontMatter(await readFile(file, "utf8"), file) });
  }
  return changesets;
}

/**
 * Parses a changeset's front matter, a YAML map of package name to bump:
 * `---\n"@parlwire/schema": major\n---`. Quoted or bare names; anything else is an error naming the line.
 */
export function parseFrontMatter(text: string, file = "changeset"): Map<string, Bump> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const bumps = new Map<string, Bump>();
  if (lines[0]?.trim() !== "---") return bumps;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "---") return bumps;
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const match = /^\s*(?:"([^"]+)"|'([^']+)'|([^\s:"']+))\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (!match) throw new Error(`${file}:${i + 1}: expected '"<package>": major|minor|patch', found ${JSON.stringify(line)}`);
    bumps.set((match[1] ?? match[2] ?? match[3]) as string, match[4] as Bump);
  }
  throw new Error(`${file}: front matter opened with --- but never closed`);
}
