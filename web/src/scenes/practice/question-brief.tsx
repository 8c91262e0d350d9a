// What the candidate reads before answering: the question's context, a take-home's brief and data, the
// clarifying questions worth asking (hidden until asked for, so the candidate tries their own first), and
// the level guide's advice for this kind of round.
import { useRef, useState } from 'react';
import { LEVEL_SHORT } from '../../api/queries.js';
import type { KindId, Level, LevelId, Question } from '../../api/types.js';
import { BriefData } from '../question/brief-data.js';

export function adviceBefore(level: Level | undefined, kind: KindId) {
  return (level?.guide.advice ?? []).filter((item) => item.when === `before_${kind}`);
}

export function QuestionContext({ question }: { question: Question }) {
  const brief = question.brief;
  return (
    <>
      {question.context ? <p className="practice-context">{question.context}</p> : null}
      {brief ? (
        <div className="practice-take-home">
          {brief.context
            .split(/\n\s*\n/)
            .filter((paragraph) => paragraph.trim())
            .map((paragraph) => (
              <p key={paragraph}>{paragraph.trim()}</p>
            ))}
          {brief.data ? <BriefData data={brief.data} className="practice-data" /> : null}
          <p>
            <strong>Deliverable: </strong>
            {brief.deliverable}
          </p>
          <p className="muted">
            Time box: {brief.time_box_hours} hour{brief.time_box_hours === 1 ? '' : 's'}.
          </p>
        </div>
      ) : null}
    </>
  );
}

/** The clarifying questions of the question at this level, revealed one at a time or all at once. */
export function ClarifyingQuestions({ questions }: { questions: string[] }) {
  const [shown, setShown] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const lastItem = useRef<HTMLLIElement>(null);
  const reveal = (count: number) => {
    const next = Math.min(questions.length, count);
    setShown(next);
    if (next === questions.length) {
      // The buttons go away with the last question: focus moves to it rather than falling to the page.
      requestAnimationFrame(() => lastItem.current?.focus());
    } else {
      setAnnouncement(`Clarifying question ${next} of ${questions.length}: ${questions[next - 1] ?? ''}`);
    }
  };
  if (!questions.length) return null;
  const remaining = questions.length - shown;
  return (
    <section className="practice-clarifying" aria-labelledby="clarifying-title">
      <h2 id="clarifying-title">Clarifying questions</h2>
      <p className="muted">
        Interviewers expect a question or two before you answer. Think of yours first, then compare.
      </p>
      {shown ? (
        <ol className="clarifying-list">
          {questions.slice(0, shown).map((question, i) => (
            <li key={question} ref={i === shown - 1 ? lastItem : undefined} tabIndex={-1}>
              {question}
            </li>
          ))}
        </ol>
      ) : null}
      {remaining ? (
        <div className="clarifying-actions">
          <button type="button" onClick={() => reveal(shown + 1)}>
            {shown ? 'Show the next one' : 'Show a clarifying question'}
          </button>
          {remaining > 1 ? (
            <button type="button" className="link-button" onClick={() => reveal(questions.length)}>
              Show all {questions.length}
            </button>
          ) : null}
          <span className="muted clarifying-count">
            {shown} of {questions.length} shown
          </span>
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

export function LevelAdvice({ level, kind }: { level: Level | undefined; kind: KindId }) {
  const advice = adviceBefore(level, kind);
  const listen = level?.guide.interviews[kind]?.listen_for ?? [];
  if (!advice.length && !listen.length) return null;
  return (
    <section className="practice-advice" aria-labelledby="advice-title">
      <h2 id="advice-title">From the {level ? LEVEL_SHORT[level.id as LevelId] : ''} level guide</h2>
      {advice.map((item) => (
        <aside className="advice" key={item.advice}>
          {item.advice}
          {item.why ? <span className="advice-why"> {item.why}</span> : null}
        </aside>
      ))}
      {listen.length ? (
        <details className="disclosure">
          <summary>What an interviewer listens for</summary>
          <ul>
            {listen.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
