import { readdirSync, readFileSync } from "node:fs";

/** Peak resident memory (VmHWM) of this process's Pagefind service child, read from /proc while it still runs. */
export function pagefindPeakRss(): number | undefined {
  try {
    for (const task of readdirSync("/proc/self/task")) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) {
        if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind")) continue;
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        if (match) return Number(match[1]) * 1024;
      }
    }
  } catch {
    // Not Linux, or the child is gone: no figure.
  }
  return undefined;
}
