// Logical integrity of the solution: options laid out, prioritised by stated criteria, a chosen path,
// proposals with their reasons and tied to the problem, and the feature dump that has none of it.
import { signalTable } from './test-support.js';

signalTable('options_compared', {
  fires: [
    {
      text: 'I see three options: a reminder text, a self-booking link, or a waitlist that fills cancelled slots.',
      expected: [
        'options_compared 0-100 I see three options: a reminder text, a self-booking link, or a waitlist that fills cancelled slots.',
      ],
    },
    {
      text: 'Option A is a cheaper plan with ads; option B is a family plan.',
      expected: ['options_compared 0-63 Option A is a cheaper plan with ads; option B is a family plan.'],
    },
    {
      text: 'One way is to pay drivers a bonus for night shifts; another way is to show them the demand map before they log on.',
      expected: [
        'options_compared 0-114 One way is to pay drivers a bonus for night shifts; another way is to show them the demand map before they log on.',
      ],
    },
    {
      text: 'we could partner with gyms or just build our own classes',
      expected: ['options_compared 0-56 we could partner with gyms or just build our own classes'],
    },
  ],
  quiet: [
    "I'd build a reminder text.",
    'The app has options in the settings menu.',
    "There's only one thing to do: ship it.",
    'My favourite idea is the waitlist.',
  ],
});

signalTable('prioritisation', {
  fires: [
    {
      text: "I'd rank them by impact on week-one retention against engineering effort.",
      expected: [
        "prioritisation 0-73 I'd rank them by impact on week-one retention against engineering effort.",
      ],
    },
    {
      text: 'The waitlist first, because it recovers slots that are lost today and needs no new hardware.',
      expected: [
        'prioritisation 0-92 The waitlist first, because it recovers slots that are lost today and needs no new hardware.',
      ],
    },
    {
      text: 'Of the three, the reminder text is the cheapest to test, so it goes first.',
      expected: [
        'prioritisation 0-74 Of the three, the reminder text is the cheapest to test, so it goes first.',
      ],
    },
    {
      text: 'Highest impact is the self-booking link: it removes the phone call that most patients avoid.',
      expected: [
        'prioritisation 0-92 Highest impact is the self-booking link: it removes the phone call that most patients avoid.',
      ],
    },
  ],
  quiet: [
    'Prioritisation:',
    'All of these ideas are good.',
    "We'll do everything in the first release.",
    'I like the waitlist idea.',
  ],
});

signalTable('chosen_path', {
  fires: [
    {
      text: 'If I could only build one, it would be the waitlist.',
      expected: ['chosen_path 0-52 If I could only build one, it would be the waitlist.'],
    },
    {
      text: 'My recommendation: launch the family plan in two markets this quarter.',
      expected: ['chosen_path 0-70 My recommendation: launch the family plan in two markets this quarter.'],
    },
    {
      text: "So I'd start with the reminder text and keep the booking link for later.",
      expected: ["chosen_path 0-72 So I'd start with the reminder text and keep the booking link for later."],
    },
    {
      text: 'Decision - we go with the cheaper plan with ads.',
      expected: ['chosen_path 0-48 Decision - we go with the cheaper plan with ads.'],
    },
    {
      text: "I'd bet on the demand map, because it helps every driver and costs us nothing per trip.",
      expected: [
        "chosen_path 0-87 I'd bet on the demand map, because it helps every driver and costs us nothing per trip.",
      ],
    },
  ],
  quiet: [
    'There are many things we could build.',
    'Maybe the waitlist, maybe the link, maybe both.',
    'We could do a family plan or an ad plan.',
    'It depends on what the team thinks.',
  ],
});

signalTable('proposal_reasoned', {
  fires: [
    {
      text: "I'd add a one-tap reorder button, because most people buy the same ten items every week.",
      expected: [
        "proposal_reasoned 0-88 I'd add a one-tap reorder button, because most people buy the same ten items every week.",
      ],
    },
    {
      text: "We should... actually I'd build a shared budget view so that both partners see the same number before they spend.",
      expected: [
        "proposal_reasoned 0-113 We should... actually I'd build a shared budget view so that both partners see the same number before they spend.",
      ],
    },
    {
      text: 'First, a pickup-time picker, since half the complaints are about food going cold.',
      expected: [
        'proposal_reasoned 0-81 First, a pickup-time picker, since half the complaints are about food going cold.',
      ],
    },
    {
      text: 'I would launch a price alert because bargain hunters already check prices every day by hand.',
      expected: [
        'proposal_reasoned 0-92 I would launch a price alert because bargain hunters already check prices every day by hand.',
      ],
    },
  ],
  quiet: [
    "I'd add a one-tap reorder button.",
    "I'd build a shared budget view and a chat and a calendar.",
    'Because most people buy the same items every week.',
    'Prices went up because of inflation.',
  ],
});

signalTable('solution_follows_problem', {
  fires: [
    {
      text: `Freelancers end up chasing clients for late invoices.
I'd build automatic invoice reminders that go out from the platform, not from the freelancer.`,
      expected: [
        "solution_follows_problem 54-147 I'd build automatic invoice reminders that go out from the platform, not from the freelancer.",
      ],
    },
    {
      text: `Today most parents track allergies in a notes app and forget to update it.
So I'd add an allergy card that the school nurse can see, which parents update once a term.`,
      expected: [
        "solution_follows_problem 75-166 So I'd add an allergy card that the school nurse can see, which parents update once a term.",
      ],
    },
    {
      text: "The core problem is that new hosts don't know what price to set. I would create a suggested price based on similar flats nearby.",
      expected: [
        'solution_follows_problem 65-128 I would create a suggested price based on similar flats nearby.',
      ],
    },
  ],
  quiet: [
    `Freelancers end up chasing clients for late invoices.
I'd build a dark mode and a new logo.`,
    "I'd build automatic invoice reminders.",
    "Parents are busy. I'd add a chat feature.",
  ],
});

signalTable('feature_dump', {
  fires: [
    {
      text: `Here's what I'd build:
- recipe search
- a shopping list
- meal reminders
- a pantry scanner
- family sharing
- a budget tracker
- a social feed`,
      expected: [
        'feature_dump 23-144 - recipe search - a shopping list - meal reminders - a pantry scanner - family sharing - a budget tracker - a social feed',
      ],
    },
    {
      text: `Features for the dog-walking app:
- GPS tracking of the walk
- photos during the walk
- in-app chat
- tipping
- ratings
- recurring bookings
- a loyalty program
- vet records
That covers everything.`,
      expected: [
        'feature_dump 34-174 - GPS tracking of the walk - photos during the walk - in-app chat - tipping - ratings - recurring bookings - a loyalty program - vet records',
      ],
    },
    {
      text: `- Dark mode
- Offline mode
- Widgets
- Voice search
- Smart playlists
- Lyrics
- Podcasts
- Concert tickets
- Social sharing`,
      expected: [
        'feature_dump 0-124 - Dark mode - Offline mode - Widgets - Voice search - Smart playlists - Lyrics - Podcasts - Concert tickets - Social sharing',
      ],
    },
  ],
  quiet: [
    `Here's what I'd build:
- recipe search
- a shopping list
- meal reminders`,
    `Ideas, ranked by impact on weekly cooking:
- the shopping list first, because it's why most people open the app
- meal reminders
- recipe search
- a pantry scanner
- family sharing
- a budget tracker
- a social feed`,
    "I'd build a shopping list. It saves time. It also syncs. And it's free. Everyone can use it. It works offline. It has reminders. It has recipes.",
  ],
});

signalTable('plan_sequenced', {
  fires: [
    {
      text: "The first thing I'd check is whether the drop is real: did the event definition change?",
      expected: [
        "plan_sequenced 0-87 The first thing I'd check is whether the drop is real: did the event definition change?",
      ],
    },
    {
      text: 'Start with the cohort curve, then split it by device, and only after that talk about fixes.',
      expected: [
        'plan_sequenced 0-91 Start with the cohort curve, then split it by device, and only after that talk about fixes.',
      ],
    },
    {
      text: "Before changing anything, I'd pull a month of tickets.",
      expected: ["plan_sequenced 0-54 Before changing anything, I'd pull a month of tickets."],
    },
  ],
  quiet: [
    'We could add reminders, badges and a chatbot.',
    'The first users were students.',
    'Then the app shows a map.',
  ],
});

signalTable('decision_rule', {
  fires: [
    {
      text: 'Decision rule: ship if repeat bookings rise by two points and refunds stay flat.',
      expected: [
        'decision_rule 0-80 Decision rule: ship if repeat bookings rise by two points and refunds stay flat.',
      ],
    },
    {
      text: "I'd only roll it out if the holdout shows fewer missed doses.",
      expected: ["decision_rule 0-61 I'd only roll it out if the holdout shows fewer missed doses."],
    },
    {
      text: "We'd kill it if sign-ups drop below last month's.",
      expected: ["decision_rule 0-49 We'd kill it if sign-ups drop below last month's."],
    },
  ],
  quiet: [
    'We shipped it in March.',
    'If users like it, great.',
    'I would ship it fast because speed matters.',
  ],
});
