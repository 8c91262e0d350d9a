// A small line chart drawn as SVG: one series of values over successive points, with a reference line
// (the bar) to read them against. The figure carries a text summary; callers put the numbers beside it as
// a table (the chart's children), so that no one depends on seeing the lines.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { evenPositions, labelIndices, linearScale, linePath, stepPath } from './line-chart-scale.js';
import './line-chart.css';

export interface LineChartPoint {
  /** Unique among the points. */
  key: string;
  /** The x-axis label (a date). */
  label: string;
  value: number;
  /** The reference (the bar) at this point. */
  reference?: number;
  /** Said when the point is hovered, e.g. "12 Mar, Metrics: 3". */
  description: string;
}

export interface LineChartProps {
  title: string;
  /** One or two sentences of what the chart shows, for everyone. */
  summary: ReactNode;
  points: LineChartPoint[];
  yDomain: [number, number];
  yTicks: { value: number; label: string }[];
  valueName: string;
  referenceName?: string;
  height?: number;
  /** The chart's numbers as a table, or anything else that says the same in text. */
  children?: ReactNode;
  headingLevel?: 'h2' | 'h3';
}

const MARGIN = { top: 14, right: 14, bottom: 30, left: 58 };
const LABEL_WIDTH = 72;

/** The width the chart has, followed as the window resizes, so text stays the same size on every screen. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export function LineChart({
  title,
  summary,
  points,
  yDomain,
  yTicks,
  valueName,
  referenceName,
  height = 200,
  children,
  headingLevel: Heading = 'h3',
}: LineChartProps) {
  const { ref, width } = useWidth(560);
  const titleId = useId();
  const summaryId = useId();
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const y = linearScale(yDomain, [plot.bottom, plot.top]);
  // A little room at each end so the first and last dots are not cut by the plot's edge.
  const xs = evenPositions(points.length, [plot.left + 12, plot.right - 12]);
  const placed = points.map((p, i) => ({ ...p, x: xs[i] ?? plot.left, y: y(p.value) }));
  const withReference = placed.filter((p) => p.reference !== undefined);
  const referencePath = stepPath(
    withReference.map((p) => ({ x: p.x, y: y(p.reference ?? 0) })),
    [plot.left, plot.right],
  );
  const labelled = new Set<number>();
  let lastLabel = '';
  // Neighbouring points from the same day share a label: it is shown once.
  for (const i of labelIndices(
    points.length,
    Math.max(1, Math.floor((plot.right - plot.left) / LABEL_WIDTH)),
  )) {
    const label = points[i]?.label ?? '';
    if (label !== lastLabel) labelled.add(i);
    lastLabel = label;
  }

  return (
    <figure className="line-chart" aria-labelledby={titleId}>
      <figcaption>
        <Heading id={titleId} className="line-chart-title">
          {title}
        </Heading>
        <p id={summaryId} className="line-chart-summary">
          {summary}
        </p>
      </figcaption>
      <div className="line-chart-legend" aria-hidden="true">
        <span className="legend-value">{valueName}</span>
        {referenceName ? <span className="legend-reference">{referenceName}</span> : null}
      </div>
      <div className="line-chart-plot" ref={ref}>
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={summaryId}
        >
          <title>{title}</title>
          {yTicks.map((tick) => (
            <g key={tick.value} className="tick">
              <line x1={plot.left} x2={plot.right} y1={y(tick.value)} y2={y(tick.value)} />
              <text x={plot.left - 8} y={y(tick.value)} dy="0.32em" textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
          {referencePath ? <path className="reference" d={referencePath} /> : null}
          {placed.length > 1 ? <path className="series" d={linePath(placed)} /> : null}
          {placed.map((p) => (
            <circle
              key={p.key}
              className={p.reference !== undefined && p.value < p.reference ? 'point under' : 'point'}
              cx={p.x}
              cy={p.y}
              r={4.5}
            >
              <title>{p.description}</title>
            </circle>
          ))}
          {placed.map((p, i) =>
            labelled.has(i) ? (
              <text
                key={p.key}
                className="x-label"
                x={p.x}
                y={height - 8}
                textAnchor={
                  placed.length > 1 && i === 0
                    ? 'start'
                    : placed.length > 1 && i === placed.length - 1
                      ? 'end'
                      : 'middle'
                }
              >
                {p.label}
              </text>
            ) : null,
          )}
        </svg>
      </div>
      {children}
    </figure>
  );
}
