// Structured communication: the approach announced up front, and signposts along the way.
import { signalTable } from './test-support.js';

signalTable('approach_announced', {
  fires: [
    {
      text: `I'll structure this in three parts: who the users are, what hurts, and what I'd build.
The users are mostly renters.`,
      expected: [
        "approach_announced 0-86 I'll structure this in three parts: who the users are, what hurts, and what I'd build.",
      ],
    },
    {
      text: "Let me walk you through how I'd think about it. First the goal, then the users, and finally the metrics.",
      expected: ["approach_announced 0-47 Let me walk you through how I'd think about it."],
    },
    {
      text: 'so, my approach - understand the goal, pick a segment, then ideas, then how we measure it',
      expected: [
        'approach_announced 0-89 so, my approach - understand the goal, pick a segment, then ideas, then how we measure it',
      ],
    },
    {
      text: `First I'd pin down the goal, then look at the funnel, and last decide what to test.
The goal is repeat orders.
The funnel loses most people at payment.
I'd test saved cards.`,
      expected: [
        "approach_announced 0-83 First I'd pin down the goal, then look at the funnel, and last decide what to test.",
      ],
    },
  ],
  quiet: [
    `Renters struggle to get their deposit back.
Landlords keep it for weeks.
There is no record of the flat's state on move-in day.
I'd build a move-in photo log.
Let me walk you through the photo log in more detail now.`,
    'The app should be simple.',
    'I went through a lot of apps last week.',
    'Our approach to pricing has always been cautious.',
  ],
});

signalTable('signposting', {
  fires: [
    {
      text: "First, the users. Then the pain points. Finally, what I'd build.",
      expected: [
        'signposting 0-17 First, the users.',
        'signposting 18-39 Then the pain points.',
        "signposting 40-64 Finally, what I'd build.",
      ],
    },
    {
      text: `## Metrics
Seven-day retention of new listeners.`,
      expected: ['signposting 0-10 ## Metrics'],
    },
    {
      text: 'Moving on to the risks: the biggest one is fraud.',
      expected: ['signposting 0-49 Moving on to the risks: the biggest one is fraud.'],
    },
    {
      text: '1. Goal: more repeat bookings',
      expected: ['signposting 3-29 Goal: more repeat bookings'],
    },
    {
      text: "to sum up, I'd ship the reminder text and measure no-shows",
      expected: ["signposting 0-58 to sum up, I'd ship the reminder text and measure no-shows"],
    },
  ],
  quiet: [
    'I think the app needs a better search and maybe reviews.',
    'People first want to know the price.',
    'It was the first time we shipped on a Friday.',
    'The next release is in May.',
  ],
});
