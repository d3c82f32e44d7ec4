import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/io/progress.js";

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; output: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  Object.assign(stream, { isTTY, columns: 200, rows: 40 });
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  // Strip terminal control sequences to read what a person would see.
  return { stream, output: () => Buffer.concat(chunks).toString("utf8").replace(/\x1b(?:\[[0-9;?]*[A-Za-z]|[78])/g, "") };
}

const counts = { records: 3, imported: 2, warned: 1, failed: 1 };

describe("createProgress", () => {
  it("draws counts and rate on a terminal, and flushes logged lines before it stops", () => {
    const { stream, output } = fakeStream(true);
    const progress = createProgress(stream, true);
    progress.update(counts);
    progress.log("in.txt: empty input [input_empty]\n");
    progress.stop();
    expect(output()).toContain("in.txt: empty input [input_empty]");
    expect(output()).toMatch(/importing 3 records \| 2 imported \| 1 warned \| 1 failed \| \d+ records\/s/);
  });

  it("prints no bar when the stream is not a terminal, only the logged lines", () => {
    const { stream, output } = fakeStream(false);
    const progress = createProgress(stream, true);
    progress.update(counts);
    progress.log("in.txt: empty input [input_empty]\n");
    progress.stop();
    expect(output()).toBe("in.txt: empty input [input_empty]\n");
  });

  it("prints no bar on a terminal when disabled", () => {
    const { stream, output } = fakeStream(true);
    const progress = createProgress(stream, false);
    progress.update(counts);
    progress.stop();
    expect(output()).toBe("");
  });
});
