// Answers shared by the store and server tests: one a grader rates well, one it does not.
export const SAMPLE_QUESTION = 'Design a grocery app for seniors.';

export const STRONG_ANSWER = [
  'Before designing, I would ask who the seniors are and what the goal is: growth, revenue or engagement?',
  'I will assume the goal is weekly orders from seniors over 70 living alone, who struggle with small text',
  'and with carrying heavy bags home. Their pain point is the trip itself. I would prioritise a repeat-order',
  'list over browsing, because it cuts the most effort. The trade-off is discovery versus speed: I would',
  'choose speed. Success is 7-day retention and weekly orders per user, with a guardrail on order errors.',
].join(' ');

export const WEAK_ANSWER = 'I would build an app with big buttons. It would be good for users.';
