// Metrics and data: metrics defined and given targets, tied to the goal, guarded; generic metric
// lists; decisions backed by data; a metric drop diagnosed by its causes and by segmenting it.
import { signalTable } from './test-support.js';

signalTable('metric_defined', {
  fires: [
    {
      text: 'Primary metric: the share of new hosts who get a booking within 14 days of listing.',
      expected: [
        'metric_defined 0-83 Primary metric: the share of new hosts who get a booking within 14 days of listing.',
      ],
    },
    {
      text: "I'd track seven-day retention, meaning people who play at least one song on day seven.",
      expected: [
        "metric_defined 0-86 I'd track seven-day retention, meaning people who play at least one song on day seven.",
      ],
    },
    {
      text: 'median time to first payout for a new seller',
      expected: ['metric_defined 0-44 median time to first payout for a new seller'],
    },
    {
      text: 'Conversion here is defined as orders divided by sessions that reached the cart.',
      expected: [
        'metric_defined 0-79 Conversion here is defined as orders divided by sessions that reached the cart.',
      ],
    },
  ],
  quiet: [
    "We'd track engagement.",
    'Retention is important.',
    'I would look at a few metrics.',
    'Each user is different and every week brings something new.',
  ],
});

signalTable('metric_target', {
  fires: [
    {
      text: "I'd want to move seven-day retention from 22% to 26% by the end of the quarter.",
      expected: [
        "metric_target 0-79 I'd want to move seven-day retention from 22% to 26% by the end of the quarter.",
      ],
    },
    {
      text: 'Target: fewer than 3 support contacts per 100 orders.',
      expected: ['metric_target 0-53 Target: fewer than 3 support contacts per 100 orders.'],
    },
    {
      text: 'We should cut time to first booking by 2 days.',
      expected: ['metric_target 0-46 We should cut time to first booking by 2 days.'],
    },
    {
      text: 'The guardrail is refunds staying below 1.5% of orders.',
      expected: ['metric_target 0-54 The guardrail is refunds staying below 1.5% of orders.'],
    },
  ],
  quiet: [
    'We want retention to go up.',
    "We'll reduce churn as much as possible.",
    'Our goal is a better experience.',
    'In 2023 we had three teams.',
  ],
});

signalTable('metric_tied_to_goal', {
  fires: [
    {
      text: 'My north star would be weekly cooked meals per household, since the goal is habit, not downloads.',
      expected: [
        'metric_tied_to_goal 0-97 My north star would be weekly cooked meals per household, since the goal is habit, not downloads.',
      ],
    },
    {
      text: "I'd use repeat bookings within 60 days. It reflects whether the first stay earned their trust, which is the goal.",
      expected: [
        "metric_tied_to_goal 0-113 I'd use repeat bookings within 60 days. It reflects whether the first stay earned their trust, which is the goal.",
      ],
    },
    {
      text: 'Refund rate matters here because it is the closest signal of a broken promise to the buyer.',
      expected: [
        'metric_tied_to_goal 0-91 Refund rate matters here because it is the closest signal of a broken promise to the buyer.',
      ],
    },
    {
      text: "i'd measure success by the share of invoices paid on time - that's literally the problem we set out to fix",
      expected: [
        "metric_tied_to_goal 0-106 i'd measure success by the share of invoices paid on time - that's literally the problem we set out to fix",
      ],
    },
  ],
  quiet: [
    "We'd track DAU, MAU and NPS.",
    'The metric is conversion.',
    'Revenue went up last year.',
    'Because it was raining, we stayed in.',
  ],
});

signalTable('metric_vanity', {
  fires: [
    {
      text: "We'd track DAU, MAU and downloads.",
      expected: ["metric_vanity 0-34 We'd track DAU, MAU and downloads."],
    },
    {
      text: 'Success = more sign-ups, more engagement, more page views.',
      expected: ['metric_vanity 0-58 Success = more sign-ups, more engagement, more page views.'],
    },
    {
      text: 'look at time spent and likes and sessions to see if people like it',
      expected: ['metric_vanity 0-66 look at time spent and likes and sessions to see if people like it'],
    },
  ],
  quiet: [
    "We'd track DAU because it shows whether the daily habit formed.",
    'Seven-day retention of new listeners, with refunds as a guardrail.',
    'The primary metric is paid orders per household per week.',
    "Downloads alone won't tell us much.",
  ],
});

signalTable('guardrail', {
  fires: [
    {
      text: 'Guardrail: cancellation rate for hosts must stay flat.',
      expected: ['guardrail 0-54 Guardrail: cancellation rate for hosts must stay flat.'],
    },
    {
      text: "We'd push for more orders without raising the refund rate.",
      expected: ["guardrail 0-58 We'd push for more orders without raising the refund rate."],
    },
    {
      text: "I'd keep an eye on delivery times, so the extra orders don't make food arrive cold.",
      expected: [
        "guardrail 0-83 I'd keep an eye on delivery times, so the extra orders don't make food arrive cold.",
      ],
    },
    {
      text: "And I'd make sure support tickets per order don't creep up.",
      expected: ["guardrail 0-59 And I'd make sure support tickets per order don't creep up."],
    },
    {
      text: "The risk is cannibalising the premium plan, so I'd watch upgrades.",
      expected: ["guardrail 0-66 The risk is cannibalising the premium plan, so I'd watch upgrades."],
    },
  ],
  quiet: [
    "We'd track weekly orders.",
    'Delivery times are important to customers.',
    'The primary metric is repeat bookings.',
    'Refunds happen sometimes.',
  ],
});

signalTable('data_decision', {
  fires: [
    {
      text: 'The funnel showed that 40% dropped at the address step, so I cut it to one field.',
      expected: [
        'data_decision 0-81 The funnel showed that 40% dropped at the address step, so I cut it to one field.',
      ],
    },
    {
      text: 'I pulled three months of support tickets and tagged each by cause.',
      expected: ['data_decision 0-66 I pulled three months of support tickets and tagged each by cause.'],
    },
    {
      text: 'we ran an A/B test against the old checkout before deciding',
      expected: ['data_decision 0-59 we ran an A/B test against the old checkout before deciding'],
    },
    {
      text: 'The cohort analysis revealed that churn was almost all in the first week.',
      expected: [
        'data_decision 0-73 The cohort analysis revealed that churn was almost all in the first week.',
      ],
    },
  ],
  quiet: [
    'We decided to cut the address step.',
    "I had a feeling people didn't like the checkout.",
    'Data is important.',
    'We tested the new coffee machine in the office.',
  ],
});

signalTable('diagnosis_causes', {
  fires: [
    {
      text: "First I'd rule out a tracking bug: did the event definition change in the last release?",
      expected: [
        "diagnosis_causes 0-87 First I'd rule out a tracking bug: did the event definition change in the last release?",
      ],
    },
    {
      text: 'Could be seasonal - school holidays started that week, and last year we saw the same dip.',
      expected: [
        'diagnosis_causes 0-89 Could be seasonal - school holidays started that week, and last year we saw the same dip.',
      ],
    },
    {
      text: 'A competitor launched free delivery the same week, which could explain it.',
      expected: [
        'diagnosis_causes 0-74 A competitor launched free delivery the same week, which could explain it.',
      ],
    },
    {
      text: 'Did we ship anything around the same time? A release that lines up with the drop is my first suspect.',
      expected: [
        'diagnosis_causes 0-42 Did we ship anything around the same time?',
        'diagnosis_causes 43-101 A release that lines up with the drop is my first suspect.',
      ],
    },
    {
      text: "My hypothesis is the new onboarding; if that's it, we'd see the drop only in new users.",
      expected: [
        "diagnosis_causes 0-87 My hypothesis is the new onboarding; if that's it, we'd see the drop only in new users.",
      ],
    },
  ],
  quiet: [
    'Usage fell, so we need a new feature.',
    "I'd add more notifications to bring them back.",
    'The drop is bad for the business.',
    "I'd ask the team what they think.",
  ],
});

signalTable('diagnosis_segmentation', {
  fires: [
    {
      text: "I'd break the drop down by platform and app version first.",
      expected: ["diagnosis_segmentation 0-58 I'd break the drop down by platform and app version first."],
    },
    {
      text: 'Is it only on Android, or across the board?',
      expected: ['diagnosis_segmentation 0-43 Is it only on Android, or across the board?'],
    },
    {
      text: 'Then slice it by region and by acquisition channel, to see if one market explains most of it.',
      expected: [
        'diagnosis_segmentation 0-93 Then slice it by region and by acquisition channel, to see if one market explains most of it.',
      ],
    },
    {
      text: "split new vs returning users - if it's only new users, the onboarding is suspect",
      expected: [
        "diagnosis_segmentation 0-80 split new vs returning users - if it's only new users, the onboarding is suspect",
      ],
    },
  ],
  quiet: [
    'The drop is everywhere, I think.',
    "I'd look at the numbers.",
    'We need to understand why users are leaving.',
    'The platform team is split across two floors.',
  ],
});
