import type { ImportInput, ImportResult } from "../import-release.js";

/** The importer the batch calls per capture: `importRelease`, or any function with its contract. */
export type ImportFn = (input: ImportInput) => ImportResult;

export type { ImportInput as PortInput };
