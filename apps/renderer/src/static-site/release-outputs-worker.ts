// The worker thread of release-outputs-thread.ts: makes the release outputs of the jobs it is sent,
// in order, and writes the feeds when told to finish. Its first failure is reported and
// ends its work: the build then fails with it.
import { parentPort, workerData } from "node:worker_threads";
import { ReleaseOutputs, type ReleaseOutputSettings } from "./release-outputs.js";
import type { ReleaseWorkerMessage, ReleaseWorkerReply } from "./release-outputs-thread.js";

const port = parentPort;
if (!port) throw new Error("release-outputs-worker.js runs only as a worker thread");
const outputs = new ReleaseOutputs(workerData as ReleaseOutputSettings);
let failed = false;

port.on("message", async (message: ReleaseWorkerMessage) => {
  if (failed) return;
  try {
    if ("jobs" in message) for (const job of message.jobs) outputs.add(job);
    else {
      await outputs.writeFeeds(message.feeds);
      port.postMessage({ done: true } satisfies ReleaseWorkerReply);
    }
  } catch (error) {
    failed = true;
    port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies ReleaseWorkerReply);
  }
});
