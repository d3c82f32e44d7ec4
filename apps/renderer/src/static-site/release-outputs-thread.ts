import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Release } from "@parlwire/schema";
import type { AtomicWriter } from "./atomic-write.js";
import { type FeedFiles, feedPaths, type ReleaseJob, ReleaseOutputs, type ReleaseOutputSettings } from "./release-outputs.js";

/** A message to the worker: jobs to do in order, or the order to write the feeds and finish. */
export type ReleaseWorkerMessage = { jobs: ReleaseJob[] } | { feeds: FeedFiles };
/** The worker's reply: it has finished, or its first failure. */
export type ReleaseWorkerReply = { done: true } | { failed: string };

// Jobs sent in one message: fewer, larger messages cost the build's thread less.
const batchSize = 16;
// Releases after which a worker is started when none was started at once. Its start-up costs about
// 0.1 s of CPU, which a one-release site would wait for; by 64 releases the pages it takes over cost more.
const workerFrom = 64;

/**
 * Makes the release outputs of a site build (see {@link ReleaseOutputs}) on a worker thread, so
 * that a second core renders and writes release pages while the build's thread reads, validates
 * and indexes. The files are the same byte for byte either way: the same
 * code makes them, in the same order. When the built worker file is missing (the build runs from
 * the TypeScript source, as in the tests), everything is made on this thread.
 */
export class ReleaseOutputsThread {
  private local: ReleaseOutputs | undefined;
  private worker: Worker | undefined;
  private jobs: ReleaseJob[] = [];
  private failure: string | undefined;
  private finished = false;
  // Settles when the worker has exited, or when the feeds made here are written.
  private done: Promise<void> | undefined;

  /**
   * `startNow`: the inputs are big enough to start the worker at once (its start-up then overlaps
   * the first reads); otherwise it starts after {@link workerFrom} releases.
   */
  constructor(
    private readonly writer: AtomicWriter,
    private readonly settings: ReleaseOutputSettings,
    startNow: boolean,
  ) {
    if (startNow) this.start();
  }

  /**
   * Writes the page of `release` at the site-relative `path` and adds the release to the feeds.
   * `text`, when given, is the JSON text whose value `release` is: a worker is sent that.
   */
  add(path: string, release: Release, text?: string): void {
    const target = this.writer.reserve(path);
    const temporary = this.writer.temporaryFor();
    if (this.local) {
      this.local.add({ release, target, temporary });
      return;
    }
    this.jobs.push({ release: text ?? release, target, temporary });
    if (this.worker) {
      if (this.jobs.length >= batchSize) this.send();
    } else if (this.jobs.length >= workerFrom && !this.start()) this.makeLocally();
  }

  /** After the last release: starts writing the feeds (see {@link feedPaths}). {@link finish} waits for them. */
  writeFeeds(): void {
    const reserve = (path: string) => ({ target: this.writer.reserve(path), temporary: this.writer.temporaryFor() });
    const files: FeedFiles = { atom: reserve(feedPaths.atom), rss: reserve(feedPaths.rss), json: reserve(feedPaths.json) };
    if (this.worker) {
      this.send();
      this.worker.postMessage({ feeds: files } satisfies ReleaseWorkerMessage);
    } else {
      this.done = this.makeLocally().writeFeeds(files);
    }
  }

  /** Waits until every page and the feeds are written; throws the first failure, naming the site folder. */
  async finish(): Promise<void> {
    if (!this.done) throw new Error("release outputs: finish() before writeFeeds()");
    await this.done;
    if (this.failure) throw new Error(`cannot write the release pages and feeds in ${this.writer.root}: ${this.failure}`);
  }

  /** Stops the worker (also after a failure). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  // Makes the jobs waiting for a worker here, and every later one.
  private makeLocally(): ReleaseOutputs {
    this.local ??= new ReleaseOutputs(this.settings);
    for (const job of this.jobs) this.local.add(job);
    this.jobs = [];
    return this.local;
  }

  private start(): boolean {
    const file = workerFile();
    if (!file) return false;
    const worker = new Worker(file, { workerData: this.settings });
    this.done = new Promise<void>((resolve) => {
      worker.on("message", (reply: ReleaseWorkerReply) => {
        if ("failed" in reply) this.failure ??= reply.failed;
        else this.finished = true;
        void worker.terminate();
      });
      worker.on("error", (error) => {
        this.failure ??= error.message;
      });
      worker.on("exit", (code) => {
        if (!this.finished) this.failure ??= `the worker thread stopped (exit code ${code}) before it had written them all`;
        resolve();
      });
    });
    this.worker = worker;
    this.send();
    return true;
  }

  private send(): void {
    if (!this.jobs.length) return;
    this.worker?.postMessage({ jobs: this.jobs } satisfies ReleaseWorkerMessage);
    this.jobs = [];
  }
}

// The worker's built file, beside this module's (dist/); none when running from the TypeScript source.
function workerFile(): string | undefined {
  const url = new URL("./release-outputs-worker.js", import.meta.url);
  if (url.protocol !== "file:") return undefined;
  const path = fileURLToPath(url);
  return existsSync(path) ? path : undefined;
}
