// The answer the practice, report and speed tests write, in the candidate's own words: a strong PM II answer
// to a bank question, a follow-up answer that reframes the problem, and a revision that names a trade-off.
// Graded by the engine, it meets the PM II bar with evidence on every dimension; each addition raises it.

export const QUESTION_ID = 'ps-account-health-csm';
export const QUESTION_PROMPT =
  'Design a tool that tells customer-success managers which accounts are at risk of churning.';

export const STRONG_ANSWER = [
  'Before designing anything, I would ask three clarifying questions. What data do we have on product usage, support tickets and billing? How do the managers plan their week today? And is the goal to reduce churn only, or to grow expansion revenue too? I will assume the goal is to cut gross churn among mid-sized accounts, because renewals drive net revenue retention for a B2B scheduling product.',
  'My approach: first the user and the problem, then the MVP, then the data it needs, then how we measure it, and finally the trade-offs.',
  'The users are the 40 customer-success managers, each covering about 60 accounts. Today they work from spreadsheets and gut feel, and they usually discover risk two weeks before renewal, when a save is expensive. Their pain point is not a lack of data; it is that they cannot tell which five of their sixty accounts deserve a call this week, or what to say on that call.',
  'So the problem to solve is a decision: which accounts to call this week, and why. A dashboard of every metric would not change that decision, so I would not build one.',
  'The MVP is a weekly risk list inside the CRM the managers already use. Each flagged account shows the reasons behind its score: seat usage falling for three weeks, the champion who bought the tool has left, support tickets rising, or a failed payment. I would prioritise the reasons over the score itself, because managers told us they ignore scores they cannot explain. Second priority is a suggested play for each reason, for example a training session when seat usage falls.',
  "For the data, we would join usage events, support tickets and billing history per account. We should look at last year's churned accounts to see which signals appeared first and where the drop-off in usage started.",
  'Success is gross churn among flagged accounts compared with similar accounts that were not flagged, and the save rate of accounts that managers contacted. I would also track precision of the flags, because false alarms destroy trust, and weekly adoption by managers as a leading indicator. The guardrail is manager time: if the list adds more than an hour a week, they will stop using it.',
  'The main trade-off is a simple rules-based score versus a machine-learning model. Rules are explainable and quick to ship, but less accurate; a model may catch subtle patterns but managers will not trust a black box. I would choose rules first, measure precision for a quarter, and only then test a model against them. The risk is that we flag accounts managers already know are fine; to mitigate it, managers can dismiss a flag with a reason, and we use those reasons to tune the rules.',
  'In a month we can ship the rules-based list to ten managers, compare churn against the other thirty, and decide whether to roll it out.',
].join('\n\n');

/** One of the follow-ups the report asks of this answer. */
export const FOLLOW_UP = 'Is this the right problem to solve? What would you solve instead if it were not?';

export const FOLLOW_UP_REPLY =
  'Partly. If most churn comes from a few product causes, such as a weak onboarding or a missing calendar integration, the leverage is in fixing those causes rather than predicting them. So I would pair the risk list with a monthly review with product, where the top reasons behind flagged accounts shape the roadmap. That turns the tool from a rescue list into a feedback loop between customer success and product.';

/** Added at the end of the answer in the revise editor. */
export const REVISION_ADDITION =
  'One more trade-off: I considered shipping the list as a standalone web app, which is two weeks faster, but rejected it because managers live in the CRM and a separate tool would cut adoption. Speed versus adoption: I would choose adoption, and accept the later launch.';
