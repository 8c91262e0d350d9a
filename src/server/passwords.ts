// Password hashing with argon2id (OWASP's minimum: 19 MiB, 2 passes). Verifying against a fixed dummy
// hash when there is no account keeps a login's timing the same whether the email exists or not.
import { Algorithm, hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/** True when the password matches; with no hash (no such account) it still spends the same time. */
export async function checkPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  dummy ??= hashPassword('no account has this password');
  const target = passwordHash ?? (await dummy);
  try {
    const ok = await verify(target, password);
    return ok && passwordHash !== undefined;
  } catch {
    return false;
  }
}
