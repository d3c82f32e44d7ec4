import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { jsonText } from "../escape.js";
import { stampOf } from "../merge-facts.js";
import type { PopoloDocument } from "../popolo.js";

/** The release an event line came from: enough to recompute its stamp (see `factStamp`). */
export interface EventSource {
  id: string;
  sortKey: string;
  date?: string;
}

/**
 * Popolo events while the site streams past: each event is appended to a scratch file as it is
 * found, and only where the newest version of each meeting's event sits is kept, in typed arrays
 * (one slot per meeting id, no object or stamp string per event). The newest release's version of
 * a meeting wins, and {@link writePopolo} copies the events sorted by id, so the output doesn't
 * depend on input order.
 */
export class PopoloEvents {
  private readonly slots = new Map<string, number>();
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  // The release each slot's line came from; its stamp is recomputed only when a meeting repeats.
  private readonly sources: EventSource[] = [];
  private fd: number | undefined;
  private offset = 0;
  // Lines not yet written: one write call per 64 KiB, not per event.
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly scratchPath: string) {
    this.fd = openSync(scratchPath, "wx");
  }

  /** Appends one event (with the stamp of its release, as given by `PopoloBuilder`) and keeps its place if it is the newest. */
  add(event: Record<string, unknown>, stamp: string, source: EventSource): void {
    if (this.fd === undefined) throw new Error("popolo events: add() after close()");
    const text = `${jsonText(event)}\n`;
    const bytes = Buffer.byteLength(text);
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 65_536) this.flush();
    const id = event.id as string;
    let slot = this.slots.get(id);
    if (slot !== undefined) {
      const known = this.sources[slot] as EventSource;
      if (stamp <= stampOf(known.date, known.sortKey, known.id)) {
        this.offset += bytes;
        return;
      }
    } else {
      slot = this.sources.length;
      this.slots.set(id, slot);
      if (slot === this.offsets.length) this.grow();
    }
    this.sources[slot] = source;
    this.offsets[slot] = this.offset;
    this.lengths[slot] = bytes - 1;
    this.offset += bytes;
  }

  /** Closes the scratch file for writing and forgets the sources (again is a no-op). */
  close(): void {
    if (this.fd !== undefined) {
      this.flush();
      closeSync(this.fd);
    }
    this.fd = undefined;
    this.sources.length = 0;
  }

  /** Each event's line (without its newline), in id order. */
  *lines(): Generator<string> {
    const ids = [...this.slots.keys()].sort();
    const fd = openSync(this.scratchPath, "r");
    try {
      for (const id of ids) {
        const slot = this.slots.get(id) as number;
        const buffer = Buffer.alloc(this.lengths[slot] as number);
        readSync(fd, buffer, 0, buffer.length, this.offsets[slot] as number);
        yield buffer.toString("utf8");
      }
    } finally {
      closeSync(fd);
    }
  }

  private flush(): void {
    if (this.fd !== undefined && this.pending.length) writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
  }

  private grow(): void {
    const offsets = new Float64Array(this.offsets.length * 2);
    offsets.set(this.offsets);
    this.offsets = offsets;
    const lengths = new Uint32Array(this.lengths.length * 2);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }
}

/** Popolo JSON with one object per line; the events come from `events`, in id order. */
export function writePopolo(document: PopoloDocument, events: PopoloEvents, write: (chunk: string) => void): void {
  for (const key of ["persons", "organizations", "memberships"] as const) {
    write(`${key === "persons" ? "{\n" : ""}"${key}": [`);
    document[key].forEach((item, i) => write(`${i ? "," : ""}\n${jsonText(item)}`));
    write("\n],\n");
  }
  write('"events": [');
  let i = 0;
  for (const line of events.lines()) write(`${i++ ? "," : ""}\n${line}`);
  write("\n]\n}\n");
}
