import { beforeAll, describe, expect, it } from 'vitest';
import { type Bank, levelGuide, loadBank } from '../content/bank.js';
import { LEVEL_IDS, type LevelId } from '../engine/index.js';
import { composeLoop, type LoopDetails, loopShape, pickQuestions } from './compose.js';

const usual: LoopDetails = { rounds: null, technicalRound: 'unknown', takeHome: 'unknown' };
const options = { today: '2026-12-01', recentDays: 60, random: () => 0 };

let bank: Bank;
beforeAll(() => {
  bank = loadBank();
});

const kinds = (level: LevelId, details: LoopDetails = usual) =>
  loopShape(levelGuide(bank, level), details).rounds.map((r) => r.kind);

describe('loop composition for each level', () => {
  it('composes the default loop of each level from its data', () => {
    expect(kinds('apm')).toEqual(['product_sense', 'product_sense', 'behavioral', 'metrics']);
    expect(kinds('pm2')).toEqual([
      'product_sense',
      'product_improvement',
      'behavioral',
      'technical',
      'strategy',
    ]);
    expect(kinds('senior')).toEqual(['product_sense', 'behavioral', 'behavioral', 'technical', 'strategy']);
    expect(kinds('staff')).toEqual([
      'product_sense',
      'behavioral',
      'behavioral',
      'technical',
      'strategy',
      'strategy',
    ]);
  });

  it('has fewer technical rounds at APM, and strategy and leadership rounds at Senior and Staff', () => {
    const count = (level: LevelId, kind: string) => kinds(level).filter((k) => k === kind).length;
    expect(count('apm', 'technical')).toBe(0);
    expect(count('pm2', 'technical')).toBe(1);
    for (const level of ['senior', 'staff'] as const) {
      const names = loopShape(levelGuide(bank, level), usual).rounds.map((r) => r.name);
      expect(names.some((n) => /leadership/i.test(n))).toBe(true);
      expect(count(level, 'strategy')).toBeGreaterThanOrEqual(1);
    }
    expect(count('staff', 'strategy')).toBe(2);
  });

  it('gives a second round of a kind its own name and signals', () => {
    const [first, second] = loopShape(levelGuide(bank, 'senior'), usual).rounds.filter(
      (r) => r.kind === 'behavioral',
    );
    expect(first?.name).toBe('Behavioral and leadership');
    expect(second?.name).toBe('Leadership');
    expect(second?.owns).toContain('influence_without_authority');
    expect(first?.owns).not.toEqual(second?.owns);
  });

  it('follows the recruiter: a technical round at APM when there is one, none at Senior when there is not', () => {
    expect(kinds('apm', { ...usual, technicalRound: 'yes' })).toContain('technical');
    const senior = loopShape(levelGuide(bank, 'senior'), { ...usual, technicalRound: 'no' });
    expect(senior.rounds.map((r) => r.kind)).not.toContain('technical');
    expect(senior.notes.join(' ')).toMatch(/No technical round, as your recruiter said/);
  });

  it('runs a take-home first, since it comes before the onsite', () => {
    expect(kinds('pm2', { ...usual, takeHome: 'yes' })).toEqual(
      expect.arrayContaining(['product_sense', 'behavioral']),
    );
    expect(kinds('apm', { ...usual, takeHome: 'yes' })[0]).toBe('take_home');
    expect(kinds('senior', { ...usual, takeHome: 'yes' })[0]).toBe('take_home');
  });

  it('adds rounds from the top of the list and drops them from the bottom to meet the round count', () => {
    expect(kinds('pm2', { ...usual, rounds: 6 })).toHaveLength(6);
    expect(kinds('pm2', { ...usual, rounds: 6 })).toContain('metrics');
    // PM II keeps its required rounds and drops the optional product-improvement round first.
    expect(kinds('pm2', { ...usual, rounds: 4 })).toEqual([
      'product_sense',
      'behavioral',
      'technical',
      'strategy',
    ]);
    expect(kinds('apm', { ...usual, rounds: 3 })).toEqual(['product_sense', 'product_sense', 'behavioral']);
  });

  it('counts onsite rounds only, and adds a round the recruiter has not confirmed only when no other will do', () => {
    // Five rounds at APM, technical round and take-home unknown: a leader conversation, not a technical round.
    expect(kinds('apm', { ...usual, rounds: 5 })).toEqual([
      'product_sense',
      'product_sense',
      'behavioral',
      'metrics',
      'strategy',
    ]);
    // With the take-home confirmed, it comes on top of the five onsite rounds.
    expect(kinds('apm', { ...usual, rounds: 5, takeHome: 'yes' })).toHaveLength(6);
    expect(kinds('apm', { ...usual, rounds: 6 })).toContain('technical');
  });

  it('says so when the round count cannot be met', () => {
    const shape = loopShape(levelGuide(bank, 'pm2'), { ...usual, rounds: 2 });
    expect(shape.rounds).toHaveLength(4);
    expect(shape.notes.join(' ')).toMatch(/onsite of 2 rounds cannot be built .* this one has 4/);
  });

  it.each(LEVEL_IDS)('draws a %s question of the right kind and level for every round', (level) => {
    const loop = composeLoop(levelGuide(bank, level), usual, bank.questions, new Map(), options);
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    for (const round of loop.rounds) {
      const q = byId.get(round.questionId);
      expect(q?.kind).toBe(round.kind);
      expect(q?.levels).toContain(level);
      expect(round.limitSec).toBe((q?.time_limit_min ?? 0) * 60);
    }
    expect(new Set(loop.rounds.map((r) => r.questionId)).size).toBe(loop.rounds.length);
    expect(loop.rounds.map((r) => r.position)).toEqual(loop.rounds.map((_, i) => i + 1));
  });
});

describe('questions the candidate has not seen recently', () => {
  it('prefers questions never met, then the one met longest ago, and counts a variant as met', () => {
    const shape = loopShape(levelGuide(bank, 'pm2'), { ...usual, rounds: 4 });
    const technical = bank.questions.filter((q) => q.kind === 'technical' && q.levels.includes('pm2'));
    const seen = new Map<string, string>();
    // Every PM II technical question met, one of them long ago.
    for (const [i, q] of technical.entries()) seen.set(q.id, i === 3 ? '2026-01-05' : '2026-11-20');
    const picked = pickQuestions(shape, bank.questions, seen, options);
    const round = picked.rounds.find((r) => r.kind === 'technical');
    expect(round?.questionId).toBe(technical[3]?.id);
    expect(round?.seenOn).toBe('2026-01-05');

    const withVariant = bank.questions.find(
      (q) => q.kind === 'product_sense' && q.levels.includes('pm2') && q.variants.length > 0,
    );
    if (!withVariant) throw new Error('the bank has no product-sense question with a variant');
    const others = bank.questions.filter(
      (q) => q.kind === 'product_sense' && q.levels.includes('pm2') && q.id !== withVariant.id,
    );
    const seenAllButOne = new Map(others.map((q) => [q.id, '2026-11-25']));
    seenAllButOne.set(withVariant.variants[0] as string, '2026-11-30');
    const next = pickQuestions(shape, bank.questions, seenAllButOne, options).rounds[0];
    // The only question not met itself has a variant met yesterday: a question met days ago wins.
    expect(next?.questionId).not.toBe(withVariant.id);
    expect(next?.seenOn).toBe('2026-11-25');
  });

  it('notes when every question of a round was met recently', () => {
    const shape = loopShape(levelGuide(bank, 'apm'), { ...usual, rounds: 3 });
    const seen = new Map(bank.questions.map((q) => [q.id, '2026-11-30']));
    const picked = pickQuestions(shape, bank.questions, seen, options);
    expect(picked.notes[0]).toMatch(/met recently/);
  });

  it('asks behavioral rounds about different competencies where the bank allows', () => {
    const loop = composeLoop(levelGuide(bank, 'senior'), usual, bank.questions, new Map(), options);
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const [a, b] = loop.rounds.filter((r) => r.kind === 'behavioral').map((r) => byId.get(r.questionId));
    const shared = (a?.competencies ?? []).filter((c) => b?.competencies.includes(c));
    expect(shared).toEqual([]);
  });
});
