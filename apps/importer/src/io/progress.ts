import cliProgress from "cli-progress";
import type { Summary } from "./outcome.js";

/** Where progress goes: a live bar on a terminal, nothing otherwise. */
export interface Progress {
  update(summary: Summary): void;
  /** Prints a line without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

/**
 * A progress line with counts and rate on stderr when it is a terminal (cli-progress); when it
 * is not (a pipe, a file, CI), no bar at all and log lines go straight through.
 */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) {
    return { update() {}, log: (line) => void stream.write(line), stop() {} };
  }
  const started = Date.now();
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: "importing {records} records | {imported} imported | {warned} warned | {failed} failed | {rate} records/s",
      hideCursor: true,
      clearOnComplete: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(0, 0, { records: 0, imported: 0, warned: 0, failed: 0, rate: "0" });
  return {
    update(summary) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(summary.records, { ...summary, rate: (summary.records / seconds).toFixed(0) });
    },
    log: (line) => bars.log(line),
    stop() {
      // MultiBar.stop() does not flush lines logged since the last redraw; a final update does.
      (bars as unknown as { update(): void }).update();
      bars.stop();
    },
  };
}
