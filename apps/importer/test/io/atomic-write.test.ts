import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AtomicFile, removeStaleTemps, tempSuffix, writeFileAtomic } from "../../src/io/atomic-write.js";

const dir = () => mkdtempSync(join(tmpdir(), "parlwire-atomic-"));

describe("writeFileAtomic", () => {
  it("writes a new file and replaces an old one, leaving no temporary file", () => {
    const root = dir();
    const path = join(root, "r.json");
    writeFileAtomic(path, "first\n");
    writeFileAtomic(path, "second\n");
    expect(readFileSync(path, "utf8")).toBe("second\n");
    expect(readdirSync(root)).toEqual(["r.json"]);
  });

  it("fails cleanly when the folder does not exist", () => {
    expect(() => writeFileAtomic(join(dir(), "no", "r.json"), "x")).toThrow(/ENOENT/);
  });
});

describe("AtomicFile", () => {
  it("publishes only on finish, and abort leaves the old file untouched", () => {
    const root = dir();
    const path = join(root, "report.json");
    writeFileSync(path, "old");
    const file = new AtomicFile(path);
    file.write("new ");
    expect(readFileSync(path, "utf8")).toBe("old");
    file.abort();
    expect(readdirSync(root)).toEqual(["report.json"]);
    const again = new AtomicFile(path);
    again.write("new");
    again.finish();
    expect(readFileSync(path, "utf8")).toBe("new");
  });
});

describe("removeStaleTemps", () => {
  it("removes temporary files of dead processes only", () => {
    const root = dir();
    // A pid that certainly exited: a child we ran to completion.
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const stale = `.r.json.${dead}.0${tempSuffix}`;
    const live = `.r.json.${process.pid}.0${tempSuffix}`;
    for (const name of [stale, live, "r.json", `.other.${dead}.tmp`]) writeFileSync(join(root, name), "x");
    expect(removeStaleTemps(root)).toBe(1);
    expect(existsSync(join(root, stale))).toBe(false);
    expect(readdirSync(root).sort()).toEqual([live, `.other.${dead}.tmp`, "r.json"].sort());
  });
});
