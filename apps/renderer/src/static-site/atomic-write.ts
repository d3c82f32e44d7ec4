import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Writes files under one output folder atomically: each file is written to a temporary name in
 * the same folder and renamed over the target, so a reader never sees half a page. Synchronous
 * on purpose: a site build is one long sequential batch, and sync calls avoid a promise per file.
 */
export class AtomicWriter {
  readonly written = new Set<string>();
  private readonly folders = new Set<string>();
  private counter = 0;

  constructor(readonly root: string) {}

  /** Writes `data` to the site-relative `path` (forward slashes). */
  write(path: string, data: string | Uint8Array): void {
    const temporary = this.temporaryFor(path);
    try {
      writeFileSync(temporary, data);
      renameSync(temporary, join(this.root, path));
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    this.written.add(path);
  }

  /** Writes a file piece by piece (for files too big to build as one string), then renames it into place. */
  async writeWith(path: string, produce: (write: (chunk: string) => void) => Promise<void>): Promise<void> {
    const temporary = this.temporaryFor(path);
    const fd = openSync(temporary, "w");
    let open = true;
    try {
      await produce((chunk) => {
        writeSync(fd, chunk);
      });
      closeSync(fd);
      open = false;
      renameSync(temporary, join(this.root, path));
    } catch (error) {
      if (open) closeSync(fd);
      rmSync(temporary, { force: true });
      throw error;
    }
    this.written.add(path);
  }

  private temporaryFor(path: string): string {
    const target = join(this.root, path);
    const folder = dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    return `${target}.${process.pid}-${this.counter++}.tmp`;
  }
}
