export { escapeControl, escapeJsonOutput } from "./escape-control.js";
export { InputError, unreadable, type InputErrorCode } from "./input-error.js";
export { compareCodePoints, inputEntries, stdinName, type InputEntry, type InputEntryOptions } from "./input-entries.js";
export { mapOrdered } from "./map-ordered.js";
export { ndjsonLines, type NdjsonLine } from "./ndjson-lines.js";
export { readFileBytes, readStreamBytes } from "./read-bytes.js";
export { decodeUtf8, firstInvalidUtf8, type BytesOrigin } from "./utf8.js";
export { ndjsonRecords, readDocument, type InputRecord, type RecordLimits } from "./input-records.js";
