/** Line and column (both from 1) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of a JSON.parse failure, read from V8's message ("... at position 17 ..."), or the text's end. */
export function syntaxErrorOffset(error: unknown, text: string): number {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  return match ? Number(match[1]) : text.length;
}

/** Nesting below which pointers are mapped to lines; the release schema is about ten levels deep. */
const maxPointerDepth = 64;

/**
 * Maps every JSON Pointer in a valid JSON text to the line its value starts on, so that a
 * problem found in the parsed value can be reported at `file:line`. Single pass, no recursion.
 */
export function pointerLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: { pointer: string; index: number; isArray: boolean; key?: string }[] = [];
  let line = 1;
  let pendingKey: string | undefined;

  const valueStarts = () => {
    const parent = stack[stack.length - 1];
    let pointer = "";
    // Deeper than any issue the schema can raise: build no pointer (one per level would make
    // hostile nesting quadratic); an issue down there is reported on its nearest mapped ancestor.
    if (stack.length > maxPointerDepth) {
      pendingKey = undefined;
      return "";
    }
    if (parent) {
      const segment = parent.isArray ? String(parent.index) : (pendingKey ?? "");
      pointer = `${parent.pointer}/${segment.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    }
    if (!lines.has(pointer)) lines.set(pointer, line);
    pendingKey = undefined;
    return pointer;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    else if (ch === "{" || ch === "[") {
      const pointer = valueStarts();
      stack.push({ pointer, index: 0, isArray: ch === "[" });
    } else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === ",") {
      const top = stack[stack.length - 1];
      if (top?.isArray) top.index++;
    } else if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const raw = text.slice(i, end + 1);
      const top = stack[stack.length - 1];
      const isKey = top && !top.isArray && pendingKey === undefined && /^\s*:/.test(text.slice(end + 1, end + 20));
      if (isKey) pendingKey = JSON.parse(raw) as string;
      else valueStarts();
      i = end;
    } else if (ch !== undefined && /[-0-9tfn]/.test(ch)) {
      valueStarts();
      while (i + 1 < text.length && /[-+.0-9eEa-z]/.test(text[i + 1] ?? "")) i++;
    }
  }
  return lines;
}
