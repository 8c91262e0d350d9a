// The built web app served beside the API: pages fall back to index.html with a strict CSP, hashed assets
// are cached for good, and the API's paths keep their JSON errors.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/test-databases.js';
import { type TestApp, testApp } from './test-app.js';
import { defaultWebRoot } from './web.js';

const [sqlite] = testDatabases();

describe('serving the web app', () => {
  let root: string;
  let t: TestApp;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ladder-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Ladder</title><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    if (!sqlite) throw new Error('no SQLite test database');
    t = await testApp(sqlite, { webRoot: root });
  });

  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/guide/pm2', '/attempts/0b1c2d3e-0000-4000-8000-000000000000', '/questions?kind=metrics'])(
    'answers the page path %s with index.html, a strict CSP and no caching',
    async (url) => {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('caches hashed assets for a year and other files until revalidated', async () => {
    const asset = await t.app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    const icon = await t.app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    ['GET', '/api/nothing-here'],
    ['GET', '/assets/missing-file.js'],
    ['POST', '/guide'],
    ['GET', '/healthz/extra'],
  ])('keeps a JSON 404 for %s %s', async (method, url) => {
    const res = await t.app.inject({
      method: method as 'GET' | 'POST',
      url,
      headers: { 'content-type': 'application/json' },
      payload: method === 'POST' ? '{}' : undefined,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('does not serve files outside its folder', async () => {
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const res = await t.app.inject({ url });
      expect(res.body).not.toContain('"name": "ladder"');
    }
  });

  it('still serves the API and its docs', async () => {
    expect((await t.app.inject({ url: '/api/levels' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('defaultWebRoot', () => {
  it('finds the built app (npm install and CI build it before tests), never the source folder web/', () => {
    const root = defaultWebRoot();
    expect(root).toBeDefined();
    expect(root?.replace(/\\/g, '/')).toMatch(/\/dist\/web$/);
  });
});
