// Technical understanding: mechanisms explained, technical trade-offs, their effect on the user; and
// the buzzwords and misconceptions that count against an answer.
import { signalTable } from './test-support.js';

signalTable('tech_mechanism', {
  fires: [
    {
      text: 'When you tap Pay, the app sends a request to our payments API, which calls the card network and waits for an answer.',
      expected: [
        'tech_mechanism 0-116 When you tap Pay, the app sends a request to our payments API, which calls the card network and waits for an answer.',
      ],
    },
    {
      text: 'The server stores the order in the database before it confirms anything to the phone.',
      expected: [
        'tech_mechanism 0-85 The server stores the order in the database before it confirms anything to the phone.',
      ],
    },
    {
      text: "We cache the menu on the device so the app doesn't wait for the network on every open.",
      expected: [
        "tech_mechanism 0-86 We cache the menu on the device so the app doesn't wait for the network on every open.",
      ],
    },
    {
      text: 'the driver app polls for new jobs every few seconds, otherwise it would drain battery keeping a socket open',
      expected: [
        'tech_mechanism 0-107 the driver app polls for new jobs every few seconds, otherwise it would drain battery keeping a socket open',
      ],
    },
  ],
  quiet: [
    "We'd use an API.",
    'The backend is built on microservices and Kafka.',
    'The user sends a message to a friend.',
    'It should be fast and reliable.',
  ],
});

signalTable('tech_tradeoff', {
  fires: [
    {
      text: "Showing the cached balance is faster, but it can be stale; for payments I'd prefer consistency over speed.",
      expected: [
        "tech_tradeoff 0-106 Showing the cached balance is faster, but it can be stale; for payments I'd prefer consistency over speed.",
      ],
    },
    {
      text: "Eventual consistency is fine for the like count, nobody cares if it's off by two for a second.",
      expected: [
        "tech_tradeoff 0-94 Eventual consistency is fine for the like count, nobody cares if it's off by two for a second.",
      ],
    },
    {
      text: 'The retry has to be idempotent, or a user who taps twice gets charged twice.',
      expected: [
        'tech_tradeoff 0-76 The retry has to be idempotent, or a user who taps twice gets charged twice.',
      ],
    },
    {
      text: 'more frequent location updates = fresher map vs. worse battery',
      expected: ['tech_tradeoff 0-62 more frequent location updates = fresher map vs. worse battery'],
    },
  ],
  quiet: [
    "We'd use a database.",
    'The system must be fast and accurate and cheap.',
    'Speed is important for users.',
    "I'd store everything in the cloud.",
  ],
});

signalTable('tech_user_effect', {
  fires: [
    {
      text: 'If the call times out, the user sees a spinner forever and taps Pay again.',
      expected: [
        'tech_user_effect 0-74 If the call times out, the user sees a spinner forever and taps Pay again.',
      ],
    },
    {
      text: 'With a stale price the customer gets charged more than the menu said.',
      expected: [
        'tech_user_effect 0-69 With a stale price the customer gets charged more than the menu said.',
      ],
    },
    {
      text: 'Without the cache, the app feels slow every time you open it on the train.',
      expected: [
        'tech_user_effect 0-74 Without the cache, the app feels slow every time you open it on the train.',
      ],
    },
    {
      text: 'the risk is a double charge, which is the worst thing for trust',
      expected: ['tech_user_effect 0-63 the risk is a double charge, which is the worst thing for trust'],
    },
  ],
  quiet: [
    'The API returns JSON.',
    'We use Postgres for orders.',
    'Requests go through a load balancer.',
    'Latency was 200 ms at the 95th percentile.',
  ],
});

signalTable('tech_buzzword', {
  fires: [
    {
      text: "We'd build it on microservices and Kubernetes for scale.",
      expected: ["tech_buzzword 0-56 We'd build it on microservices and Kubernetes for scale."],
    },
    {
      text: 'An AI-powered, cloud-native platform will make it fast and future-proof.',
      expected: [
        'tech_buzzword 0-72 An AI-powered, cloud-native platform will make it fast and future-proof.',
      ],
    },
    {
      text: "use blockchain and big data, that's best practice now",
      expected: ["tech_buzzword 0-53 use blockchain and big data, that's best practice now"],
    },
  ],
  quiet: [
    'We put order events on a Kafka queue so the kitchen screen reads them even if the payment service is slow.',
    'The app calls one endpoint that returns the menu.',
    "I'd keep it as one service for now.",
    'Docker containers let each team deploy its own service without waiting for the others.',
  ],
});

signalTable('tech_misconception', {
  fires: [
    {
      text: 'We should use NoSQL because NoSQL is always faster.',
      expected: ['tech_misconception 0-51 We should use NoSQL because NoSQL is always faster.'],
    },
    {
      text: "Relational databases don't scale, so we'd avoid Postgres.",
      expected: ["tech_misconception 0-57 Relational databases don't scale, so we'd avoid Postgres."],
    },
    {
      text: 'Our system will guarantee all three: consistency, availability and partition tolerance.',
      expected: [
        'tech_misconception 0-87 Our system will guarantee all three: consistency, availability and partition tolerance.',
      ],
    },
    {
      text: "Putting it on a CDN would make each user's account balance load instantly.",
      expected: [
        "tech_misconception 0-74 Putting it on a CDN would make each user's account balance load instantly.",
      ],
    },
    {
      text: "Once it's on https it's completely safe, so there's nothing else to worry about.",
      expected: [
        "tech_misconception 0-80 Once it's on https it's completely safe, so there's nothing else to worry about.",
      ],
    },
  ],
  quiet: [
    'NoSQL can be a good fit when the data has no fixed shape and we read it by one key.',
    'Relational databases scale fine for this volume, and we can add read replicas later.',
    "During a network partition we'd choose availability for the feed and consistency for payments.",
    'Static images go on the CDN; balances come from the API.',
  ],
});
