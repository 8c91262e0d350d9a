// The server's settings, read from the environment (README lists them).
import { type StoreConfig, storeConfigFromEnv } from '../store/database.js';
import { defaultWebRoot } from './web.js';

export interface ServeConfig {
  host: string;
  port: number;
  /** Server processes sharing the port (node:cluster); 1 serves from this process. */
  workers: number;
  logLevel: string;
  trustProxy: boolean | string[];
  allowedOrigins: string[];
  /** POST /api/grade per address per minute; false for no limit. */
  gradeRateLimit: number | false;
  /** POST /api/auth/signup per address per hour; false for no limit. */
  signupRateLimit: number | false;
  /** The built web app's folder, or undefined to serve the API alone. */
  webRoot: string | undefined;
  store: StoreConfig;
}

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function whole(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

/** "true" trusts every proxy; otherwise a comma-separated list of proxy addresses or CIDR ranges. */
function trustProxy(value: string | undefined): boolean | string[] {
  const v = value?.trim();
  if (!v || v === 'false') return false;
  if (v === 'true') return true;
  return v.split(',').map((s) => s.trim());
}

export function serveConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const gradeRateLimit = whole('GRADE_RATE_LIMIT', env.GRADE_RATE_LIMIT, 60, 0, 1_000_000_000);
  const signupRateLimit = whole('SIGNUP_RATE_LIMIT', env.SIGNUP_RATE_LIMIT, 20, 0, 1_000_000_000);
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: whole('PORT', env.PORT, 3000, 0, 65_535),
    workers: whole('LADDER_WORKERS', env.LADDER_WORKERS, 1, 1, 64),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    trustProxy: trustProxy(env.TRUST_PROXY),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    gradeRateLimit: gradeRateLimit === 0 ? false : gradeRateLimit,
    signupRateLimit: signupRateLimit === 0 ? false : signupRateLimit,
    webRoot: env.LADDER_WEB_ROOT?.trim() || defaultWebRoot(),
    store: storeConfigFromEnv(env),
  };
}
