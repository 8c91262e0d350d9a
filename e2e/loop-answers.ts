// Short but real answers for the rounds of a mock loop, one for each kind a PM II loop asks, and a
// behavioral story in STAR form: what the loop, story and review tests write. The loop draws its questions
// at random, so each answer stands on its own as an answer of its kind rather than to one prompt.

export const LOOP_ANSWERS: Record<string, string> = {
  product_sense: [
    'First I would clarify the goal: is it growth, engagement or revenue? I will assume engagement of new users in their first month.',
    'The users I would focus on are busy parents who plan meals on Sunday evening. Their pain point is that planning takes an hour and the list is forgotten at the shop.',
    'I would prioritise a weekly plan that builds the shopping list automatically, over recipe discovery, because the list is where they drop off. I rejected a social feed because it does not solve the planning pain.',
    'Success is the share of new users who complete two weekly plans in their first month. The guardrail is unsubscribes from reminders, which must not rise.',
  ].join('\n\n'),
  product_improvement: [
    'I would start with how people use the product today. Weekly active users are flat, but the data shows new users from paid channels churn twice as fast as referred users.',
    'Segmenting by channel and device, the drop is in the first session on Android, at the sign-up form, which asks for eight fields.',
    'So I would cut the form to email and password and ask the rest later. I chose this over a new onboarding tour because the data points at the form, not at understanding the product.',
    'The metric is activation within seven days, tied to our goal of retained users; the guardrail is the share of complete profiles after thirty days.',
  ].join('\n\n'),
  behavioral: [
    'Last year our checkout lost a fifth of its mobile buyers after a redesign, and sales blamed engineering.',
    'I owned checkout and had one quarter to win those buyers back.',
    'I pulled the funnel data and found the drop was at the address step. I compared three fixes with the lead engineer, and I decided on address autofill because it was cheapest to test. I convinced the payments team, who did not report to me, to give us a sprint by showing them the revenue at stake.',
    'Mobile conversion rose from 61% to 70% in six weeks, and the team now tests every checkout change before launch.',
  ].join('\n\n'),
  technical: [
    'The API would return the feed in pages with a cursor, because offset pagination gets slow and skips items when new posts arrive.',
    'I would cache the first page per user in Redis with a short expiry, since most reads hit it; the trade-off is that a new post can take up to a minute to appear, which users tolerate in a feed but not in messages.',
    'The database stays relational for posts and follows; the fan-out happens on write for most users and on read for accounts with millions of followers, so one celebrity post does not create millions of writes.',
    'For the user this means the feed opens in under 200 milliseconds on a phone, and the latency budget is what I would watch after launch.',
  ].join('\n\n'),
  strategy: [
    'The goal is to grow revenue from mid-sized companies by 30% in two years without hurting the small-business base.',
    'Our business model is per-seat subscriptions; mid-sized companies pay more per seat but need single sign-on and admin controls that our competitors already sell.',
    'The market has two strong competitors: one wins on price, the other on integrations. I would compete on integrations with the tools these companies already use rather than on price, because a price war hurts our margins.',
    'The trade-off is a slower roadmap for small businesses for two quarters; I would accept it, and watch small-business churn as the signal to revisit.',
  ].join('\n\n'),
  metrics: [
    'I would first check whether the drop is real: a tracking change or a holiday can look like a fall in orders.',
    'Then segment by platform, country and new versus returning users; the drop is in returning users on iOS since the last release.',
    'The likely cause is the new payment screen; I would roll it back for half of iOS users and compare orders per returning user, with refund rate as the guardrail.',
  ].join('\n\n'),
};

/** A story for the story bank, in the guided fields: strong enough to meet the PM II bar on its own. */
export const STORY = {
  title: 'Winning back mobile checkout',
  situation: 'Our checkout lost a fifth of its mobile buyers after a redesign, and sales blamed engineering.',
  task: 'I owned checkout and had one quarter to win those buyers back.',
  action:
    'I pulled the funnel data and found the drop was at the address step on mobile. I compared three fixes with the lead engineer, chose autofill because it was cheapest to test, and ran it as an experiment. I brought sales into a weekly review so they saw the data themselves, and I convinced the payments team, who did not report to me, to give us a sprint.',
  result:
    'Mobile conversion rose from 61% to 70% in six weeks, and the team now tests every checkout change.',
  learned: 'I now ask for the funnel before anyone argues about causes.',
  competencies: ['influence-without-authority', 'owning-a-launch'],
};
