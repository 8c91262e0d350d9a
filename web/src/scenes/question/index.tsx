// One question of the bank: the prompt and its context, the levels it suits, its tags, competencies and
// level variants, the brief of a take-home, and the ways to practise it. What a strong answer covers is
// kept behind a disclosure the user opens on purpose: read before answering, it spoils the practice.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { LEVEL_IDS } from '../../../../src/engine/types.js';
import { ApiError, api } from '../../api/client.js';
import {
  dimensionLabel,
  kindLabel,
  LEVEL_SHORT,
  levelLabel,
  useKinds,
  useLevels,
} from '../../api/queries.js';
import type { Kind, LevelId, Question } from '../../api/types.js';
import { Card, ErrorAlert, Loading } from '../../components/ui.js';
import { useProfile } from '../../session.js';
import {
  COMPANY_TYPES,
  DOMAINS,
  durationLabel,
  idWords,
  sentenceCase,
  tagLabel,
} from '../questions/labels.js';
import { BriefData } from './brief-data.js';
import './question.css';

/** The level to practise at first: the one asked for, else the target, else the suited level nearest to it. */
export function defaultLevel(suits: readonly LevelId[], asked: string | null, target: LevelId): LevelId {
  const askedLevel = suits.find((level) => level === asked);
  if (askedLevel) return askedLevel;
  if (suits.includes(target)) return target;
  const rank = (level: LevelId) => LEVEL_IDS.indexOf(level);
  return (
    [...suits].sort(
      (a, b) => Math.abs(rank(a) - rank(target)) - Math.abs(rank(b) - rank(target)) || rank(a) - rank(b),
    )[0] ?? target
  );
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export default function QuestionPage() {
  const { id = '' } = useParams();
  const question = useQuery({
    queryKey: ['question', id],
    queryFn: () => api.question(id),
    staleTime: Infinity,
  });
  if (question.isPending) return <Loading label="Loading the question" />;
  if (question.isError) {
    const missing = question.error instanceof ApiError && question.error.status === 404;
    return (
      <div className="page narrow">
        <h1>{missing ? 'No such question' : 'The question could not be loaded'}</h1>
        {missing ? (
          <p className="lead">
            There is no question “{id}” in the bank. It may have been renamed; find it in the{' '}
            <Link to="/questions">question bank</Link>.
          </p>
        ) : (
          <ErrorAlert error={question.error} />
        )}
      </div>
    );
  }
  return <QuestionDetail key={question.data.id} question={question.data} />;
}

function QuestionDetail({ question }: { question: Question }) {
  const profile = useProfile();
  const target = profile.data?.targetLevel ?? 'pm2';
  const [search] = useSearchParams();
  const levels = useLevels();
  const kinds = useKinds();
  const [level, setLevel] = useState<LevelId>(() =>
    defaultLevel(question.levels, search.get('level'), target),
  );
  const attempts = useQuery({
    queryKey: ['attempts', { questionId: question.id, limit: 1 }],
    queryFn: () => api.attempts({ questionId: question.id, limit: 1 }),
  });
  const takeHome = question.kind === 'take_home';

  return (
    <div className="page question-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/questions?kind=${question.kind}`}>Question bank</Link>
        <span aria-hidden="true"> / </span>
        <span>{kindLabel(kinds.data, question.kind)}</span>
      </nav>
      <header className="question-header">
        <p className="question-meta">
          <span className="badge badge-kind">{kindLabel(kinds.data, question.kind)}</span>
          <span>
            {takeHome && question.brief
              ? `Time box: ${question.brief.time_box_hours} hours`
              : `Time limit: ${durationLabel(question.time_limit_min)}`}
          </span>
        </p>
        <h1 className="question-prompt">{question.prompt}</h1>
        {question.context ? (
          <div className="question-context">
            {paragraphs(question.context).map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        ) : null}
      </header>

      <div className="question-grid">
        <div className="question-main">
          {question.brief ? <Brief brief={question.brief} /> : null}
          <Card className="practise" aria-labelledby="practise-title">
            <h2 id="practise-title">Practise this question</h2>
            <fieldset>
              <legend>Level to answer at</legend>
              <div className="segmented">
                {question.levels.map((l) => (
                  <label key={l}>
                    <input
                      type="radio"
                      name="level"
                      value={l}
                      checked={level === l}
                      onChange={() => setLevel(l)}
                    />
                    <span>
                      {levelLabel(levels.data, l)}
                      {l === target ? <span className="muted"> (your target)</span> : null}
                    </span>
                  </label>
                ))}
              </div>
              {question.levels.includes(target) ? null : (
                <p className="field-hint">
                  This question is not pitched at your target level, {LEVEL_SHORT[target]}; it is graded
                  against the bar you choose here.
                </p>
              )}
            </fieldset>
            <div className="practise-actions">
              <Link className="button primary" to={`/practice/${question.id}?level=${level}`}>
                Practise at {LEVEL_SHORT[level]}
              </Link>
              {takeHome ? (
                <Link className="button" to={`/take-home?questionId=${question.id}&level=${level}`}>
                  Upload your document
                </Link>
              ) : null}
            </div>
            {attempts.data && attempts.data.total > 0 ? (
              <p className="practise-history">
                <Link to={`/history?questionId=${question.id}`}>
                  Your {attempts.data.total === 1 ? 'attempt' : `${attempts.data.total} attempts`} at this
                  question
                </Link>
              </p>
            ) : null}
          </Card>
          <Guidance
            question={question}
            level={level}
            kinds={kinds.data}
            levelName={levelLabel(levels.data, level)}
          />
        </div>
        <aside className="question-side" aria-label="About this question">
          <About question={question} target={target} />
          <Variants ids={question.variants} />
        </aside>
      </div>
    </div>
  );
}

function Brief({ brief }: { brief: NonNullable<Question['brief']> }) {
  return (
    <Card className="brief" aria-labelledby="brief-title">
      <h2 id="brief-title">The brief</h2>
      {paragraphs(brief.context).map((p) => (
        <p key={p}>{p}</p>
      ))}
      {brief.data ? <BriefData data={brief.data} className="brief-data" /> : null}
      <h3>What to hand in</h3>
      <p>{brief.deliverable}</p>
      <p className="muted">Time box: {brief.time_box_hours} hours.</p>
    </Card>
  );
}

function Guidance({
  question,
  level,
  levelName,
  kinds,
}: {
  question: Question;
  level: LevelId;
  levelName: string;
  kinds: Kind[] | undefined;
}) {
  const guidance = question.guidance[level];
  if (!guidance) return null;
  return (
    <details className="disclosure guidance card">
      <summary>Show what a strong answer covers</summary>
      <p className="alert alert-warn">
        Reading this before you answer spoils the practice: the report checks your answer against these
        points. Answer first, then come back.
      </p>
      <h3>A strong answer at {levelName} covers</h3>
      <ul className="covers">
        {guidance.covers.map((cover) => (
          <li key={cover.point}>
            <span className="cover-dimension">{dimensionLabel(kinds, cover.dimension)}</span>
            {cover.point}
          </li>
        ))}
      </ul>
      {guidance.clarifying.length ? (
        <>
          <h3>Clarifying questions worth asking</h3>
          <ul>
            {guidance.clarifying.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>What the interviewer would probe next</h3>
      <ul>
        {guidance.follow_ups.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <h3>The trap at this level</h3>
      <p>{guidance.trap}</p>
    </details>
  );
}

function About({ question, target }: { question: Question; target: LevelId }) {
  const levels = useLevels();
  return (
    <Card aria-labelledby="about-title">
      <h2 id="about-title">About this question</h2>
      <dl className="about">
        <div>
          <dt>Levels</dt>
          <dd>
            <ul className="chips">
              {question.levels.map((l) => (
                <li key={l} className={l === target ? 'chip chip-target' : 'chip'}>
                  {levelLabel(levels.data, l)}
                  {l === target ? <span className="visually-hidden"> (your target)</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Domain</dt>
          <dd>
            <Link to={`/questions?tag=${question.tags.domain}&level=all`}>
              {DOMAINS[question.tags.domain] ?? tagLabel(question.tags.domain)}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Company type</dt>
          <dd>
            <Link to={`/questions?tag=${question.tags.company_type}&level=all`}>
              {COMPANY_TYPES[question.tags.company_type] ?? tagLabel(question.tags.company_type)}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Topics</dt>
          <dd>
            <ul className="chips">
              {question.tags.topics.map((topic) => (
                <li key={topic}>
                  <Link className="chip chip-link" to={`/questions?tag=${topic}&level=all`}>
                    {tagLabel(topic)}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {question.competencies.length ? (
          <div>
            <dt>Competencies tested</dt>
            <dd>
              <ul className="plain-list">
                {question.competencies.map((c) => (
                  <li key={c}>{sentenceCase(idWords(c))}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {question.concepts.length ? (
          <div>
            <dt>Concepts worth reviewing</dt>
            <dd>
              <ul className="chips">
                {question.concepts.map((c) => (
                  <li key={c} className="chip">
                    {idWords(c)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </Card>
  );
}

function Variants({ ids }: { ids: string[] }) {
  const variants = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['question', id],
      queryFn: () => api.question(id),
      staleTime: Infinity,
    })),
  });
  if (ids.length === 0) return null;
  return (
    <Card aria-labelledby="variants-title">
      <h2 id="variants-title">The same prompt at other levels</h2>
      <ul className="variants">
        {ids.map((id, i) => {
          const variant = variants[i]?.data;
          return (
            <li key={id}>
              <Link to={`/questions/${id}`}>{variant?.prompt ?? sentenceCase(idWords(id))}</Link>
              {variant ? (
                <span className="muted variant-levels">
                  {' '}
                  · {variant.levels.map((l) => LEVEL_SHORT[l]).join(', ')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
