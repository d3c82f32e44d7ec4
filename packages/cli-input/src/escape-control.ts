// C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides: anything that can
// move the cursor, set a terminal's title, hide text or reorder it when a message echoes input.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const unsafeInJson = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const hex4 = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Makes text from an input (a file name, a value, a message quoting one) safe to print on a terminal: each control becomes `\uXXXX`. */
export function escapeControl(text: string): string {
  return unsafe.test(text) ? text.replace(unsafe, hex4) : text;
}

/** The same for serialized JSON: `JSON.stringify` escapes C0 controls but leaves C1, DEL and bidi controls raw. */
export function escapeJsonOutput(json: string): string {
  return unsafeInJson.test(json) ? json.replace(unsafeInJson, hex4) : json;
}
