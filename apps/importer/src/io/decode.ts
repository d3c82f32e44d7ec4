import { firstInvalidUtf8 } from "@parlwire/cli-input";
import { InputError } from "./input-error.js";
import { inputLimits } from "./limits.js";

// The strict UTF-8 check every parlwire CLI shares (RFC 3629: no overlongs, no surrogates, max U+10FFFF).
export { firstInvalidUtf8 };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

// Signatures of formats people feed by mistake, to say what the file is rather than "binary".
const magic: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a ZIP archive (or .docx/.xlsx)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["a legacy Word/OLE document", [0xd0, 0xcf, 0x11, 0xe0]],
];

/**
 * Decodes the bytes of one capture as UTF-8 text (a leading BOM is dropped).
 * Throws {@link InputError} naming `where` for empty, binary, non-UTF-8 or oversized input.
 */
export function decodeCapture(bytes: Uint8Array, where: string): string {
  if (bytes.length > inputLimits.documentBytes) {
    throw new InputError(
      "input_too_large",
      `${where}: ${bytes.length} bytes; a capture is at most ${inputLimits.documentBytes} bytes (split batches into NDJSON records)`,
    );
  }
  if (bytes.length === 0) throw new InputError("input_empty", `${where}: empty input; expected the text or HTML of a press release`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError("input_encoding", `${where}: UTF-16 text; expected UTF-8 (re-save the file as UTF-8)`);
  }
  for (const [what, signature] of magic) {
    if (signature.every((byte, i) => bytes[i] === byte)) {
      throw new InputError("input_binary", `${where}: looks like ${what}, not text; expected the text or HTML of a press release`);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError("input_binary", `${where}: binary data (a NUL byte at offset ${nul}, ${lineAt(bytes, nul)}); expected UTF-8 text`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    const offset = firstInvalidUtf8(bytes);
    const declared = declaredCharset(bytes);
    const from = declared ?? "windows-1252";
    const says = declared ? `; the page declares charset ${declared}` : "";
    throw new InputError(
      "input_encoding",
      `${where}: invalid UTF-8 at byte ${offset} (${lineAt(bytes, offset)})${says}; expected UTF-8 text (convert it, e.g. iconv -f ${from} -t utf-8)`,
      { cause: error },
    );
  }
  if (text.trim() === "") throw new InputError("input_empty", `${where}: only whitespace; expected the text or HTML of a press release`);
  return text;
}

// An HTML page's own <meta charset> (or http-equiv) in its first 2 KB, when it is not UTF-8.
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString("latin1");
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  const name = match?.[1];
  return name && !/^utf-?8$/i.test(name) ? name : undefined;
}

function lineAt(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return `line ${line}`;
}
