/** Policy (G6): a rule cited without its reason. */
import type { RuleSource } from '../types';

export const POLICY: RuleSource[] = [
  {
    id: 'en.policy.hide-behind-policy',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    message: 'Citing a policy without its reason sounds like hiding behind it. Say why the rule exists and what the customer can still do.',
    partialMessage: 'A policy lands better with both its reason and what the customer can still do: add whichever is missing.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:our|company|company's|store|marketplace|platform|internal|strict)\s+(?:[\w-]+\s+)?(?:policy|policies|procedure|rules))\b(?!\s+(?:team|department|holders?|numbers?|documents?|page|update|changes?|review))`,
        flag: [
          { text: 'Per our policy, gift cards cannot be exchanged.', span: 'our policy' },
          { text: 'It is company policy.', span: 'company policy' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:as\s+)?per\s+(?:our\s+|the\s+|company\s+|marketplace\s+)?(?:policy|policies|terms(?:\s+and\s+conditions)?|t&cs|rules|procedure|guidelines))\b`,
        flag: [{ text: 'As per the terms, the deposit stays with the venue.', span: 'As per the terms' }],
      },
      {
        re: String.raw`\b(?<span>(?:as\s+)?per\s+(?:section|clause|article|paragraph)\s+[\w.]+)`,
        flag: [{ text: 'Per section 4.2, late returns are not accepted.', span: 'Per section 4.2' }],
      },
      {
        re: String.raw`\b(?<span>against\s+(?:our\s+|the\s+|company\s+)?(?:policy|policies|rules|terms))\b`,
        flag: [{ text: 'Sharing one account between two shops is against the terms.', span: 'against the terms' }],
      },
      {
        re: String.raw`\b(?<span>rules\s+are\s+rules)\b`,
        flag: [{ text: 'Rules are rules.', span: 'Rules are rules' }],
      },
      {
        re: String.raw`\b(?<span>(?:those|these|that|this)\s+(?:are|is)\s+(?:just\s+|simply\s+)?the\s+rules?)\b(?=\s*[.!,]|\s*$|\s+and\b)`,
        flag: [{ text: 'Those are simply the rules.', span: 'Those are simply the rules' }],
      },
      {
        re: String.raw`\b(?<span>we\s+(?:have|need)\s+to\s+(?:follow|stick\s+to|go\s+by)\s+(?:the|our)\s+(?:rules|policy|policies|procedure))\b`,
        flag: [{ text: 'We have to follow the procedure for every claim.', span: 'We have to follow the procedure' }],
      },
      {
        re: String.raw`\b(?<span>(?:that's|that\s+is|this\s+is|it's)\s+(?:our|the|company)\s+(?:policy|procedure|rule))\b`,
        flag: [{ text: "That's the policy.", span: "That's the policy" }],
      },
      {
        re: String.raw`\b(?<span>(?:not\s+(?:permitted|allowed)|prohibited)\s+(?:under|by|per)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:rules|policy|terms|conditions))\b`,
        flag: [{ text: 'Pets are not permitted under the rental terms.', span: 'not permitted under the rental terms' }],
      },
      {
        re: String.raw`\b(?<span>in\s+accordance\s+with\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:policy|terms|rules))\b`,
        flag: [{ text: 'The booking was cancelled in accordance with the venue terms.', span: 'in accordance with the venue terms' }],
      },
      {
        re: String.raw`^(?<span>policy)[.!]?$`,
        flag: [{ text: 'Policy.', span: 'Policy' }],
      },
    ],
    explainable: true,
    span: 'sentence',
    suggestions: [
      '{unframed} because [reason]{end}',
      '{unframed} because [reason], but I can [alternative]{end}',
      'We have this rule because [reason]. What I can do for you is [alternative].',
    ],
    withReason: ['{unframed}, but I can [alternative]{end}', '{unframed}; what I can do for you is [alternative]{end}'],
    examples: {
      flag: ['Per our policy, gift cards cannot be exchanged.', 'It is company policy.', 'Rules are rules.'],
      pass: [
        'Your policy covers water damage, so the repair is included.',
        'Our returns policy gives 30 days because items must still be resellable, but I can offer store credit for this one.',
      ],
    },
  },
];
