// Human output of a report for a terminal: scores against the bar, the verdict, the evidence
// highlighted in the answer, feedback and follow-ups. Colour only when the stream is a TTY.
import pc from 'picocolors';
import type { Report } from '../engine/index.js';

type Colors = ReturnType<typeof pc.createColors>;

export function formatReport(
  report: Report,
  answer: string,
  name: string,
  color: boolean,
  ladder: boolean,
): string {
  const c: Colors = pc.createColors(color);
  const lines: string[] = [];
  const verdictColor =
    report.level_fit.verdict === 'below' ? c.red : report.level_fit.verdict === 'meets' ? c.green : c.cyan;
  lines.push(c.bold(`${name}: ${report.kind} at ${report.level}`));
  lines.push(
    `Overall ${c.bold(report.overall.toFixed(2))} / 4   demonstrated ${c.bold(report.level_fit.demonstrated)}   ${verdictColor(c.bold(report.level_fit.verdict.toUpperCase()))}`,
  );
  lines.push(report.level_fit.summary);
  for (const w of report.warnings) lines.push(c.yellow(`warning (${w.code}): ${w.message}`));
  lines.push('');
  for (const d of report.dimensions) {
    const mark = d.score >= d.bar ? c.green('✓') : c.red('✗');
    const bar = `${'■'.repeat(d.score)}${'□'.repeat(4 - d.score)}`;
    lines.push(`${mark} ${d.label.padEnd(32)} ${bar} ${d.score} (bar ${d.bar}, weight ${d.weight}%)`);
    lines.push(`    ${d.feedback}`);
    for (const e of d.evidence.slice(0, 3)) {
      const text = e.text.replace(/\s+/g, ' ');
      const shown = text.length > 140 ? `${text.slice(0, 139)}…` : text;
      lines.push(
        `    ${e.counts === 'for' ? c.green('+') : c.red('-')} ${c.dim(`[${e.signal} ${e.start}-${e.end}]`)} ${shown}`,
      );
    }
  }
  if (ladder) {
    lines.push('', c.bold('The ladder'));
    for (const r of report.ladder) {
      lines.push(`  ${r.clears ? c.green('✓') : c.red('✗')} ${r.label.padEnd(24)} ${r.summary}`);
      for (const g of r.gaps.filter((gap) => !gap.forgiven)) {
        const best = g.quote ? `best so far "${g.quote}"` : 'nothing in the answer yet';
        lines.push(c.dim(`      ${g.label} ${g.score} of ${g.bar}: ${best}`));
      }
    }
  }
  lines.push('', c.bold('Highlighted answer'), highlight(answer, report, c));
  if (report.coverage.length) {
    const covered = report.coverage.filter((c) => c.covered).length;
    lines.push(
      '',
      c.bold(`What a strong answer covers at this level (${covered} of ${report.coverage.length})`),
    );
    for (const p of report.coverage)
      lines.push(`  ${p.covered ? c.green('✓') : c.red('✗')} ${p.point} ${c.dim(`(${p.dimension})`)}`);
  }
  if (report.follow_ups.length) {
    lines.push('', c.bold('Follow-ups an interviewer would ask'));
    for (const q of report.follow_ups) lines.push(`  - ${q}`);
  }
  const d = report.delivery;
  lines.push(
    '',
    c.dim(
      `${report.stats.words} words, ${report.stats.sentences} sentences, graded in ${report.stats.ms} ms; fillers ${d.fillersPer100}/100 words, hedges ${d.hedgesPer100}/100 words (reported, not scored)`,
    ),
  );
  return lines.join('\n');
}

/** The answer with evidence underlined (for) or struck (against); overlapping spans merge. */
function highlight(answer: string, report: Report, c: Colors): string {
  const marks = new Array<0 | 1 | 2>(answer.length).fill(0);
  for (const d of report.dimensions) {
    for (const e of d.evidence) {
      for (let i = e.start; i < e.end; i++) {
        if (e.counts === 'against') marks[i] = 2;
        else if (marks[i] === 0) marks[i] = 1;
      }
    }
  }
  let out = '';
  let i = 0;
  while (i < answer.length) {
    const m = marks[i];
    let j = i;
    while (j < answer.length && marks[j] === m) j++;
    const chunk = answer.slice(i, j);
    out += m === 1 ? c.green(chunk) : m === 2 ? c.red(chunk) : chunk;
    i = j;
  }
  return out;
}
