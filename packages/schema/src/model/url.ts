import { limits } from "./limits.js";
import { portablePattern } from "../zod-free/portable-pattern.js";
import { patterned } from "./text.js";

// What no URL may hold: C0 and C1 controls, DEL, and every character JavaScript's or Python's \s calls a
// space (spelled out: the two \s differ on U+001C-U+001F, U+0085 and U+FEFF).
const spaceOrControl = "\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

// Lowercase http(s) scheme, a host (name, IPv4 or [IPv6]), optional port, then no space or control.
// One linear pass: no nested quantifiers over overlapping classes.
export const httpUrlPattern = portablePattern(
  `https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^${spaceOrControl}]*)?`,
);

/** An absolute `http:` or `https:` URL; every other scheme (javascript:, data:, file:) is rejected. */
export const HttpUrlSchema = patterned(httpUrlPattern, limits.url, "an http(s) URL like https://example.org/page").meta({
  description: "An absolute http: or https: URL (lowercase scheme, no whitespace or control characters). Other schemes are rejected.",
});
