import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateRelease } from "@parlwire/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { appDir, builtCli, runCli } from "./built-cli.js";

const capture = readFileSync(join(appDir, "test", "fixtures", "io", "speaker-meets-delegation.txt"), "utf8");

/** An NDJSON batch of `n` distinct releases (titles that differ early give distinct ids). */
function batch(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "parlwire-kill-in-"));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ text: capture.replace("Speaker of Testland", `Release ${i}: Speaker of Testland`) }));
  const path = join(dir, "batch.ndjson");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** Starts the CLI, waits until `ready` says enough is done, kills it with `signal`, resolves on exit. */
function runAndKill(args: string[], signal: NodeJS.Signals, ready: () => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [builtCli(), ...args], { stdio: "ignore" });
    const timer = setInterval(() => {
      if (ready()) {
        clearInterval(timer);
        child.kill(signal);
      }
    }, 5);
    child.on("error", reject);
    child.on("exit", (code, sig) => {
      clearInterval(timer);
      resolve({ code, signal: sig });
    });
  });
}

function checkOutFolder(out: string): { json: number; temps: string[] } {
  let json = 0;
  const temps: string[] = [];
  for (const name of readdirSync(out)) {
    if (name.endsWith(".json")) {
      // Every file under its final name is whole and valid.
      expect(validateRelease(JSON.parse(readFileSync(join(out, name), "utf8"))).ok).toBe(true);
      json++;
    } else {
      // Anything else can only be a hidden temporary file of the killed run.
      expect(name).toMatch(/^\..+\.\d+\.\d+\.parlwire-tmp$/);
      temps.push(name);
    }
  }
  return { json, temps };
}

beforeAll(() => {
  builtCli();
});

describe("a run killed midway", () => {
  it("leaves only whole, valid release files (SIGKILL), and the next run clears stale temporary files", async () => {
    const input = batch(3000);
    const out = mkdtempSync(join(tmpdir(), "parlwire-kill-out-"));
    const killed = await runAndKill([input, "--out", out, "--no-progress"], "SIGKILL", () => readdirSync(out).length >= 40);
    expect(killed.signal).toBe("SIGKILL");
    const after = checkOutFolder(out);
    expect(after.json).toBeGreaterThanOrEqual(39);
    expect(after.json).toBeLessThan(3000);
    expect(after.temps.length).toBeLessThanOrEqual(1);

    const rerun = await runCli([join(appDir, "test", "fixtures", "io", "speaker-meets-delegation.txt"), "--out", out]);
    expect(rerun.code).toBe(0);
    expect(checkOutFolder(out).temps).toEqual([]);
  });

  it("on SIGTERM leaves no report or temporary file behind", async () => {
    const input = batch(3000);
    const out = mkdtempSync(join(tmpdir(), "parlwire-term-out-"));
    const reportDir = mkdtempSync(join(tmpdir(), "parlwire-term-report-"));
    const killed = await runAndKill([input, "--out", out, "--report", join(reportDir, "report.json")], "SIGTERM", () => readdirSync(out).length >= 40);
    expect(killed.code).toBe(143);
    expect(readdirSync(reportDir)).toEqual([]);
    expect(checkOutFolder(out).temps).toEqual([]);
  });
});
