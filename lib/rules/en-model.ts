/**
 * The English tone model's findings, as rule data: one per category the model learns. They are
 * listed, switched off, re-graded and locked like any rule (`en.model.<category>`), and their
 * examples run through check() like a rule's (test/unit/rules-meta.test.ts). The model itself
 * is lib/model/en-model.json, trained by `npm run train` from data/tone/en.
 *
 * A model finding gets a rewrite only where a rule construction applies (a bare no rebuilt
 * around its own object, a policy frame turned into its reason); otherwise its message is the
 * guidance: what to say instead.
 */
import type { RuleDef } from './types';

export const EN_MODEL_RULES: RuleDef[] = [
  {
    id: 'en.model.blame',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    detector: 'model',
    message: 'This reads as putting the fault on the customer. Say what happened neutrally and what will fix it.',
    suggestions: [],
    examples: {
      flag: ['The address on the order is the one you typed in at checkout.'],
      pass: ['The delivery notes field didn’t reach the driver, so I’ve added the gate code myself.'],
    },
  },
  {
    id: 'en.model.defensive',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    detector: 'model',
    message: 'This defends the company instead of helping. Skip the justification and say what you will do.',
    suggestions: [],
    examples: {
      flag: ['Our technicians are among the most experienced in the region.'],
      pass: ['Our technician can come back on Thursday morning to finish the job.'],
    },
  },
  {
    id: 'en.model.dismissive',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    detector: 'model',
    message: 'This plays down the problem or how the customer feels. Acknowledge the impact before the facts.',
    suggestions: [],
    examples: {
      flag: ['Honestly, a two-day wait for a phone case is hardly the end of the world.'],
      pass: ['A two-day wait when you needed it for the trip is frustrating, so I’ve upgraded the shipping.'],
    },
  },
  {
    id: 'en.model.condescending',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    detector: 'model',
    message: 'This talks down to the customer. Explain it once, plainly, as to a peer.',
    suggestions: [],
    examples: {
      flag: ['Most of our customers manage to find the export button without any help.'],
      pass: ['The export button sits at the top right of the report; I’ve attached a screenshot.'],
    },
  },
  {
    id: 'en.model.refusal',
    category: 'refusal',
    severity: 'warning',
    guideline: 'G5',
    detector: 'model',
    explainable: true,
    partialMessage: 'A no lands better with both the reason and an alternative: add whichever is missing.',
    message: 'This says no without a reason or a way forward. Give the reason and what the customer can do instead.',
    suggestions: ['{body|contract} because [reason], but I can [alternative]{end}'],
    withReason: ['{body|contract}, but I can [alternative]{end}', '{body|contract}; what I can do instead is [alternative]{end}'],
    examples: {
      flag: ['Moving the installation to a weekend slot is not something we are in a position to offer.'],
      pass: ['We can’t install on weekends because the crews are contracted Monday to Friday, but I can book the first weekday slot at 8am.'],
    },
  },
  {
    id: 'en.model.policy',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    detector: 'model',
    explainable: true,
    partialMessage: 'A rule lands better with both its reason and what the customer can still do: add whichever is missing.',
    message: 'This leans on a rule without its reason. Say why the rule exists and what the customer can still do.',
    suggestions: ['{unframed} because [reason]{end}'],
    withReason: ['{unframed}, but I can [alternative]{end}', '{unframed}; what I can do for you is [alternative]{end}'],
    examples: {
      flag: ['That falls outside what the terms of the booking cover.'],
      pass: ['Your travel insurance policy covers the cancellation, so you can claim the full fare.'],
    },
  },
];
