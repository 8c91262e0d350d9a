// Uploading a take-home on every test database: real .docx and PDF files in a multipart form, graded
// and stored as a typed answer is, and every way an upload goes wrong answered with the right status.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docxOf,
  passwordPdf,
  scannedPdf,
  TAKE_HOME_QUESTION,
  takeHomePdf,
  takeHomeText,
  windowsProgram,
} from '../../../documents/test-documents.js';
import { LIMITS } from '../../../engine/index.js';
import { testDatabases } from '../../../store/test-databases.js';
import { signUp, type TestApp, testApp } from '../../test-app.js';
import { multipartForm, type Upload } from '../../test-multipart.js';

function expectError(res: LightMyRequestResponse, status: number, code: string): string {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.json()).toEqual({ error: { code, message: expect.any(String) } });
  return res.json().error.message;
}

describe.each(testDatabases())('uploading a take-home on $name', (database) => {
  let t: TestApp;
  let cookie: string;
  let takeHomeId: string;
  const upload = async (fields: Record<string, string>, ...files: Upload[]) => {
    const form = await multipartForm(fields, ...files);
    return t.app.inject({
      method: 'POST',
      url: '/api/attempts/upload',
      headers: { cookie, ...form.headers },
      payload: form.payload,
    });
  };

  beforeAll(async () => {
    t = await testApp(database);
    cookie = await signUp(t.app, 'a@x.io');
    takeHomeId = (await t.app.inject({ url: '/api/questions?kind=take_home&level=pm2&limit=1' })).json()
      .questions[0].id;
  });
  afterAll(async () => t.close());

  it('grades a .docx for a bank take-home and stores it as an attempt, with what was read', async () => {
    const res = await upload(
      { level: 'pm2', questionId: takeHomeId },
      { name: 'My proposal.docx', bytes: await docxOf() },
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      questionId: takeHomeId,
      kind: 'take_home',
      level: 'pm2',
      revisionCount: 1,
      report: { kind: 'take_home', level: 'pm2' },
      document: { name: 'My proposal.docx', format: 'docx', words: expect.any(Number) },
    });
    expect(body.document).not.toHaveProperty('pages');
    expect(body.revisions[0].answer).toBe(takeHomeText());
    expect(body.report.coverage.length).toBeGreaterThan(0);
    const read = (await t.app.inject({ url: `/api/attempts/${body.id}`, headers: { cookie } })).json();
    expect(read.revisions).toEqual(body.revisions);
  });

  it('grades a PDF for a prompt of your own, counting its pages, as the same text typed would be', async () => {
    const res = await upload(
      { level: 'senior', question: TAKE_HOME_QUESTION },
      { name: 'proposal.pdf', bytes: await takeHomePdf() },
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    const uploaded = res.json();
    expect(uploaded.document).toEqual({
      name: 'proposal.pdf',
      format: 'pdf',
      words: expect.any(Number),
      pages: 3,
    });
    const typed = (
      await t.app.inject({
        method: 'POST',
        url: '/api/attempts',
        headers: { cookie },
        payload: { question: TAKE_HOME_QUESTION, kind: 'take_home', level: 'senior', answer: takeHomeText() },
      })
    ).json();
    const {
      id: _a,
      createdAt: _b,
      updatedAt: _c,
      revisions: r1,
      report: p1,
      document: _d,
      ...rest1
    } = uploaded;
    const { id: _e, createdAt: _f, updatedAt: _g, revisions: r2, report: p2, ...rest2 } = typed;
    expect(rest1).toEqual({ ...rest2, latest: { ...rest2.latest, createdAt: rest1.latest.createdAt } });
    expect(r1[0].answer).toBe(r2[0].answer);
    expect({ ...p1, stats: { ...p1.stats, ms: 0 } }).toEqual({ ...p2, stats: { ...p2.stats, ms: 0 } });
  });

  it('answers 422 for a scanned PDF, saying to export it as text or paste it', async () => {
    const message = expectError(
      await upload(
        { level: 'pm2', question: TAKE_HOME_QUESTION },
        { name: 'scan.pdf', bytes: await scannedPdf() },
      ),
      422,
      'scanned_pdf',
    );
    expect(message).toMatch(/scanned.*paste the answer/);
  });

  it('answers 415 for a renamed program and other formats, naming the ones it reads', async () => {
    for (const name of ['take-home.docx', 'take-home.pdf', 'setup.exe']) {
      const message = expectError(
        await upload({ level: 'pm2', question: TAKE_HOME_QUESTION }, { name, bytes: windowsProgram() }),
        415,
        'unsupported_format',
      );
      expect(message).toContain('.md, .txt, .docx or .pdf');
    }
  });

  it('answers 413 for a file over the upload limit, before reading it', async () => {
    const big = new Uint8Array(LIMITS.maxUploadBytes + 1).fill(97);
    const message = expectError(
      await upload({ level: 'pm2', question: TAKE_HOME_QUESTION }, { name: 'big.txt', bytes: big }),
      413,
      'document_too_large',
    );
    expect(message).toMatch(/over the limit of 10 MB/);
  });

  it('answers 422 for documents that are empty, too long, damaged or protected', async () => {
    const fields = { level: 'pm2', question: TAKE_HOME_QUESTION };
    const docx = await docxOf();
    const cases: Array<[Upload, string]> = [
      [{ name: 'blank.docx', bytes: await docxOf([{ heading: ' ', paragraphs: [''] }]) }, 'empty_document'],
      [{ name: 'empty.txt', bytes: new Uint8Array() }, 'empty_document'],
      [
        { name: 'long.md', bytes: Buffer.from('word '.repeat(LIMITS.maxAnswerChars / 5 + 1)) },
        'document_too_long',
      ],
      [{ name: 'cut.docx', bytes: docx.subarray(0, docx.length / 2) }, 'corrupt_document'],
      [{ name: 'locked.pdf', bytes: await passwordPdf() }, 'encrypted_document'],
    ];
    for (const [file, code] of cases) expectError(await upload(fields, file), 422, code);
  });

  it('refuses a question that is missing, unknown or not a take-home', async () => {
    const file = { name: 'a.md', bytes: Buffer.from(takeHomeText()) };
    expectError(await upload({ level: 'pm2' }, file), 400, 'question_required');
    expectError(
      await upload({ level: 'pm2', questionId: 'no-such-question' }, file),
      400,
      'unknown_question',
    );
    const metrics = (await t.app.inject({ url: '/api/questions?kind=metrics&limit=1' })).json().questions[0]
      .id;
    const message = expectError(
      await upload({ level: 'pm2', questionId: metrics }, file),
      400,
      'not_a_take_home',
    );
    expect(message).toContain('kind=take_home');
  });

  it('refuses a form that is not what the route takes', async () => {
    const file = { name: 'a.md', bytes: Buffer.from(takeHomeText()) };
    const question = { question: TAKE_HOME_QUESTION };
    expectError(await upload({ ...question }, file), 400, 'invalid_request');
    expect(expectError(await upload({ ...question, level: 'L5' }, file), 400, 'invalid_request')).toBe(
      'body.level must be one of: apm, pm2, senior, staff.',
    );
    expectError(await upload({ level: 'pm2', ...question }), 400, 'file_required');
    expectError(await upload({ level: 'pm2', ...question, file: 'not a file' }), 400, 'file_required');
    expectError(await upload({ level: 'pm2', ...question }, file, file), 400, 'too_many_files');
    expectError(
      await upload({ level: 'pm2', ...question }, { ...file, field: 'document' }),
      400,
      'unknown_field',
    );
    expectError(await upload({ level: 'pm2', kind: 'metrics' }, file), 400, 'unknown_field');
    expectError(await upload({ level: 'pm2', ...question, a: '1', b: '2' }, file), 400, 'too_many_fields');
    expectError(await upload({ level: 'pm2', question: 'bell\u0007' }, file), 400, 'control_characters');
    expectError(
      await upload({ level: 'pm2', question: 'q'.repeat(LIMITS.maxQuestionChars * 4 + 1) }, file),
      400,
      'invalid_request',
    );

    const twice = await multipartForm({ level: 'pm2', ...question }, file);
    const doubled = Buffer.from(
      twice.payload
        .toString('latin1')
        .replace(/(--[^\r]+)\r\n/, `$1\r\nContent-Disposition: form-data; name="level"\r\n\r\napm\r\n$1\r\n`),
      'latin1',
    );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/attempts/upload',
      headers: { cookie, ...twice.headers },
      payload: doubled,
    });
    expect(expectError(res, 400, 'invalid_request')).toMatch(/level is given more than once/);

    const cut = await t.app.inject({
      method: 'POST',
      url: '/api/attempts/upload',
      headers: { cookie, ...twice.headers },
      payload: twice.payload.subarray(0, twice.payload.length - 40),
    });
    expect(cut.statusCode).toBeGreaterThanOrEqual(400);
    expect(cut.statusCode).toBeLessThan(500);
  });

  it('takes only multipart, and only here: the JSON routes still refuse it', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/attempts/upload',
      headers: { cookie },
      payload: { level: 'pm2', question: TAKE_HOME_QUESTION, file: 'x' },
    });
    expectError(json, 415, 'unsupported_media_type');
    const form = await multipartForm({
      level: 'pm2',
      question: TAKE_HOME_QUESTION,
      kind: 'take_home',
      answer: 'x',
    });
    const typed = await t.app.inject({
      method: 'POST',
      url: '/api/attempts',
      headers: { cookie, ...form.headers },
      payload: form.payload,
    });
    expectError(typed, 415, 'unsupported_media_type');
  });

  it('needs a session and a same-site request, before reading the file', async () => {
    const form = await multipartForm(
      { level: 'pm2', question: TAKE_HOME_QUESTION },
      { name: 'a.docx', bytes: await docxOf() },
    );
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/attempts/upload',
      headers: form.headers,
      payload: form.payload,
    });
    expectError(anonymous, 401, 'unauthenticated');
    for (const headers of [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/attempts/upload',
        headers: { cookie, ...form.headers, ...headers },
        payload: form.payload,
      });
      expectError(res, 403, 'cross_origin');
    }
    const list = (await t.app.inject({ url: '/api/attempts', headers: { cookie } })).json();
    expect(list.attempts.every((a: { kind: string; level: string }) => a.kind === 'take_home')).toBe(true);
  });
});
