// User insight: specific segments rather than "users", their pain points, what they do today, the
// evidence behind it, and which segment to serve first.
import { signalTable } from './test-support.js';

signalTable('user_segment', {
  fires: [
    {
      text: "I'd start with night-shift nurses who chart after their shift.",
      expected: ['user_segment 15-33 night-shift nurses'],
    },
    {
      text: 'Landlords with a single flat to rent handle the repairs themselves.',
      expected: ['user_segment 0-36 Landlords with a single flat to rent'],
    },
    {
      text: 'um, think of parents of toddlers, like, they have zero free hands',
      expected: ['user_segment 13-32 parents of toddlers'],
    },
    {
      text: '- small-business owners who do their own bookkeeping',
      expected: ['user_segment 0-23 - small-business owners'],
    },
    {
      text: "Our focus is drivers who joined this month and haven't done ten trips yet.",
      expected: ['user_segment 13-51 drivers who joined this month and have'],
    },
  ],
  quiet: [
    'Users want it to be fast.',
    'We should think about new users and existing users.',
    'Our target customers are people.',
    "I'd talk to many users and some power users.",
    'It should work for everyone.',
    'We should help people and make customers happy.',
  ],
});

signalTable('pain_point', {
  fires: [
    {
      text: 'Parents dread the Sunday-night scramble to find out which kid needs what for school.',
      expected: [
        'pain_point 0-84 Parents dread the Sunday-night scramble to find out which kid needs what for school.',
      ],
    },
    {
      text: 'Freelancers end up chasing clients for weeks to get paid, and some just give up on the invoice.',
      expected: [
        'pain_point 0-95 Freelancers end up chasing clients for weeks to get paid, and some just give up on the invoice.',
      ],
    },
    {
      text: 'Today a seller re-enters the same product details on three marketplaces by hand.',
      expected: [
        'pain_point 0-80 Today a seller re-enters the same product details on three marketplaces by hand.',
      ],
    },
    {
      text: 'patients forget their second dose because nobody reminds them',
      expected: ['pain_point 0-61 patients forget their second dose because nobody reminds them'],
    },
    {
      text: "For older shoppers the font is too small and they can't find the checkout button.",
      expected: [
        "pain_point 0-81 For older shoppers the font is too small and they can't find the checkout button.",
      ],
    },
  ],
  quiet: [
    'Pain points:',
    'The app has a blue button on the home screen.',
    'We will make it delightful and seamless.',
    'Hosts list their flat and set a price.',
  ],
});

signalTable('user_behaviour', {
  fires: [
    {
      text: 'Today most of them keep a paper notebook by the till and copy it into a spreadsheet at night.',
      expected: [
        'user_behaviour 0-93 Today most of them keep a paper notebook by the till and copy it into a spreadsheet at night.',
      ],
    },
    {
      text: 'Teachers already use a class group chat to send homework reminders.',
      expected: ['user_behaviour 0-67 Teachers already use a class group chat to send homework reminders.'],
    },
    {
      text: 'They usually check the app once a morning, on the bus, for about two minutes.',
      expected: [
        'user_behaviour 0-77 They usually check the app once a morning, on the bus, for about two minutes.',
      ],
    },
    {
      text: 'Right now, commuters screenshot the timetable because the page is slow underground.',
      expected: [
        'user_behaviour 0-83 Right now, commuters screenshot the timetable because the page is slow underground.',
      ],
    },
  ],
  quiet: [
    'Users will love the new feature.',
    'We should use a spreadsheet for the roadmap.',
    'The app uses a lot of battery.',
    'I would add a chat feature.',
  ],
});

signalTable('user_evidence', {
  fires: [
    {
      text: 'In the twelve user interviews I ran, nine people described the same moment at the pharmacy counter.',
      expected: [
        'user_evidence 0-99 In the twelve user interviews I ran, nine people described the same moment at the pharmacy counter.',
      ],
    },
    {
      text: 'Support tickets about late refunds doubled after the policy change.',
      expected: ['user_evidence 0-67 Support tickets about late refunds doubled after the policy change.'],
    },
    {
      text: "I'd read the app store reviews from the last month before deciding anything.",
      expected: [
        "user_evidence 0-76 I'd read the app store reviews from the last month before deciding anything.",
      ],
    },
    {
      text: 'I shadowed two dispatchers for a full shift and watched them juggle three screens.',
      expected: [
        'user_evidence 0-82 I shadowed two dispatchers for a full shift and watched them juggle three screens.',
      ],
    },
  ],
  quiet: [
    'I think users want faster refunds.',
    'Everyone knows people hate waiting.',
    'The interview process at my company was long.',
    "It's obvious that drivers want more money.",
  ],
});

signalTable('segment_prioritised', {
  fires: [
    {
      text: "I'd focus on students sharing a flat first, because they split bills every month and feel the pain most often.",
      expected: [
        "segment_prioritised 0-110 I'd focus on students sharing a flat first, because they split bills every month and feel the pain most often.",
      ],
    },
    {
      text: 'Of these three groups, the commuters hurt the most: they ride twice a day and miss connections.',
      expected: [
        'segment_prioritised 0-95 Of these three groups, the commuters hurt the most: they ride twice a day and miss connections.',
      ],
    },
    {
      text: "So I'd prioritise the segment of solo travellers over families, since they book later and cancel less.",
      expected: [
        "segment_prioritised 0-102 So I'd prioritise the segment of solo travellers over families, since they book later and cancel less.",
      ],
    },
    {
      text: 'primary user here is the part-time tutor with five to ten pupils',
      expected: ['segment_prioritised 0-64 primary user here is the part-time tutor with five to ten pupils'],
    },
  ],
  quiet: [
    'We will build for everyone.',
    'There are students, families and commuters.',
    "I'd focus on making it fast.",
    'Students, commuters and families all use the app.',
  ],
});
