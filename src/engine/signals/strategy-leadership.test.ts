// Strategy and leadership: the business goal and model, the market, second-order effects, the
// ecosystem, the long view in steps; influence without authority, alignment, changing how an
// organisation works, and enabling others.
import { signalTable } from './test-support.js';

signalTable('business_goal', {
  fires: [
    {
      text: "Why now: the company's strategy this year is to grow the business customers, and this is the cheapest way in.",
      expected: [
        "business_goal 0-109 Why now: the company's strategy this year is to grow the business customers, and this is the cheapest way in.",
      ],
    },
    {
      text: 'This matters for the business because live audio is where our biggest rival is pulling listeners from.',
      expected: [
        'business_goal 0-102 This matters for the business because live audio is where our biggest rival is pulling listeners from.',
      ],
    },
    {
      text: 'Strategically, owning the payment step is what keeps the marketplace from being disintermediated.',
      expected: [
        'business_goal 0-97 Strategically, owning the payment step is what keeps the marketplace from being disintermediated.',
      ],
    },
    {
      text: 'it fits the company goal of doubling international revenue',
      expected: ['business_goal 0-58 it fits the company goal of doubling international revenue'],
    },
  ],
  quiet: [
    "I'd build a live audio room for fans.",
    'Users would enjoy it a lot.',
    'Our company has an office in Lisbon.',
    'The goal of the game is to collect coins.',
  ],
});

signalTable('business_model', {
  fires: [
    {
      text: "We'd charge a 10% commission on each booking, which covers the cost of payment processing and support.",
      expected: [
        "business_model 0-102 We'd charge a 10% commission on each booking, which covers the cost of payment processing and support.",
      ],
    },
    {
      text: 'A paid tier at four dollars a month only works if conversion to paid is above 3%.',
      expected: [
        'business_model 0-81 A paid tier at four dollars a month only works if conversion to paid is above 3%.',
      ],
    },
    {
      text: 'The unit economics break: delivery costs us more than the margin on a small basket.',
      expected: [
        'business_model 0-83 The unit economics break: delivery costs us more than the margin on a small basket.',
      ],
    },
    {
      text: 'freemium - free for one classroom, schools pay per seat',
      expected: ['business_model 0-55 freemium - free for one classroom, schools pay per seat'],
    },
  ],
  quiet: [
    "We'd build a booking page.",
    'The app would be free and fun.',
    'Teachers love the classroom view.',
    'Users pay attention to the first screen.',
  ],
});

signalTable('market_competitors', {
  fires: [
    {
      text: "Two incumbents already own this space, so we'd need a clear reason to switch.",
      expected: [
        "market_competitors 0-77 Two incumbents already own this space, so we'd need a clear reason to switch.",
      ],
    },
    {
      text: 'Our advantage over the big players is that we already have the drivers.',
      expected: [
        'market_competitors 0-71 Our advantage over the big players is that we already have the drivers.',
      ],
    },
    {
      text: "The moat isn't the app, it's the supply of vetted sitters.",
      expected: ["market_competitors 0-58 The moat isn't the app, it's the supply of vetted sitters."],
    },
    {
      text: 'competition is mostly whatsapp groups and paper flyers, honestly',
      expected: ['market_competitors 0-64 competition is mostly whatsapp groups and paper flyers, honestly'],
    },
  ],
  quiet: [
    "I'd add a map of nearby sitters.",
    'Sitters want steady work.',
    'We should build a great product.',
    'The team competed in a hackathon last year.',
  ],
});

signalTable('second_order', {
  fires: [
    {
      text: "If we pay drivers more at night, that will also pull them away from the morning shift, which we can't afford.",
      expected: [
        "second_order 0-109 If we pay drivers more at night, that will also pull them away from the morning shift, which we can't afford.",
      ],
    },
    {
      text: 'Free returns could train shoppers to order three sizes and send two back.',
      expected: [
        'second_order 0-73 Free returns could train shoppers to order three sizes and send two back.',
      ],
    },
    {
      text: 'More sellers bring more buyers, which brings more sellers: the flywheel is the whole point.',
      expected: [
        'second_order 0-91 More sellers bring more buyers, which brings more sellers: the flywheel is the whole point.',
      ],
    },
    {
      text: "the knock-on effect is on the restaurants, they'd need to staff for the extra orders",
      expected: [
        "second_order 0-84 the knock-on effect is on the restaurants, they'd need to staff for the extra orders",
      ],
    },
  ],
  quiet: [
    'Paying drivers more at night gets more drivers at night.',
    'Free returns are popular with shoppers.',
    'Sellers want more buyers.',
    "I'd ship it next month.",
  ],
});

signalTable('ecosystem', {
  fires: [
    {
      text: "We'd need the insurers on board, because they decide which clinics patients can book.",
      expected: [
        "ecosystem 0-85 We'd need the insurers on board, because they decide which clinics patients can book.",
      ],
    },
    {
      text: 'Opening our API to third-party developers lets others build the long tail of integrations.',
      expected: [
        'ecosystem 0-90 Opening our API to third-party developers lets others build the long tail of integrations.',
      ],
    },
    {
      text: "Apple's app store rules would take a 30% cut of any in-app subscription.",
      expected: ["ecosystem 0-72 Apple's app store rules would take a 30% cut of any in-app subscription."],
    },
    {
      text: 'partner with the big grocery chains for distribution rather than building our own stores',
      expected: [
        'ecosystem 0-88 partner with the big grocery chains for distribution rather than building our own stores',
      ],
    },
  ],
  quiet: [
    "I'd design a simpler booking form.",
    'Patients want to see a doctor quickly.',
    'Our own team would build everything.',
    'The clinic opens at nine.',
  ],
});

signalTable('vision_sequencing', {
  fires: [
    {
      text: 'Year one is winning the school run in three cities; year two we add after-school activities; year three we open it to clubs.',
      expected: [
        'vision_sequencing 0-124 Year one is winning the school run in three cities; year two we add after-school activities; year three we open it to clubs.',
      ],
    },
    {
      text: 'The wedge is invoicing for freelancers, and once that works we can offer them payroll and taxes.',
      expected: [
        'vision_sequencing 0-96 The wedge is invoicing for freelancers, and once that works we can offer them payroll and taxes.',
      ],
    },
    {
      text: "Over the next three years I'd move us from a tool to a marketplace, in that order.",
      expected: [
        "vision_sequencing 0-82 Over the next three years I'd move us from a tool to a marketplace, in that order.",
      ],
    },
    {
      text: 'long-term, this becomes the default place parents plan their week',
      expected: ['vision_sequencing 0-65 long-term, this becomes the default place parents plan their week'],
    },
  ],
  quiet: [
    "I'd ship the invoicing tool.",
    'The future is exciting.',
    "We'll add many features.",
    'It took a long time to load.',
  ],
});

signalTable('influence_without_authority', {
  fires: [
    {
      text: "The platform team didn't report to me, so I brought them the incident data showing what the outage cost their own customers.",
      expected: [
        "influence_without_authority 0-124 The platform team didn't report to me, so I brought them the incident data showing what the outage cost their own customers.",
      ],
    },
    {
      text: 'I convinced the sales director by showing her the deals we lost over the missing export.',
      expected: [
        'influence_without_authority 0-88 I convinced the sales director by showing her the deals we lost over the missing export.',
      ],
    },
    {
      text: 'I had no authority over the warehouse, but I got them to scan returns on arrival by offering to build the scanner app myself.',
      expected: [
        'influence_without_authority 0-125 I had no authority over the warehouse, but I got them to scan returns on arrival by offering to build the scanner app myself.',
      ],
    },
    {
      text: 'went to each of the three team leads separately before the planning meeting',
      expected: [
        'influence_without_authority 0-75 went to each of the three team leads separately before the planning meeting',
      ],
    },
  ],
  quiet: [
    'I told my team to build it.',
    'My manager made the final decision.',
    'I asked my director to force them.',
    'The warehouse scans returns on arrival.',
  ],
});

signalTable('stakeholder_alignment', {
  fires: [
    {
      text: 'Legal wanted fewer data fields and sales wanted more, so I wrote down what each side needed and we found common ground on five fields.',
      expected: [
        'stakeholder_alignment 0-134 Legal wanted fewer data fields and sales wanted more, so I wrote down what each side needed and we found common ground on five fields.',
      ],
    },
    {
      text: 'I got buy-in from finance before the review, so nobody was surprised.',
      expected: [
        'stakeholder_alignment 0-69 I got buy-in from finance before the review, so nobody was surprised.',
      ],
    },
    {
      text: 'We aligned on a single shared metric: paid orders per week.',
      expected: ['stakeholder_alignment 0-59 We aligned on a single shared metric: paid orders per week.'],
    },
    {
      text: 'What support cared about was fewer angry calls, so I framed the change around that.',
      expected: [
        'stakeholder_alignment 0-83 What support cared about was fewer angry calls, so I framed the change around that.',
      ],
    },
  ],
  quiet: [
    'I sent the spec to everyone.',
    'Legal and sales disagreed.',
    'The wheels on the car were misaligned.',
    'We shipped it anyway.',
  ],
});

signalTable('org_change', {
  fires: [
    {
      text: 'I set up a weekly business review where every team brings the same three numbers.',
      expected: [
        'org_change 0-81 I set up a weekly business review where every team brings the same three numbers.',
      ],
    },
    {
      text: 'The launch checklist became the standard for all product teams.',
      expected: ['org_change 0-63 The launch checklist became the standard for all product teams.'],
    },
    {
      text: 'We changed how the company plans: one roadmap per customer problem, not per team.',
      expected: [
        'org_change 0-81 We changed how the company plans: one roadmap per customer problem, not per team.',
      ],
    },
    {
      text: 'now all six squads run their experiments through the same template',
      expected: ['org_change 0-66 now all six squads run their experiments through the same template'],
    },
    {
      text: 'I reorganised the support team into two squads by region, each owning its own queue.',
      expected: [
        'org_change 0-84 I reorganised the support team into two squads by region, each owning its own queue.',
      ],
    },
  ],
  quiet: [
    'My team shipped the checklist.',
    'I reorganised my desk.',
    'We had a planning meeting.',
    'The company is growing fast.',
  ],
});

signalTable('enabling_others', {
  fires: [
    {
      text: 'I mentored two junior PMs until they could run the pricing reviews themselves.',
      expected: [
        'enabling_others 0-78 I mentored two junior PMs until they could run the pricing reviews themselves.',
      ],
    },
    {
      text: 'I wrote a guide so other teams could set up experiments without me.',
      expected: ['enabling_others 0-67 I wrote a guide so other teams could set up experiments without me.'],
    },
    {
      text: 'I ran office hours for the support leads, and now they own the macros on their own.',
      expected: [
        'enabling_others 0-83 I ran office hours for the support leads, and now they own the macros on their own.',
      ],
    },
    {
      text: "the review now runs without me, I'm not in that meeting anymore",
      expected: ["enabling_others 0-63 the review now runs without me, I'm not in that meeting anymore"],
    },
  ],
  quiet: [
    'I ran the pricing reviews every week.',
    'I did all the experiments myself.',
    'The team needed me for every decision.',
    'I wrote the spec.',
  ],
});

const genericText =
  'Strategically, we should leverage our platform and ecosystem to drive engagement and grow revenue. The key is to differentiate the product experience and build a moat with a flywheel of users, data and partners. We need strong alignment with stakeholders on the vision and the roadmap, a clear north star metric, and a focus on innovation, growth and retention to capture the opportunity in the market.';
const specificText =
  'Night-shift nurses chart after their shift, on shared desktop terminals, and lose about forty minutes a day to re-entering vitals they already wrote on paper. I would let them dictate vitals at the bedside into the handheld scanner they already carry, and sync to the chart when the terminal is free. Success is minutes of charting after shift end, from about forty to under fifteen within a quarter.';

const doubled = `${genericText}\n\n${genericText.replace('Strategically, we', 'Ultimately we')}`;
const spoken = `Um, so, basically, ${doubled.toLowerCase()}`;

const moreSpecificThanGeneric = `${specificText} ${specificText} ${specificText} ${specificText} ${genericText}`;

signalTable('generic_answer', {
  fires: [
    { text: doubled, expected: [`generic_answer 0-${doubled.length} ${doubled.replace(/\s+/g, ' ')}`] },
    { text: spoken, expected: [`generic_answer 0-${spoken.length} ${spoken.replace(/\s+/g, ' ')}`] },
    {
      text: `${specificText} ${doubled}`,
      expected: [
        `generic_answer 0-${specificText.length + 1 + doubled.length} ${`${specificText} ${doubled}`.replace(/\s+/g, ' ')}`,
      ],
    },
  ],
  // Too short to judge; specific throughout; mostly specific with a generic paragraph.
  quiet: [genericText, specificText, moreSpecificThanGeneric],
});

// Three parts specific to one part generic: about 0.73 of the content words are specific.
const mostlySpecific = `${specificText} ${specificText} ${specificText} ${genericText}`;
const moreSpecific = `${specificText} ${specificText} ${specificText} ${specificText} ${genericText}`;
signalTable('somewhat_generic_answer', {
  fires: [
    {
      text: mostlySpecific,
      expected: [`somewhat_generic_answer 0-${mostlySpecific.length} ${mostlySpecific.replace(/\s+/g, ' ')}`],
    },
  ],
  // Generic throughout (the other band); specific throughout; four parts specific to one generic.
  quiet: [doubled, specificText, moreSpecific],
});
