// The OpenAPI document, the docs page and the health check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/test-databases.js';
import { type TestApp, testApp } from './test-app.js';

const [sqlite] = testDatabases();
if (!sqlite) throw new Error('no test database');

describe('OpenAPI, docs and health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(sqlite);
  });
  afterAll(async () => t.close());

  it('describes every route with its request and response schemas', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods as object).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(
      [
        'POST /api/auth/signup',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'GET /api/me',
        'GET /api/levels',
        'GET /api/kinds',
        'GET /api/questions',
        'GET /api/questions/{id}',
        'POST /api/grade',
        'POST /api/attempts',
        'POST /api/attempts/upload',
        'GET /api/attempts',
        'GET /api/attempts/{id}',
        'POST /api/attempts/{id}/revisions',
        'PUT /api/attempts/{id}/draft',
        'DELETE /api/attempts/{id}',
        'GET /api/me/profile',
        'PUT /api/me/profile',
        'GET /api/loops/composition',
        'POST /api/loops',
        'GET /api/loops',
        'GET /api/loops/{id}',
        'DELETE /api/loops/{id}',
        'POST /api/loops/{id}/rounds/{position}/start',
        'PUT /api/loops/{id}/rounds/{position}/draft',
        'POST /api/loops/{id}/rounds/{position}/answer',
        'GET /api/loops/{id}/packet',
        'GET /api/loops/{id}/packet.md',
        'GET /api/loops/{id}/packet.pdf',
        'GET /api/stories/guide',
        'GET /api/stories',
        'POST /api/stories',
        'GET /api/stories/coverage',
        'GET /api/stories/{id}',
        'PUT /api/stories/{id}',
        'DELETE /api/stories/{id}',
        'GET /api/plan',
        'GET /api/plan.ics',
        'GET /api/plan/preferences',
        'PUT /api/plan/preferences',
        'GET /api/plan/cards',
        'POST /api/plan/cards/{cardId}/reviews',
        'POST /api/shares',
        'GET /api/shares',
        'DELETE /api/shares/{id}',
        'POST /api/shared',
        'PUT /api/shared/review',
        'PUT /api/attempts/{id}/self-review',
        'GET /api/attempts/{id}/reviews',
        'GET /api/loops/{id}/reviews',
        'POST /api/coach/invites',
        'GET /api/coach/invites',
        'DELETE /api/coach/invites/{id}',
        'POST /api/coach/accept',
        'GET /api/coach/coaches',
        'DELETE /api/coach/coaches/{coachId}',
        'GET /api/coach/candidates',
        'DELETE /api/coach/candidates/{candidateId}',
        'GET /api/coach/candidates/{candidateId}/attempts',
        'GET /api/coach/candidates/{candidateId}/progress',
        'GET /api/progress',
        'GET /api/export',
        'POST /api/import',
        'GET /healthz',
      ].sort(),
    );
    const grade = doc.paths['/api/grade'].post;
    expect(grade.requestBody.content['application/json'].schema.required).toEqual(['level', 'answer']);
    expect(grade.responses['200'].content['application/json'].schema.properties).toHaveProperty('level_fit');
    expect(grade.responses['400'].content['application/json'].schema.properties).toHaveProperty('error');
    expect(doc.paths['/api/attempts'].get.security).toEqual([{ session: [] }]);
    const upload = doc.paths['/api/attempts/upload'].post;
    const form = upload.requestBody.content['multipart/form-data'].schema;
    expect(form.required).toEqual(['level', 'file']);
    expect(form.properties.file.contentMediaType).toBe('application/octet-stream');
    expect(Object.keys(upload.responses).sort()).toEqual(['201', '400', '401', '403', '413', '415', '422']);
    expect(upload.responses['201'].content['application/json'].schema.properties.document.required).toEqual([
      'name',
      'format',
      'words',
    ]);
  });

  it('serves a docs page', async () => {
    const res = await t.app.inject({ url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });

  it('answers the health check once the database answers', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown route with a 404 in the error shape', async () => {
    const res = await t.app.inject({ url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'There is no GET /api/nothing-here.' },
    });
  });
});
