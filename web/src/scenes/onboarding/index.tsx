// Onboarding (and later edits from settings): the target level, the interview date, the company, and the
// loop as the recruiter described it, with the guide's advice for that moment beside the questions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type Answer3, type Profile, profileApi } from '../../api/client.js';
import { useLevels } from '../../api/queries.js';
import type { Level, LevelId } from '../../api/types.js';
import { ErrorAlert, Field, Loading, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';
import { localDay } from '../plan/plan-day.js';
import { safeNext } from '../sign-in/auth-form.js';

function adviceFor(level: Level | undefined, when: string): string[] {
  return (level?.guide.advice ?? []).filter((item) => item.when === when).map((item) => item.advice);
}

const ANSWERS: { value: Answer3; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not sure yet' },
];

function Choice({
  legend,
  name,
  value,
  onChange,
  hint,
}: {
  legend: string;
  name: string;
  value: Answer3;
  onChange: (value: Answer3) => void;
  hint?: string;
}) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <div className="segmented">
        {ANSWERS.map((answer) => (
          <label key={answer.value}>
            <input
              type="radio"
              name={name}
              value={answer.value}
              checked={value === answer.value}
              onChange={() => onChange(answer.value)}
            />
            <span>{answer.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ProfileForm({
  initial,
  onSaved,
  submitLabel,
}: {
  initial: Profile | null;
  onSaved: (profile: Profile) => void;
  submitLabel: string;
}) {
  const levels = useLevels();
  const client = useQueryClient();
  const [targetLevel, setTargetLevel] = useState<LevelId>(initial?.targetLevel ?? 'pm2');
  const [interviewDate, setInterviewDate] = useState(initial?.interviewDate ?? '');
  const [company, setCompany] = useState(initial?.company ?? '');
  const [rounds, setRounds] = useState(String(initial?.loop.rounds ?? 5));
  const [technicalRound, setTechnicalRound] = useState<Answer3>(initial?.loop.technicalRound ?? 'unknown');
  const [takeHome, setTakeHome] = useState<Answer3>(initial?.loop.takeHome ?? 'unknown');
  const roundsNumber = Number(rounds);
  const roundsError =
    rounds !== '' && (!Number.isInteger(roundsNumber) || roundsNumber < 1 || roundsNumber > 8)
      ? 'Give a whole number of rounds from 1 to 8.'
      : undefined;
  const dateError =
    interviewDate && interviewDate < localDay() ? 'The interview date is in the past.' : undefined;

  const save = useMutation({
    mutationFn: () =>
      profileApi.save({
        targetLevel,
        interviewDate: interviewDate || null,
        company: company.trim() || null,
        loop: { rounds: roundsNumber || 5, technicalRound, takeHome },
      }),
    onSuccess: ({ profile }) => {
      client.setQueryData(['profile'], profile);
      void client.invalidateQueries({ queryKey: ['progress'] });
      onSaved(profile);
    },
  });

  if (levels.isPending) return <Loading label="Loading the levels" />;
  if (levels.isError) return <ErrorAlert error={levels.error} />;
  const level = levels.data.find((l) => l.id === targetLevel);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The button stays enabled (aria-disabled) while saving so keyboard focus is not dropped to the page.
    if (!roundsError && !dateError && !save.isPending) save.mutate();
  };

  return (
    <form className="stack" onSubmit={onSubmit}>
      <ErrorAlert focus error={save.error} title="Your profile was not saved." />
      <fieldset className="level-choice">
        <legend>Which level are you interviewing for?</legend>
        <div className="level-cards">
          {levels.data.map((l) => (
            <label key={l.id} className={`level-card${l.id === targetLevel ? ' selected' : ''}`}>
              <input
                type="radio"
                name="targetLevel"
                value={l.id}
                checked={l.id === targetLevel}
                onChange={() => setTargetLevel(l.id)}
              />
              <span className="level-card-title">{l.label}</span>
              <span className="level-card-focus">{l.guide.core_focus}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {adviceFor(level, 'onboarding').map((text) => (
        <aside className="advice" key={text}>
          <strong>From the level guide: </strong>
          {text}
        </aside>
      ))}
      <div className="grid-2">
        <Field label="Interview date (optional)" hint="Your plan counts back from it." error={dateError}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="interviewDate"
              min={localDay()}
              value={interviewDate}
              onChange={(event) => setInterviewDate(event.target.value)}
            />
          )}
        </Field>
        <Field label="Company (optional)">
          {(props) => (
            <input
              {...props}
              name="company"
              maxLength={120}
              autoComplete="organization"
              value={company}
              onChange={(event) => setCompany(event.target.value)}
            />
          )}
        </Field>
      </div>
      <h2 className="section-title">Your loop, as the recruiter described it</h2>
      <Field label="Number of onsite rounds" hint="Most loops have 4 to 5." error={roundsError}>
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            name="rounds"
            min={1}
            max={8}
            value={rounds}
            onChange={(event) => setRounds(event.target.value)}
          />
        )}
      </Field>
      <Choice
        legend="Is there a technical or systems-thinking round?"
        name="technicalRound"
        value={technicalRound}
        onChange={setTechnicalRound}
      />
      {technicalRound === 'unknown' ? (
        <aside className="advice">
          <strong>Ask the recruiter: </strong>
          “Is there a technical interview?” Loops vary, and preparing for a round that does not exist costs
          days you could spend on the rounds you will have.
        </aside>
      ) : null}
      {technicalRound === 'yes'
        ? adviceFor(level, 'before_technical').map((text) => (
            <aside className="advice" key={text}>
              <strong>For the technical round: </strong>
              {text}
            </aside>
          ))
        : null}
      <Choice
        legend="Is there a take-home assignment?"
        name="takeHome"
        value={takeHome}
        onChange={setTakeHome}
      />
      {takeHome === 'yes'
        ? adviceFor(level, 'before_take_home').map((text) => (
            <aside className="advice" key={text}>
              <strong>For the take-home: </strong>
              {text}
            </aside>
          ))
        : null}
      <div>
        <button type="submit" className="button primary" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

export default function Onboarding() {
  const profile = useProfile();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  if (profile.isPending) return <Loading />;
  return (
    <div className="page narrow">
      <PageHeader
        title={profile.data ? 'Your interview' : 'Set up your preparation'}
        lead="Ladder grades every answer against the bar of the level you are aiming for, and plans practice around the loop you will face."
      />
      <ProfileForm
        initial={profile.data ?? null}
        submitLabel={profile.data ? 'Save' : 'Start practising'}
        onSaved={() => navigate(safeNext(params.get('next')))}
      />
    </div>
  );
}
