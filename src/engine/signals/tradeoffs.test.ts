// Trade-offs and risks: both sides of a choice with a decision, trade-offs named only in the abstract,
// risks with their containment, alternatives ruled out, and what would change the call.
import { signalTable } from './test-support.js';

signalTable('tradeoff_two_sided', {
  fires: [
    {
      text: "Showing the price up front lowers conversion a little, but I'd accept that because surprise fees drive refunds.",
      expected: [
        "tradeoff_two_sided 0-111 Showing the price up front lowers conversion a little, but I'd accept that because surprise fees drive refunds.",
      ],
    },
    {
      text: "Auto-approving refunds under ten dollars costs us some fraud, maybe a few hundred a week. I'd take that hit, since every manual review makes an honest customer wait two days.",
      expected: [
        "tradeoff_two_sided 0-174 Auto-approving refunds under ten dollars costs us some fraud, maybe a few hundred a week. I'd take that hit, since every manual review makes an honest customer wait two days.",
      ],
    },
    {
      text: "so um, offline mode is slower to build and harder to test, but I'd still do it, because drivers lose signal in the parking garages all the time",
      expected: [
        "tradeoff_two_sided 0-143 so um, offline mode is slower to build and harder to test, but I'd still do it, because drivers lose signal in the parking garages all the time",
      ],
    },
    {
      text: "- Shorter onboarding vs. better personalisation: I'd pick shorter onboarding for now and ask the taste questions later, once people have played a few songs.",
      expected: [
        "tradeoff_two_sided 0-156 - Shorter onboarding vs. better personalisation: I'd pick shorter onboarding for now and ask the taste questions later, once people have played a few songs.",
      ],
    },
    {
      text: 'We give up some ad revenue by capping ads at two per hour. I think it is worth it because listeners who hit the cap are the ones who churn.',
      expected: [
        'tradeoff_two_sided 0-139 We give up some ad revenue by capping ads at two per hour. I think it is worth it because listeners who hit the cap are the ones who churn.',
      ],
    },
    {
      text: "Manual curation keeps the quality high at the cost of scale; I'd keep it until we have more than fifty cities, then switch to ranked lists.",
      expected: [
        "tradeoff_two_sided 0-139 Manual curation keeps the quality high at the cost of scale; I'd keep it until we have more than fifty cities, then switch to ranked lists.",
      ],
    },
  ],
  quiet: [
    'There are trade-offs between speed and quality that we need to balance.',
    'Every decision has pros and cons, and we would weigh them carefully.',
    'Faster checkout is good and fewer steps are good too.',
    'The new feed increases time in app and it also increases sharing.',
    "I'd choose the simplest design.",
    'Speed versus quality is always a tension in product work.',
  ],
});

signalTable('tradeoff_named', {
  fires: [
    {
      text: 'Showing the price up front lowers conversion a little, but surprise fees are what drive refunds.',
      expected: [
        'tradeoff_named 0-96 Showing the price up front lowers conversion a little, but surprise fees are what drive refunds.',
      ],
    },
    {
      text: 'A human review is safer but slower: every flagged seller waits a day.',
      expected: ['tradeoff_named 0-69 A human review is safer but slower: every flagged seller waits a day.'],
    },
    {
      text: 'Pre-loading the next episode makes playback instant, at the cost of mobile data.',
      expected: [
        'tradeoff_named 0-80 Pre-loading the next episode makes playback instant, at the cost of mobile data.',
      ],
    },
    {
      text: "so the group chat is easy yeah, but it's not searchable and stuff gets lost",
      expected: [
        "tradeoff_named 0-75 so the group chat is easy yeah, but it's not searchable and stuff gets lost",
      ],
    },
    {
      text: 'Weekly payouts vs. daily payouts.',
      expected: ['tradeoff_named 0-33 Weekly payouts vs. daily payouts.'],
    },
  ],
  quiet: [
    'There are trade-offs between speed and quality that we need to balance.',
    'Every decision has pros and cons.',
    'Faster checkout is good and fewer steps are good too.',
    'The new feed increases time in app and it also increases sharing.',
    "I'd pick the daily payouts.",
  ],
});

signalTable('tradeoff_vague', {
  fires: [
    {
      text: 'There are trade-offs between speed and quality that we need to balance.',
      expected: [
        'tradeoff_vague 0-71 There are trade-offs between speed and quality that we need to balance.',
      ],
    },
    {
      text: 'Obviously it depends on a lot of things.',
      expected: ['tradeoff_vague 0-40 Obviously it depends on a lot of things.'],
    },
    {
      text: 'We need to strike the right balance between growth and trust.',
      expected: ['tradeoff_vague 0-61 We need to strike the right balance between growth and trust.'],
    },
    {
      text: 'So yeah there will be some risks, like with any launch.',
      expected: ['tradeoff_vague 0-55 So yeah there will be some risks, like with any launch.'],
    },
    {
      text: 'The main trade-off here is about priorities, we just have to be careful.',
      expected: [
        'tradeoff_vague 0-72 The main trade-off here is about priorities, we just have to be careful.',
      ],
    },
  ],
  quiet: [
    "Showing the price up front lowers conversion a little, but I'd accept that because surprise fees drive refunds.",
    "There are trade-offs here. Pre-loading the next episode uses more data, but I'd accept that because most listeners are on wifi at home.",
    "I'd pick the cheaper courier, since delivery speed barely moved repeat orders in the test.",
    'Balance sheet numbers came in this morning.',
  ],
});

signalTable('risk_mitigation', {
  fires: [
    {
      text: "The risk is that sellers game the ranking with fake reviews, so I'd only count reviews from completed orders.",
      expected: [
        "risk_mitigation 0-109 The risk is that sellers game the ranking with fake reviews, so I'd only count reviews from completed orders.",
      ],
    },
    {
      text: "I'd launch it behind a feature flag to five percent of riders first, with a kill switch if cancellations go up.",
      expected: [
        "risk_mitigation 0-111 I'd launch it behind a feature flag to five percent of riders first, with a kill switch if cancellations go up.",
      ],
    },
    {
      text: "If the auto-reply backfires and customers get angrier, we'd route those chats straight to a human.",
      expected: [
        "risk_mitigation 0-98 If the auto-reply backfires and customers get angrier, we'd route those chats straight to a human.",
      ],
    },
    {
      text: 'Run a two-week pilot in one clinic before we touch the other eleven.',
      expected: ['risk_mitigation 0-68 Run a two-week pilot in one clinic before we touch the other eleven.'],
    },
    {
      text: 'biggest worry is the model suggesting wrong doses - a pharmacist has to approve each one, a human in the loop, no exceptions',
      expected: [
        'risk_mitigation 0-124 biggest worry is the model suggesting wrong doses - a pharmacist has to approve each one, a human in the loop, no exceptions',
      ],
    },
  ],
  quiet: [
    'There are some risks with this.',
    'This could go wrong in many ways.',
    'Risk management is important for any launch.',
    'The riskiest part is the payments integration.',
  ],
});

signalTable('rejected_alternative', {
  fires: [
    {
      text: "I wouldn't build a separate app for seniors, because they already struggle to find the one they have.",
      expected: [
        "rejected_alternative 0-101 I wouldn't build a separate app for seniors, because they already struggle to find the one they have.",
      ],
    },
    {
      text: 'We ruled out a price cut: it trains people to wait for discounts.',
      expected: [
        'rejected_alternative 0-65 We ruled out a price cut: it trains people to wait for discounts.',
      ],
    },
    {
      text: "Rather than adding more filters, I'd fix the search ranking, since most people never open the filter panel.",
      expected: [
        "rejected_alternative 0-107 Rather than adding more filters, I'd fix the search ranking, since most people never open the filter panel.",
      ],
    },
    {
      text: "The obvious answer is a loyalty program, but our repeat rate is already high, so it would mostly reward people who'd buy anyway.",
      expected: [
        "rejected_alternative 0-128 The obvious answer is a loyalty program, but our repeat rate is already high, so it would mostly reward people who'd buy anyway.",
      ],
    },
    {
      text: "I'd not start with the web version because ninety percent of bookings come from the phone.",
      expected: [
        "rejected_alternative 0-90 I'd not start with the web version because ninety percent of bookings come from the phone.",
      ],
    },
  ],
  quiet: [
    "I'd build a loyalty program.",
    'We could do a price cut or a loyalty program.',
    'There are many alternatives to consider.',
    "I'd start with the web version and then do mobile.",
  ],
});

signalTable('condition_to_change', {
  fires: [
    {
      text: "If refund requests go above two percent in the pilot, I'd pull back to the old flow.",
      expected: [
        "condition_to_change 0-84 If refund requests go above two percent in the pilot, I'd pull back to the old flow.",
      ],
    },
    {
      text: "I'd revisit the decision if the wait time for drivers creeps past ten minutes.",
      expected: [
        "condition_to_change 0-78 I'd revisit the decision if the wait time for drivers creeps past ten minutes.",
      ],
    },
    {
      text: 'What would change my mind is seeing that most churned users never finished setup at all.',
      expected: [
        'condition_to_change 0-88 What would change my mind is seeing that most churned users never finished setup at all.',
      ],
    },
    {
      text: 'Kill criteria: no lift in week-four retention after six weeks, and we stop.',
      expected: [
        'condition_to_change 0-75 Kill criteria: no lift in week-four retention after six weeks, and we stop.',
      ],
    },
    {
      text: "once the new cohort's repeat rate is above last year's, we'd expand to the rest of the country",
      expected: [
        "condition_to_change 0-94 once the new cohort's repeat rate is above last year's, we'd expand to the rest of the country",
      ],
    },
  ],
  quiet: [
    "I'd launch it in March.",
    'If users like it, that would be great.',
    'We will keep improving it over time.',
    "I'm confident this is the right call.",
  ],
});
