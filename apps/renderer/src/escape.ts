// Every string in a release is untrusted; each output context has its own escaper here.

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const htmlSpecial = /[&<>"']/g;
const htmlSpecialTest = /[&<>"']/;

/** Escapes a string for HTML element text and for double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  // Most strings need no escaping; testing first avoids allocating a new string.
  return htmlSpecialTest.test(value) ? value.replace(htmlSpecial, (c) => htmlEntities[c] as string) : value;
}

const scriptUnsafe = /[<>&\u2028\u2029]/g;
const scriptUnsafeTest = /[<>&\u2028\u2029]/;
const scriptEscapes: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * Serialises a value as JSON safe inside `<script type="application/ld+json">`: no `</script>`,
 * `<!--` or `]]>` can appear, and U+2028/9 are escaped for old JavaScript parsers.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  return scriptUnsafeTest.test(json) ? json.replace(scriptUnsafe, (c) => scriptEscapes[c] as string) : json;
}

// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and astral characters (as valid pairs).
const xmlInvalid = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters XML 1.0 cannot carry at all (C0 controls, lone surrogates, U+FFFE/F). */
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
 * one space. Done with split and trim rather than one regex, because `\s*\n\s*`-style patterns
 * backtrack quadratically over long runs of spaces.
 */
export function oneLine(value: string): string {
  if (!lineBreak.test(value)) return value.trim();
  return value
    .split(lineBreak)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(" ");
}

const markdownInline = /[\\`*_{}[\]<>&|~#!]/g;

/**
 * Escapes a string as one line of CommonMark inline text: backslash-escapes the characters that
 * start emphasis, code, links, raw HTML, entities and tables, and neutralises line-start syntax
 * (headings, quotes, lists, thematic breaks, indented code). Line breaks become spaces.
 */
export function escapeMarkdown(value: string): string {
  let out = oneLine(value).replace(markdownInline, (c) => `\\${c}`);
  // Line-start syntax: "- ", "+ ", "= ", "1. ", "1) ", and setext underlines.
  out = out.replace(/^([-+=])/, "\\$1").replace(/^(\d{1,9})([.)])/, "$1\\$2");
  return out;
}

/** A YAML scalar for front matter: a JSON string is a valid YAML 1.2 double-quoted scalar. */
export function yamlString(value: string): string {
  // JSON leaves DEL, C1 controls, U+2028/9 and U+FEFF raw; YAML wants them escaped.
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
