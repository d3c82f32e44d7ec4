import { Writable } from "node:stream";
import type { Release } from "@parlwire/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ndjsonSink } from "../../src/io/release-sink.js";

const release = (i: number, text = "") => ({ id: `release:r-${i}`, title: `Title ${i}${text}` }) as unknown as Release;

/** A stream that records each write and, when `highWaterMark` is small, asks the writer to wait. */
function recorder(highWaterMark = 1 << 30) {
  const writes: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString("utf8"));
      setImmediate(done);
    },
  });
  // Everything handed to the stream, once it has processed it all.
  const ended = () => new Promise<string>((resolve) => stream.end(() => resolve(writes.join(""))));
  return { stream, writes, ended };
}

describe("ndjsonSink", () => {
  it("writes one compact JSON line per release, in order, in few writes", async () => {
    const { stream, writes, ended } = recorder();
    const sink = ndjsonSink(stream);
    for (let i = 0; i < 1000; i++) await sink.write(release(i));
    await sink.flush?.();
    const text = await ended();
    expect(text).toBe(Array.from({ length: 1000 }, (_, i) => `${JSON.stringify(release(i))}\n`).join(""));
    // 1,000 records of ~45 bytes: held and written together, not one write each.
    expect(writes.length).toBeLessThan(10);
  });

  it("writes lines held back once the records ready now are done, without waiting for the next record", async () => {
    const { stream, writes } = recorder();
    const sink = ndjsonSink(stream);
    await sink.write(release(1));
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([`${JSON.stringify(release(1))}\n`]);
  });

  it("keeps every line, in order, whatever the sizes and the stream's backpressure (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(100_000), { maxLength: 40 }), fc.integer({ min: 1, max: 200_000 }), async (sizes, highWaterMark) => {
        const { stream, ended } = recorder(highWaterMark);
        const sink = ndjsonSink(stream);
        const releases = sizes.map((size, i) => release(i, "x".repeat(size)));
        for (const r of releases) await sink.write(r);
        await sink.flush?.();
        expect(await ended()).toBe(releases.map((r) => `${JSON.stringify(r)}\n`).join(""));
      }),
      { numRuns: 40 },
    );
  });
});
