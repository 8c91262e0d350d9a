// The agreement figures of RUBRIC.md between the engine and expert graders: Spearman of overall,
// quadratic weighted kappa over pooled dimension scores, exact and within-one agreement on the
// demonstrated level, and verdict agreement.

/** Ranks with ties given their average rank (1-based). */
export function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]?.[1] ?? 0] = rank;
    i = j + 1;
  }
  return out;
}

export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n !== y.length || n < 2) return Number.NaN;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson's correlation of the ranks (ties averaged). */
export function spearman(x: number[], y: number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** Quadratic weighted kappa for integer ratings in [min, max]. */
export function quadraticWeightedKappa(a: number[], b: number[], min = 1, max = 4): number {
  const n = a.length;
  if (n === 0 || n !== b.length) return Number.NaN;
  const k = max - min + 1;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const histA = new Array<number>(k).fill(0);
  const histB = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const x = (a[i] ?? min) - min;
    const y = (b[i] ?? min) - min;
    const row = observed[x];
    if (row) row[y] = (row[y] ?? 0) + 1;
    histA[x] = (histA[x] ?? 0) + 1;
    histB[y] = (histB[y] ?? 0) + 1;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      const expected = ((histA[i] ?? 0) * (histB[j] ?? 0)) / n;
      num += w * (observed[i]?.[j] ?? 0);
      den += w * expected;
    }
  }
  return den === 0 ? (num === 0 ? 1 : Number.NaN) : 1 - num / den;
}
