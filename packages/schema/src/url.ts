import { limits } from "./limits.js";
import { patterned } from "./text.js";

// Lowercase http(s) scheme, a host (name, IPv4 or [IPv6]), optional port, then no whitespace.
// One linear pass: no nested quantifiers over overlapping classes.
export const httpUrlPattern = /^https?:\/\/(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s]*)?$/;

/** An absolute `http:` or `https:` URL; every other scheme (javascript:, data:, file:) is rejected. */
export const HttpUrlSchema = patterned(httpUrlPattern, limits.url, "an http(s) URL like https://example.org/page").meta({
  description: "An absolute http: or https: URL (lowercase scheme, no whitespace). Other schemes are rejected.",
});
