// Scores of 1 to 4, one per dimension of an answer's rubric: what a reviewer gives, and what a candidate
// gives their own answer. Each dimension is a group of four radios (arrow keys move within it), with the
// rubric's words for the chosen score under it and the bar of the level beside it.
import { useId } from 'react';
import './score-picker.css';

export interface ScoredDimension {
  id: string;
  label: string;
  /** The score the level expects. */
  bar: number;
  /** What each score means on this dimension, when the rubric gives it. */
  anchors?: Record<'1' | '2' | '3' | '4', string>;
}

export type ScoreInput = Record<string, number | undefined>;

const SCORES = [1, 2, 3, 4] as const;

/** The dimensions not scored yet, by label: what must be done before the scores can be saved. */
export function unscored(dimensions: readonly ScoredDimension[], scores: ScoreInput): string[] {
  return dimensions.filter((d) => scores[d.id] === undefined).map((d) => d.label);
}

export function ScorePicker({
  dimensions,
  scores,
  onChange,
  barName,
  invalid = [],
}: {
  dimensions: readonly ScoredDimension[];
  scores: ScoreInput;
  onChange: (next: ScoreInput) => void;
  /** Whose bar, e.g. "PM II". */
  barName: string;
  /** Dimension ids to mark as missing after a save was refused. */
  invalid?: readonly string[];
}) {
  const id = useId();
  return (
    <div className="score-picker">
      {dimensions.map((d) => {
        const chosen = scores[d.id];
        const anchorId = `${id}-${d.id}-anchor`;
        const missing = invalid.includes(d.id);
        return (
          <fieldset key={d.id} className={`score-row${missing ? ' score-row-missing' : ''}`}>
            <legend>
              {d.label}{' '}
              <span className="muted score-bar">
                · {barName} bar {d.bar}
              </span>
            </legend>
            <div className="score-options">
              {SCORES.map((score) => (
                <label key={score} className={score === d.bar ? 'score-at-bar' : undefined}>
                  <input
                    type="radio"
                    name={`${id}-${d.id}`}
                    value={score}
                    checked={chosen === score}
                    aria-describedby={d.anchors ? anchorId : undefined}
                    onChange={() => onChange({ ...scores, [d.id]: score })}
                  />
                  <span>{score}</span>
                </label>
              ))}
            </div>
            {d.anchors ? (
              <p className="score-anchor" id={anchorId}>
                {chosen ? (
                  <>
                    <strong>{chosen}:</strong> {d.anchors[String(chosen) as '1']}
                  </>
                ) : (
                  <span className="muted">
                    Choose 1 to 4. {d.bar}, the bar, means: {d.anchors[String(d.bar) as '1']}
                  </span>
                )}
              </p>
            ) : null}
            {missing ? <p className="field-error">Score {d.label.toLowerCase()} too.</p> : null}
          </fieldset>
        );
      })}
    </div>
  );
}
