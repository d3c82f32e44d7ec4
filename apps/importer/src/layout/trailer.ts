/**
 * Lines printed after a release's text that are neither body nor signature: credits ("Source:
 * Kuwait News Agency", "– KUNA", "Photos: …"), contact details ("Tel:", "Email:", an address, a
 * bare e-mail address or link) and the lead-in to them ("For more information, contact:"). They
 * are read off the end of the capture so that the signature above them is found and a complete
 * release is not taken for a cut-off one.
 */

// A label and a colon ("Tel: …", "Source: …"): a sentence starting with the same word is not one.
const labelled = /^(?:sources?|photos?|photo credits?|pictures?|images?|video|feedback|queries|enquiries|inquiries|tel|telephone|phone|mobile|cell|fax|e-?mail|website|web|follow us|contacts?)\s*:/i;
const lone = /^(?:feedback|share|print|contacts?|follow us)$/i;
const leadIn = /^for (?:more|further) (?:information|details)\b/i;
const agencyTag = /^[–—-]{1,2}\s*[\p{Lu}]{2,8}$/u;
const bareAddress = /^(?:\S+@\S+\.\S+|\[email[^\]]*\]|https?:\/\/\S+|www\.\S+)$/i;
// One number or several ("+372 631 6351, +372 5190 2288").
/** "12.06.2024.": a date in digits is not a phone number. */
const numericDate = /^\d{1,2}[./-]\d{1,2}[./-]\d{4}\.?$/;
const phoneOnly = /^\+?[\d\s()./,+-]{6,}$/;

/** Is the line a credit, a contact detail or the lead-in to them? */
export function isTrailerLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 200) return false;
  return labelled.test(t) || lone.test(t) || leadIn.test(t) || agencyTag.test(t) || bareAddress.test(t) || (phoneOnly.test(t) && !numericDate.test(t));
}

/** A postal address line among contact details ("4th Floor, Cabinet Block, Pak. Secretariat, Islamabad"). */
export function isAddressLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 200 && /\d/.test(t) && /,/.test(t) && /\b(?:Floor|Street|St\.|Road|Rd\.|Avenue|Ave\.|Block|Building|P\.?\s?O\.? Box|Square|Lane|Plaza|Suite)\b/i.test(t);
}

/**
 * The paragraph without an agency's credit at its end: "… both countries. – KUNA", "… smallholders. — Bernama"
 * (a capitalised word after a finished sentence), "… Society. (end) sa.mk" (a wire's end mark and desk initials).
 */
export function withoutAgencyCredit(paragraph: string): string {
  return paragraph
    .replace(/\s\(end\)(?:\s+[\p{L}.]{1,20})?\s*$/u, "")
    .replace(/\s[–—-]\s?[\p{Lu}]{2,8}\s*$/u, "")
    .replace(/([.!?]["'”’]?)\s[–—-]\s?[\p{Lu}][\p{Ll}]{2,15}\s*$/u, "$1");
}

/** A short line holding a day number among words and no sentence: a date in any language ("Freitag, 3. März"). */
export function looksLikeDate(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && /^\p{L}+,?\s*\d{1,2}\.?\s*\p{L}+(?:\s+\d{4})?\.?$/u.test(t);
}
