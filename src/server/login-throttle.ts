// Login throttling, per account and per address, counted in the database so that every server process
// agrees. A throttled login is refused before the password is checked, whether or not the account exists.
import type { Db } from '../store/database.js';
import {
  clearLoginFailures,
  countLoginFailures,
  pruneLoginFailures,
  recordLoginFailure,
} from '../store/login-failures.repository.js';

export interface LoginThrottle {
  /** Failed logins allowed per email within the window. */
  perAccount: number;
  /** Failed logins allowed per client address within the window. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottle = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };

const accountKey = (email: string) => `account:${email}`;
const addressKey = (ip: string) => `address:${ip}`;

/** Seconds until a throttled login may try again, or 0 when it may try now. */
export async function throttledFor(
  db: Db,
  throttle: LoginThrottle,
  email: string,
  ip: string,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - throttle.windowMs).toISOString();
  const [account, address] = await Promise.all([
    countLoginFailures(db, accountKey(email), since),
    countLoginFailures(db, addressKey(ip), since),
  ]);
  return account >= throttle.perAccount || address >= throttle.perAddress
    ? Math.ceil(throttle.windowMs / 1000)
    : 0;
}

export async function noteLoginFailure(
  db: Db,
  throttle: LoginThrottle,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  await recordLoginFailure(db, [accountKey(email), addressKey(ip)], now.toISOString());
  // Keep the table small: nothing older than the window is ever counted.
  if (Math.random() < 0.05) {
    await pruneLoginFailures(db, new Date(now.getTime() - throttle.windowMs).toISOString());
  }
}

export async function noteLoginSuccess(db: Db, email: string): Promise<void> {
  await clearLoginFailures(db, accountKey(email));
}
