import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const preload = fileURLToPath(new URL("./cpu-at-exit.mjs", import.meta.url));

/** The built binaries, as `npm run build` leaves them. */
export const clis = {
  "parlwire-import": join(root, "apps/importer/dist/cli.js"),
  "parlwire-validate": join(root, "packages/schema/dist/cli.js"),
  "parlwire-schema": join(root, "packages/schema/dist/compat-cli.js"),
  "parlwire-render": join(root, "apps/renderer/dist/cli.js"),
} as const;

export type CliName = keyof typeof clis;

/** One run of a CLI: its arguments, and a file to give it as standard input. */
export interface Invocation {
  args: string[];
  stdin?: string;
}

export interface RunResult {
  /** CPU milliseconds the process used after Node's own start-up. */
  cpuMs: number;
  code: number | null;
  timedOut: boolean;
}

/** Runs a built CLI with output discarded, killing it after `timeoutMs`. */
export function runCli(cli: CliName, run: Invocation, dir: string, timeoutMs: number): Promise<RunResult> {
  const cpuFile = join(dir, "cpu.txt");
  rmSync(cpuFile, { force: true });
  const stdin = run.stdin ? openSync(run.stdin, "r") : "ignore";
  const child = spawn(process.execPath, ["--import", preload, clis[cli], ...run.args], {
    cwd: dir,
    env: { ...process.env, PARLWIRE_CPU_FILE: cpuFile, NO_COLOR: "1" },
    stdio: [stdin, "ignore", "ignore"],
  });
  if (typeof stdin === "number") closeSync(stdin);
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      let cpuMs = Number.NaN;
      try {
        cpuMs = Number(readFileSync(cpuFile, "utf8")) / 1000;
      } catch {
        // Killed: no figure.
      }
      resolve({ cpuMs, code, timedOut });
    });
  });
}
