import type { Knowledge } from "./knowledge.js";
import type { KnownParliament } from "./knowledge-schema.js";

const wordChar = /[\p{L}\p{N}]/u;
const wordStart = /[\p{L}\p{N}]+/gu;

type Alias = { alias: string; parliament: KnownParliament };
let index: { k: Knowledge; byFirstWord: Map<string, Alias[]> } | undefined;

/** Aliases by their first word (longest alias first), so a text is scanned once, word by word. */
function aliasesByFirstWord(k: Knowledge): Map<string, Alias[]> {
  if (index?.k !== k) {
    const byFirstWord = new Map<string, Alias[]>();
    for (const entry of k.parliamentAliases) {
      const first = /^[\p{L}\p{N}]+/u.exec(entry.alias)?.[0];
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push(entry);
      byFirstWord.set(first, list);
    }
    index = { k, byFirstWord };
  }
  return index.byFirstWord;
}

/** A known parliament named in `text`: the earliest alias occurrence (the longest alias at that spot). */
export function findParliamentMention(k: Knowledge, text: string): { parliament: KnownParliament; index: number; alias: string } | undefined {
  const byFirstWord = aliasesByFirstWord(k);
  wordStart.lastIndex = 0;
  for (let m = wordStart.exec(text); m !== null; m = wordStart.exec(text)) {
    const candidates = byFirstWord.get(m[0]);
    if (!candidates) continue;
    if (m.index > 0 && wordChar.test(text[m.index - 1]!)) continue;
    for (const { alias, parliament } of candidates) {
      if (!text.startsWith(alias, m.index)) continue;
      const after = text[m.index + alias.length] ?? " ";
      if (!wordChar.test(after)) return { parliament, index: m.index, alias };
    }
  }
  return undefined;
}

/** A known parliament named in `text`, if any. */
export function findParliament(k: Knowledge, text: string): KnownParliament | undefined {
  return findParliamentMention(k, text)?.parliament;
}
