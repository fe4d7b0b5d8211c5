/** Defensive (G3): sentences that defend the company instead of helping. */
import type { RuleSource } from '../types';

export const DEFENSIVE: RuleSource[] = [
  {
    id: 'en.defensive.not-our-fault',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Arguing it isn’t the company’s fault defends the company instead of helping. Talk about what will be done.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:is|was|are|were|'s)(?:\s+not|n't)\s+(?:on\s+)?(?:our|us)\s+(?:own\s+)?(?:fault|problem|responsibility|mistake|issue|end|side|doing|concern|error))\b`,
        flag: [{ text: 'The delay is not our fault.', span: 'is not our fault' }],
      },
      {
        re: String.raw`\b(?<span>(?:not|never)\s+(?:on\s+)?(?:our|us)\s+(?:fault|problem|responsibility|end|side|doing|concern|mistake))\b`,
        flag: [{ text: 'Delays at customs are never our fault.', span: 'never our fault' }],
      },
      {
        re: String.raw`\b(?<span>(?:isn't|wasn't|is\s+not|was\s+not|'s\s+not)\s+(?:a|an)\s+(?:mistake|problem|issue|error|fault)\s+(?:on|from)\s+our\s+(?:side|end|part))\b`,
        flag: [{ text: "The missing discount wasn't a mistake on our side.", span: "wasn't a mistake on our side" }],
      },
      {
        re: String.raw`\b(?<span>(?:we|the\s+\w+|they|I)\s+(?:are|is|were|was|am|'re)(?:\s+not|n't)\s+(?:responsible|liable|to\s+blame|accountable))\b`,
        flag: [{ text: 'We are not responsible for what the courier does.', span: 'We are not responsible' }],
      },
      {
        re: String.raw`\b(?<span>(?:problem|issue|fault|responsibility|concern|end|side),?\s+not\s+ours)\b`,
        flag: [{ text: 'That is the bank’s problem, not ours.', span: 'problem, not ours' }],
      },
      {
        re: String.raw`\b(?<span>(?:is|was|'s)(?:\s+not|n't)\s+on\s+us)\b`,
        flag: [{ text: 'The carrier’s strike isn’t on us.', span: 'isn’t on us' }],
      },
      {
        re: String.raw`\b(?<span>(?:not\s+something|nothing)\s+(?:that\s+)?(?:we're|we\s+are|we|I'm|I\s+am)\s+(?:responsible|liable|accountable)\s+for)\b`,
        flag: [{ text: 'Damage from a power surge is nothing we are liable for.', span: 'nothing we are liable for' }],
      },
      {
        re: String.raw`\b(?<span>nothing\s+to\s+do\s+with\s+us)\b`,
        flag: [{ text: "Your bank's hold on the payment has nothing to do with us.", span: 'nothing to do with us' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Here is what I’m doing to fix this: [next step].', 'I’ve looked into it, and here is what we can do: [next step].'],
    examples: {
      flag: ['The delay is not our fault.', 'We are not responsible for what the courier does.', 'That is the bank’s problem, not ours.'],
      pass: ['The wrong colour went out because of our packing error.', 'It was not your fault.', 'The fault is on our side, and I have fixed it.'],
    },
  },
  {
    id: 'en.defensive.works-fine',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Insisting the product works fine tells the customer they are wrong. Start from what they see.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:our|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:is|are|has\s+been|have\s+been|'s)\s+(?:working|running|functioning|operating)\s+(?:fine|perfectly|correctly|properly|normally|as\s+(?:designed|intended|expected)))\b`,
        flag: [{ text: 'Our checkout page is working perfectly.', span: 'Our checkout page is working perfectly' }],
      },
      {
        re: String.raw`\b(?<span>(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:system|network|app|api|service|product|platform|software|servers?)\s+works\s+(?:fine|perfectly|correctly|properly))\b`,
        flag: [{ text: 'The booking system works fine on every browser we support.', span: 'The booking system works fine' }],
      },
      {
        re: String.raw`\b(?<span>(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:working|functioning|behaving)\s+(?:exactly\s+)?as\s+(?:designed|intended))\b`,
        flag: [{ text: 'It’s behaving exactly as designed.', span: 'It’s behaving exactly as designed' }],
      },
      {
        re: String.raw`\b(?<span>(?:this|it|that)(?:'s|\s+is)\s+not\s+a\s+bug)\b`,
        flag: [{ text: 'This is not a bug.', span: 'This is not a bug' }],
      },
      {
        re: String.raw`\b(?<span>(?:does|do)(?:\s+not|n't)\s+make\s+(?:mistakes|errors))\b`,
        flag: [{ text: 'Our invoicing software does not make mistakes.', span: 'does not make mistakes' }],
      },
      {
        re: String.raw`\b(?<span>there\s+(?:are|is|were|was)\s+no\s+(?:outages?|issues|problems|errors)\s+(?:in|on|with|at)\s+(?:your|our))\b`,
        flag: [{ text: 'There were no outages in our network that day.', span: 'There were no outages in our' }],
      },
    ],
    unless: [String.raw`\b(?:again|now|once\s+more)\b`, String.raw`\bsince\s+(?:the|we|I)\b`, String.raw`\b(?:after|once)\s+(?:the|you|we|I)\b`],
    span: 'sentence',
    suggestions: ['I’m sorry it isn’t working for you; let’s find out what is different on your side: [question].'],
    examples: {
      flag: ['Our checkout page is working perfectly.', 'This is not a bug.', 'Our invoicing software does not make mistakes.'],
      pass: ['The checkout page is working again after this morning’s fix.', 'Everything is running normally now, so please try once more.'],
    },
  },
  {
    id: 'en.defensive.track-record',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Praising the company’s record answers a complaint with pride. Acknowledge the customer’s case instead.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:thousands|millions|hundreds)\s+of\s+(?:other\s+|happy\s+|satisfied\s+)?(?:customers|users|clients|people|packages|parcels|orders|shipments|businesses|members))\b`,
        flag: [{ text: 'Millions of parcels go through our depot without trouble.', span: 'Millions of parcels' }],
      },
      {
        re: String.raw`\b(?<span>(?:thousands|millions|hundreds)\s+of\s+(?:other\s+|happy\s+|satisfied\s+)?[\w-]+\s+(?:use|rely\s+on|trust|love|run\s+on|go\s+through|pass\s+through)\s+(?:our|this|the\s+same))\b`,
        flag: [{ text: 'Thousands of restaurants rely on our booking widget every night.', span: 'Thousands of restaurants rely on our' }],
      },
      {
        re: String.raw`\b(?<span>\d+(?:\.\d+)?%\s+uptime)\b`,
        flag: [{ text: 'The platform has had 99.9% uptime all year.', span: '99.9% uptime' }],
      },
      {
        re: String.raw`\b(?<span>industry-leading|state-of-the-art|world-class|best-in-class)\b`,
        flag: [{ text: 'We use industry-leading encryption for every card payment.', span: 'industry-leading' }],
      },
      {
        re: String.raw`\b(?<span>(?:highly|very|extremely)\s+(?:experienced|qualified|trained|skilled)|fully\s+(?:qualified|trained|certified))\b`,
        flag: [{ text: 'Our installers are highly experienced professionals.', span: 'highly experienced' }],
      },
      {
        re: String.raw`\b(?<span>we\s+(?:fully\s+)?stand\s+(?:by|behind)\s+(?:the|our|this|their|that))\b`,
        flag: [{ text: 'We stand by the assessment.', span: 'We stand by the' }],
      },
      {
        re: String.raw`\b(?<span>(?:our|we)\s+(?:\w+\s+)?(?:(?:are|is)\s+)?always\s+(?:the\s+)?(?:lowest|cheapest|best|fastest|correct|right|accurate))\b`,
        flag: [{ text: 'Our prices are always the lowest in the area.', span: 'Our prices are always the lowest' }],
      },
      {
        re: String.raw`\b(?<span>our\s+[\w-]+\s+always\s+(?:knock|check|test|ring|call|deliver))\b`,
        flag: [{ text: 'Our drivers always ring the bell before leaving a card.', span: 'Our drivers always ring' }],
      },
      {
        re: String.raw`\b(?<span>(?:thoroughly|carefully|rigorously)\s+test(?:s|ed)?\s+(?:every|each|all))\b`,
        flag: [{ text: 'The team thoroughly tests every update before it goes live.', span: 'thoroughly tests every' }],
      },
      {
        re: String.raw`\b(?<span>(?:our|we)\b[^.!?]{0,60}?\bwithout\s+(?:any|a\s+single)\s+(?:problems?|issues?|errors?|complaints?|hiccups?|downtime|outages?))\b`,
        flag: [{ text: 'Our servers ran all week without a single problem.', span: 'Our servers ran all week without a single problem' }],
      },
    ],
    unless: [String.raw`\bsorry\b`, String.raw`\bapologi[sz]e\b`],
    span: 'sentence',
    suggestions: ['I’m sorry this happened; let me look at your case specifically: [what I checked].'],
    examples: {
      flag: ['Our servers ran all week without a single problem.', 'Our installers are highly experienced professionals.', 'Millions of parcels go through our depot without trouble.', 'We stand by the assessment.'],
      pass: ['Our team is always happy to help with setup.', 'Over the weekend we moved thousands of records for you, and I am sorry it took so long.'],
    },
  },
  {
    id: 'en.defensive.deflect',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Pointing at someone else (a partner, "just the platform") leaves the customer with nobody to help. Say what you can do.',
    patterns: [
      {
        re: String.raw`\b(?<span>we(?:'re|\s+are)\s+(?:just|only|merely|simply)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:platform|marketplace|middleman|intermediary|reseller|broker|carrier|agent))\b`,
        flag: [{ text: 'We are just the marketplace, so billing disputes go to the seller.', span: 'We are just the marketplace' }],
      },
      {
        re: String.raw`\b(?<span>we(?:'re|\s+are)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:platform|marketplace|middleman|intermediary|reseller|broker))(?=\s*[.;]|\s*$|,\s+(?:so|not)\b)`,
        flag: [{ text: "We're a booking platform, so the hotel sets its own rules.", span: "We're a booking platform" }],
      },
      {
        re: String.raw`\b(?<span>(?:could|can)(?:\s+not|n't)\s+(?:possibly\s+)?have\s+happened\s+(?:in\s+transit|on\s+our|with\s+us|here|at\s+our))\b`,
        flag: [{ text: 'The crack could not have happened in transit.', span: 'could not have happened in transit' }],
      },
      {
        re: String.raw`\b(?<span>we\s+(?:certainly|definitely)\s+(?:didn't|did\s+not|never))\b`,
        flag: [{ text: 'We certainly did not change your password.', span: 'We certainly did not' }],
      },
      {
        re: String.raw`\b(?<span>there\s+(?:was|must\s+have\s+been)\s+a\s+(?:good|valid)\s+reason)\b`,
        flag: [{ text: 'There must have been a good reason for the hold.', span: 'There must have been a good reason' }],
      },
      {
        re: String.raw`\b(?<span>I\s+think\s+I\s+know\s+how)\b`,
        flag: [{ text: 'I think I know how our own billing works.', span: 'I think I know how' }],
      },
      {
        re: String.raw`\b(?<span>we\s+did\s+(?:everything|nothing)\s+(?:right|wrong|correctly|by\s+the\s+book))\b`,
        flag: [{ text: 'We did everything right with your installation.', span: 'We did everything right' }],
      },
      {
        re: String.raw`\b(?<span>(?:nobody|no\s+one|no\s+other\s+(?:customers?|users?|clients?))\s+(?:else\s+)?(?:has|have)\s+(?:ever\s+)?(?:reported|complained|had|mentioned))\b`,
        flag: [{ text: 'No other customers have complained about the update.', span: 'No other customers have complained' }],
      },
      {
        re: String.raw`\b(?<span>I've\s+been\s+doing\s+this\s+(?:job\s+)?for\s+(?:\w+\s+)?years)\b`,
        flag: [{ text: 'I’ve been doing this for years, and the process hasn’t changed.', span: 'I’ve been doing this for years' }],
      },
      {
        re: String.raw`\b(?<span>we\s+(?:clearly|explicitly)\s+(?:list|state|stated|say|said|show|showed|mention|mentioned|explain|explained))\b`,
        flag: [{ text: 'We clearly state the delivery window on the product page.', span: 'We clearly state' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Here is what I can do on our side: [action].'],
    examples: {
      flag: ['We are just the marketplace, so billing disputes go to the seller.', 'The crack could not have happened in transit.', 'We certainly did not change your password.'],
      pass: ['We are the platform you paid, so I will handle the refund myself.', 'There was a good chance it would arrive today.'],
    },
  },
];
