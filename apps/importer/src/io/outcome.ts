/** A problem that stopped one record from being imported. */
export interface OutcomeError {
  code: string;
  message: string;
  /** JSON path in the release, for validation problems (e.g. `meetings[0].date`). */
  path?: string;
}

/** A non-fatal remark about an imported record. */
export interface OutcomeWarning {
  code: string;
  message: string;
}

/** What happened to one input record; one line of the report. */
export interface Outcome {
  input: string;
  /** 1-based line, for NDJSON records. */
  line?: number;
  status: "imported" | "warned" | "failed";
  /** The release id, once it is known. */
  id?: string;
  /** The file written, with `--out`. */
  output?: string;
  warnings: OutcomeWarning[];
  errors: OutcomeError[];
}

/** Counts for the summary: every warned release was also imported (written). */
export interface Summary {
  records: number;
  imported: number;
  warned: number;
  failed: number;
}

/** `file` or `file:line`, for messages. */
export function locate(outcome: Pick<Outcome, "input" | "line">): string {
  return outcome.line === undefined ? outcome.input : `${outcome.input}:${outcome.line}`;
}
