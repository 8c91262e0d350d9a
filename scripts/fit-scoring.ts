// Fits the scoring rules of content/rubric/dimensions/*.yaml (points per signal, caps, base, cuts)
// to the project's own graded answers in training/, by coordinate descent on quadratic weighted
// kappa. Signs and `requires` stay as written: they are judgement, not data. It never reads
// ../shared/calibration; measure the result there with `npm run calibrate`.
//
//   npx tsx scripts/fit-scoring.ts [--write] [training-dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { quadraticWeightedKappa } from '../src/calibration/agreement.js';
import { findAnswerFiles, parseAnswerFile } from '../src/cli/answer-file.js';
import { loadEngineContent } from '../src/content/rubric.js';
import { contentPath } from '../src/content/yaml-file.js';
import {
  checkLevel,
  createGrader,
  type DemonstratedLevel,
  type DimensionDef,
  type DimensionId,
  type KindDef,
  LEVEL_IDS,
  type Score,
} from '../src/engine/index.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
// --holdout: fit on half the answers and report agreement on the other half, to see whether the
// fit generalises or only memorises (it never writes in this mode).
const holdout = args.includes('--holdout');
// --flat-start: start from equal points (0.5 a finding, cap 1) instead of the current rules, to
// measure what the fit itself learns.
const flatStart = args.includes('--flat-start');
const fitsOn = (e: { answer: number }) => !holdout || e.answer % 2 === 0;
const heldOut = (list: Example[]) => list.filter((e) => holdout && e.answer % 2 === 1);
const dir = args.find((a) => !a.startsWith('--')) ?? 'training';

const files = findAnswerFiles([dir]);

const content = loadEngineContent();
// Signals that count against an answer give no advice when absent (`missing` is empty): their
// points stay at or below zero whatever the fit finds, so a fit can silence them but never reward them.
const AGAINST = new Set(content.signals.filter((s) => !s.missing).map((s) => s.id));
const grader = createGrader(content);

interface Example {
  counts: Map<string, number>;
  cap: Score;
  grade: number;
  /** The answer it belongs to, to find the rubric's other dimensions. */
  answer: number;
  /** The mean provisional score of the other dimensions, once the context is being fitted. */
  rest: number | null;
}
const examples = new Map<DimensionId, Example[]>();
/** Per answer: its kind and the graders' demonstrated level, for the level-fit stage. */
const answers: Array<{ kind: KindDef; demonstrated: DemonstratedLevel }> = [];
for (const [answerIndex, file] of files.entries()) {
  const { answer, meta } = parseAnswerFile(readFileSync(file, 'utf8'));
  const grades = (meta.grades as { dimensions: Record<string, number> }).dimensions;
  const report = grader.grade({
    answer,
    kind: String(meta.kind),
    level: String(meta.level),
    question: typeof meta.question === 'string' ? meta.question : null,
  });
  const cap = (report.warnings.some((w) => w.code !== 'short') ? 1 : report.warnings.length ? 2 : 4) as Score;
  const kindDef = content.rubric.kinds.find((k) => k.id === report.kind);
  if (kindDef) {
    answers[answerIndex] = {
      kind: kindDef,
      demonstrated: (meta.grades as { demonstrated: DemonstratedLevel }).demonstrated,
    };
  }
  for (const d of report.dimensions) {
    const grade = grades[d.id];
    if (grade === undefined) continue;
    const counts = new Map(d.points.map((p) => [p.signal, p.findings]));
    const list = examples.get(d.id) ?? [];
    list.push({ counts, cap, grade, answer: answerIndex, rest: null });
    examples.set(d.id, list);
  }
}

type Params = {
  base: number;
  context: number;
  points: number[];
  caps: number[];
  cuts: [number, number, number];
};

function scoreOf(def: DimensionDef, p: Params, e: Example): Score {
  let points = p.base;
  def.scoring.terms.forEach((t, i) => {
    const raw = (e.counts.get(t.signal) ?? 0) * (p.points[i] ?? 0);
    const cap = p.caps[i] ?? 0;
    points += raw >= 0 ? Math.min(raw, cap) : Math.max(raw, -cap);
  });
  if (e.rest !== null) points += p.context * (e.rest - 2.5);
  let score = (1 + p.cuts.filter((c) => points >= c).length) as Score;
  for (const level of [4, 3] as const) {
    if (score < level) continue;
    const groups = def.scoring.requires[String(level) as '3' | '4'] ?? [];
    if (groups.some((g) => !g.some((id) => (e.counts.get(id) ?? 0) > 0))) score = (level - 1) as Score;
  }
  return Math.min(score, e.cap) as Score;
}

function kappa(def: DimensionDef, p: Params, list: Example[]): number {
  const k = quadraticWeightedKappa(
    list.map((e) => scoreOf(def, p, e)),
    list.map((e) => e.grade),
  );
  return Number.isNaN(k) ? -1 : k;
}

const POINTS = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];
const CAP_MULTIPLES = [1, 2, 3, 4];
const CONTEXT = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];
const CUT_GRID = Array.from({ length: 33 }, (_, i) => i * 0.25);

/** Coordinate descent: one parameter at a time, kept only when agreement improves. */
function coordinateDescent(def: DimensionDef, p: Params, list: Example[], withContext: boolean): number {
  let best = kappa(def, p, list);
  const accept = (trial: Params) => {
    const k = kappa(def, trial, list);
    if (k <= best + 0.005) return false;
    best = k;
    Object.assign(p, trial);
    return true;
  };
  for (let round = 0; round < 4; round++) {
    let improved = false;
    if (withContext) for (const v of CONTEXT) improved = accept({ ...p, context: v }) || improved;
    def.scoring.terms.forEach((t, i) => {
      const sign = AGAINST.has(t.signal) ? -1 : 1;
      for (const v of POINTS) {
        for (const m of CAP_MULTIPLES) {
          const points = [...p.points];
          const caps = [...p.caps];
          points[i] = v === 0 ? 0 : sign * v;
          caps[i] = Math.max(v * m, 0.25);
          improved = accept({ ...p, points, caps }) || improved;
        }
      }
    });
    for (let c = 0; c < 3; c++) {
      for (const v of CUT_GRID) {
        const cuts = [...p.cuts] as [number, number, number];
        cuts[c] = v;
        if (cuts[0] < cuts[1] && cuts[1] < cuts[2]) improved = accept({ ...p, cuts }) || improved;
      }
    }
    if (!improved) break;
  }
  return best;
}

// Stage 1: each dimension from its own signals.
const fitted = new Map<DimensionId, { params: Params; before: number; own: number; start: Params }>();
// Hand-set rules (`fitted: false`) keep their values; they still score the rest of the answer.
for (const [id, list] of examples) {
  const def = content.rubric.dimensions[id];
  const params: Params = flatStart
    ? {
        base: def.scoring.base,
        context: 0,
        points: def.scoring.terms.map((t) => (AGAINST.has(t.signal) ? -0.5 : 0.5)),
        caps: def.scoring.terms.map(() => 1),
        cuts: [1, 2, 3],
      }
    : {
        base: def.scoring.base,
        context: 0,
        points: def.scoring.terms.map((t) => t.points),
        caps: def.scoring.terms.map((t) => t.cap),
        cuts: [...def.scoring.cuts],
      };
  const start = { ...params, context: flatStart ? 0 : def.scoring.context };
  const before = kappa(def, params, list.filter(fitsOn));
  const own = def.scoring.fitted ? coordinateDescent(def, params, list.filter(fitsOn), false) : before;
  fitted.set(id, { params, before, own, start });
}

// Stage 2: the rest of the answer, from the other dimensions' stage-1 scores.
const provisional = new Map<string, Score>();
for (const [id, list] of examples) {
  const f = fitted.get(id);
  if (!f) continue;
  for (const e of list)
    provisional.set(`${e.answer}:${id}`, scoreOf(content.rubric.dimensions[id], f.params, { ...e, cap: 4 }));
}
const dimensionsOf = new Map<number, DimensionId[]>();
for (const [id, list] of examples)
  for (const e of list) dimensionsOf.set(e.answer, [...(dimensionsOf.get(e.answer) ?? []), id]);
for (const [id, list] of examples) {
  for (const e of list) {
    const others = (dimensionsOf.get(e.answer) ?? [])
      .filter((o) => o !== id)
      .map((o) => provisional.get(`${e.answer}:${o}`) ?? 1);
    e.rest = others.length ? others.reduce((a, b) => a + b, 0) / others.length : null;
  }
}

// Stage 2: each dimension with the rest of the answer (see the loop below), then
// Stage 3: the cuts again, jointly, for the level the answers demonstrate. Fitting dimensions one
// by one makes each score central, and a level needs every dimension at its bar, so independent
// errors pile up into answers shown a level too low; this stage weighs level agreement directly.
/** How much level agreement counts against pooled dimension QWK in stage 3. */
const LEVEL_WEIGHT = Number(process.env.LEVEL_WEIGHT ?? 2);

function levelAgreement(params: Map<DimensionId, Params>, which: (i: number) => boolean): number {
  const scores = new Map<number, Partial<Record<DimensionId, Score>>>();
  const engine: number[] = [];
  const graded: number[] = [];
  for (const [id, list] of examples) {
    const def = content.rubric.dimensions[id];
    const p = params.get(id);
    if (!p) continue;
    for (const e of list) {
      if (!which(e.answer)) continue;
      const s = scoreOf(def, p, e);
      const row = scores.get(e.answer) ?? {};
      row[id] = s;
      scores.set(e.answer, row);
      engine.push(s);
      graded.push(e.grade);
    }
  }
  const rung = (l: DemonstratedLevel) => (l === 'none' ? 0 : LEVEL_IDS.indexOf(l) + 1);
  let exact = 0;
  let near = 0;
  let n = 0;
  for (const [i, row] of scores) {
    const a = answers[i];
    if (!a) continue;
    let shown = 0;
    for (const level of LEVEL_IDS) {
      if (!checkLevel(content.rubric, a.kind, level, row).clears) break;
      shown++;
    }
    const diff = Math.abs(shown - rung(a.demonstrated));
    if (diff === 0) exact++;
    if (diff <= 1) near++;
    n++;
  }
  const qwk = quadraticWeightedKappa(engine, graded);
  return n ? (LEVEL_WEIGHT * (exact + near)) / n + (Number.isNaN(qwk) ? 0 : qwk) : 0;
}

const stage2 = new Map<DimensionId, number>();
for (const [id, list] of examples) {
  const def = content.rubric.dimensions[id];
  const f = fitted.get(id);
  if (!f || !def.scoring.fitted) continue;
  stage2.set(id, coordinateDescent(def, f.params, list.filter(fitsOn), true));
}
const allParams = new Map<DimensionId, Params>([...fitted].map(([id, f]) => [id, f.params]));
const jointBefore = levelAgreement(allParams, (i) => fitsOn({ answer: i }));
let joint = jointBefore;
for (let round = 0; round < 2; round++) {
  for (const [id, f] of fitted) {
    if (!content.rubric.dimensions[id].scoring.fitted) continue;
    for (let c = 0; c < 3; c++) {
      for (const v of CUT_GRID) {
        const cuts = [...f.params.cuts] as [number, number, number];
        cuts[c] = v;
        if (!(cuts[0] < cuts[1] && cuts[1] < cuts[2])) continue;
        const trial = new Map(allParams).set(id, { ...f.params, cuts });
        const value = levelAgreement(trial, (i) => fitsOn({ answer: i }));
        if (value > joint + 0.002) {
          joint = value;
          f.params.cuts = cuts;
          allParams.set(id, f.params);
        }
      }
    }
  }
}
const heldJoint = holdout
  ? `; held out ${levelAgreement(allParams, (i) => !fitsOn({ answer: i })).toFixed(3)}`
  : '';
console.log(
  `levels (exact + within one + pooled QWK): ${jointBefore.toFixed(3)} -> ${joint.toFixed(3)}${heldJoint}`,
);

for (const [id, list] of examples) {
  const def = content.rubric.dimensions[id];
  const f = fitted.get(id);
  if (!f) continue;
  const p = f.params;
  if (!def.scoring.fitted) {
    console.log(
      `${id.padEnd(20)} n=${String(list.length).padStart(3)}  QWK ${f.before.toFixed(2)} (set by hand, not fitted)`,
    );
    continue;
  }
  const best = coordinateDescent(def, p, list.filter(fitsOn), true);
  const test = heldOut(list);
  const held = holdout
    ? `; held out n=${test.length}: ${kappa(def, f.start, test).toFixed(2)} -> ${kappa(def, p, test).toFixed(2)}`
    : '';
  console.log(
    `${id.padEnd(20)} n=${String(list.length).padStart(3)}  QWK ${f.before.toFixed(2)} -> ${f.own.toFixed(2)} on its own signals -> ${best.toFixed(2)} with context ${p.context}${held}`,
  );
  if (!write || holdout) continue;
  const file = contentPath('rubric', 'dimensions', `${id}.yaml`);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.setIn(['scoring', 'base'], p.base);
  doc.setIn(['scoring', 'context'], p.context);
  p.points.forEach((v, i) => {
    doc.setIn(['scoring', 'terms', i, 'points'], v);
    doc.setIn(['scoring', 'terms', i, 'cap'], p.caps[i]);
  });
  const cuts = doc.getIn(['scoring', 'cuts']) as { items: Array<{ value: number }> };
  cuts.items.forEach((item, i) => {
    item.value = p.cuts[i] ?? item.value;
  });
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}
