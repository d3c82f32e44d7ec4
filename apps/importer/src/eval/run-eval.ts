import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { validateRelease } from "@parlwire/schema";
import { importReleaseWith } from "../import-release.js";
import { hostOf } from "../knowledge/detect-source.js";
import { knowledge, type Knowledge } from "../knowledge/knowledge.js";
import { AnswerSchema, type Answer } from "./answer.js";
import { releaseToAnswer } from "./release-to-answer.js";
import { emptyScores, scoreAnswer, type Mismatch, type Scores } from "./score.js";

/** One capture with its answer file. */
export interface EvalCase {
  capture: string;
  /** `NN-slug.expected.json`, or a Release JSON (`NN-slug.release.json`) mapped to the same format. */
  answer?: string;
}

export interface CaseResult {
  capture: string;
  answer?: string;
  /** Why the capture could not be scored or imported (it still counts: every expected value is missed). */
  error?: string;
  warnings: string[];
  mismatches: Mismatch[];
  /** The publisher: the host of the answer's source_url without "www.", or "(unknown)". */
  publisher: string;
  expected?: Answer;
  found?: Answer;
}

export interface EvalReport {
  scores: Scores;
  cases: CaseResult[];
}

/**
 * The captures to evaluate: every `.txt` in each folder given (not recursive), or `.txt` files named
 * directly. Each is paired with `<stem>.expected.json`, else `<stem>.release.json`, looked up next
 * to it and then in `answersDir`.
 */
export function collectCases(paths: string[], answersDir?: string): EvalCase[] {
  const captures: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (name.endsWith(".txt")) captures.push(join(path, name));
    } else {
      captures.push(path);
    }
  }
  return captures.map((capture) => {
    const stem = basename(capture).replace(/\.txt$/, "");
    const places = [dirname(capture), ...(answersDir ? [answersDir] : [])];
    for (const dir of places) {
      for (const suffix of [".expected.json", ".release.json"]) {
        const candidate = join(dir, stem + suffix);
        if (exists(candidate)) return { capture, answer: candidate };
      }
    }
    return { capture };
  });
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads an answer file: the corpus format, or a Release JSON mapped to it. Throws a message naming the file and path. */
export function readAnswer(path: string): Answer {
  const json: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (path.endsWith(".release.json")) {
    const result = validateRelease(json);
    if (!result.ok) throw new Error(`${path}: not a valid Release: ${result.issues[0]?.path ?? ""} ${result.issues[0]?.message ?? ""}`);
    return releaseToAnswer(result.value);
  }
  const parsed = AnswerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join(".") || "(file)"}: ${issue?.message ?? "invalid"}; expected the expected.json format of the corpus README`);
  }
  return parsed.data;
}

/** Imports every capture and scores it against its answer. Never throws for one bad file. */
export function runEval(cases: EvalCase[], knowledgeFor: (publisher: string) => Knowledge = () => knowledge()): EvalReport {
  const scores = emptyScores();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const result: CaseResult = { capture: c.capture, warnings: [], mismatches: [], publisher: "(unknown)" };
    if (c.answer) result.answer = c.answer;
    results.push(result);
    if (!c.answer) {
      result.error = "no answer file (<stem>.expected.json or <stem>.release.json); not scored";
      continue;
    }
    let expected: Answer;
    try {
      expected = readAnswer(c.answer);
    } catch (error) {
      result.error = (error as Error).message;
      continue;
    }
    result.expected = expected;
    result.publisher = publisherOf(expected.source_url ?? undefined);
    let found: Answer | undefined;
    try {
      const text = readFileSync(c.capture, "utf8");
      // The capture's URL is metadata the importer may be given (it picks the source profile).
      const url = expected.source_url ?? undefined;
      const imported = importReleaseWith({ text, ...(url ? { url } : {}) }, knowledgeFor(result.publisher));
      result.warnings = imported.warnings.map((w) => w.code);
      found = releaseToAnswer(imported.release);
    } catch (error) {
      result.error = `import failed: ${(error as Error).message}`;
    }
    if (found) result.found = found;
    result.mismatches = scoreAnswer(scores, expected, found);
  }
  return { scores, cases: results };
}

/** The publisher of a release: its URL's host without "www.". */
export function publisherOf(url: string | undefined): string {
  return hostOf(url)?.replace(/^www\./, "") ?? "(unknown)";
}
