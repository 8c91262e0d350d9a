// Sign up, onboard, and the screens around them: the gate in front of signed-in screens, sign-in back
// to the page asked for, the level guide with the target highlighted, themes, and a phone-width screen.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, PASSWORD, signUpAndOnboard, useBrowser } from './support.js';

describe('signing up and onboarding', () => {
  const browsing = useBrowser('onboarding');

  it('sends a visitor to sign in, and back to the page they asked for afterwards', async () => {
    const { page } = browsing;
    await page.goto('/guide');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/signin');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expectNoSeriousAxeViolations(page);
  });

  it('refuses a short password with the reason, then onboards and shows home', async () => {
    const { page } = browsing;
    await page.goto('/signup');
    await page.getByLabel('Email').fill('short-password@example.com');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    // The browser's own validation stops the form before the request: the password field is invalid.
    expect(await page.getByLabel('Password').evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(
      false,
    );

    const email = await signUpAndOnboard(page, { level: 'Senior PM' });
    await expect.poll(() => page.getByText('Target: Senior').isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Ladder' }).waitFor();
    await page.goto('/signin?next=%2Fguide');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/email and password do not match/i);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'The level guide' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/guide');
  });

  it('shows the ladder with the target level highlighted and what changes from the rung below', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page, { level: 'PM II' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Level guide' }).click();
    const target = page
      .getByRole('navigation', { name: 'Levels' })
      .getByRole('link', { name: /Your target/ });
    await expect.poll(() => target.textContent()).toMatch(/PM II/);
    await page.getByRole('heading', { name: /What changes from APM/ }).waitFor();
    await page.getByRole('heading', { name: 'The traps at this level' }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('switches to the dark theme and keeps it after a reload', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    await page.getByLabel('Theme').selectOption('dark');
    await page.reload();
    await page.getByRole('heading', { name: /^Preparing for/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expectNoSeriousAxeViolations(page);
  });
});

describe('on a phone-width screen', () => {
  const browsing = useBrowser('onboarding-phone', { width: 390, height: 844 });

  it('folds the navigation behind a menu button and nothing scrolls sideways', async () => {
    const { page } = browsing;
    await signUpAndOnboard(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Level guide' }).click();
    await page.getByRole('heading', { name: 'The level guide' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
