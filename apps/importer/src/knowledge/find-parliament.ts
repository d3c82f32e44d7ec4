import type { Knowledge } from "./knowledge.js";
import type { KnownParliament } from "./knowledge-schema.js";

const wordChar = /[\p{L}\p{N}]/u;

/** A known parliament named in `text`: the earliest alias occurrence (the longest alias at that spot). */
export function findParliamentMention(k: Knowledge, text: string): { parliament: KnownParliament; index: number; alias: string } | undefined {
  let best: { parliament: KnownParliament; index: number; alias: string } | undefined;
  for (const { alias, parliament } of k.parliamentAliases) {
    let from = 0;
    for (let guard = 0; guard < 20; guard++) {
      const index = text.indexOf(alias, from);
      if (index < 0 || (best && index > best.index)) break;
      const before = index > 0 ? text[index - 1]! : " ";
      const after = text[index + alias.length] ?? " ";
      if (!wordChar.test(before) && !wordChar.test(after)) {
        if (!best || index < best.index) best = { parliament, index, alias };
        break;
      }
      from = index + 1;
    }
  }
  return best;
}

/** A known parliament named in `text`, if any. */
export function findParliament(k: Knowledge, text: string): KnownParliament | undefined {
  return findParliamentMention(k, text)?.parliament;
}
