// The progress charts, shared by the user's own progress page and a coach's view of a candidate: the level
// each answer demonstrated against the bar of a level, and one dimension's scores over time against its bar.
import type { ReactNode } from 'react';
import { LEVEL_IDS } from '../../../../src/engine/types.js';
import type { LevelFitPoint, ProgressDimension, ProgressPoint } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel } from '../../api/queries.js';
import type { Kind, Level, LevelId, Verdict } from '../../api/types.js';
import { LineChart } from '../../components/line-chart.js';

const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
// No year: progress covers weeks of preparation, and the tables must fit a phone.
export const WHEN = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** The rungs as numbers for the level-fit chart: none below the first level. */
export const RUNG: Record<LevelId | 'none', number> = { none: 0, apm: 1, pm2: 2, senior: 3, staff: 4 };

const SCORE_TICKS = [1, 2, 3, 4].map((value) => ({ value, label: String(value) }));
const RUNG_TICKS = (['none', ...LEVEL_IDS] as const).map((id) => ({
  value: RUNG[id],
  label: id === 'none' ? 'None' : LEVEL_SHORT[id],
}));

/** What one dimension's series says in a sentence: where the latest score stands against the bar. */
export function dimensionSummary(points: readonly ProgressPoint[]): string {
  const latest = points.at(-1);
  if (!latest) return 'No scores yet.';
  const first = points[0] ?? latest;
  const gap = latest.score - latest.bar;
  const where = gap >= 0 ? (gap === 0 ? 'at the bar' : `${gap} above the bar`) : `${-gap} below the bar`;
  const trend =
    points.length > 1
      ? latest.score > first.score
        ? `, up from ${first.score}`
        : latest.score < first.score
          ? `, down from ${first.score}`
          : ', unchanged since the first'
      : '';
  return `Latest ${latest.score} of 4 against a bar of ${latest.bar}: ${where}${trend}. ${points.length} score${points.length === 1 ? '' : 's'}.`;
}

/** Where a demonstrated level stands against the bar of a level: the verdict, as if graded at that level. */
export function verdictAgainst(demonstrated: LevelId | 'none', level: LevelId): Verdict {
  const gap = RUNG[demonstrated] - RUNG[level];
  return gap < 0 ? 'below' : gap === 0 ? 'meets' : 'exceeds';
}

export function levelFitSummary(
  points: readonly LevelFitPoint[],
  level: LevelId,
  levelName: (id: string) => string,
): string {
  const latest = points.at(-1);
  if (!latest) return 'No answers yet.';
  const reached = points.filter((p) => verdictAgainst(p.demonstrated, level) !== 'below').length;
  const latestWords =
    latest.demonstrated === 'none'
      ? 'did not clear the entry bar'
      : `demonstrated ${levelName(latest.demonstrated)}`;
  return `The latest answer ${latestWords}. ${reached} of ${points.length} answer${points.length === 1 ? '' : 's'} reached the ${levelName(level)} bar.`;
}

/** A demonstrated level by name, with a name for falling below the first rung. */
export function rungName(levels: Level[] | undefined, id: string): string {
  return id === 'none' ? 'Below APM' : levelLabel(levels, id);
}

export function LevelFitChart({
  points,
  level,
  levels,
  kinds,
  children,
}: {
  points: LevelFitPoint[];
  level: LevelId;
  levels: Level[] | undefined;
  kinds: Kind[] | undefined;
  /** The numbers as a table. */
  children?: ReactNode;
}) {
  return (
    <LineChart
      headingLevel="h2"
      title="Level demonstrated, answer by answer"
      summary={levelFitSummary(points, level, (id) => rungName(levels, id))}
      points={points.map((p) => ({
        key: `${p.attemptId}-${p.revision}`,
        label: DAY.format(new Date(p.at)),
        value: RUNG[p.demonstrated],
        reference: RUNG[level],
        description: `${WHEN.format(new Date(p.at))}, ${kindLabel(kinds, p.kind)}: ${rungName(levels, p.demonstrated)}`,
      }))}
      yDomain={[0, 4]}
      yTicks={RUNG_TICKS}
      valueName="Level demonstrated"
      referenceName={`The ${LEVEL_SHORT[level]} bar`}
      height={220}
    >
      {children}
    </LineChart>
  );
}

export function DimensionChart({
  dimension,
  level,
  kinds,
  valueName,
  height,
  children,
}: {
  dimension: ProgressDimension;
  level: LevelId;
  kinds: Kind[] | undefined;
  valueName: string;
  height: number;
  /** The numbers as a table. */
  children?: ReactNode;
}) {
  return (
    <LineChart
      title={dimension.label}
      summary={dimensionSummary(dimension.points)}
      points={dimension.points.map((p) => ({
        key: `${p.attemptId}-${p.revision}`,
        label: DAY.format(new Date(p.at)),
        value: p.score,
        reference: p.bar,
        description: `${WHEN.format(new Date(p.at))}, ${kindLabel(kinds, p.kind)}: ${p.score} (bar ${p.bar})`,
      }))}
      yDomain={[1, 4]}
      yTicks={SCORE_TICKS}
      valueName={valueName}
      referenceName={`${LEVEL_SHORT[level]} bar`}
      height={height}
    >
      {children}
    </LineChart>
  );
}
