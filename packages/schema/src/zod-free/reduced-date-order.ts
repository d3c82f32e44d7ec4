// Without zod, so that the precompiled validator's semantic checks don't load it.

/**
 * Compares two reduced-precision dates on the precision they share:
 * `2021-04` is not before `2021-04-15`, and `2021-04-16` is not before `2021`.
 */
export function isBeforeReduced(later: string, earlier: string): boolean {
  const shared = Math.min(later.length, earlier.length);
  return later.slice(0, shared) < earlier.slice(0, shared);
}
