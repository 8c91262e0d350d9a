// `ladder guide [LEVEL]`: the PM ladder at a glance, or everything the guide says about one level.
import type { Command } from 'commander';
import pc from 'picocolors';
import { isLevelId, levelGuide, loadBank } from '../../content/bank.js';
import type { LevelGuide } from '../../content/levels.schema.js';
import { LEVEL_IDS } from '../../engine/types.js';
import { UsageError } from '../errors.js';

type Colors = ReturnType<typeof pc.createColors>;

/** Comfortable reading width; the guide is prose, not a table. */
const WIDTH = 96;

export function register(program: Command): void {
  program
    .command('guide')
    .description('show the PM ladder, or the guide for one level')
    .argument('[level]', `a level: ${LEVEL_IDS.join(', ')}`)
    .option('--json', 'print the guide data as JSON')
    .action((level: string | undefined, options: { json?: boolean }) => {
      if (level !== undefined && !isLevelId(level)) {
        throw new UsageError(`unknown level "${level}": use one of ${LEVEL_IDS.join(', ')}`);
      }
      const bank = loadBank();
      const color = process.stdout.isTTY === true;
      if (options.json) {
        const data = level ? levelGuide(bank, level) : bank.levels;
        process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
        return;
      }
      const text = level
        ? formatLevelGuide(levelGuide(bank, level), bank.levels, color)
        : formatLadder(bank.levels, color);
      process.stdout.write(`${text}\n`);
    });
}

export function formatLadder(guides: readonly LevelGuide[], color: boolean): string {
  const c = pc.createColors(color);
  const lines = [c.bold('The PM ladder'), ''];
  for (const guide of guides) {
    lines.push(`${c.bold(guide.label)} ${c.dim(`(${guide.id})`)}`);
    lines.push(...wrap(`Core focus: ${guide.core_focus}`, '  '));
    lines.push(...wrap(`Interviewers ask: ${guide.evaluates.questions.join(' ')}`, '  '));
    lines.push('');
  }
  lines.push(c.dim(`Run "ladder guide <level>" for one level in full (${LEVEL_IDS.join(', ')}).`));
  return lines.join('\n');
}

export function formatLevelGuide(guide: LevelGuide, guides: readonly LevelGuide[], color: boolean): string {
  const c = pc.createColors(color);
  const labelOf = (id: string) =>
    id === 'none' ? 'Below the entry bar' : (guides.find((g) => g.id === id)?.label ?? id);
  const lines: string[] = [`${c.bold(guide.label)} ${c.dim(`(${guide.id})`)}`, ''];
  lines.push(...wrap(`Core focus: ${guide.core_focus}`));
  lines.push(...wrap(guide.evaluates.summary));
  lines.push(...wrap(`Interviewers ask: ${guide.evaluates.questions.join(' ')}`));

  section(lines, c, 'What is expected');
  for (const expectation of guide.expectations) lines.push(...bullet(expectation));

  if (guide.from_below.from !== 'none')
    section(lines, c, `What changes from ${labelOf(guide.from_below.from)}`);
  else section(lines, c, 'What changes from before you were a PM');
  for (const change of guide.from_below.changes) lines.push(...bullet(change));

  section(lines, c, 'How each interview plays out');
  for (const [kind, at] of Object.entries(guide.interviews)) {
    lines.push(`  ${c.bold(kindLabel(kind))}`);
    lines.push(...wrap(at.plays_out, '    '));
    lines.push(...wrap(`Example: ${at.example}`, '    '));
    lines.push('    Listen for:');
    for (const point of at.listen_for) lines.push(...wrap(`- ${point}`, '      ', '        '));
    lines.push('');
  }
  lines.pop();

  section(lines, c, `The usual onsite loop: ${range(guide.loop.total)} rounds`);
  for (const round of guide.loop.rounds) {
    const count = round.count.min === 0 ? `0-${round.count.max}` : range(round.count);
    const text = `${round.round} (${kindLabel(round.kind)})${round.note ? `: ${round.note}` : ''}`;
    lines.push(...wrap(text, `  ${count.padEnd(3)} `, '      '));
  }
  if (guide.loop.note) lines.push('', ...wrap(guide.loop.note));

  section(lines, c, 'Traps');
  for (const trap of guide.traps) {
    lines.push(...bullet(trap.trap));
    lines.push(...wrap(`Instead: ${trap.instead}`, '    '));
  }

  const { contrast } = guide;
  section(lines, c, `One prompt, two levels (${kindLabel(contrast.kind)})`);
  lines.push(...wrap(`"${contrast.prompt}"`));
  for (const [label, outline] of [
    [labelOf(contrast.below.level), contrast.below.outline],
    [guide.label, contrast.at_level.outline],
  ] as const) {
    lines.push('', `  ${c.bold(label)}`);
    outline.forEach((step, i) => {
      lines.push(...wrap(`${i + 1}. ${step}`, '    ', '       '));
    });
  }
  lines.push('', ...wrap(contrast.difference));

  section(lines, c, 'Advice');
  for (const advice of guide.advice) {
    lines.push(...bullet(`${c.dim(`[${advice.when.replaceAll('_', ' ')}]`)} ${advice.advice}`));
    if (advice.why) lines.push(...wrap(`Why: ${advice.why}`, '    '));
  }
  return lines.join('\n');
}

function section(lines: string[], c: Colors, title: string): void {
  lines.push('', c.bold(title));
}

function kindLabel(kind: string): string {
  const words = kind.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function range({ min, max }: { min: number; max: number }): string {
  return min === max ? String(min) : `${min}-${max}`;
}

function bullet(text: string): string[] {
  return wrap(`- ${text}`, '  ', '    ');
}

/** Word-wraps prose to WIDTH with a first-line indent and a hanging indent for the rest. */
function wrap(text: string, indent = '  ', hanging = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length === 0 ? indent : hanging;
    if (line.length > prefix.length && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = hanging + word;
    } else {
      line = line.length > prefix.length ? `${line} ${word}` : line + word;
    }
  }
  lines.push(line);
  return lines;
}
