// Every string in a release is untrusted; each output context has its own escaper here.

// C0 controls other than tab, LF and CR, DEL and the C1 controls: ESC sequences retitle or
// rewrite terminals, BEL rings, NUL truncates C strings. No output format carries them raw.
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const controlsTest = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Removes control characters (C0 except tab, LF, CR; DEL; C1) from text meant for people. */
export function stripControls(value: string): string {
  return controlsTest.test(value) ? value.replace(controls, "") : value;
}

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const htmlSpecial = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const htmlSpecialTest = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Escapes a string for HTML element text and for quoted attribute values; control characters are dropped. */
export function escapeHtml(value: string): string {
  // Most strings need no escaping; testing first avoids allocating a new string.
  return htmlSpecialTest.test(value) ? value.replace(htmlSpecial, (c) => htmlEntities[c] ?? "") : value;
}

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
// JSON.stringify escapes C0 controls itself but leaves DEL, C1 and U+2028/9 raw.
const jsonRaw = /[\u007f-\u009f\u2028\u2029]/g;
const jsonRawTest = /[\u007f-\u009f\u2028\u2029]/;

/**
 * Serialises a value as JSON whose text holds no raw control character: DEL, C1 and U+2028/9
 * become `\uXXXX` escapes (the parsed value is unchanged).
 */
export function jsonText(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  return jsonRawTest.test(json) ? json.replace(jsonRaw, unicodeEscape) : json;
}

const scriptUnsafe = /[<>&\u007f-\u009f\u2028\u2029]/g;
const scriptUnsafeTest = /[<>&\u007f-\u009f\u2028\u2029]/;

/**
 * Serialises a value as JSON safe inside `<script type="application/ld+json">`: no `</script>`,
 * `<!--` or `]]>` can appear, and DEL, C1 and U+2028/9 are escaped as in {@link jsonText}.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  return scriptUnsafeTest.test(json) ? json.replace(scriptUnsafe, unicodeEscape) : json;
}

// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and astral characters (as valid
// pairs); DEL and C1 are allowed but discouraged, and dropped here like every control.
const xmlInvalid = /[^\t\n\r\u0020-\u007e\u00a0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters XML 1.0 cannot carry (C0 controls, lone surrogates, U+FFFE/F) and DEL/C1. */
export function xmlSafe(value: string): string {
  return value.replace(xmlInvalid, "");
}

/** Escapes a string for XML element text or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return escapeHtml(xmlSafe(value));
}

const httpUrl = /^https?:\/\/[^\s<>"'`\\]+$/i;

/**
 * Returns the URL when it is an absolute http(s) URL that is safe to emit as a link, otherwise
 * undefined: `javascript:`, `data:`, `file:` and anything unparsable never become links.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined || !httpUrl.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? value : undefined;
  } catch {
    return undefined;
  }
}

const lineBreak = /\r\n|[\r\n\u2028\u2029\v\f\u0085]/;

/**
 * Collapses a string onto one line: each line is trimmed and the non-empty ones are joined with
 * one space; control characters are dropped. Done with split and trim rather than one regex, because `\s*\n\s*`-style patterns
 * backtrack quadratically over long runs of spaces.
 */
export function oneLine(value: string): string {
  if (!lineBreak.test(value)) return stripControls(value).trim();
  return value
    .split(lineBreak)
    .map((line) => stripControls(line).trim())
    .filter((line) => line.length > 0)
    .join(" ");
}

const markdownInline = /[\\`*_{}[\]<>&|~#!]/g;
const markdownEntities: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/**
 * Escapes a string as one line of CommonMark inline text: backslash-escapes the characters that
 * start emphasis, code, links, tables and more, and neutralises line-start syntax (headings,
 * quotes, lists, thematic breaks, indented code). `<`, `>` and `&` become entities rather than
 * backslash escapes: a GFM autolink swallows the backslash before `<`, which then opened raw HTML
 * (`https://a.example/\<img onerror=…>` in marked); and `://` and `www.` are escaped, so text never
 * becomes an autolink that would take the entity after it. Line breaks become spaces; controls are dropped.
 */
export function escapeMarkdown(value: string): string {
  let out = oneLine(value).replace(markdownInline, (c) => markdownEntities[c] ?? `\\${c}`);
  // No GFM autolinks from text: an autolink would take the entity after it as part of the URL.
  out = out.replaceAll("://", "\\://").replace(/\b(www)\./gi, "$1\\.");
  // Line-start syntax: "- ", "+ ", "= ", "1. ", "1) ", and setext underlines.
  out = out.replace(/^([-+=])/, "\\$1").replace(/^(\d{1,9})([.)])/, "$1\\$2");
  return out;
}

/**
 * A YAML scalar for front matter: a JSON string is a valid YAML 1.2 double-quoted scalar. `<`, `>`,
 * `&`, `[` and `]` are `\u` escapes too: a Markdown renderer that does not know front matter
 * (marked, markdown-it) renders it as a paragraph, where they would open raw HTML and links.
 */
export function yamlString(value: string): string {
  // JSON leaves DEL, C1 controls, U+2028/9 and U+FEFF raw; YAML wants them escaped.
  return JSON.stringify(value).replace(/[<>&[\]\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, unicodeEscape);
}
