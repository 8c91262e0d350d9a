// Settings: the interview profile (the onboarding form), the theme, and the user's data: download all of
// it as one JSON file, and bring such a file back (idempotent, so importing twice adds nothing).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { type ImportResult, transferApi } from '../../api/client.js';
import { Card, ErrorAlert, Loading, messageOf, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';
import { chooseTheme, type ThemeChoice, useThemeChoice } from '../../theme.js';
import { ProfileForm } from '../onboarding/index.js';
import { type ExportSummary, exportFileName, plural, readExportFile } from './import-file.js';
import './settings.css';

export default function Settings() {
  // Bumped by an import, which may replace the profile: the form then starts again from what is stored.
  // (Keyed on the profile itself, the form would also remount on its own save and lose the focus.)
  const [imports, setImports] = useState(0);
  return (
    <div className="page narrow settings">
      <PageHeader title="Settings" lead="Your interview, how Ladder looks, and your data." />
      <ProfileSection formKey={imports} />
      <ThemeSection />
      <DataSection onImported={() => setImports((n) => n + 1)} />
    </div>
  );
}

function ProfileSection({ formKey }: { formKey: number }) {
  const profile = useProfile();
  const [saved, setSaved] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  return (
    <Card aria-labelledby="profile-title">
      <h2 id="profile-title">Your interview</h2>
      <p className="muted">
        Every answer is graded against your target level; your plan counts back from the date.
      </p>
      {profile.isPending ? <Loading label="Loading your profile" /> : null}
      <ErrorAlert error={profile.error} />
      {profile.isSuccess ? (
        <ProfileForm
          key={formKey}
          initial={profile.data}
          submitLabel="Save profile"
          onSaved={() => {
            setSaved(true);
            // The save button was disabled while saving, which drops the focus to the page: the
            // confirmation takes it, so a keyboard user continues from the form's end.
            requestAnimationFrame(() => status.current?.focus());
          }}
        />
      ) : null}
      <p className="settings-status" role="status" tabIndex={-1} ref={status}>
        {saved ? 'Your profile is saved.' : ''}
      </p>
    </Card>
  );
}

const THEMES: { value: ThemeChoice; label: string; hint: string }[] = [
  { value: 'system', label: 'System', hint: 'follows your device' },
  { value: 'light', label: 'Light', hint: '' },
  { value: 'dark', label: 'Dark', hint: '' },
];

function ThemeSection() {
  const choice = useThemeChoice();
  return (
    <Card aria-labelledby="theme-title">
      <h2 id="theme-title">Appearance</h2>
      <fieldset>
        <legend>Theme</legend>
        <div className="segmented">
          {THEMES.map((theme) => (
            <label key={theme.value}>
              <input
                type="radio"
                name="theme"
                value={theme.value}
                checked={choice === theme.value}
                onChange={() => {
                  chooseTheme(theme.value);
                }}
              />
              <span>
                {theme.label}
                {theme.hint ? <span className="muted"> ({theme.hint})</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="field-hint">Kept in this browser.</p>
    </Card>
  );
}

interface Chosen {
  name: string;
  body: Record<string, unknown>;
  summary: ExportSummary;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function DataSection({ onImported }: { onImported: () => void }) {
  const client = useQueryClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ name: string; result: ImportResult } | null>(null);

  const download = useMutation({
    mutationFn: async () => {
      const text = await transferApi.export();
      const name = exportFileName();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked a moment later: some browsers read the URL after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const attempts = (JSON.parse(text) as { attempts?: unknown[] }).attempts?.length ?? 0;
      return `Saved ${name} with ${plural(attempts, 'attempt')}.`;
    },
    onSuccess: setDownloaded,
  });

  const importFile = useMutation({
    mutationFn: (file: Chosen) => transferApi.import(file.body),
    onSuccess: (result, file) => {
      setImported({ name: file.name, result });
      setChosen(null);
      if (input.current) input.current.value = '';
      // An import can add attempts and replace the profile: everything shown from the server may be stale.
      void client.invalidateQueries().then(onImported);
    },
  });

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setImported(null);
    importFile.reset();
    setChosen(null);
    setFileError(null);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setFileError(`“${file.name}” could not be read (${messageOf(error)}). Choose it again.`);
      return;
    }
    const read = readExportFile(file.name, text);
    if (read.ok) setChosen({ name: file.name, body: read.body, summary: read.summary });
    else setFileError(read.message);
  };

  return (
    <Card aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <h3>Export</h3>
      <p>
        Everything you have in Ladder as one JSON file: your profile, every attempt with all its revisions,
        and drafts. Keep it as a backup or move to another Ladder.
      </p>
      <button
        type="button"
        className="button"
        onClick={() => download.mutate()}
        disabled={download.isPending}
      >
        {download.isPending ? 'Preparing the file…' : 'Download your data'}
      </button>
      <ErrorAlert error={download.error} title="The export could not be downloaded." />
      <p className="settings-status" role="status">
        {downloaded ?? ''}
      </p>

      <h3 className="settings-subtitle">Import</h3>
      <p>
        Bring back a file made by “Download your data”. What you already have stays; attempts the file holds
        that are new here are added and graded again, and importing the same file twice adds nothing.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Export file (.json)</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={onChoose}
          aria-describedby={fileError ? `${inputId}-error` : undefined}
          aria-invalid={fileError ? true : undefined}
        />
      </div>
      {fileError ? (
        <p className="alert alert-error" role="alert" id={`${inputId}-error`}>
          {fileError}
        </p>
      ) : null}
      {chosen ? (
        <div className="import-preview">
          <p>
            <strong>{chosen.name}</strong>: {plural(chosen.summary.attempts, 'attempt')} with{' '}
            {plural(chosen.summary.revisions, 'revision')}
            {chosen.summary.hasProfile ? ', and a profile' : ''}
            {chosen.summary.exportedAt
              ? `, exported ${DATE.format(new Date(chosen.summary.exportedAt))}`
              : ''}
            .
          </p>
          <button
            type="button"
            className="button primary"
            onClick={() => importFile.mutate(chosen)}
            disabled={importFile.isPending}
          >
            {importFile.isPending ? 'Importing and grading…' : 'Import this file'}
          </button>
        </div>
      ) : null}
      {importFile.error ? (
        <div className="alert alert-error" role="alert">
          <strong>Nothing was imported. </strong>
          {messageOf(importFile.error)} Nothing you have in Ladder was changed.
        </div>
      ) : null}
      <div className="settings-status" role="status">
        {imported ? <ImportReport name={imported.name} result={imported.result} /> : null}
      </div>
    </Card>
  );
}

function ImportReport({ name, result }: { name: string; result: ImportResult }) {
  const nothingNew =
    result.attempts.created === 0 &&
    result.revisions.added === 0 &&
    result.drafts.saved === 0 &&
    !result.profile.saved;
  return (
    <div className="alert alert-success import-report">
      <p>
        <strong>Imported {name}.</strong>{' '}
        {nothingNew ? 'Everything in it was already here, so nothing changed.' : null}
      </p>
      <ul>
        <li>{plural(result.attempts.created, 'new attempt')}</li>
        <li>{plural(result.attempts.merged, 'attempt')} you already had</li>
        <li>{plural(result.revisions.added, 'revision')} added and graded</li>
        {result.drafts.saved ? <li>{plural(result.drafts.saved, 'draft')} restored</li> : null}
        <li>
          {result.profile.saved
            ? 'Your profile was replaced by the newer one in the file'
            : 'Your profile was kept (the file has none, or yours is as new or newer)'}
        </li>
      </ul>
    </div>
  );
}
