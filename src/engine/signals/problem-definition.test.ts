// Problem definition: clarifying questions asked early, the goal, the scope, the assumptions, the
// problem itself and its reframing, and whether it all comes before the first solution.
import { signalTable } from './test-support.js';

signalTable('clarifying_question', {
  fires: [
    {
      text: 'Before I start, who are we building this for: first-time buyers or people who already own a home?',
      expected: [
        'clarifying_question 0-97 Before I start, who are we building this for: first-time buyers or people who already own a home?',
      ],
    },
    {
      text: `Quick question first - is the goal here more bookings or fewer cancellations?
Assuming bookings, I'd look at the search page.`,
      expected: [
        'clarifying_question 0-77 Quick question first - is the goal here more bookings or fewer cancellations?',
      ],
    },
    {
      text: "I'd want to understand whether this is for the web app or the phone app before going further.",
      expected: [
        "clarifying_question 0-93 I'd want to understand whether this is for the web app or the phone app before going further.",
      ],
    },
    {
      text: `Interviewer: Design a pet-sitting app.
Candidate: Is this a marketplace between owners and sitters, or a tool for sitters who already have clients?`,
      expected: [
        'clarifying_question 50-147 Is this a marketplace between owners and sitters, or a tool for sitters who already have clients?',
      ],
    },
    {
      text: 'ok so my first question would be what market, like are we talking US only',
      expected: [
        'clarifying_question 0-73 ok so my first question would be what market, like are we talking US only',
      ],
    },
  ],
  quiet: [
    'Great question, I love this one.',
    "Why does this matter? Because retention is the whole business. We'd look at churn first, then at pricing, then at the onboarding emails, then at the support tickets, then at the reviews.",
    "I'd build a shared calendar for the family. It syncs with school schedules and sends reminders. Parents get a weekly digest. Kids see their own chores. It works offline too. Who doesn't want that?",
    'Users want speed.',
  ],
});

signalTable('assumption_stated', {
  fires: [
    {
      text: "I'll assume we're a mid-size grocery chain with about two hundred stores and our own delivery drivers.",
      expected: [
        "assumption_stated 0-102 I'll assume we're a mid-size grocery chain with about two hundred stores and our own delivery drivers.",
      ],
    },
    {
      text: "Let's say the goal is repeat purchases within the first month, not one-off sign-ups.",
      expected: [
        "assumption_stated 0-84 Let's say the goal is repeat purchases within the first month, not one-off sign-ups.",
      ],
    },
    {
      text: "My working hypothesis is that people leave because the first playlist feels random; if that's wrong, the plan changes.",
      expected: [
        "assumption_stated 0-118 My working hypothesis is that people leave because the first playlist feels random; if that's wrong, the plan changes.",
      ],
    },
    {
      text: 'assumption: the app is free and makes money from the restaurants, not the diners',
      expected: [
        'assumption_stated 0-80 assumption: the app is free and makes money from the restaurants, not the diners',
      ],
    },
  ],
  quiet: [
    "Don't assume anything about the user.",
    'The app is free and makes money from restaurants.',
    'I assume they will love the new design.',
    'We built it for restaurants.',
  ],
});

signalTable('goal_stated', {
  fires: [
    {
      text: "The goal here is to get new hosts to their first booking faster, because that's when they stop churning.",
      expected: [
        "goal_stated 0-104 The goal here is to get new hosts to their first booking faster, because that's when they stop churning.",
      ],
    },
    {
      text: "I'd optimise for trips completed per rider, not downloads.",
      expected: ["goal_stated 0-58 I'd optimise for trips completed per rider, not downloads."],
    },
    {
      text: 'For me success looks like parents coming back the next week without a reminder.',
      expected: [
        'goal_stated 0-79 For me success looks like parents coming back the next week without a reminder.',
      ],
    },
    {
      text: "What we're really trying to do is keep small shops on the platform through their slow season.",
      expected: [
        "goal_stated 0-93 What we're really trying to do is keep small shops on the platform through their slow season.",
      ],
    },
    {
      text: 'The business needs more revenue from the existing customers this year, not more free sign-ups.',
      expected: [
        'goal_stated 0-94 The business needs more revenue from the existing customers this year, not more free sign-ups.',
      ],
    },
  ],
  quiet: [
    'I want to build something cool.',
    'We have many goals as a company.',
    'I scored a goal in the company football match.',
    'Let me think about it for a second.',
  ],
});

signalTable('scope_stated', {
  fires: [
    {
      text: "I'll focus on the checkout step and leave search out of scope for now.",
      expected: ["scope_stated 0-70 I'll focus on the checkout step and leave search out of scope for now."],
    },
    {
      text: "To keep it manageable, let's narrow this down to android users in India.",
      expected: [
        "scope_stated 0-72 To keep it manageable, let's narrow this down to android users in India.",
      ],
    },
    {
      text: "For this answer I'll limit myself to the host side of the marketplace.",
      expected: ["scope_stated 0-70 For this answer I'll limit myself to the host side of the marketplace."],
    },
    {
      text: "I won't cover pricing, that's a separate conversation.",
      expected: ["scope_stated 0-54 I won't cover pricing, that's a separate conversation."],
    },
  ],
  quiet: [
    'We should build a checkout for everyone.',
    'The scope of the problem is huge.',
    'Our focus groups hated it.',
    "I'd add search, pricing, checkout and reviews.",
  ],
});

signalTable('problem_statement', {
  fires: [
    {
      text: "The real problem is that new drivers don't know which hours pay well, so they log on at dead times and quit.",
      expected: [
        "problem_statement 0-108 The real problem is that new drivers don't know which hours pay well, so they log on at dead times and quit.",
      ],
    },
    {
      text: "So the core issue here is trust: buyers can't tell a real seller from a scam account.",
      expected: [
        "problem_statement 0-85 So the core issue here is trust: buyers can't tell a real seller from a scam account.",
      ],
    },
    {
      text: 'How might we help freelancers get paid on time without chasing their clients?',
      expected: [
        'problem_statement 0-77 How might we help freelancers get paid on time without chasing their clients?',
      ],
    },
    {
      text: "the problem we're solving: renters can't prove they paid on time, so they can't build credit.",
      expected: [
        "problem_statement 0-93 the problem we're solving: renters can't prove they paid on time, so they can't build credit.",
      ],
    },
  ],
  quiet: [
    'No problem, I can do that.',
    'We had a problem with the build server yesterday.',
    'Let me propose three features.',
    'Problems happen in every product.',
  ],
});

signalTable('reframe', {
  fires: [
    {
      text: "I'd push back on the prompt a bit: the ask is more downloads, but downloads aren't the real problem if half of new users never finish setup.",
      expected: [
        "reframe 0-140 I'd push back on the prompt a bit: the ask is more downloads, but downloads aren't the real problem if half of new users never finish setup.",
      ],
    },
    {
      text: 'Before taking the premise at face value, is retention even the right goal for a tax app people use once a year?',
      expected: [
        'reframe 0-111 Before taking the premise at face value, is retention even the right goal for a tax app people use once a year?',
      ],
    },
    {
      text: 'The underlying question is not how to sell more tickets but why people stop going to the theatre after their twenties.',
      expected: [
        'reframe 0-118 The underlying question is not how to sell more tickets but why people stop going to the theatre after their twenties.',
      ],
    },
    {
      text: "The prompt assumes people want a new app, and I'm not sure they do.",
      expected: ["reframe 0-67 The prompt assumes people want a new app, and I'm not sure they do."],
    },
    {
      text: 'honestly the drop in likes might just be a proxy for a deeper problem, creators posting less',
      expected: [
        'reframe 0-92 honestly the drop in likes might just be a proxy for a deeper problem, creators posting less',
      ],
    },
  ],
  quiet: [
    "I'd answer the question as asked: design a fitness app.",
    "That's a good question.",
    "Let's build the app they asked for.",
    'The frame of the bike is aluminium.',
  ],
});

signalTable('problem_first', {
  fires: [
    {
      text: `First, who is this for? I'd say busy parents who cook on weeknights.
Their pain is planning: they decide at 6pm with nothing in the fridge.
So I'd build a Sunday planner that turns the week's meals into one grocery order.`,
      expected: ['problem_first 0-23 First, who is this for?'],
    },
    {
      text: `The goal is fewer missed appointments at small dental clinics. Patients forget, and the clinic loses the slot.

I would add a two-way text reminder that lets the patient confirm or move the visit with one reply.`,
      expected: ['problem_first 0-62 The goal is fewer missed appointments at small dental clinics.'],
    },
    {
      text: "Let's say we only care about retention. The core problem is that listeners run out of things they like after a week. I'd build a weekly mix from their own saves.",
      expected: ["problem_first 0-39 Let's say we only care about retention."],
    },
  ],
  quiet: [
    "I'd build a meal planner with recipes, a shopping list and reminders. The goal is to help busy parents.",
    `Features:
- recipes
- a shopping list
- reminders
That's it.`,
    'Meal planning apps are popular. Many have recipes.',
  ],
});

signalTable('solution_first', {
  fires: [
    {
      text: "I'd build a meal planner with recipes, a shopping list and reminders. It would be great for families, and it would also have a social feed where people share what they cooked, and a pantry scanner.",
      expected: ["solution_first 0-69 I'd build a meal planner with recipes, a shopping list and reminders."],
    },
    {
      text: `Features:
- recipe search
- shopping list
- reminders
- meal history
- pantry scanner
- budget tracker
- family sharing`,
      expected: ['solution_first 0-9 Features:'],
    },
    {
      text: 'so basically we could build a little marketplace for used baby gear, where parents can list stuff, chat, and meet up locally to swap, and later maybe add delivery and payments and reviews too.',
      expected: [
        'solution_first 0-192 so basically we could build a little marketplace for used baby gear, where parents can list stuff, chat, and meet up locally to swap, and later maybe add delivery and payments and reviews too.',
      ],
    },
  ],
  quiet: [
    "First, who is this for? I'd say busy parents who cook on weeknights. I'd build a Sunday planner that turns the week's meals into one grocery order.",
    'The goal is fewer missed appointments. I would add a two-way text reminder.',
    'Meal planning is a crowded space and most apps look the same.',
    "I'll assume the users are students sharing a flat. They argue about who bought what. I'd build a shared pantry list.",
  ],
});

// Checking data is diagnosis, not a question to the interviewer.
signalTable('clarifying_question', {
  fires: [
    {
      text: "I'd want to understand whether this is for riders or drivers before anything else.",
      expected: [
        "clarifying_question 0-82 I'd want to understand whether this is for riders or drivers before anything else.",
      ],
    },
  ],
  quiet: [
    'First I would check whether tracking changed, then split the drop by platform and region.',
    "I'd confirm the drop is real by comparing with payments data.",
  ],
});
