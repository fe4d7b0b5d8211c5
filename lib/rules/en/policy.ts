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
    triggers: ['policy', 'policies', 'rules', 'rule', 'procedure', 'terms', 'conditions', 'section', 'clause', 'permitted', 'allowed', 'against', 'accordance'],
    patterns: [
      String.raw`\b(?<span>(?:our|company|company's|store|marketplace|platform|internal|strict)\s+(?:[\w-]+\s+)?(?:policy|policies|procedure|rules))\b(?!\s+(?:team|department|holders?|numbers?|documents?|page|update|changes?|review))`,
      String.raw`\b(?<span>(?:as\s+)?per\s+(?:our\s+|the\s+|company\s+|marketplace\s+)?(?:policy|policies|terms(?:\s+and\s+conditions)?|t&cs|rules|procedure|guidelines))\b`,
      String.raw`\b(?<span>(?:as\s+)?per\s+(?:section|clause|article|paragraph)\s+[\w.]+)`,
      String.raw`\b(?<span>against\s+(?:our\s+|the\s+|company\s+)?(?:policy|policies|rules|terms))\b`,
      String.raw`\b(?<span>rules\s+are\s+rules)\b`,
      String.raw`\b(?<span>(?:those|these|that|this)\s+(?:are|is)\s+(?:just\s+|simply\s+)?the\s+rules?)\b(?=\s*[.!,]|\s*$|\s+and\b)`,
      String.raw`\b(?<span>we\s+(?:have|need)\s+to\s+(?:follow|stick\s+to|go\s+by)\s+(?:the|our)\s+(?:rules|policy|policies|procedure))\b`,
      String.raw`\b(?<span>(?:that's|that\s+is|this\s+is|it's)\s+(?:our|the|company)\s+(?:policy|procedure|rule))\b`,
      String.raw`\b(?<span>(?:not\s+(?:permitted|allowed)|prohibited)\s+(?:under|by|per)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:rules|policy|terms|conditions))\b`,
      String.raw`\b(?<span>in\s+accordance\s+with\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:policy|terms|rules))\b`,
      String.raw`^(?<span>policy)[.!]?$`,
    ],
    explainable: true,
    span: 'sentence',
    suggestions: [
      '{unframed} because [reason]{end}',
      '{unframed} because [reason], but [alternative]{end}',
      'We have this rule because [reason]. What I can do for you is [alternative].',
    ],
    examples: {
      flag: ['Per our policy, gift cards cannot be exchanged.', 'It is company policy.', 'Rules are rules.'],
      pass: [
        'Your policy covers water damage, so the repair is included.',
        'Our returns policy gives 30 days because items must still be resellable, but I can offer store credit for this one.',
      ],
    },
  },
];
