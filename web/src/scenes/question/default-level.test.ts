import { describe, expect, it } from 'vitest';
import { defaultLevel } from './index.js';

describe('defaultLevel', () => {
  it('takes the level asked for in the URL when the question suits it', () => {
    expect(defaultLevel(['pm2', 'senior'], 'senior', 'pm2')).toBe('senior');
  });

  it('takes the target level otherwise', () => {
    expect(defaultLevel(['pm2', 'senior'], 'staff', 'pm2')).toBe('pm2');
    expect(defaultLevel(['pm2', 'senior'], null, 'senior')).toBe('senior');
  });

  it('takes the suited level nearest the target when the question does not suit it, the lower on a tie', () => {
    expect(defaultLevel(['senior', 'staff'], null, 'apm')).toBe('senior');
    expect(defaultLevel(['apm', 'senior'], null, 'pm2')).toBe('apm');
    expect(defaultLevel(['apm'], null, 'staff')).toBe('apm');
  });
});
