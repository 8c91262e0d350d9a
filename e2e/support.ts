// What every end-to-end test shares: Debian's Chromium driven by playwright-core (no browser download),
// a fresh user signed up and onboarded through the UI, a screenshot of the screen each test ends on, and
// an axe scan that fails on serious or critical violations.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, type TestContext } from 'vitest';

export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browsing {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly baseURL: string;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/**
 * Opens Chromium for a test file and a fresh context (cookies, storage) for each test; after each test,
 * saves a screenshot of the screen it ended on, named after the file and the test.
 */
export function useBrowser(file: string, viewport = { width: 1280, height: 900 }): Browsing {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const baseURL = inject('baseURL');
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    context = await browser.newContext({ baseURL, viewport });
    page = await context.newPage();
  });
  afterEach(async (test: TestContext) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page
      ?.screenshot({ path: join(SCREENSHOTS, `${slug(file)}--${slug(test.task.name)}.png`), fullPage: true })
      .catch(() => undefined);
    await context?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is only available inside a test`);
    return value;
  };
  return {
    get browser() {
      return need(browser, 'the browser');
    },
    get context() {
      return need(context, 'the browser context');
    },
    get page() {
      return need(page, 'the page');
    },
    baseURL,
  };
}

let users = 0;

export function uniqueEmail(prefix = 'candidate'): string {
  users += 1;
  return `${prefix}-${Date.now()}-${process.pid}-${users}@example.com`;
}

export const PASSWORD = 'practise every evening';

/** Signs a new user up through the form and completes onboarding with the given target level. */
export async function signUpAndOnboard(
  page: Page,
  options: {
    level?: 'APM / Entry-level PM' | 'PM II (mid-level)' | string;
    technicalRound?: 'Yes' | 'No';
  } = {},
): Promise<string> {
  const email = uniqueEmail();
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Set up your preparation' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(options.level ?? 'PM II') }).check();
  await page
    .getByRole('group', { name: 'Is there a technical or systems-thinking round?' })
    .getByRole('radio', { name: options.technicalRound ?? 'Yes' })
    .check();
  await page.getByRole('button', { name: 'Start practising' }).click();
  await page.getByRole('heading', { name: /^Preparing for/ }).waitFor();
  return email;
}

/** Runs axe on the page as it is and fails with the list of serious or critical violations. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
