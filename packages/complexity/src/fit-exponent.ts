/**
 * The growth exponent k of work ≈ c·n^k: the least-squares slope of log(work) against log(n).
 * 1 is linear, 2 quadratic; a ratio, so a machine that is slow for every size alike does not move it.
 */
export function fitExponent(sizes: readonly number[], work: readonly number[]): number {
  if (sizes.length !== work.length || sizes.length < 2) throw new Error(`expected two or more sizes with one work figure each, found ${sizes.length} and ${work.length}`);
  const xs = sizes.map(Math.log);
  const ys = work.map((w) => Math.log(w));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}
