// String.prototype.isWellFormed (ES2024, in Node 20) is native and fast; the lib setting stops at ES2023.
const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** True when `value` holds no lone surrogate. */
export function isWellFormed(value: string): boolean {
  return nativeIsWellFormed ? nativeIsWellFormed.call(value) : firstLoneSurrogate(value) === -1;
}

/** Index of the first lone surrogate in `value` (a UTF-16 unit no UTF-8 encoder can write), or -1. */
export function firstLoneSurrogate(value: string): number {
  // Fast path: most strings hold no surrogate at all.
  if (!/[\ud800-\udfff]/.test(value)) return -1;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}
