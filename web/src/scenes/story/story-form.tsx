// Writing or rewriting a story: the guided STAR fields (each with the question it answers and how to write
// it well), a title, the competencies it shows (those the target level is asked about first) and the bar
// to grade it against. Kept in this browser while it is written, so nothing is lost before it is saved.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { LEVEL_IDS } from '../../../../src/engine/types.js';
import { type Story, type StoryGuide, type StoryInput, storiesApi } from '../../api/client.js';
import { levelLabel, useLevels } from '../../api/queries.js';
import type { LevelId } from '../../api/types.js';
import { draftKey, readDraft, useLocalDraft } from '../../autosave.js';
import { ErrorAlert } from '../../components/ui.js';
import { cleanAnswer } from '../practice/answer-editor.js';

export const MAX_TITLE = 120;
export const MAX_FIELD = 6_000;
export const MAX_COMPETENCIES = 8;

type FieldId = StoryGuide['fields'][number]['id'];

export interface StoryDraft {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learned: string;
  competencies: string[];
  level: LevelId;
}

function isStoryDraft(value: unknown): value is StoryDraft {
  const v = value as StoryDraft;
  return (
    typeof v === 'object' &&
    v !== null &&
    ['title', 'situation', 'task', 'action', 'result', 'learned'].every(
      (k) => typeof v[k as keyof StoryDraft] === 'string',
    ) &&
    Array.isArray(v.competencies) &&
    (LEVEL_IDS as readonly string[]).includes(v.level)
  );
}

/** What stops the story being saved, by form field, in words that say how to fix it. */
export function storyProblems(
  draft: StoryDraft,
  guide: StoryGuide,
): Partial<Record<keyof StoryDraft, string>> {
  const problems: Partial<Record<keyof StoryDraft, string>> = {};
  if (!draft.title.trim()) problems.title = 'Give the story a title you will recognise it by.';
  else if (draft.title.trim().length > MAX_TITLE) {
    problems.title = `The title is ${draft.title.trim().length} characters; keep it to ${MAX_TITLE}.`;
  }
  for (const field of guide.fields) {
    const value = draft[field.id].trim();
    if (field.required && !value)
      problems[field.id] = `Write the ${field.label.toLowerCase()}: ${field.prompt}`;
    else if (value.length > MAX_FIELD) {
      problems[field.id] = `${field.label} is ${value.length} characters; cut it to ${MAX_FIELD}.`;
    }
  }
  if (draft.competencies.length > MAX_COMPETENCIES) {
    problems.competencies = `Tag at most ${MAX_COMPETENCIES} competencies: keep those the story shows best.`;
  }
  return problems;
}

/** The draft as the API takes it: trimmed, control characters made spaces, an empty "learned" left out. */
export function storyInput(draft: StoryDraft): StoryInput {
  const clean = (text: string) => cleanAnswer(text).trim();
  return {
    title: clean(draft.title),
    situation: clean(draft.situation),
    task: clean(draft.task),
    action: clean(draft.action),
    result: clean(draft.result),
    learned: clean(draft.learned) || null,
    competencies: draft.competencies,
    level: draft.level,
  };
}

export function draftOf(story: Story): StoryDraft {
  return {
    title: story.title,
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    learned: story.learned ?? '',
    competencies: story.competencies,
    level: story.level,
  };
}

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function StoryForm({
  guide,
  story,
  userId,
  targetLevel,
}: {
  guide: StoryGuide;
  /** The story being rewritten; none for a new one. */
  story: Story | null;
  userId: string;
  targetLevel: LevelId;
}) {
  const id = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const levels = useLevels();
  const storageKey = draftKey(userId, 'story', story?.id ?? 'new');
  const saved: StoryDraft = story
    ? draftOf(story)
    : {
        title: '',
        situation: '',
        task: '',
        action: '',
        result: '',
        learned: '',
        competencies: [],
        level: targetLevel,
      };
  const [restored, setRestored] = useState(() => {
    const kept = readDraft(storageKey, isStoryDraft);
    // A copy older than the saved story is of an earlier version: the saved one wins.
    return kept && (!story || kept.savedAt > Date.parse(story.updatedAt)) ? kept : null;
  });
  const [draft, setDraft] = useState<StoryDraft>(restored?.value ?? saved);
  const [problems, setProblems] = useState<ReturnType<typeof storyProblems>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const unchanged = JSON.stringify(draft) === JSON.stringify(saved);
  const local = useLocalDraft(storageKey, draft, { isEmpty: () => unchanged });

  const save = useMutation({
    mutationFn: (input: StoryInput) =>
      story ? storiesApi.update(story.id, input) : storiesApi.create(input),
    onSuccess: (next) => {
      local.clear();
      client.setQueryData(['story', next.id], next);
      void client.invalidateQueries({ queryKey: ['stories'] });
      navigate(`/stories/${next.id}`);
    },
  });

  const set = (key: keyof StoryDraft, value: StoryDraft[keyof StoryDraft]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (problems[key]) setProblems((p) => ({ ...p, [key]: undefined }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = storyProblems(draft, guide);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    local.flush();
    save.mutate(storyInput(draft));
  };

  const asked = guide.competencies.filter((c) => c.levels.includes(draft.level));
  const others = guide.competencies.filter((c) => !c.levels.includes(draft.level));
  const competencyBox = (c: StoryGuide['competencies'][number], index: number) => (
    <li key={c.id}>
      <label className="competency-option">
        <input
          type="checkbox"
          data-field={index === 0 ? 'competencies' : undefined}
          checked={draft.competencies.includes(c.id)}
          onChange={(event) =>
            set(
              'competencies',
              event.target.checked
                ? [...draft.competencies, c.id]
                : draft.competencies.filter((x) => x !== c.id),
            )
          }
        />
        <span>
          <span className="competency-label">{c.label}</span>
          <span className="muted competency-description">{c.description}</span>
        </span>
      </label>
    </li>
  );
  const error = (key: keyof StoryDraft) =>
    problems[key] ? (
      <p className="field-error" id={`${id}-${key}-error`}>
        {problems[key]}
      </p>
    ) : null;
  const described = (key: keyof StoryDraft, hint: boolean) =>
    [hint ? `${id}-${key}-hint` : null, problems[key] ? `${id}-${key}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <form ref={formRef} className="story-form" onSubmit={onSubmit} noValidate>
      {restored ? (
        <div className="alert alert-info story-restored" role="status">
          <span>Your unsaved changes are back, kept in this browser on {TIME.format(restored.savedAt)}.</span>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              local.clear();
              setRestored(null);
              setDraft(saved);
            }}
          >
            Discard them
          </button>
        </div>
      ) : null}
      <ErrorAlert error={save.error} title="The story was not saved." focus />

      <div className={`field${problems.title ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-title`}>Title</label>
        <p className="field-hint" id={`${id}-title-hint`}>
          A name to find it by, e.g. “The checkout rewrite”.
        </p>
        <input
          id={`${id}-title`}
          data-field="title"
          value={draft.title}
          maxLength={MAX_TITLE + 20}
          aria-invalid={problems.title ? true : undefined}
          aria-describedby={described('title', true)}
          onChange={(event) => set('title', event.target.value)}
        />
        {error('title')}
      </div>

      {guide.fields.map((field) => (
        <div key={field.id} className={`field star-field${problems[field.id] ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-${field.id}`}>
            <span className="star-letter" aria-hidden="true">
              {field.id === 'learned' ? '+' : field.label[0]}
            </span>
            {field.label}
            {field.required ? null : <span className="muted"> (optional)</span>}
          </label>
          <p className="field-hint" id={`${id}-${field.id}-hint`}>
            <strong>{field.prompt}</strong> {field.hint}
          </p>
          <textarea
            id={`${id}-${field.id}`}
            data-field={field.id}
            rows={field.id === 'action' ? 8 : 3}
            value={draft[field.id as FieldId]}
            aria-invalid={problems[field.id] ? true : undefined}
            aria-describedby={described(field.id, true)}
            onChange={(event) => set(field.id, event.target.value)}
          />
          {error(field.id)}
        </div>
      ))}

      <fieldset className={`competency-field${problems.competencies ? ' field-invalid' : ''}`}>
        <legend>Competencies it shows</legend>
        <p className="field-hint">
          Tag what the story really shows; two or three is usual. The coverage matrix counts them.
        </p>
        <ul className="competency-options">{asked.map(competencyBox)}</ul>
        {others.length ? (
          <details className="disclosure">
            <summary>Competencies asked at other levels ({others.length})</summary>
            <ul className="competency-options">{others.map((c, i) => competencyBox(c, asked.length + i))}</ul>
          </details>
        ) : null}
        {error('competencies')}
      </fieldset>

      <div className="field story-level">
        <label htmlFor={`${id}-level`}>Grade it against the bar of</label>
        <select
          id={`${id}-level`}
          value={draft.level}
          onChange={(event) => set('level', event.target.value as LevelId)}
        >
          {LEVEL_IDS.map((l) => (
            <option key={l} value={l}>
              {levelLabel(levels.data, l)}
            </option>
          ))}
        </select>
      </div>

      <div className="story-form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? 'Grading…' : story ? 'Save and grade again' : 'Save and grade'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            // Cancelling means the changes are not wanted: the browser's copy goes too.
            local.clear();
            navigate(story ? `/stories/${story.id}` : '/stories');
          }}
        >
          Cancel
        </button>
        {local.savedAt && !unchanged ? (
          <span className="muted">Kept in this browser until you save.</span>
        ) : null}
      </div>
    </form>
  );
}
