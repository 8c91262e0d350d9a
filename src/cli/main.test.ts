// The CLI as a user runs it: arguments in, stdout/stderr and an exit status out.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  docxOf,
  scannedPdf,
  TAKE_HOME_QUESTION,
  takeHomePdf,
  windowsProgram,
} from '../documents/test-documents.js';
import { main } from './main.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const run = (...args: string[]) => main(['node', 'ladder', ...args]);
const dir = mkdtempSync(join(tmpdir(), 'ladder-cli-'));
const golden = (name: string) => new URL(`../../test/golden/${name}`, import.meta.url).pathname;

describe('ladder grade', () => {
  it('prints one JSON report per line for several files, with kind and level from the front matter', async () => {
    expect(
      await run('grade', '--json', golden('technical-tap-apm.md'), golden('behavioral-disagreement-pm2.md')),
    ).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => JSON.parse(l));
    expect([a.kind, a.level]).toEqual(['technical', 'apm']);
    expect([b.kind, b.level]).toEqual(['behavioral', 'pm2']);
    expect(a.level_fit.verdict).toMatch(/below|meets|exceeds/);
  });

  it('lets flags override the front matter and shows the ladder in human output', async () => {
    expect(await run('grade', '--level', 'staff', '--ladder', golden('technical-tap-apm.md'))).toBe(0);
    expect(out).toContain('technical at staff');
    expect(out).toContain('The ladder');
    expect(out).toContain('Follow-ups an interviewer would ask');
    expect(out.includes(String.fromCharCode(27))).toBe(false); // no colour when stdout is not a terminal
  });

  it('grades a plain text file given kind, level and question as flags', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'I would ask who the users are first. I assume the goal is retention.');
    expect(
      await run(
        'grade',
        file,
        '--kind',
        'product_sense',
        '--level',
        'apm',
        '--question',
        'Design a pet app',
        '--json',
      ),
    ).toBe(0);
    expect(JSON.parse(out).warnings.map((w: { code: string }) => w.code)).toContain('too_short');
  });

  it.each([
    [['grade', '/no/such/file.md', '--kind', 'metrics', '--level', 'pm2'], /no such file/],
    [
      ['grade', golden('technical-tap-apm.md'), '--kind', 'vibes'],
      /unknown kind "vibes": use one of product_sense/i,
    ],
    [['grade', golden('technical-tap-apm.md'), '--level', 'cto'], /unknown level "cto"/i],
    [['grade', '--frobnicate', 'x'], /unknown option/],
    [['grade'], /missing required argument/],
  ])('%j fails in one line with status 2', async (args, message) => {
    expect(await run(...(args as string[]))).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('takes the prompt, kind and coverage points from a bank question', async () => {
    const file = join(dir, 'bank.md');
    writeFileSync(
      file,
      'Revenue is flat, so I doubt we lost sending volume. I would break the drop down by endpoint, customer and SDK version to find which calls disappeared.',
    );
    expect(
      await run('grade', file, '--question-id', 'me-api-calls-fall-revenue-flat', '--level', 'pm2', '--json'),
    ).toBe(0);
    const report = JSON.parse(out);
    expect(report.kind).toBe('metrics');
    expect(report.question).toMatch(/API calls/);
    expect(report.coverage.length).toBeGreaterThan(2);
    expect(report.coverage.some((c: { covered: boolean }) => c.covered)).toBe(true);
  });

  it('names an unknown bank question', async () => {
    expect(await run('grade', golden('technical-tap-apm.md'), '--question-id', 'no-such-question')).toBe(2);
    expect(err).toMatch(/no question "no-such-question" in the bank/);
  });

  it('asks for the kind when nothing gives it', async () => {
    const file = join(dir, 'no-kind.md');
    writeFileSync(file, 'An answer without front matter.');
    expect(await run('grade', file, '--level', 'pm2')).toBe(2);
    expect(err).toMatch(/--kind/);
  });

  it('refuses an empty answer with the engine error', async () => {
    const file = join(dir, 'empty.md');
    writeFileSync(file, '---\nkind: metrics\nlevel: pm2\n---\n   \n');
    expect(await run('grade', file)).toBe(2);
    expect(err).toMatch(/empty/);
  });

  it('grades a take-home in .docx or PDF as a take_home answer, read as the API reads uploads', async () => {
    const docx = join(dir, 'proposal.docx');
    writeFileSync(docx, await docxOf());
    const pdf = join(dir, 'proposal.pdf');
    writeFileSync(pdf, await takeHomePdf());
    expect(await run('grade', '--json', '--level', 'pm2', '--question', TAKE_HOME_QUESTION, docx, pdf)).toBe(
      0,
    );
    const [fromWord, fromPdf] = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect([fromWord.kind, fromWord.level]).toEqual(['take_home', 'pm2']);
    expect(fromPdf.kind).toBe('take_home');
    expect(fromWord.stats.words).toBeGreaterThan(100);
    // The same proposal either way: the scores agree.
    expect(fromPdf.dimensions.map((d: { score: number }) => d.score)).toEqual(
      fromWord.dimensions.map((d: { score: number }) => d.score),
    );
  });

  it('says in one line why a document cannot be read', async () => {
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, await scannedPdf());
    expect(await run('grade', '--level', 'pm2', scan)).toBe(2);
    expect(err).toMatch(/^ladder: .*scan\.pdf: This PDF has no text to read: it looks scanned/);
    expect(err.trim().split('\n')).toHaveLength(1);
    err = '';
    const program = join(dir, 'take-home.docx');
    writeFileSync(program, windowsProgram());
    expect(await run('grade', '--level', 'pm2', program)).toBe(2);
    expect(err).toMatch(
      /take-home\.docx: .*Ladder reads \.md, \.txt, \.docx and \.pdf|\.md, \.txt, \.docx or \.pdf/,
    );
  });

  it('reports front matter that is not YAML', async () => {
    const file = join(dir, 'bad-yaml.md');
    writeFileSync(file, '---\nkind: [metrics\n---\nanswer\n');
    expect(await run('grade', file)).toBe(2);
    expect(err).toMatch(/front matter is not valid YAML/);
  });
});

describe('ladder calibrate', () => {
  it('prints the agreement figures per kind and pooled', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ladder-cal-'));
    const answer = (id: string, demonstrated: string, scores: string, body: string) =>
      writeFileSync(
        join(folder, `${id}.md`),
        `---\nid: ${id}\nkind: technical\nlevel: apm\nquestion: What happens when a user taps Book?\ngrades:\n  dimensions: { ${scores} }\n  demonstrated: ${demonstrated}\n---\n${body}\n`,
      );
    // A strong answer (the golden technical one) and a junk one, graded by hand.
    const strongBody = readFileSync(golden('technical-tap-apm.md'), 'utf8').split('---')[2] ?? '';
    answer('strong', 'pm2', 'technical_depth: 4, tradeoffs: 3, structure: 3, strategy: 1', strongBody);
    answer(
      'weak',
      'none',
      'technical_depth: 1, tradeoffs: 1, structure: 1, strategy: 1',
      'It uses the cloud and AI, so it is fast.',
    );
    expect(await run('calibrate', folder)).toBe(0);
    expect(out).toMatch(/technical\s+2/);
    expect(out).toMatch(/pooled over 2 answers/);
    expect(out).toMatch(/overall Spearman\s+1\.00/);
    expect(await run('calibrate', folder, '--json')).toBe(0);
    const json = JSON.parse(out.slice(out.indexOf('{')));
    expect(json.pooled.n).toBe(2);
  });

  it('says which file lacks grades', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ladder-cal-'));
    writeFileSync(join(folder, 'ungraded.md'), '---\nkind: metrics\nlevel: pm2\n---\nanswer\n');
    expect(await run('calibrate', folder)).toBe(2);
    expect(err).toMatch(/ungraded\.md: front matter needs grades/);
  });
});
