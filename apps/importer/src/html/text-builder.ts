/**
 * Builds plain text from a stream of HTML text runs and block boundaries, the way a browser
 * lays it out: runs of whitespace collapse to one space, a block boundary starts a new line,
 * a paragraph boundary leaves a blank line, and no line starts or ends with a space.
 */
export class TextBuilder {
  private out = "";
  private pendingBreak = 0;
  private pendingSpace = false;

  /** Adds a run of text as HTML renders it (whitespace collapsed; U+00A0 counts as a space). */
  text(run: string): void {
    const collapsed = run.replace(/[\s\u00a0]+/g, " ");
    if (collapsed === " ") {
      this.pendingSpace = true;
      return;
    }
    if (collapsed === "") return;
    const leading = collapsed.charCodeAt(0) === 32;
    const trailing = collapsed.charCodeAt(collapsed.length - 1) === 32;
    const body = collapsed.slice(leading ? 1 : 0, trailing ? collapsed.length - 1 : collapsed.length);
    if (this.pendingBreak > 0 && this.out !== "") this.out += this.pendingBreak > 1 ? "\n\n" : "\n";
    else if ((this.pendingSpace || leading) && this.out !== "" && this.pendingBreak === 0) this.out += " ";
    this.pendingBreak = 0;
    this.out += body;
    this.pendingSpace = trailing;
  }

  /** Ends the current line (1) or paragraph (2); breaks never stack beyond a blank line. */
  break(kind: 1 | 2): void {
    if (kind > this.pendingBreak) this.pendingBreak = kind;
    this.pendingSpace = false;
  }

  /** Where the next text will start; for slicing out a container's text later. */
  get length(): number {
    return this.out.length;
  }

  /** The text from `start` to `end` (offsets from {@link length}), trimmed of blank edges. */
  slice(start = 0, end = this.out.length): string {
    return this.out.slice(start, end).trim();
  }
}
