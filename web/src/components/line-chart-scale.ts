// The arithmetic of the line chart, apart from React so it can be tested alone: mapping values to pixels,
// round tick values, where points sit along the x axis and which of them get a label.

/** A linear map from a domain of values to a range of pixels; a domain of one value maps to the middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** About `count` round ticks (steps of 1, 2 or 5 times a power of ten) covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min > max) [min, max] = [max, min];
  if (min === max) return [min];
  const rough = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const first = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = first; value <= max + step * 1e-9; value += step) {
    // Rounded to the step's precision so that 0.1 + 0.2 shows as 0.3.
    ticks.push(Number(value.toFixed(Math.max(0, -Math.floor(Math.log10(step))))));
  }
  return ticks;
}

/** Where n points sit across [start, end], evenly spaced; a single point sits in the middle. */
export function evenPositions(n: number, [start, end]: readonly [number, number]): number[] {
  if (n <= 0) return [];
  if (n === 1) return [(start + end) / 2];
  const step = (end - start) / (n - 1);
  return Array.from({ length: n }, (_, i) => start + i * step);
}

/**
 * Which of n points get an x-axis label when at most `max` fit: always the first and the last, the rest
 * evenly between, so that labels never crowd.
 */
export function labelIndices(n: number, max: number): number[] {
  if (n <= 0 || max <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max === 1) return [n - 1];
  const step = (n - 1) / (max - 1);
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round(i * step));
  return [...picked].sort((a, b) => a - b);
}

/** An SVG path through the points in order. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** A path of horizontal steps: each value holds until the next point, as a bar does until it changes. */
export function stepPath(
  points: readonly { x: number; y: number }[],
  [start, end]: readonly [number, number],
): string {
  if (points.length === 0) return '';
  const parts: string[] = [];
  points.forEach((p, i) => {
    const from = i === 0 ? start : ((points[i - 1]?.x ?? start) + p.x) / 2;
    const to = i === points.length - 1 ? end : (p.x + (points[i + 1]?.x ?? end)) / 2;
    parts.push(`${i === 0 ? 'M' : 'L'}${round(from)} ${round(p.y)}`, `L${round(to)} ${round(p.y)}`);
  });
  return parts.join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
