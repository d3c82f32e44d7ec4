import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

const byName = new Map<string, string>();
// ISO-style names ("Moldova, Republic of") also answer to their short form ("Moldova") when only
// one country has that short form ("Korea" is two, so it is left out).
const shortForms = new Map<string, Set<string>>();
for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
  for (const name of names) {
    byName.set(name.toLowerCase(), code);
    const comma = name.indexOf(", ");
    if (comma > 0) {
      const short = name.slice(0, comma).toLowerCase();
      shortForms.set(short, (shortForms.get(short) ?? new Set()).add(code));
    }
  }
}
for (const [short, codes] of shortForms) if (codes.size === 1 && !byName.has(short)) byName.set(short, [...codes][0]!);

/** The ISO 3166-1 alpha-2 code of an English country name ("Russia", "Russian Federation", "Türkiye"), if any. */
export function countryCodeOf(name: string): string | undefined {
  const key = name
    .trim()
    .replace(/^the\s+/i, "")
    .toLowerCase();
  return byName.get(key) ?? byName.get(key.replace(/^republic of\s+/, ""));
}

/** The short English name of a country code ("RU" → "Russia"), for reports. */
export function countryNameOf(code: string): string | undefined {
  return countries.getName(code, "en", { select: "alias" }) ?? countries.getName(code, "en");
}

/** Every English country name known to i18n-iso-countries, longest first (for phrase matching). */
export const countryNames: readonly string[] = [...byName.keys()].sort((a, b) => b.length - a.length);
