import type { Release } from "@parlwire/schema";
import type { CaptureHints } from "../html/html-to-capture.js";

// The shape of `importRelease` from ../import-release.ts, restated so the I/O shell can be run
// and tested with any importer function (the CLI passes the real one).

/** What the batch hands the importer for one capture. */
export interface PortInput {
  text: string;
  url?: string;
  source?: string;
  mediaType?: string;
  sha256?: string;
  hints?: CaptureHints;
}

/** What the importer gives back. */
export interface PortResult {
  release: Release;
  warnings: Array<{ code: string; message: string }>;
}

/** A pure, synchronous importer: throws an error with a `code` when the capture holds nothing importable. */
export type ImportFn = (input: PortInput) => PortResult;
