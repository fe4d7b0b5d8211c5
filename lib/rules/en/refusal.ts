/** Refusal (G5): a no without a reason or a way forward. */
import type { RuleSource } from '../types';

/** Subjects that speak for the company. */
const WE = "(?:we|we've|we're|we'll|I|I've|I'm|I'll|our team|the company)";

export const REFUSAL: RuleSource[] = [
  {
    id: 'en.refusal.flat-no',
    category: 'refusal',
    severity: 'warning',
    guideline: 'G5',
    message: 'A bare no leaves the customer with nowhere to go. Give the reason and an alternative or next step.',
    partialMessage: 'A no lands better with both the reason and an alternative: add whichever is missing.',
    patterns: [
      {
        re: String.raw`\b(?<span>${WE}\s+(?:really\s+|simply\s+)?(?:cannot|can't|can\s+not|won't|will\s+not|will\s+never|won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|(?:are\s+|am\s+)?not\s+in\s+a\s+position\s+to|(?:are\s+|am\s+|aren't\s+)?not\s+able\s+to|(?:are\s+|am\s+)?unable\s+to|(?:are\s+|am\s+)?not\s+going\s+to|aren't\s+going\s+to|do\s+not|don't|no\s+longer)\s+(?:be\s+)?(?:offer|offering|provide|providing|refund|refunding|extend|extending|waive|waiving|reinstate|reinstating|reconsider|reconsidering|add|adding|change|changing|cancel|make\s+(?:an\s+)?exceptions?|allow|allowing|accept|accepting|give|giving|issue|issuing|disclose|disclosing|share|sharing|support|supporting|do\s+(?:that|this|it|refunds|exchanges|returns)|reverse|reversing|approve|approving|grant|granting|replace|replacing|help\s+(?:you\s+)?(?:with|further)|exchange|compensate|reimburse|ship|shipping|restore|restoring|remove|removing|reopen|reopening|send|sending|unlock|unlocking|upgrade|downgrade|transfer|honou?r|process|processing|pause|release|credit|discuss|reset|fix|repair|expedite|rebook|resend|hold|waive))\b`,
        flag: [
          { text: 'Sorry Priya, we won’t be able to refund the gift card.', span: 'we won’t be able to refund' },
          { text: 'We cannot extend the voucher.', span: 'We cannot extend' },
          { text: 'No, we don’t do that.', span: 'we don’t do that' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:can't|cannot|can\s+not|won't|will\s+not)\s+be\s+(?:extended|changed|refunded|cancelled|canceled|reversed|reinstated|reopened|replaced|waived|exchanged|returned|modified|transferred|approved|made|undone|restored|reconsidered|processed|credited|honou?red|granted))\b`,
        flag: [{ text: 'The booking can’t be changed.', span: 'can’t be changed' }],
      },
      {
        re: String.raw`\b(?<span>(?:is|are|isn't|aren't)\s+(?:not\s+)?(?:possible|an\s+option|available\s+to\s+you))\b(?=\s*[.!]?$)`,
        flag: [{ text: 'A refund to a different card isn’t possible.', span: 'isn’t possible' }],
      },
      {
        re: String.raw`\b(?<span>(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:just\s+|simply\s+)?not\s+(?:possible|an\s+option|something\s+we\s+(?:can\s+do|do|offer)))\b(?=\s*[.!,;]|\s*$|\s+(?:for\s+(?:us|me|you)|here|now|at\s+(?:the\s+moment|this\s+time)|anymore|I'm\s+afraid))`,
        flag: [{ text: 'That’s just not possible at the moment.', span: 'That’s just not possible' }],
      },
      {
        re: String.raw`\b(?<span>(?:request|claim|application|appeal|refund|return|exchange|cancellation|complaint)\b(?:[^.!?]{0,60}?\s(?:has\s+been|have\s+been|was|is))?\s+(?:denied|declined|rejected|refused))\b`,
        flag: [{ text: 'Your refund request has been denied.', span: 'refund request has been denied' }],
      },
      {
        re: String.raw`^(?<span>no)(?:[.!]\s*$|[.!]\s+\p{Lu}|,\s+(?:we|I|that|this|it|sorry)\b)`,
        flag: [{ text: 'No, that won’t work on this plan.', span: 'No' }],
      },
      {
        re: String.raw`^(?<span>no\s+(?:refunds?|exceptions?|way|returns?|exchanges?))\b`,
        flag: [{ text: 'No refunds on sale items.', span: 'No refunds' }],
      },
      {
        re: String.raw`\b(?<span>(?:this|the)\s+(?:case|matter|ticket|conversation|discussion|request)\s+is\s+(?:now\s+)?closed)\b`,
        flag: [{ text: 'This ticket is now closed.', span: 'This ticket is now closed' }],
      },
      {
        re: String.raw`\b(?<span>(?:please\s+)?(?:do\s+not|don't)\s+(?:contact|email|write\s+to|call)\s+us\s+again)\b`,
        flag: [{ text: 'Please don’t email us again regarding the lamp refund.', span: 'Please don’t email us again' }],
      },
      {
        re: String.raw`\b(?<span>(?:our|this|the)\s+decision\s+is\s+final)\b`,
        flag: [{ text: 'Our decision is final.', span: 'Our decision is final' }],
      },
    ],
    unless: [
      String.raw`\b(?:can't|cannot)\s+(?:wait|thank|recommend\s+\w+\s+enough)\b`,
      String.raw`\bno\s+(?:worries|problem|rush|need|charge|cost|fee)\b`,
      String.raw`\b(?:don't|do\s+not)\s+(?:need|have\s+to|worry)\b`,
    ],
    explainable: true,
    yieldsTo: ['policy'],
    span: 'sentence',
    suggestions: [
      '{body|contract} because [reason], but I can [alternative]{end}',
      '{body|contract} because [reason]; what I can do instead is [alternative]{end}',
      'I’m sorry, we can’t do that because [reason]. What I can do is [alternative].',
    ],
    withReason: ['{body|contract}, but I can [alternative]{end}', '{body|contract}; what I can do instead is [alternative]{end}'],
    examples: {
      flag: ['We cannot extend the voucher.', 'Your refund request has been denied.', 'No, we don’t do that.', 'The booking can’t be changed.'],
      pass: [
        'I’m sorry, we can’t extend the voucher because it was part of a partner deal, but I can add the same amount as store credit.',
        'No worries, I have moved it to Friday.',
        'You don’t need to do anything more on your side.',
      ],
    },
  },
];
