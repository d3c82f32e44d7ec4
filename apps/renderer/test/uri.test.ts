import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HttpUrlSchema } from "@parlwire/schema";
import { safeHttpUrl } from "../src/escape.js";
import { httpUrlAsUri } from "../src/uri.js";

// RFC 3986 after the authority: path-abempty, then query and fragment (`pchar / "/" / "?"`).
const pchar = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";
const afterAuthority = new RegExp(`^(?:/${pchar}*)*(?:\\?(?:${pchar}|[/?])*)?(?:#(?:${pchar}|[/?])*)?$`);
const rfc3986HttpUri = (value: string) => {
  const match = /^https?:\/\/([^/?#]+)(.*)$/.exec(value);
  return match !== null && /^[A-Za-z0-9\-._~!$&'()*+,;=:@%[\]]+$/.test(match[1] as string) && afterAuthority.test(match[2] as string);
};

describe("httpUrlAsUri", () => {
  it.each([
    ["a plain URL is its WHATWG serialisation", "https://meclis.gov.az/news.php?id=276&lang=en", "https://meclis.gov.az/news.php?id=276&lang=en"],
    ["an empty path becomes /", "https://example.org", "https://example.org/"],
    ["non-ASCII in the path, UTF-8 percent-encoded", "https://example.org/xəbərlər/ü", "https://example.org/x%C9%99b%C9%99rl%C9%99r/%C3%BC"],
    ["an IDN host in punycode", "https://bücher.example/x", "https://xn--bcher-kva.example/x"],
    ["braces, bar and caret", "https://example.org/{a}|b^c", "https://example.org/%7Ba%7D%7Cb%5Ec"],
    ["square brackets after the host", "https://example.org/a[1]?b[]=2", "https://example.org/a%5B1%5D?b%5B%5D=2"],
    ["an IPv6 host keeps its brackets", "https://[::1]:8080/a", "https://[::1]:8080/a"],
    ["a stray percent sign", "https://example.org/100%-sure?q=%zz", "https://example.org/100%25-sure?q=%25zz"],
    ["valid percent escapes stay", "https://example.org/a%20b?q=%C3%BC", "https://example.org/a%20b?q=%C3%BC"],
    ["a second # in the fragment", "https://example.org/a#b#c", "https://example.org/a#b%23c"],
    ["non-ASCII in the query and fragment", "https://example.org/?q=Gafarova Сахиба#§", "https://example.org/?q=Gafarova%20%D0%A1%D0%B0%D1%85%D0%B8%D0%B1%D0%B0#%C2%A7"],
  ])("%s", (_name, given, want) => {
    expect(httpUrlAsUri(given)).toBe(want);
    expect(rfc3986HttpUri(want)).toBe(true);
  });

  it("is undefined for what does not parse", () => {
    expect(httpUrlAsUri("not a url")).toBeUndefined();
    expect(httpUrlAsUri("https://exa mple.org/")).toBeUndefined();
    // WHATWG parses it; RFC 3986 has no `}` in a host (the Release schema rejects it too).
    expect(httpUrlAsUri("http://a.aa}")).toBeUndefined();
  });

  it("gives an RFC 3986 URI for every URL the Release schema and safeHttpUrl accept, idempotently and on the same origin", () => {
    const awkward = fc.constantFrom("ü", "ə", "Сахиба", "𝔄", "{", "}", "|", "^", "[", "]", "%", "%zz", "%4", "%C3%BC", "#", "?", "@", ":", "€", "\u00a0", "~", "!", "'", "(", ")", "*", ";", "=");
    const url = fc
      .tuple(
        fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }),
        fc.array(fc.oneof(awkward, fc.string({ maxLength: 4 })), { maxLength: 8 }),
      )
      .map(([base, parts]) => `${base}${parts.join("")}`);
    fc.assert(
      fc.property(url, (candidate) => {
        const safe = safeHttpUrl(candidate);
        if (safe === undefined || !HttpUrlSchema.safeParse(candidate).success) return;
        const uri = httpUrlAsUri(safe);
        expect(uri).toBeDefined();
        expect(rfc3986HttpUri(uri as string), `${JSON.stringify(candidate)} → ${uri}`).toBe(true);
        expect(httpUrlAsUri(uri as string)).toBe(uri);
        expect(new URL(uri as string).origin).toBe(new URL(safe).origin);
      }),
      { numRuns: 2000 },
    );
  });
});
