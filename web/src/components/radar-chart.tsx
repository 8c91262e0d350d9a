// A radar of an answer's dimension scores against the bar of a level, as hand-drawn SVG (no chart
// library for one polygon). The picture is for the eye; a table beside it carries the same numbers for
// screen readers.
import './radar-chart.css';

export interface RadarDimension {
  id: string;
  label: string;
  score: number;
  bar: number;
}

// Wider than tall: the labels beside the left and right axes need the room.
const WIDTH = 480;
const HEIGHT = 380;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 115;
const MAX = 4;
const LINE = 1.15;

/** The point at `value` (0 to MAX) on the axis `index` of `count`, the first axis pointing up. */
export function radarPoint(index: number, count: number, value: number): [number, number] {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  const r = (RADIUS * value) / MAX;
  return [round(CX + r * Math.cos(angle)), round(CY + r * Math.sin(angle))];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function polygon(values: number[]): string {
  return values.map((v, i) => radarPoint(i, values.length, v).join(',')).join(' ');
}

/** Splits a long axis label over two lines at the space nearest its middle. */
export function labelLines(label: string, width = 16): string[] {
  if (label.length <= width) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best === -1 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

export function RadarChart({
  dimensions,
  barLabel,
  caption,
}: {
  dimensions: RadarDimension[];
  /** Whose bar it is, e.g. "PM II bar". */
  barLabel: string;
  caption: string;
}) {
  const count = dimensions.length;
  // The hidden table sits in a hidden box: a table grows to fit its cells whatever width it is given.
  const table = (
    <div className={count >= 3 ? 'visually-hidden' : undefined}>
      <table className="radar-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Score</th>
            <th scope="col">{barLabel}</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              <td>{d.score} of 4</td>
              <td>{d.bar}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  // Fewer than three axes make no polygon; the table alone says it better.
  if (count < 3) return <figure className="radar">{table}</figure>;

  return (
    <figure className="radar">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false" className="radar-svg">
        {[1, 2, 3, 4].map((ring) => (
          <polygon key={ring} className="radar-ring" points={polygon(dimensions.map(() => ring))} />
        ))}
        {dimensions.map((d, i) => {
          const [x, y] = radarPoint(i, count, MAX);
          return <line key={d.id} className="radar-axis" x1={CX} y1={CY} x2={x} y2={y} />;
        })}
        <polygon className="radar-bar" points={polygon(dimensions.map((d) => d.bar))} />
        <polygon className="radar-score" points={polygon(dimensions.map((d) => d.score))} />
        {dimensions.map((d, i) => {
          const [x, y] = radarPoint(i, count, d.score);
          return (
            <circle
              key={d.id}
              className={`radar-dot${d.score < d.bar ? ' radar-dot-short' : ''}`}
              cx={x}
              cy={y}
              r={4}
            />
          );
        })}
        {dimensions.map((d, i) => {
          const [x, y] = radarPoint(i, count, MAX + 0.5);
          const anchor = Math.abs(x - CX) < 4 ? 'middle' : x > CX ? 'start' : 'end';
          const lines = labelLines(d.label);
          // The label and its score line sit above a top axis, below a bottom one, centred beside a side one.
          const extra = lines.length * LINE;
          const firstDy = y < CY - 4 ? -extra : y > CY + 4 ? 0.8 : 0.35 - extra / 2;
          return (
            <text key={d.id} className="radar-label" x={x} y={y} textAnchor={anchor}>
              {lines.map((line, j) => (
                <tspan key={line} x={x} dy={`${j === 0 ? firstDy : LINE}em`}>
                  {line}
                </tspan>
              ))}
              <tspan className="radar-label-score" x={x} dy={`${LINE}em`}>
                {d.score} (bar {d.bar})
              </tspan>
            </text>
          );
        })}
      </svg>
      <figcaption className="radar-legend">
        <span className="radar-key radar-key-score">Your answer</span>
        <span className="radar-key radar-key-bar">{barLabel}</span>
      </figcaption>
      {table}
    </figure>
  );
}
