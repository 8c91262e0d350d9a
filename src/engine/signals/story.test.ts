// Behavioral stories: the STAR parts and their balance, what "I" did and decided, the decision
// process (alternatives, collaborators), blame, and the result's size, scope and lesson.
import { signalTable } from './test-support.js';

signalTable('star_situation', {
  fires: [
    {
      text: 'At my previous company, we were a 30-person startup selling software to dentists.',
      expected: [
        'star_situation 0-81 At my previous company, we were a 30-person startup selling software to dentists.',
      ],
    },
    {
      text: 'So back in 2021 I was the only PM on a payments team of six engineers.',
      expected: [
        'star_situation 0-70 So back in 2021 I was the only PM on a payments team of six engineers.',
      ],
    },
    {
      text: 'Context: our biggest customer was threatening to leave over slow support.',
      expected: [
        'star_situation 0-73 Context: our biggest customer was threatening to leave over slow support.',
      ],
    },
    {
      text: 'I was working on the search team when the outage happened.',
      expected: ['star_situation 0-58 I was working on the search team when the outage happened.'],
    },
  ],
  quiet: [
    "I'd build a better search.",
    'Our customers are dentists.',
    'The result was great.',
    'I convinced the engineer with data.',
  ],
});

signalTable('star_task', {
  fires: [
    {
      text: 'My job was to cut refund time without adding headcount.',
      expected: ['star_task 0-55 My job was to cut refund time without adding headcount.'],
    },
    {
      text: 'I was asked to get the two teams to agree on one launch date.',
      expected: ['star_task 0-61 I was asked to get the two teams to agree on one launch date.'],
    },
    {
      text: 'The goal was to ship the new checkout before the holiday season.',
      expected: ['star_task 0-64 The goal was to ship the new checkout before the holiday season.'],
    },
    {
      text: 'i owned the onboarding funnel end to end',
      expected: ['star_task 0-40 i owned the onboarding funnel end to end'],
    },
  ],
  quiet: [
    'The checkout was slow.',
    'We shipped the new checkout.',
    'Engineers want clear specs.',
    'It was a busy season for everyone.',
  ],
});

signalTable('star_action', {
  fires: [
    {
      text: 'I pulled the refund logs and found that most of the delay was a manual approval step.',
      expected: [
        'star_action 0-85 I pulled the refund logs and found that most of the delay was a manual approval step.',
      ],
    },
    {
      text: 'So I set up a weekly call with the warehouse lead.',
      expected: ['star_action 0-50 So I set up a weekly call with the warehouse lead.'],
    },
    {
      text: 'Then I wrote a one-page proposal and took it to the finance director.',
      expected: ['star_action 0-69 Then I wrote a one-page proposal and took it to the finance director.'],
    },
    {
      text: 'what I did was sit with two support agents for a day',
      expected: ['star_action 0-52 what I did was sit with two support agents for a day'],
    },
  ],
  quiet: [
    'I think the refund process was broken.',
    'I was the PM for returns.',
    'The team shipped the change in March.',
    'I wanted everyone to be happy.',
  ],
});

signalTable('star_result', {
  fires: [
    {
      text: `At my last job I was the PM for the returns flow of an online shoe store, and returns took nine days to refund.
As a result, refunds now take two days instead of nine.`,
      expected: ['star_result 112-167 As a result, refunds now take two days instead of nine.'],
    },
    {
      text: `At my last job I was the PM for the returns flow of an online shoe store, and returns took nine days to refund.
In the end the warehouse agreed to scan returns on arrival.`,
      expected: ['star_result 112-171 In the end the warehouse agreed to scan returns on arrival.'],
    },
    {
      text: `At my last job I was the PM for the returns flow of an online shoe store, and returns took nine days to refund.
Complaints about refunds dropped by a third over the next quarter.`,
      expected: ['star_result 112-178 Complaints about refunds dropped by a third over the next quarter.'],
    },
    {
      text: `At my last job I was the PM for the returns flow of an online shoe store, and returns took nine days to refund.
we went live in april, and nobody had to work the weekend`,
      expected: ['star_result 112-169 we went live in april, and nobody had to work the weekend'],
    },
  ],
  quiet: [
    `At my last job I was the PM for the returns flow of an online shoe store, and returns took nine days to refund.
I pulled the refund logs and found the manual approval step.`,
    `At my last job I was the PM for the returns flow of an online shoe store, and returns took nine days to refund.
I wrote a proposal for the finance director.`,
    `At my last job I was the PM for the returns flow of an online shoe store, and returns took nine days to refund.
The warehouse team was busy with the holiday rush.`,
  ],
});

signalTable('star_balance', {
  fires: [
    {
      text: `At my last company I was the PM for the returns flow, and refunds took nine days.
My goal was to get that under three.
I pulled the refund logs and found a manual approval step.
I met the finance lead and proposed auto-approval under fifty dollars.
I also wrote the spec with the engineers and ran a two-week pilot.
As a result, refunds now take two days, and complaints dropped by a third.`,
      expected: ['star_balance 119-177 I pulled the refund logs and found a manual approval step.'],
    },
    {
      text: `Situation - I was a PM on a travel app and hotel photos were often wrong.
Task: I had to fix it before peak season.
I interviewed ten hotel managers. I built a simple upload tool with design. I convinced the partnerships team to send it to their top hotels.
In the end wrong-photo complaints fell by half.`,
      expected: ['star_balance 116-149 I interviewed ten hotel managers.'],
    },
    {
      text: `Interviewer: Tell me about a time you fixed something nobody owned.
Candidate: Back in 2022 I was the PM on a bank's mobile app, and I had to cut failed logins.
I dug into the error logs. Then I sat with the support team for a day. I pushed for biometric login and got security to sign off.
Eventually failed logins dropped by 40%.`,
      expected: ['star_balance 161-187 I dug into the error logs.'],
    },
  ],
  quiet: [
    `At my last company I was the PM for returns, and refunds took nine days.
My goal was to get that under three.
I pulled the refund logs.
As a result, refunds now take two days.`,
    'At my last company I was the PM for returns. I pulled the refund logs and found a manual step. I met the finance lead and proposed auto-approval. I wrote the spec with the engineers.',
    'I pulled the refund logs. I met the finance lead. I wrote the spec. As a result refunds now take two days.',
  ],
});

signalTable('i_action', {
  fires: [
    {
      text: 'I mapped every step of the returns process on a whiteboard.',
      expected: ['i_action 0-59 I mapped every step of the returns process on a whiteboard.'],
    },
    {
      text: 'I personally called the five customers who had complained the loudest.',
      expected: ['i_action 0-70 I personally called the five customers who had complained the loudest.'],
    },
    {
      text: 'then i rewrote the spec in plain words',
      expected: ['i_action 0-38 then i rewrote the spec in plain words'],
    },
    {
      text: 'I built a small prototype in a weekend to show what I meant.',
      expected: ['i_action 0-60 I built a small prototype in a weekend to show what I meant.'],
    },
  ],
  quiet: [
    'I think we should call the customers.',
    'We mapped every step of the process.',
    'I was a bit nervous about it.',
    'The team called the customers.',
  ],
});

signalTable('we_not_i', {
  fires: [
    {
      text: 'We had a problem with churn. We looked at the data and we saw that our onboarding was weak. So we redesigned it and we tested it with our users. We launched it and our churn went down.',
      expected: ['we_not_i 0-28 We had a problem with churn.'],
    },
    {
      text: 'our team was behind. we met every day, we cut scope, we shipped on time and our customers were happy. we learned a lot as a team and we grew together.',
      expected: ['we_not_i 0-20 our team was behind.'],
    },
    {
      text: 'We decided to rebuild the search. We talked to our users and we found our ranking was off. I helped a bit. We shipped it and we saw more orders and our boss was happy.',
      expected: ['we_not_i 0-33 We decided to rebuild the search.'],
    },
  ],
  quiet: [
    'We had a problem with churn. I looked at the data and I saw that onboarding was weak. I proposed a redesign and we tested it. I presented the results and we launched.',
    'I pulled the data, I wrote the spec, and I convinced the team.',
    'We could add a reminder text, and we should measure no-shows.',
  ],
});

signalTable('decision_made', {
  fires: [
    {
      text: 'In the end I decided to delay the launch by two weeks rather than ship with the bug.',
      expected: [
        'decision_made 0-84 In the end I decided to delay the launch by two weeks rather than ship with the bug.',
      ],
    },
    {
      text: 'I made the call to drop the social feed from the first release.',
      expected: ['decision_made 0-63 I made the call to drop the social feed from the first release.'],
    },
    {
      text: 'So I pushed for auto-approval under fifty dollars and held the line when sales objected.',
      expected: [
        'decision_made 0-88 So I pushed for auto-approval under fifty dollars and held the line when sales objected.',
      ],
    },
    {
      text: 'my call was to keep the old pricing for existing customers',
      expected: ['decision_made 0-58 my call was to keep the old pricing for existing customers'],
    },
  ],
  quiet: [
    'The director decided to delay the launch.',
    'We talked about whether to delay the launch.',
    "I wasn't sure what to do.",
    'The launch was delayed by two weeks.',
  ],
});

signalTable('alternatives_considered', {
  fires: [
    {
      text: 'I considered two options: delay the launch or ship without the export feature.',
      expected: [
        'alternatives_considered 0-78 I considered two options: delay the launch or ship without the export feature.',
      ],
    },
    {
      text: 'We looked at whether to build it ourselves or license a tool.',
      expected: [
        'alternatives_considered 0-61 We looked at whether to build it ourselves or license a tool.',
      ],
    },
    {
      text: 'Instead of hiring more agents, I proposed automating the simple refunds.',
      expected: [
        'alternatives_considered 0-72 Instead of hiring more agents, I proposed automating the simple refunds.',
      ],
    },
    {
      text: 'I could have just escalated, but I wanted the engineers to own the fix.',
      expected: [
        'alternatives_considered 0-71 I could have just escalated, but I wanted the engineers to own the fix.',
      ],
    },
  ],
  quiet: [
    'I shipped the export feature.',
    'We hired more agents.',
    'The engineers fixed the bug.',
    'I looked at the dashboard every morning.',
  ],
});

signalTable('collaborators_brought_along', {
  fires: [
    {
      text: 'I brought the lead engineer in before the spec was written, not after.',
      expected: [
        'collaborators_brought_along 0-70 I brought the lead engineer in before the spec was written, not after.',
      ],
    },
    {
      text: 'I sat down with the designer to walk through the support tickets together.',
      expected: [
        'collaborators_brought_along 0-74 I sat down with the designer to walk through the support tickets together.',
      ],
    },
    {
      text: 'She pointed out that the cache would break the price display, and she was right.',
      expected: [
        'collaborators_brought_along 0-80 She pointed out that the cache would break the price display, and she was right.',
      ],
    },
    {
      text: 'we agreed on a plan together and co-wrote the launch doc',
      expected: ['collaborators_brought_along 0-56 we agreed on a plan together and co-wrote the launch doc'],
    },
  ],
  quiet: [
    'I wrote the spec and sent it to engineering.',
    'The designer made the mockups.',
    'I told the engineers what to build.',
    'Engineering estimated six weeks.',
  ],
});

signalTable('blame_or_escalation', {
  fires: [
    {
      text: "The launch slipped because engineering didn't deliver on time.",
      expected: ["blame_or_escalation 0-62 The launch slipped because engineering didn't deliver on time."],
    },
    {
      text: 'I escalated to my director and she told them to do it.',
      expected: ['blame_or_escalation 0-54 I escalated to my director and she told them to do it.'],
    },
    {
      text: 'Honestly it was their fault, the designers never listened.',
      expected: ['blame_or_escalation 0-58 Honestly it was their fault, the designers never listened.'],
    },
    {
      text: 'marketing dropped the ball on the announcement so it flopped',
      expected: ['blame_or_escalation 0-60 marketing dropped the ball on the announcement so it flopped'],
    },
  ],
  quiet: [
    "The launch slipped, and I own that: I didn't check the estimate.",
    'I sat with the engineers and we re-planned the last two weeks.',
    'The designers had a different view, and we tested both.',
    'I missed the first deadline and told my manager early.',
  ],
});

signalTable('quantified_result', {
  fires: [
    {
      text: 'Refund time went from nine days to two.',
      expected: ['quantified_result 0-39 Refund time went from nine days to two.'],
    },
    {
      text: 'Support contacts fell by 30% in the first month.',
      expected: ['quantified_result 0-48 Support contacts fell by 30% in the first month.'],
    },
    {
      text: 'We saved about $200k a year in courier fees.',
      expected: ['quantified_result 0-44 We saved about $200k a year in courier fees.'],
    },
    {
      text: 'conversion on the pricing page rose 4 points',
      expected: ['quantified_result 0-44 conversion on the pricing page rose 4 points'],
    },
    {
      text: 'Complaints about late refunds dropped by a third.',
      expected: ['quantified_result 0-49 Complaints about late refunds dropped by a third.'],
    },
  ],
  quiet: [
    'Refunds got much faster.',
    'It was a huge success and everyone loved it.',
    'I worked there from 2019.',
    'We had 12 engineers on the team.',
    'We moved from one office to another.',
  ],
});

signalTable('impact_scope', {
  fires: [
    {
      text: 'The review template became the standard for every product team in the company.',
      expected: [
        'impact_scope 0-78 The review template became the standard for every product team in the company.',
      ],
    },
    {
      text: 'Four other teams adopted the same launch checklist within a year.',
      expected: ['impact_scope 0-65 Four other teams adopted the same launch checklist within a year.'],
    },
    {
      text: "It's still in use two years after I left.",
      expected: ["impact_scope 0-41 It's still in use two years after I left."],
    },
    {
      text: 'the fix cut cost across all regions, not just ours',
      expected: ['impact_scope 0-50 the fix cut cost across all regions, not just ours'],
    },
  ],
  quiet: [
    'My team liked the new template.',
    'We shipped the feature on time.',
    'The company is based in Berlin.',
    'I learned to ask for help earlier.',
  ],
});

signalTable('reflection', {
  fires: [
    {
      text: 'What I learned is to bring engineers in before the spec, not after.',
      expected: ['reflection 0-67 What I learned is to bring engineers in before the spec, not after.'],
    },
    {
      text: 'In hindsight I should have told my manager about the delay a week earlier.',
      expected: [
        'reflection 0-74 In hindsight I should have told my manager about the delay a week earlier.',
      ],
    },
    {
      text: 'Since then I always write down the decision and who disagreed.',
      expected: ['reflection 0-62 Since then I always write down the decision and who disagreed.'],
    },
    {
      text: 'if I did it again, i would test with five real users before building anything',
      expected: [
        'reflection 0-77 if I did it again, i would test with five real users before building anything',
      ],
    },
    {
      text: 'A hard lesson: ask the support team before you write the spec.',
      expected: ['reflection 0-62 A hard lesson: ask the support team before you write the spec.'],
    },
  ],
  quiet: [
    'I learned a lot.',
    'It was a great learning experience.',
    'We shipped it on time.',
    'The lesson plan feature was popular with teachers.',
  ],
});

signalTable('vague_result', {
  fires: [
    {
      text: 'The launch was a huge success.',
      expected: ['vague_result 0-30 The launch was a huge success.'],
    },
    {
      text: 'Stakeholders were happy and it went really well.',
      expected: ['vague_result 0-48 Stakeholders were happy and it went really well.'],
    },
    {
      text: 'We got very positive feedback from everyone.',
      expected: ['vague_result 0-44 We got very positive feedback from everyone.'],
    },
    {
      text: 'it made a big difference for the team',
      expected: ['vague_result 0-37 it made a big difference for the team'],
    },
  ],
  quiet: [
    'Refund time went from nine days to two.',
    'Only 40% of the pilot users came back, so we stopped.',
    'The sales team booked twelve demos in the first week.',
    "I'd like the launch to go smoothly.",
  ],
});
