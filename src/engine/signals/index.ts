// The detectors by name: `detector:` in a signal's data picks one; `pattern` is the default.
import { clarifyingQuestion } from './clarifying-question.js';
import { featureDump } from './feature-dump.js';
import { genericAnswer } from './generic-answer.js';
import { metricDefined } from './metric-defined.js';
import { metricTiedToGoal } from './metric-tied-to-goal.js';
import { onTopic } from './on-topic.js';
import { problemFirst, solutionFirst } from './problem-first.js';
import { type CompiledSignal, type Detector, patternDetector } from './signal.js';
import { signposting } from './signposting.js';
import { solutionFollowsProblem } from './solution-follows-problem.js';
import { starBalance } from './star-balance.js';
import { tradeoffTwoSided } from './tradeoff-two-sided.js';
import { tradeoffVague } from './tradeoff-vague.js';
import { userSegment } from './user-segment.js';
import { wallOfText } from './wall-of-text.js';
import { weNotI } from './we-not-i.js';

export const DETECTORS: Record<string, Detector> = {
  pattern: patternDetector,
  clarifying_question: clarifyingQuestion,
  user_segment: userSegment,
  tradeoff_two_sided: tradeoffTwoSided,
  tradeoff_vague: tradeoffVague,
  metric_defined: metricDefined,
  metric_tied_to_goal: metricTiedToGoal,
  signposting,
  star_balance: starBalance,
  we_not_i: weNotI,
  problem_first: problemFirst,
  solution_first: solutionFirst,
  solution_follows_problem: solutionFollowsProblem,
  feature_dump: featureDump,
  on_topic: onTopic,
  generic_answer: genericAnswer,
  wall_of_text: wallOfText,
};

/** Detectors that read other signals' findings run after the ones they read. */
export const RUNS_LAST = [
  'tradeoff_vague',
  'problem_first',
  'solution_first',
  'solution_follows_problem',
  'feature_dump',
  'star_balance',
];

/** The signals a detector reads from `found`, so that a kind runs only the signals it needs. */
export const DETECTOR_READS: Record<string, (signal: CompiledSignal) => string[]> = {
  tradeoff_two_sided: () => ['tradeoff_named'],
  tradeoff_vague: () => ['tradeoff_two_sided'],
  problem_first: (s) => s.words.framing ?? [],
  solution_first: (s) => s.words.framing ?? [],
  solution_follows_problem: (s) => s.words.sources ?? [],
  feature_dump: () => ['prioritisation', 'chosen_path'],
  star_balance: () => ['star_situation', 'star_task', 'star_action', 'star_result'],
};
