/**
 * The line on which the value at a JSON Pointer starts in a valid JSON text, so a validation
 * problem can be reported as `file:line`. One linear scan, no recursion; a pointer that isn't
 * found (a missing key) falls back to its nearest existing parent.
 */
export function lineOfPointer(text: string, pointer: string): number {
  return linesOfPointers(text, [pointer])(pointer);
}

/**
 * Lines for many pointers with one scan of the text (a record with 100,000 issues must not be
 * scanned 100,000 times): returns a lookup that works like {@link lineOfPointer} for each of them.
 */
export function linesOfPointers(text: string, pointers: Iterable<string>): (pointer: string) => number {
  const wanted = new Set<string>();
  for (const pointer of pointers) {
    for (let p = pointer; !wanted.has(p); p = p.slice(0, Math.max(0, p.lastIndexOf("/")))) {
      wanted.add(p);
      if (p === "") break;
    }
  }
  const lines = pointerLines(text, wanted);
  return (pointer) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const line = lines.get(p);
      if (line !== undefined) return line;
      if (p === "" || !p.includes("/")) return 1;
    }
  };
}

// Records the start line of every value whose pointer is in `wanted` (the pointers and their parents).
function pointerLines(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: { pointer: string; index: number; isArray: boolean }[] = [];
  let line = 1;
  let key: string | undefined;
  let expectKey = false;
  const valueStarts = () => {
    const parent = stack[stack.length - 1];
    let pointer = "";
    if (parent) {
      const segment = parent.isArray ? String(parent.index) : (key ?? "");
      pointer = `${parent.pointer}/${segment.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    }
    if (wanted.has(pointer)) lines.set(pointer, line);
    return pointer;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === '"') {
      let j = i + 1;
      let raw = "";
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === "\\") j++;
      }
      raw = text.slice(i, j + 1);
      const parent = stack[stack.length - 1];
      if (parent && !parent.isArray && expectKey) {
        try {
          key = JSON.parse(raw) as string;
        } catch {
          key = raw;
        }
        expectKey = false;
      } else valueStarts();
      i = j;
    } else if (c === "{" || c === "[") {
      const pointer = valueStarts();
      stack.push({ pointer, index: 0, isArray: c === "[" });
      expectKey = c === "{";
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      const parent = stack[stack.length - 1];
      if (parent?.isArray) parent.index++;
      else expectKey = true;
    } else if (c !== ":" && c !== " " && c !== "\t" && c !== "\r") {
      // A number, true, false or null: record it, then skip to its end.
      valueStarts();
      while (i + 1 < text.length && /[^,\]}\s]/.test(text[i + 1] as string)) i++;
    }
  }
  return lines;
}
