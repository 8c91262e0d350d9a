// The prep plan: from today to the interview date, what to practise each day and why (the loop's rounds
// and the dimensions furthest below the bar), re-planned from today on every visit so that attempts move it
// and a missed day is absorbed. Today's item comes first, with the way to practise it; then the cards due
// for spaced review, the reasons, the days, the calendar file and the practice preferences.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type Plan, type PlanDay, type PlanPreferences, planApi } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import type { LevelId } from '../../api/types.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';
import { DAY_TYPE_WORDS, dayDate, localDay, sessionsLeft } from './plan-day.js';
import './plan.css';

const LONG_DAY = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const SHORT_DAY = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The days shown before "show all": two weeks is what a candidate plans around. */
const FIRST_DAYS = 14;

export default function PlanScene() {
  const profile = useProfile();
  const levels = useLevels();
  const today = localDay();
  const date = profile.data?.interviewDate ?? null;
  const past = date !== null && date < today;
  const plan = useQuery({
    queryKey: ['plan', today],
    queryFn: () => planApi.get(today),
    enabled: date !== null && !past,
  });
  if (!profile.data) return <Loading />;

  if (date === null || past) {
    return (
      <div className="page plan-page">
        <PageHeader title="Prep plan" />
        <EmptyState
          title={date === null ? 'No interview date yet' : `Your interview date, ${date}, has passed`}
        >
          <p>
            The plan runs day by day to your interview.{' '}
            {date === null ? 'Add the date in settings' : 'Set the next one in settings'} and Ladder plans
            what to practise each day.
          </p>
          <p>
            <Link className="button primary" to="/settings">
              {date === null ? 'Add your interview date' : 'Update your interview date'}
            </Link>
          </p>
        </EmptyState>
        <CardsSummary today={today} />
      </div>
    );
  }

  return (
    <div className="page plan-page">
      <PageHeader
        title="Prep plan"
        lead={
          plan.data
            ? `${plan.data.daysLeft} day${plan.data.daysLeft === 1 ? '' : 's'} to your ${levelLabel(levels.data, plan.data.level)} interview on ${LONG_DAY.format(dayDate(plan.data.interviewDate))}. Re-planned each time you practise; a missed day is absorbed, not piled onto tomorrow.`
            : undefined
        }
        actions={
          <a className="button" href={planApi.calendarUrl(today)} download>
            Add to calendar (.ics)
          </a>
        }
      />
      {plan.isPending ? <Loading label="Planning your days" /> : null}
      <ErrorAlert error={plan.error} title="The plan could not be made." />
      {plan.data ? <PlanView plan={plan.data} /> : null}
    </div>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const kinds = useKinds();
  const name = (kind: string) => kindLabel(kinds.data, kind);
  const todayItem = plan.days.find((d) => d.date === plan.today);
  const [showAll, setShowAll] = useState(false);
  const upcoming = plan.days.filter((d) => d.date > plan.today);
  const shown = showAll ? upcoming : upcoming.slice(0, FIRST_DAYS);
  return (
    <>
      <div className="plan-top">
        {todayItem ? <Today day={todayItem} level={plan.level} kindName={name} /> : null}
        <CardsSummary today={plan.today} />
      </div>

      <Card className="plan-why" aria-labelledby="why-title">
        <h2 id="why-title">Why this plan</h2>
        <p className="muted">
          Each kind's share of the sessions follows its rounds in your {LEVEL_SHORT[plan.level]} loop, raised
          by how far your recent answers of it are below the bar.
        </p>
        <div className="plan-why-grid">
          <ScrollTable label="Practice by kind">
            <table>
              <caption className="visually-hidden">Practice by kind</caption>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col" className="number">
                    Rounds
                  </th>
                  <th scope="col">Below the bar</th>
                  <th scope="col" className="number">
                    Sessions
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.weights.map((w) => (
                  <tr key={w.kind}>
                    <th scope="row">{name(w.kind)}</th>
                    <td className="number">{w.rounds}</td>
                    <td>
                      <span className="need-bar" aria-hidden="true">
                        <span style={{ width: `${(w.need / 3) * 100}%` }} />
                      </span>
                      <span className="need-words">{needWords(w.need)}</span>
                    </td>
                    <td className="number">{Math.round(w.share * 100)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <div>
            <ScrollTable label="Your dimensions against the bar">
              <table>
                <caption className="visually-hidden">Your dimensions against the bar</caption>
                <thead>
                  <tr>
                    <th scope="col">Dimension</th>
                    <th scope="col" className="number">
                      Bar
                    </th>
                    <th scope="col" className="number">
                      Yours
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...plan.standing]
                    .sort((a, b) => (b.gap ?? -9) - (a.gap ?? -9))
                    .map((s) => (
                      <tr key={s.dimension} className={s.gap !== null && s.gap > 0 ? 'below-bar' : undefined}>
                        <th scope="row">{s.label}</th>
                        <td className="number">{s.bar}</td>
                        <td className="number">
                          {s.mean === null ? (
                            <span className="muted">not yet</span>
                          ) : (
                            <>
                              {s.mean.toFixed(1)}
                              <span className="visually-hidden">
                                {s.gap !== null && s.gap > 0 ? ', below the bar' : ', at or above the bar'}
                              </span>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </ScrollTable>
            <p className="muted plan-why-note">Your mean over the latest five answers that scored each.</p>
          </div>
        </div>
      </Card>

      <section className="plan-days" aria-labelledby="days-title">
        <h2 id="days-title">The days ahead</h2>
        <ol className="day-list">
          {shown.map((day) => (
            <DayRow key={day.date} day={day} kindName={name} />
          ))}
        </ol>
        {upcoming.length > FIRST_DAYS ? (
          <button
            type="button"
            className="button"
            onClick={() => setShowAll((s) => !s)}
            aria-expanded={showAll}
          >
            {showAll ? 'Show the next two weeks only' : `Show all ${upcoming.length} days`}
          </button>
        ) : null}
      </section>

      <Preferences />
    </>
  );
}

/** How far below the bar a kind is (0 to 3), in words. */
export function needWords(need: number): string {
  if (need <= 0) return 'at the bar';
  if (need < 1) return 'a little';
  if (need < 2) return 'well below';
  return 'far below';
}

function practiseLink(kind: string, level: LevelId) {
  return `/questions?kind=${kind}&level=${level}`;
}

function Today({ day, level, kindName }: { day: PlanDay; level: LevelId; kindName: (k: string) => string }) {
  const left = sessionsLeft(day);
  return (
    <section className="card plan-today" aria-labelledby="today-title">
      <p className="eyebrow">Today · {LONG_DAY.format(dayDate(day.date))}</p>
      <h2 id="today-title">
        {day.type === 'practice'
          ? left.length === 0 && day.sessions.length
            ? 'Today’s practice is done'
            : `Practise ${left.map((s) => kindName(s.kind).toLowerCase()).join(' and ')}`
          : DAY_TYPE_WORDS[day.type]}
      </h2>
      <p>{day.note}</p>
      {day.sessions.length ? (
        <ul className="today-sessions">
          {day.sessions.map((s, i) => (
            // A day may hold the same kind twice, and sessions have no id: their place is what they are.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={`${s.kind}-${i}`} className={s.done ? 'session-done' : undefined}>
              <span className="session-mark" aria-hidden="true">
                {s.done ? '✓' : '○'}
              </span>
              <span className="session-text">
                <span className="session-kind">{kindName(s.kind)}</span>
                <span className="muted">
                  {s.focus ? ` · work on ${s.focus.toLowerCase()}` : ''}
                  {s.done ? ' · done today' : ''}
                </span>
              </span>
              {s.done ? null : (
                <Link className="button primary" to={practiseLink(s.kind, level)}>
                  Practise<span className="visually-hidden"> {kindName(s.kind)}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {day.type === 'mock_loop' ? (
        <Link className="button primary" to="/loops">
          Start a mock loop
        </Link>
      ) : null}
      {day.type === 'review' ? (
        <p>
          <Link to="/stories">Read your stories</Link> once more, and review the cards due.
        </p>
      ) : null}
    </section>
  );
}

function CardsSummary({ today }: { today: string }) {
  const cards = useQuery({ queryKey: ['plan', 'cards', today], queryFn: () => planApi.cards(today) });
  const due = cards.data ? cards.data.counts.due + cards.data.counts.new : 0;
  return (
    <section className="card plan-cards" aria-labelledby="cards-title">
      <h2 id="cards-title">Spaced review</h2>
      <p className="muted">
        Concept cards for your loop's technical questions, and the skills your answers keep missing, each back
        just before you would forget it.
      </p>
      <ErrorAlert error={cards.error} />
      {cards.data ? (
        <>
          <p className="cards-counts">
            <span>
              <strong>{cards.data.counts.due}</strong> due
            </span>
            <span>
              <strong>{cards.data.counts.new}</strong> new today
            </span>
            <span>
              <strong>{cards.data.counts.deck}</strong> in your deck
            </span>
          </p>
          {due ? (
            <Link className="button primary" to="/plan/cards">
              Review {due} card{due === 1 ? '' : 's'}
            </Link>
          ) : (
            <p>Nothing to review now: new cards arrive tomorrow.</p>
          )}
        </>
      ) : (
        <Loading label="Counting your cards" />
      )}
    </section>
  );
}

function DayRow({ day, kindName }: { day: PlanDay; kindName: (k: string) => string }) {
  return (
    <li className={`day-row day-${day.type}`}>
      <span className="day-date">{SHORT_DAY.format(dayDate(day.date))}</span>
      <span className={`badge day-type day-type-${day.type}`}>{DAY_TYPE_WORDS[day.type]}</span>
      <span className="day-what">
        {day.sessions.length ? (
          <ul className="chips day-sessions">
            {day.sessions.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sessions have no id; a kind may come twice a day.
              <li key={`${s.kind}-${i}`} className="chip">
                {kindName(s.kind)}
                {s.focus ? <span className="muted"> · {s.focus.toLowerCase()}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{day.note}</span>
        )}
      </span>
      <span className="day-reviews muted">
        {day.reviews ? `${day.reviews} card${day.reviews === 1 ? '' : 's'}` : ''}
      </span>
    </li>
  );
}

function Preferences() {
  const client = useQueryClient();
  const saved = useQuery({ queryKey: ['plan', 'preferences'], queryFn: () => planApi.preferences() });
  return (
    <details className="card plan-preferences">
      <summary>
        <h2>How you practise</h2>
        <span className="muted">
          {saved.data
            ? `${saved.data.sessionsPerDay} session${saved.data.sessionsPerDay === 1 ? '' : 's'} a day${saved.data.restDays.length ? `, resting on ${saved.data.restDays.map((d) => WEEKDAYS[d]).join(', ')}` : ', no rest days'}`
            : ''}
        </span>
      </summary>
      <ErrorAlert error={saved.error} />
      {saved.data ? (
        <PreferencesForm
          saved={saved.data}
          onSaved={(next) => {
            client.setQueryData(['plan', 'preferences'], next);
            void client.invalidateQueries({ queryKey: ['plan'] });
          }}
        />
      ) : null}
    </details>
  );
}

function PreferencesForm({
  saved,
  onSaved,
}: {
  saved: PlanPreferences;
  onSaved: (p: PlanPreferences) => void;
}) {
  const [sessions, setSessions] = useState(saved.sessionsPerDay);
  const [rest, setRest] = useState<number[]>(saved.restDays);
  const save = useMutation({
    mutationFn: () => planApi.savePreferences({ sessionsPerDay: sessions, restDays: rest }),
    onSuccess: onSaved,
  });
  const tooMuchRest = rest.length > 6;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!tooMuchRest) save.mutate();
  };
  return (
    <form onSubmit={submit} className="preferences-form">
      <div className="field">
        <label htmlFor="sessions-per-day">Sessions a day</label>
        <select id="sessions-per-day" value={sessions} onChange={(e) => setSessions(Number(e.target.value))}>
          {[1, 2, 3, 4, 5, 6].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? 'session' : 'sessions'} (about {n * 35} minutes)
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Rest days</legend>
        <div className="segmented">
          {WEEKDAYS.map((day, i) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={rest.includes(i)}
                onChange={(e) => setRest(e.target.checked ? [...rest, i] : rest.filter((d) => d !== i))}
              />
              <span aria-hidden="true">{day.slice(0, 3)}</span>
              <span className="visually-hidden">{day}</span>
            </label>
          ))}
        </div>
        {tooMuchRest ? <p className="field-error">Keep at least one day a week to practise.</p> : null}
      </fieldset>
      <ErrorAlert error={save.error} title="Your preferences were not saved." focus />
      <div className="preferences-actions">
        <button type="submit" className="button primary" disabled={save.isPending || tooMuchRest}>
          {save.isPending ? 'Saving…' : 'Save and re-plan'}
        </button>
        {save.isSuccess ? (
          <span role="status" className="muted">
            Saved: the plan above is re-planned.
          </span>
        ) : null}
      </div>
    </form>
  );
}
