/** Where a JSON text first breaks the grammar (RFC 8259), and why, in words a newcomer can act on. */
export interface JsonSyntaxError {
  /** Offset in UTF-16 units of the first character that does not fit. */
  offset: number;
  reason: string;
  /** True when a complete document is followed by more data (several documents in one file). */
  trailingData: boolean;
}

const enum Container {
  Object,
  Array,
}

/**
 * Finds the first syntax error in `text`, or undefined when it is one valid JSON document. Runs only
 * after `JSON.parse` failed (V8's message does not always give a position, and never a reason);
 * iterative with an explicit stack, so any nesting depth costs linear time and no recursion.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: Container[] = [];
  let i = 0;
  const skipSpace = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    }
  };
  const fail = (reason: string, trailingData = false): JsonSyntaxError => ({ offset: i, reason, trailingData });

  skipSpace();
  if (i >= n) return fail(n === 0 ? "expected a JSON document, found an empty file" : "expected a JSON document, found only whitespace");
  for (;;) {
    // A value starts at i (after skipping space).
    skipSpace();
    const c = text[i];
    if (c === "{" || c === "[") {
      i++;
      skipSpace();
      if (c === "{") {
        if (text[i] === "}") i++;
        else {
          const error = key(text[i] === "," ? "a property name or }" : "a property name in double quotes");
          if (error) return error;
          stack.push(Container.Object);
          continue;
        }
      } else if (text[i] === "]") i++;
      else {
        stack.push(Container.Array);
        continue;
      }
    } else {
      const error = c === '"' ? string() : c === "-" || (c !== undefined && c >= "0" && c <= "9") ? number() : literal();
      if (error) return error;
    }
    // After a complete value: a comma, the end of its container, or the end of the document.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (text[i] === "\ufeff") return fail("expected the end of the document, found a byte order mark (U+FEFF): it may only start a file");
        if (i < n) {
          return fail("expected the end of the document, found more data after it (several JSON documents? NDJSON puts one per line)", true);
        }
        return undefined;
      }
      const close = top === Container.Object ? "}" : "]";
      const ch = text[i];
      if (ch === close) {
        stack.pop();
        i++;
        continue;
      }
      if (ch !== ",") return unexpected(`, or ${close} after ${top === Container.Object ? "a property value" : "an array item"}`);
      i++;
      skipSpace();
      if (text[i] === close) return fail(`expected another ${top === Container.Object ? "property" : "item"} after the comma, found ${close}: JSON allows no trailing comma`);
      if (top === Container.Object) {
        const error = key("a property name in double quotes");
        if (error) return error;
      }
      break;
    }
  }

  // A property name, the colon after it, and the space before its value.
  function key(expected: string): JsonSyntaxError | undefined {
    if (text[i] !== '"') {
      if (/[A-Za-z_$]/.test(text[i] ?? "")) return fail(`expected ${expected}, found an unquoted name: JSON needs "double quotes" around property names`);
      return unexpected(expected);
    }
    const error = string();
    if (error) return error;
    skipSpace();
    if (text[i] !== ":") return unexpected(": after the property name");
    i++;
    return undefined;
  }

  function string(): JsonSyntaxError | undefined {
    const start = i;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail(`expected an escape such as \\n for control character U+${hex(c)} inside a string; JSON strings cannot hold it raw`);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return fail("expected four hex digits after \\u in a string");
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else return fail(`expected a JSON escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \\${e ?? ""}`);
      }
    }
    i = start;
    return fail("expected a closing \" for the string that starts here, found the end of the text");
  }

  function number(): JsonSyntaxError | undefined {
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    match.lastIndex = i;
    const found = match.exec(text);
    const next = found ? text[i + found[0].length] : text[i + 1];
    if (!found || (next !== undefined && /[0-9.eExX+-]/.test(next))) {
      return fail("expected a JSON number (no leading zeros, + sign, hex, or trailing dot)");
    }
    i += found[0].length;
    return undefined;
  }

  function literal(): JsonSyntaxError | undefined {
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    return unexpected("a value (an object, array, string, number, true, false or null)");
  }

  function unexpected(expected: string): JsonSyntaxError {
    if (i >= n) return fail(`expected ${expected}, found the end of the text${stack.length ? ` (${stack.length} unclosed { or [)` : ""}`);
    const c = text[i] as string;
    const two = text.slice(i, i + 2);
    if (two === "//" || two === "/*") return fail(`expected ${expected}, found a comment: JSON has no comments`);
    if (c === "'") return fail(`expected ${expected}, found a single quote: JSON strings use "double quotes"`);
    if (c === "\ufeff") return fail(`expected ${expected}, found a byte order mark (U+FEFF): it may only start a file`);
    if (c === ",") return fail(`expected ${expected}, found a comma: one too many, or a value is missing`);
    const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(i, i + 20))?.[0];
    if (word) return fail(`expected ${expected}, found ${word}: JSON values are objects, arrays, "strings", numbers, true, false or null`);
    const code = text.codePointAt(i) as number;
    const shown = code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `U+${hex(code)}` : JSON.stringify(String.fromCodePoint(code));
    return fail(`expected ${expected}, found ${shown}`);
  }
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}
