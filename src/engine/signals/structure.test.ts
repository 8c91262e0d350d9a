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

const longRunOn = `${'We would look at the users and then at the metrics and then we would think about the options and what they cost and how long they take to build and who would use them '.repeat(3)}and that is the plan.`;
const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `Part ${i + 1}. The users here are renters who move every year. They lose their deposit because nobody records the flat on move-in day. I would log photos at move-in and share them with the landlord.`,
).join('\n\n');

signalTable('wall_of_text', {
  fires: [
    {
      text: `${'I think the main thing is that renters lose deposits and landlords keep them and nobody has a record of anything so the fights are long and the deposit is gone. '.repeat(8)}`,
      expected: [
        `wall_of_text 0-${'I think the main thing is that renters lose deposits and landlords keep them and nobody has a record of anything so the fights are long and the deposit is gone. '.repeat(8).trim().length} ${'I think the main thing is that renters lose deposits and landlords keep them and nobody has a record of anything so the fights are long and the deposit is gone. '.repeat(8).trim()}`,
      ],
    },
    {
      text: `${paragraphs}\n\n${longRunOn}`,
      expected: [
        `wall_of_text ${paragraphs.length + 2}-${paragraphs.length + 2 + longRunOn.length} ${longRunOn}`,
      ],
    },
  ],
  quiet: [
    paragraphs,
    'Short answer: renters lose deposits, so I would log move-in photos.',
    `${'- A renter who moves every year loses a deposit.\n'.repeat(30)}`,
  ],
});

signalTable('backtracking', {
  fires: [
    {
      text: 'Then the metrics. Oh, and I forgot to mention the landlords, they matter too.',
      expected: ['backtracking 18-77 Oh, and I forgot to mention the landlords, they matter too.'],
    },
    {
      text: 'So the plan is photos. Wait, actually, going back to the users for a second.',
      expected: ['backtracking 23-76 Wait, actually, going back to the users for a second.'],
    },
    {
      text: "Sorry, I'm rambling. The point is deposits.",
      expected: ["backtracking 0-20 Sorry, I'm rambling."],
    },
  ],
  quiet: [
    'First the users, then the metrics, then the risks.',
    'Um, like, the users are, you know, renters who move every year.',
    'I went back to the landlord with the photos and he returned the deposit.',
  ],
});
