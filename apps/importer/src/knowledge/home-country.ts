import { countryCodeOf } from "./countries.js";
import { findParliamentMention } from "./find-parliament.js";
import type { Knowledge } from "./knowledge.js";

/** Words naming an international body: its officers represent no country. */
export const internationalBody =
  /\b(?:International|Inter-?[Pp]arliamentary|Union|Association|Commonwealth|United Nations|UN|OSCE|NATO|Council of Europe|European|Organi[sz]ation|World|Global|Secretary[- ]General|Bureau|Parliamentary Assembly|Conference)\b/;

/**
 * The country a release is "at home" in, when no source profile says: the country of its
 * dateline city (a wire item filed from Islamabad is about Pakistan's officials), else of the
 * national parliament its headline or first paragraph names. None when the opening names an
 * international assembly (an OSCE PA release filed from Copenhagen is not Danish).
 */
export function homeCountry(k: Knowledge, title: string, firstParagraph: string, datelinePlace: string | undefined): string | undefined {
  const opening = `${title}\n${firstParagraph.slice(0, 600)}`;
  const named = findParliamentMention(k, opening)?.parliament;
  if (named && !named.country) return undefined;
  const city = datelinePlace ? (k.cities.get(datelinePlace) ?? countryCodeOf(datelinePlace)) : undefined;
  return city ?? named?.country;
}
