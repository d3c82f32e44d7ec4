// A finished paragraph ends with sentence punctuation, maybe followed by closing quotes or brackets.
const finished = /[.!?…]["'”’»)\]]*$|[.!?…]\s*$/;

/** Does the text stop mid-sentence (an excerpt limit), rather than at the end of a sentence? */
export function looksCutOff(paragraph: string): boolean {
  const t = paragraph.trimEnd();
  // "… will be live streamed at https://…": a link closes a sentence too.
  return t.length > 0 && !finished.test(t.slice(-8)) && !endsWithLink.test(t.slice(-300));
}

const endsWithLink = /\bhttps?:\/\/\S+$/;
