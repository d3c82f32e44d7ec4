import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Release } from "@parlwire/schema";
import type { MergedElsewhere } from "../popolo.js";
import type { AtomicWriter } from "./atomic-write.js";
import { type ReleaseJob, ReleaseOutputs, type ReleaseOutputSettings } from "./release-outputs.js";

/** A message to the worker: jobs to do in order, or the order to write the Popolo JSON and finish. */
export type ReleaseWorkerMessage = { jobs: ReleaseJob[] } | { popolo: { target: string; temporary: string; merged: MergedElsewhere } };
/** The worker's reply: it has finished, or its first failure. */
export type ReleaseWorkerReply = { done: true } | { failed: string };

// A site with fewer releases is made on the build's own thread: starting a worker costs more than it saves.
const workerFrom = 64;
// Jobs sent in one message: fewer, larger messages cost the build's thread less.
const batchSize = 16;

/**
 * Makes the release outputs of a site build (see {@link ReleaseOutputs}) on a worker thread when
 * the site is big enough, so that a second core renders and writes release pages while the build's
 * thread reads, validates and indexes. The files are the same byte for byte either way: the same
 * code makes them, in the same order. When the built worker file is missing (the build runs from
 * the TypeScript source, as in the tests), everything is made on this thread.
 */
export class ReleaseOutputsThread {
  private local: ReleaseOutputs | undefined;
  private worker: Worker | undefined;
  private jobs: ReleaseJob[] = [];
  private failure: string | undefined;
  private finished = false;
  // Settles when the worker has exited, or when the Popolo JSON made here is written.
  private done: Promise<void> | undefined;

  constructor(
    private readonly writer: AtomicWriter,
    private readonly settings: ReleaseOutputSettings,
  ) {}

  /** Writes the page of `release` at the site-relative `path` and adds the release to the Popolo JSON. */
  add(path: string, release: Release): void {
    const job: ReleaseJob = { release, target: this.writer.reserve(path), temporary: this.writer.scratchPath() };
    if (this.local) {
      this.local.add(job);
      return;
    }
    this.jobs.push(job);
    if (this.worker) {
      if (this.jobs.length >= batchSize) this.send();
    } else if (this.jobs.length >= workerFrom) this.start();
  }

  /**
   * After the last release: starts writing the Popolo JSON at the site-relative `path`, with the
   * persons and parliaments the site's index merged. {@link finish} waits for it.
   */
  writePopolo(path: string, merged: MergedElsewhere): void {
    const target = this.writer.reserve(path);
    const temporary = this.writer.scratchPath();
    if (this.worker) {
      this.send();
      this.worker.postMessage({ popolo: { target, temporary, merged } } satisfies ReleaseWorkerMessage);
    } else {
      this.done = this.makeLocally().writePopolo(target, temporary, merged);
    }
  }

  /** Waits until every page and the Popolo JSON are written; throws the first failure, naming the site folder. */
  async finish(): Promise<void> {
    if (!this.done) throw new Error("release outputs: finish() before writePopolo()");
    await this.done;
    if (this.failure) throw new Error(`cannot write the release pages and Popolo JSON in ${this.writer.root}: ${this.failure}`);
  }

  /** Stops the worker and closes the scratch file (also after a failure). */
  async close(): Promise<void> {
    this.local?.close();
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private makeLocally(): ReleaseOutputs {
    this.local ??= new ReleaseOutputs(this.settings);
    for (const job of this.jobs) this.local.add(job);
    this.jobs = [];
    return this.local;
  }

  private start(): void {
    const file = workerFile();
    if (!file) {
      this.makeLocally();
      return;
    }
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
