import { join } from "node:path";
import type { Release } from "@parlwire/schema";
import { writeFileAtomic } from "./atomic-write.js";

/** Where validated releases go. */
export interface ReleaseSink {
  /** Writes one release; returns the file written, if any. Resolves when it is safe to write more. */
  write(release: Release): Promise<string | undefined> | string | undefined;
}

/** The file name a release is written to: its id without the `release:` prefix, so a re-import replaces it. */
export function releaseFileName(id: string): string {
  return `${id.startsWith("release:") ? id.slice("release:".length) : id}.json`;
}

/** One pretty-printed JSON file per release in `dir`, each written atomically. */
export function directorySink(dir: string): ReleaseSink {
  return {
    write(release) {
      const path = join(dir, releaseFileName(release.id));
      writeFileAtomic(path, `${JSON.stringify(release, null, 2)}\n`);
      return path;
    },
  };
}

/** One compact JSON line per release on `stream`, respecting backpressure. */
export function ndjsonSink(stream: NodeJS.WritableStream): ReleaseSink {
  return {
    write(release) {
      if (stream.write(`${JSON.stringify(release)}\n`)) return undefined;
      return new Promise<undefined>((resolve) => stream.once("drain", () => resolve(undefined)));
    },
  };
}
