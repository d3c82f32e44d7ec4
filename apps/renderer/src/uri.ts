// Popolo links are `"format": "uri"` (RFC 3986), which validators check with an RFC 3986 grammar
// (Python jsonschema uses rfc3987). The schema accepts http(s) URLs as publishers write them, with
// raw non-ASCII letters, `{`, `|`, `^`, `[` or a stray `%` in the path or query: IRIs, not URIs.

// What RFC 3986 allows after the authority: unreserved, sub-delims, ":", "@", "/", "?", "#".
// The authority itself is checked, not repaired: WHATWG accepts hosts like `a.aa}`.
const uriAuthority = /^https?:\/\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:%]*@)?(?:[A-Za-z0-9\-._~!$&'()*+,;=]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]*)?$/;
const notUriChar = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]/gu;

function encode(char: string): string {
  if (char === "%") return "%25";
  return Array.from(new TextEncoder().encode(char), (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}

/**
 * An absolute http(s) URL written as an RFC 3986 URI: the WHATWG serialisation (IDN hosts in
 * punycode, non-ASCII percent-encoded as UTF-8), then every character RFC 3986 forbids after the
 * host percent-encoded, including a `%` not followed by two hex digits and a second `#`.
 * Undefined when the URL does not parse or its host is not an RFC 3986 host (never for a URL the
 * Release schema accepts: its hosts are ASCII letters, digits, dots, hyphens or [IPv6]).
 */
export function httpUrlAsUri(url: string): string | undefined {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return undefined;
  }
  // http(s) serialisations always have a path, and the userinfo percent-encodes "/", so the
  // first "/" after "scheme://" ends the authority.
  const pathStart = href.indexOf("/", href.indexOf("//") + 2);
  if (pathStart < 0 || !uriAuthority.test(href.slice(0, pathStart))) return undefined;
  const rest = href.slice(pathStart).replace(notUriChar, encode);
  const hash = rest.indexOf("#");
  const fixed = hash < 0 ? rest : `${rest.slice(0, hash + 1)}${rest.slice(hash + 1).replaceAll("#", "%23")}`;
  return href.slice(0, pathStart) + fixed;
}
