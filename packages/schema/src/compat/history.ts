import { readdir } from "node:fs/promises";

const semverPattern = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

/** Compares two semver strings (build metadata not supported); prereleases sort before their release. */
export function compareVersions(a: string, b: string): number {
  const x = semverPattern.exec(a);
  const y = semverPattern.exec(b);
  if (!x || !y) throw new Error(`expected semver versions, found ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  if (x[4] === y[4]) return 0;
  if (x[4] === undefined) return 1;
  if (y[4] === undefined) return -1;
  return x[4] < y[4] ? -1 : 1;
}

/** The released versions kept in a history directory, oldest first; non-version entries are ignored. */
export async function historyVersions(historyDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(historyDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((e) => e.isDirectory() && semverPattern.test(e.name))
    .map((e) => e.name)
    .sort(compareVersions);
}
