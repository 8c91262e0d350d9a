// The dimensions of a report beside the answer they were read from: open a dimension and its evidence lights
// up in the answer; click a marked passage and its dimension opens.
import { useMemo, useRef, useState } from 'react';
import type { DimensionReport, Report } from '../../api/types.js';
import { type EvidenceSpan, Highlighter, type HighlighterHandle } from '../../components/highlighter.js';

/** "clarifying_question" → "clarifying question": signal ids said as words. */
export function signalWords(signal: string): string {
  return signal.replace(/_/g, ' ');
}

/** Every piece of evidence of every dimension as a span of the answer, labelled for its hover text. */
export function evidenceSpans(report: Report): EvidenceSpan[] {
  return report.dimensions.flatMap((dimension) =>
    dimension.evidence.map((evidence) => ({
      start: evidence.start,
      end: evidence.end,
      group: dimension.id,
      tone: evidence.counts,
      label: `${dimension.label}: ${signalWords(evidence.signal)}${evidence.counts === 'against' ? ' (counts against)' : ''}`,
    })),
  );
}

export function standing(score: number, bar: number): { word: string; tone: 'good' | 'bad' | 'accent' } {
  if (score > bar) return { word: 'Above the bar', tone: 'accent' };
  if (score === bar) return { word: 'Meets the bar', tone: 'good' };
  return { word: `${bar - score} below the bar`, tone: 'bad' };
}

function ScorePips({ score, bar }: { score: number; bar: number }) {
  return (
    <span className="pips" aria-hidden="true">
      {[1, 2, 3, 4].map((n) => (
        <span key={n} className={`pip${n <= score ? ' pip-on' : ''}${n === bar ? ' pip-bar' : ''}`} />
      ))}
    </span>
  );
}

function Dimension({
  dimension,
  open,
  onToggle,
  onShow,
}: {
  dimension: DimensionReport;
  open: boolean;
  onToggle: () => void;
  onShow: (start: number) => void;
}) {
  const { id, label, score, bar, weight, evidence, feedback, points } = dimension;
  const status = standing(score, bar);
  const panelId = `dimension-panel-${id}`;
  return (
    <li className={`dimension${open ? ' dimension-open' : ''}`} id={`dimension-${id}`}>
      <h3 className="dimension-heading">
        <button
          type="button"
          className="dimension-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
          data-dimension={id}
        >
          <span className="dimension-name">
            <span className="dimension-caret" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {label}
          </span>
          <span className="dimension-score">
            <ScorePips score={score} bar={bar} />
            <span>
              {score} of 4<span className="muted"> · bar {bar}</span>
            </span>
          </span>
          <span className={`badge dimension-status status-${status.tone}`}>{status.word}</span>
        </button>
      </h3>
      <div id={panelId} className="dimension-panel" hidden={!open}>
        <p>{feedback}</p>
        {evidence.length ? (
          <>
            <h4>
              Evidence in your answer <span className="muted">({evidence.length})</span>
            </h4>
            <ul className="evidence-list">
              {evidence.map((item) => (
                <li key={`${item.start}-${item.end}-${item.signal}`} className={`evidence-${item.counts}`}>
                  <button type="button" className="evidence-quote" onClick={() => onShow(item.start)}>
                    <span className="visually-hidden">Show in the answer: </span>“{item.text}”
                  </button>
                  <span className="evidence-meta">
                    {signalWords(item.signal)}
                    {item.counts === 'against' ? (
                      <span className="badge verdict-below">counts against</span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">Nothing in the answer counted as evidence of this dimension.</p>
        )}
        {points.length ? (
          <details className="disclosure">
            <summary>How the score was reached</summary>
            <table className="points-table">
              <thead>
                <tr>
                  <th scope="col">Signal</th>
                  <th scope="col">Found</th>
                  <th scope="col">Points</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.signal}>
                    <td>{signalWords(p.signal)}</td>
                    <td>{p.findings}</td>
                    <td>{Number(p.points.toFixed(2))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ) : null}
        <p className="muted dimension-weight">Weighs {weight}% of the overall score for this kind.</p>
      </div>
    </li>
  );
}

export function EvidenceWorkspace({
  report,
  answer,
  answerLabel,
}: {
  report: Report;
  answer: string;
  answerLabel: string;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const spans = useMemo(() => evidenceSpans(report), [report]);
  const highlighter = useRef<HighlighterHandle>(null);

  const openFromAnswer = (group: string, how: 'pointer' | 'keyboard') => {
    setOpen(group);
    // Keyboard users land on the dimension they opened; pointer users see it come into view.
    requestAnimationFrame(() => {
      const item = document.getElementById(`dimension-${group}`);
      if (!item) return;
      if (how === 'keyboard') item.querySelector<HTMLButtonElement>('.dimension-toggle')?.focus();
      item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
  };

  return (
    <div className="evidence-workspace">
      <section className="card dimensions" aria-labelledby="dimensions-title" id="dimensions">
        <h2 id="dimensions-title">Dimensions</h2>
        <p className="muted">Open a dimension to light up its evidence in your answer.</p>
        <ul className="dimension-list">
          {report.dimensions.map((dimension) => (
            <Dimension
              key={dimension.id}
              dimension={dimension}
              open={open === dimension.id}
              onToggle={() => setOpen((current) => (current === dimension.id ? null : dimension.id))}
              onShow={(start) => highlighter.current?.showSpan(start)}
            />
          ))}
        </ul>
      </section>
      <section className="card answer-card" aria-labelledby="answer-title">
        <div className="answer-card-head">
          <h2 id="answer-title">Your answer</h2>
          <p className="muted answer-legend">
            <span className="legend-for">evidence</span>{' '}
            <span className="legend-against">counts against</span>
            {open ? (
              <button type="button" className="link-button" onClick={() => setOpen(null)}>
                Show all evidence
              </button>
            ) : null}
          </p>
        </div>
        <Highlighter
          ref={highlighter}
          text={answer}
          spans={spans}
          active={open}
          onActivate={openFromAnswer}
          label={answerLabel}
        />
      </section>
    </div>
  );
}
