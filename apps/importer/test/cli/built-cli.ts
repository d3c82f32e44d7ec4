import { execFileSync, spawn, type SpawnOptions } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const appDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// Built apart from dist/ so test runs never clean away entries another process is using.
const outDir = join(appDir, "test-output", "cli-dist");
const cliPath = join(outDir, "cli.js");
const lockDir = join(appDir, "test-output", "cli-dist.lock");

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The real CLI, built with the app's tsup config from the current sources (rebuilt whenever a
 * source, data file or package.json is newer than the build), so tests never run a stale binary.
 */
export function builtCli(): string {
  mkdirSync(dirname(lockDir), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // Another test file is building; a lock older than 30 s is left over from a killed run (a build takes a few seconds).
      if (waited > 60_000 || Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 30_000) rmSync(lockDir, { recursive: true, force: true });
      sleep(100);
    }
  }
  try {
    const sources = Math.max(newest(join(appDir, "src")), newest(join(appDir, "data")), newest(join(appDir, "package.json")), newest(join(appDir, "tsup.config.ts")));
    let built = 0;
    try {
      built = statSync(cliPath).mtimeMs;
    } catch {
      // not built yet
    }
    if (built < sources) {
      execFileSync("npx", ["tsup", "--entry.cli", "src/cli.ts", "--out-dir", outDir, "--no-dts"], { cwd: appDir, stdio: "pipe" });
    }
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
  return cliPath;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to completion with `args`, feeding `stdin` if given. */
export function runCli(args: string[], options: { stdin?: string | Buffer; cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const spawnOptions: SpawnOptions = { cwd: options.cwd ?? appDir, stdio: ["pipe", "pipe", "pipe"], timeout: options.timeoutMs ?? 60_000, killSignal: "SIGKILL" };
    const child = spawn(process.execPath, [builtCli(), ...args], spawnOptions) as ReturnType<typeof spawn> & {
      stdout: NodeJS.ReadableStream;
      stderr: NodeJS.ReadableStream;
      stdin: NodeJS.WritableStream;
    };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => {
      // The CLI may exit (usage error) before reading its input.
    });
    child.stdin.end(options.stdin ?? "");
  });
}
