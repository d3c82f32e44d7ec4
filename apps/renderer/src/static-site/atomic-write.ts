import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The hidden folder inside the output folder that holds this tool's temporary files, one subfolder per process. */
export const temporaryFolderName = ".parlwire-tmp";

/** What a new output folder is called while it is built, beside where it will be: `<root>.parlwire-new-<pid>`. */
export const stagingMarker = ".parlwire-new-";

/**
 * Writes files under one output folder atomically. Into a folder that exists, each file is written
 * to a temporary file in `<root>/.parlwire-tmp/<pid>/` and renamed over the target, so a reader
 * never sees half a page and no temporary name ever appears among the published files. With
 * `wholeNewFolder`, a folder that does not exist yet is built whole beside it, as `<root>.parlwire-new-<pid>`, its files
 * written in place, and renamed to `<root>` by {@link publish}: the site appears all at once, and
 * a file costs one system call less to create and none to rename (on this machine's disk that was
 * a sixth of a 1,000-release build). Temporary folders and new folders left by a killed run (their
 * process is gone) are removed when the next writer starts.
 *
 * Symbolic links inside the root are never followed: a folder on the way to a file that is a
 * link is an error, and a link at the target itself is replaced by the rename, not written through.
 * Synchronous on purpose: a site build is one long sequential batch.
 */
export class AtomicWriter {
  readonly written = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly temporary: string;
  private counter = 0;
  // The root with one trailing separator: file names are built by concatenation, as path.join
  // (which normalises the whole string) cost a site build 30 ms per 1,000 releases.
  private readonly prefix: string;
  // Where files go now: the root, or the new folder beside it that publish() renames to the root.
  private readonly base: string;
  private readonly staging: boolean;
  private published = false;

  constructor(
    readonly root: string,
    options: { wholeNewFolder?: boolean } = {},
  ) {
    this.staging = options.wholeNewFolder === true && !pathExists(root);
    if (this.staging) {
      const parent = dirname(join(root, "."));
      mkdirSync(parent, { recursive: true });
      const name = basename(join(root, "."));
      removeAbandonedNewFolders(parent, name);
      this.base = join(parent, `${name}${stagingMarker}${process.pid}`);
      rmSync(this.base, { recursive: true, force: true });
      mkdirSync(this.base);
    } else {
      mkdirSync(root, { recursive: true });
      this.base = root;
    }
    const shared = join(this.base, temporaryFolderName);
    removeAbandoned(shared);
    mkdirSync(join(shared, String(process.pid)), { recursive: true });
    this.temporary = join(shared, String(process.pid));
    this.prefix = join(this.base, "/");
  }

  /** Writes `data` to the site-relative `path` (forward slashes). */
  write(path: string, data: string | Uint8Array): void {
    const target = this.reserve(path);
    try {
      writeFileAtomically(this.temporaryFor(), target, data);
    } catch (error) {
      this.written.delete(path);
      throw error;
    }
  }

  /**
   * Writes a file piece by piece (for files too big to build as one string), then renames it into
   * place (see {@link writeFileInPieces}).
   */
  async writeWith(path: string, produce: (write: (chunk: string | Uint8Array) => void) => Promise<void> | void): Promise<void> {
    const target = this.reserve(path);
    try {
      await writeFileInPieces(this.temporaryFor(), target, produce);
    } catch (error) {
      this.written.delete(path);
      throw error;
    }
  }

  /**
   * Claims the site-relative `path` and returns its absolute target, its folders checked and made
   * as for {@link write}: for a file written by another thread, with {@link writeFileAtomically}
   * or {@link writeFileInPieces} and the temporary name {@link temporaryFor} gives.
   */
  reserve(path: string): string {
    const target = this.target(path);
    this.claim(path);
    return target;
  }

  /** Moves a finished file from this process's temporary folder to the site-relative `path` (one rename). */
  moveIn(path: string, file: string): void {
    const target = this.target(path);
    this.claim(path);
    renameSync(file, target);
  }

  // Each file once per build: a second write to the same path means two pages share a file name
  // (one would silently replace the other, as `official:index` once replaced the officials list).
  private claim(path: string): void {
    if (this.written.has(path)) throw new Error(`refusing to write ${path} in ${this.root} twice in one build: two outputs share that file name`);
    this.written.add(path);
  }

  /**
   * The temporary name to write a file under before renaming it into place; none when the folder is
   * new (not yet published: its files are written in place).
   */
  temporaryFor(): string | undefined {
    return this.staging ? undefined : this.scratchPath();
  }

  /**
   * Ends a build that succeeded: a new folder is renamed to the root, so the whole site appears at
   * once (nothing to do for a folder that existed). Its temporary folder goes first.
   */
  publish(): void {
    if (!this.staging || this.published) return;
    rmSync(join(this.base, temporaryFolderName), { recursive: true, force: true });
    try {
      renameSync(this.base, this.root);
    } catch (error) {
      throw new Error(`cannot move the finished site from ${this.base} to ${this.root}: ${(error as Error).message}`);
    }
    this.published = true;
  }

  /** A fresh file name in this process's temporary folder, for scratch data; removed by {@link close}. */
  scratchPath(): string {
    return `${this.temporary}/${this.counter++}.tmp`;
  }

  /**
   * Removes this process's temporary folder (and the shared one when it is empty); a new folder
   * that was not published (the build failed) is removed whole.
   */
  close(): void {
    if (this.staging && !this.published) {
      rmSync(this.base, { recursive: true, force: true });
      return;
    }
    if (this.published) return;
    rmSync(this.temporary, { recursive: true, force: true });
    try {
      rmdirSync(join(this.base, temporaryFolderName));
    } catch {
      // Another process is still writing into it, or it is already gone.
    }
  }

  // The absolute target of a site-relative path, after checking that every folder on the way is
  // a real folder inside the root (created when missing), never a symbolic link.
  private target(path: string): string {
    const segments = path.split("/");
    let folder = "";
    for (const segment of segments.slice(0, -1)) {
      folder = folder ? `${folder}/${segment}` : segment;
      if (this.folders.has(folder)) continue;
      const absolute = this.prefix + folder;
      let info;
      try {
        info = lstatSync(absolute);
      } catch {
        mkdirSync(absolute);
        info = lstatSync(absolute);
      }
      if (info.isSymbolicLink() || !info.isDirectory()) {
        throw new Error(
          `refusing to write ${path} in ${this.root}: ${folder} is ${info.isSymbolicLink() ? "a symbolic link" : "not a folder"}; expected a real folder (remove it and build again)`,
        );
      }
      this.folders.add(folder);
    }
    return this.prefix + path;
  }
}

/**
 * Writes `data` to the fresh file `temporary` and renames it over `target`, so a reader never sees
 * half a file. "wx": the temporary file is never opened if it exists, so never written through a
 * link planted at its name; a link at the target is replaced by the rename, not written through.
 * Without a temporary name (a new folder nobody reads yet) the target is written in place, "wx" too.
 */
export function writeFileAtomically(temporary: string | undefined, target: string, data: string | Uint8Array): void {
  if (temporary === undefined) {
    writeFileSync(target, data, { flag: "wx" });
    return;
  }
  try {
    writeFileSync(temporary, data, { flag: "wx" });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * As {@link writeFileAtomically}, for a file produced piece by piece: strings are gathered into
 * 64 KiB writes; a byte chunk is written at once (so its buffer may be reused as soon as `write`
 * returns).
 */
export async function writeFileInPieces(temporary: string | undefined, target: string, produce: (write: (chunk: string | Uint8Array) => void) => Promise<void> | void): Promise<void> {
  const fd = openSync(temporary ?? target, "wx");
  let open = true;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pending.length) writeFileSync(fd, pending.join(""));
    pending = [];
    pendingLength = 0;
  };
  try {
    await produce((chunk) => {
      if (typeof chunk !== "string") {
        flush();
        writeFileSync(fd, chunk);
        return;
      }
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= 65_536) flush();
    });
    flush();
    closeSync(fd);
    open = false;
    if (temporary !== undefined) renameSync(temporary, target);
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temporary ?? target, { force: true });
    throw error;
  }
}

// Removes the temporary folders of processes that no longer run (a killed build); a link or file
// in place of the folder is removed itself, never followed.
function removeAbandoned(base: string): void {
  let info;
  try {
    info = lstatSync(base);
  } catch {
    return;
  }
  if (!info.isDirectory()) {
    rmSync(base, { force: true });
    return;
  }
  for (const name of readdirSync(base)) {
    const pid = /^\d+$/.test(name) ? Number(name) : undefined;
    if (pid !== undefined && pid !== process.pid && isRunning(pid)) continue;
    rmSync(join(base, name), { recursive: true, force: true });
  }
}

// Removes the new folders `<name>.parlwire-new-<pid>` in `parent` of processes that no longer run
// (a killed build of a new site); nothing else in `parent` is touched, and links are not followed.
function removeAbandonedNewFolders(parent: string, name: string): void {
  const prefix = `${name}${stagingMarker}`;
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = entry.slice(prefix.length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

// True when something (a folder, a file, a link, even a dangling one) is at `path`.
function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
