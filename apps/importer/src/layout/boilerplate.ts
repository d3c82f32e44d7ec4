import type { SourceProfile } from "../knowledge/knowledge-schema.js";

const markers = [
  /\b(?:unicameral|bicameral)\b/i,
  /\b\d{2,4}\s+(?:MPs|members|deputies|seats)\b/i,
  /\belectoral system\b/i,
  /\bconvocation\b/i,
  /\blegislative (?:power|branch)\b/i,
  /\b(?:tenure|term of office)\b/i,
  /\bsuffrage\b/i,
];

/** Facts about the parliament stated by its boilerplate paragraph. */
export interface BoilerplateFacts {
  seats?: number;
  structure?: "unicameral" | "bicameral";
  electoralSystem?: "majoritarian" | "proportional" | "mixed";
  termYears?: number;
}

/** Is this paragraph the standard "about the parliament" paragraph (whole or cut off)? */
export function isBoilerplate(paragraph: string, profile: SourceProfile | undefined): boolean {
  // A source's own boilerplate opening, even when the capture cuts it short.
  const opening = (m: string) => paragraph.startsWith(m) || (paragraph.length >= 30 && m.startsWith(paragraph));
  if (profile?.markers.some(opening)) return true;
  const head = paragraph.slice(0, 2000);
  let score = 0;
  for (const marker of markers) if (marker.test(head)) score++;
  return score >= 2;
}

/** Reads seats, structure, electoral system and term length from a boilerplate paragraph. */
export function boilerplateFacts(text: string): BoilerplateFacts {
  const head = text.slice(0, 5000);
  const facts: BoilerplateFacts = {};
  const seats = /\b(\d{2,4})\s+(?:MPs|members|deputies|seats)\b/i.exec(head);
  if (seats) facts.seats = Number(seats[1]);
  const structure = /\b(unicameral|bicameral)\b/i.exec(head);
  if (structure) facts.structure = structure[1]!.toLowerCase() as "unicameral" | "bicameral";
  if (/\bmixed (?:electoral )?system\b/i.test(head)) facts.electoralSystem = "mixed";
  else if (/\bmajorit(?:y|arian) (?:electoral )?system\b/i.test(head)) facts.electoralSystem = "majoritarian";
  else if (/\bproportional (?:electoral )?(?:system|representation)\b/i.test(head)) facts.electoralSystem = "proportional";
  const term = /\b(?:tenure|term)\b[^.]{0,80}?\b(\d{1,2})\s+years\b/i.exec(head);
  if (term && Number(term[1]) >= 1 && Number(term[1]) <= 10) facts.termYears = Number(term[1]);
  return facts;
}
