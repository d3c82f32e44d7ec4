// JSON.parse keeps the last of two equal keys and says nothing; RFC 7493 (I-JSON) forbids them.
// The check has a fast path: a text whose unescaped quotes match the parsed value's keys and
// strings holds no duplicate (a dropped key takes its quotes with it).

/**
 * False when `text`, which `JSON.parse` turned into `value`, certainly has no duplicate key;
 * true when it may (then {@link findDuplicateKey} says where). Linear, no recursion.
 */
export function mayHaveDuplicateKeys(text: string, value: unknown): boolean {
  let quotes = 0;
  for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) quotes++;
  }
  let strings = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === "string") strings++;
    else if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (typeof node === "object" && node !== null) {
      for (const key in node) {
        strings++;
        stack.push((node as Record<string, unknown>)[key]);
      }
    }
  }
  return quotes !== 2 * strings;
}

/** The first key that appears twice in one object of a valid JSON text: its offset and its path (the object's, then the key). */
export function findDuplicateKey(text: string): { offset: number; path: (string | number)[] } | undefined {
  // Each open container remembers where it sits in its parent; the path is read off the stack only
  // when a duplicate is found, so depth costs nothing (no path copied per level).
  const stack: { segment: string | number; keys?: Set<string>; index: number }[] = [];
  let pendingKey: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "{" || ch === "[") {
      const top = stack[stack.length - 1];
      const segment = top === undefined ? "" : top.keys ? (pendingKey ?? "") : top.index;
      stack.push({ segment, index: 0, ...(ch === "{" ? { keys: new Set<string>() } : {}) });
      pendingKey = undefined;
    } else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === ",") {
      const top = stack[stack.length - 1];
      if (top && !top.keys) top.index++;
      pendingKey = undefined;
    } else if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && pendingKey === undefined) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { offset: i, path: [...stack.slice(1).map((entry) => entry.segment), key] };
        top.keys.add(key);
        pendingKey = key;
      }
      i = end;
    }
  }
  return undefined;
}
