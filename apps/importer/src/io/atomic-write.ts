import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Suffix of every temporary file the importer writes; nothing else ends with it. */
export const tempSuffix = ".parlwire-tmp";
const tempPattern = /^\..+\.(\d+)\.\d+\.parlwire-tmp$/;
let counter = 0;

/** A hidden temporary name next to `path`, carrying this process's id so a later run can tell it is stale. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}${tempSuffix}`);
}

/**
 * Writes `data` to `path` atomically: into a temporary file in the same folder, then renamed
 * over `path`. A reader (or a run killed midway) sees the old file or the whole new one, never
 * part of one. Not fsynced: this guards against a killed process, not a power cut.
 */
export function writeFileAtomic(path: string, data: string): void {
  const temp = tempPathFor(path);
  const fd = openSync(temp, "wx", 0o644);
  try {
    writeSync(fd, data);
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    removeQuietly(temp);
    throw error;
  }
}

/** A file written in pieces and published atomically by {@link finish}, or removed by {@link abort}. */
export class AtomicFile {
  readonly path: string;
  readonly temp: string;
  private fd: number | undefined;

  constructor(path: string) {
    this.path = path;
    this.temp = tempPathFor(path);
    this.fd = openSync(this.temp, "wx", 0o644);
  }

  write(data: string): void {
    if (this.fd === undefined) throw new Error(`${this.path}: already finished`);
    writeSync(this.fd, data);
  }

  /** Flushes and renames the temporary file over the target. */
  finish(): void {
    if (this.fd === undefined) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
    renameSync(this.temp, this.path);
  }

  /** Drops the temporary file; the target is left as it was. */
  abort(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
    removeQuietly(this.temp);
  }
}

/**
 * Removes temporary files left in `dir` by importer runs that were killed (their process is gone).
 * Returns how many were removed. Files of live processes and all other files are left alone.
 */
export function removeStaleTemps(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = tempPattern.exec(name);
    if (!match || isAlive(Number(match[1]))) continue;
    if (removeQuietly(join(dir, name))) removed++;
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}
