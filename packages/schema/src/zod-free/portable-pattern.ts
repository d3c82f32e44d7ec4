/**
 * An anchored pattern that ECMA-262 (zod, ajv), Python `re` (jsonschema) and PCRE-style C++/Rust
 * engines read alike. They disagree on `\d`, `\s`, `\w` and `\b` (Unicode digits and spaces in
 * Python), on `.` (JavaScript also stops at \r, U+2028, U+2029) and on `$` (Python also matches
 * before a final newline), so a body may use none of those: ASCII classes like `[0-9]` instead, and
 * the end is written `(?!\n)$`.
 */
export function portablePattern(body: string): RegExp {
  const problem = portabilityProblem(body);
  if (problem) throw new Error(`pattern ${JSON.stringify(body)} is not portable: ${problem}`);
  return new RegExp(`^${hasTopLevelAlternation(body) ? `(?:${body})` : body}(?!\\n)$`);
}

function portabilityProblem(body: string): string | undefined {
  if (/[^\x20-\x7e]/.test(body)) return "write non-ASCII characters as \\uXXXX escapes";
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") {
      const next = body[++i] ?? "";
      if ("dDsSwWbB".includes(next)) return `\\${next} means different things in Python; use an ASCII class like [0-9]`;
    } else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === ".") return "'.' stops at different line terminators in Python; use a class";
    else if (c === "^" || c === "$") return "the anchors are added by portablePattern";
  }
  return undefined;
}

function hasTopLevelAlternation(body: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}
