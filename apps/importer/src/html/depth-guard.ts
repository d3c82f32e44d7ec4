import type { Parser } from "htmlparser2";

/** Deepest element nesting kept; real pages stay well under 100. */
export const maxHtmlDepth = 512;

// htmlparser2 12.0.0 internals this guard relies on (a test feeds deep nesting to notice if they change).
interface ParserInternals {
  stack: string[];
  tagname: string;
  emitOpenTag(name: string): void;
}

/**
 * Makes `parser` ignore start tags nested deeper than `maxDepth` (their text is kept, as part of
 * the parent). htmlparser2 keeps open elements in an array it `unshift`s and searches per tag, so
 * 200,000 unclosed `<div>`s would cost quadratic time; with the cap every tag costs O(maxDepth).
 */
export function limitDepth(parser: Parser, maxDepth: number = maxHtmlDepth): void {
  const internals = parser as unknown as ParserInternals;
  const emitOpenTag = internals.emitOpenTag;
  if (typeof emitOpenTag !== "function" || !Array.isArray(internals.stack)) {
    throw new Error("htmlparser2 internals changed: update src/html/depth-guard.ts");
  }
  internals.emitOpenTag = function (this: ParserInternals, name: string) {
    if (this.stack.length >= maxDepth) {
      // What htmlparser2 itself does to drop a nested <form>: no open event, no attributes, no close.
      this.tagname = "";
      return;
    }
    emitOpenTag.call(this, name);
  };
}
