/** Blame (G7): sentences that put the fault on the customer. */
import type { RuleSource } from '../types';

export const BLAME: RuleSource[] = [
  {
    id: 'en.blame.should-have',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Telling the customer what they should have done puts the fault on them. Say what helps now.',
    patterns: [
      {
        re: String.raw`\b(?<span>you\s+(?:really\s+|simply\s+|just\s+)?(?:should|ought\s+to|could)(?:'ve|\s+have)\s+(?:just\s+|first\s+|simply\s+|already\s+)?(?!received|got|gotten|been|had|seen|heard|noticed|access)(?<verb>[a-z]+))\b`,
        flag: [
          { text: 'You should have backed up the folder before resetting the phone.', span: 'You should have backed' },
          { text: 'You really should’ve renewed the domain earlier.', span: 'You really should’ve renewed' },
        ],
      },
    ],
    // "Should have read/set/put": past participles spelled like the base form count too.
    confirm: { group: 'verb', tags: ['PastTense', 'Participle', 'Perfect', 'Infinitive'] },
    suggestions: ['it may help to {verb|infinitive}', 'the quickest fix now is to {verb|infinitive}'],
    examples: {
      flag: ['You should have backed up the folder before resetting the phone.', 'You really should’ve renewed the domain earlier.'],
      pass: ['You should have received a reset link by now.', 'You should have access to the dashboard again.', 'You should receive it by Friday.'],
    },
  },
  {
    id: 'en.blame.if-you-had',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'A "had you only…" sentence replays the customer’s mistake. Describe what can be done from here.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:if\s+you(?:'d|\s+had)|had\s+you)\s+(?:only\s+|just\s+|bothered\s+to\s+|taken\s+the\s+time\s+to\s+)?(?<verb>[a-z]+)\b[^.!?;]{0,120}?\b(?:you|we|I|it|this|that|there|they)(?:'d|\s+would|\s+could|\s+might))\b`,
        flag: [
          { text: 'If you had chosen the express option, you would have it by now.', span: 'If you had chosen the express option, you would' },
          { text: 'Had you kept the receipt, we could refund it.', span: 'Had you kept the receipt, we could' },
          { text: 'If you had read the welcome email, you would know the code.', span: 'If you had read the welcome email, you would' },
        ],
      },
    ],
    // "had read/put/set": participles spelled like the base form count too.
    confirm: { group: 'verb', tags: ['PastTense', 'Participle', 'Perfect', 'Infinitive'] },
    suggestions: [],
    examples: {
      flag: ['If you had chosen the express option, you would have it by now.', 'Had you kept the receipt, we could refund it.', 'If you had read the welcome email, you would know the code.'],
      pass: ['If you had any trouble with the link, I can resend it.', "If you'd like, I can move the appointment."],
    },
  },
  {
    id: 'en.blame.wrong-input',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'This says the customer got it wrong. Describe what didn’t match, without "you".',
    patterns: [
      {
        re: String.raw`\b(?<span>you(?:'ve|\s+have)?\s+(?:been\s+)?(?:\w+ly\s+)?(?<verb>[a-z]+)\s+(?:us\s+|in\s+|into\s+|on\s+)?(?:the|a|an|your)\s+(?:wrong|incorrect|incomplete|invalid|outdated)\s+(?<what>[\w-]+(?:\s+(?!(?:for|to|on|in|at|and|so|when|because|the|a|an|this|that|your|our|my|all|every|each|with|by|from|of|but|or|which|who|again|twice|before|after|yesterday|today|last|instead)\b)[\w-]+)?))`,
        flag: [{ text: 'The transfer bounced because you entered the wrong sort code.', span: 'you entered the wrong sort code' }],
      },
      {
        re: String.raw`\b(?<span>you(?:'ve|\s+have)?\s+(?<verb>[a-z]+)\s+(?<what>it|them|this|that|something|(?:the|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:in\s+)?(?:wrong|wrongly|incorrectly))\b`,
        flag: [{ text: 'You typed the postcode wrong on the form.', span: 'You typed the postcode wrong' }],
      },
    ],
    negatable: true,
    suggestions: ['it looks like the {what} wasn’t quite right', 'the {what} didn’t go through as expected'],
    examples: {
      flag: ['The transfer bounced because you entered the wrong sort code.', 'You typed the postcode wrong on the form.'],
      pass: ["You didn't enter the wrong code; our form cut off the last digit.", 'The wrong size was sent, and that was our mistake.'],
    },
  },
  {
    id: 'en.blame.you-failed-to',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'This names the customer’s lapse as the cause. Say what happened neutrally and what fixes it.',
    patterns: [
      {
        re: String.raw`\b(?<span>you(?:'ve|\s+have)?\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+)?(?:forgot|failed|neglected|ignored|misread|mistyped|overlooked|didn't\s+bother|did\s+not\s+bother)(?:\s+to)?)\b`,
        flag: [{ text: 'The order was cancelled because you forgot to confirm the payment.', span: 'you forgot to' }],
      },
      {
        re: String.raw`\b(?:because|since|as)\s+(?<span>you\s+(?:\w+ly\s+)?(?:missed|unplugged|deleted|skipped|removed|cancelled|canceled|changed|disconnected|arrived\s+late|were\s+late|(?:didn't|did\s+not)(?!\s+(?:receive|get|hear|see|need|want)\b)|(?:weren't|were\s+not)(?!\s+(?:able|notified|told|informed|sent|given|offered|home)\b)))\b`,
        flag: [{ text: 'The box was damaged since you skipped the padding step.', span: 'you skipped' }],
      },
    ],
    unless: [String.raw`\b(?:not|never)\s+(?:because|since)\s+you\b`, String.raw`because you asked`],
    span: 'sentence',
    suggestions: ['It looks like [what happened]. Here’s how we’ll put it right: [next step].'],
    examples: {
      flag: ['The order was cancelled because you forgot to confirm the payment.', 'The box was damaged since you skipped the padding step.'],
      // What the customer could not do, or never received, is their loss, not their lapse.
      pass: ['Because you upgraded last week, the new limits already apply.', 'Since you asked about the delivery, here is the tracking link.', 'I have credited the March fee, as you weren’t able to use the pool while it was closed.', 'Since you didn’t receive the reminder, I have waived the late charge.'],
    },
  },
  {
    id: 'en.blame.your-fault',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Assigning fault to the customer ends the conversation. Move to the fix instead.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:it's|it\s+is|that's|that\s+is|this\s+is|it\s+was|that\s+was)\s+(?:entirely\s+|completely\s+|really\s+)?(?:your\s+(?:own\s+)?(?:fault|mistake|error|problem|responsibility)|on\s+you))\b`,
        flag: [{ text: 'To be honest, it’s entirely your responsibility to keep the login details safe.', span: 'it’s entirely your responsibility' }],
      },
      {
        re: String.raw`\b(?<span>(?:only\s+)?have\s+(?:only\s+)?yourself\s+to\s+blame)\b`,
        flag: [{ text: 'You have only yourself to blame here.', span: 'have only yourself to blame' }],
      },
      {
        re: String.raw`\b(?<span>(?:is|was|'s)\s+(?:all\s+|entirely\s+|really\s+)?on\s+you)(?=\s*[.!,;]|\s*$)`,
        flag: [{ text: 'Honestly, that one is on you.', span: 'is on you' }],
      },
      {
        re: String.raw`\b(?<span>(?:is|are|was|remains)\s+(?:solely\s+|entirely\s+)?your\s+(?:own\s+)?responsibility)\b`,
        flag: [{ text: 'Updating the app is your responsibility.', span: 'is your responsibility' }],
      },
      {
        re: String.raw`\b(?<span>your\s+(?:own\s+)?(?:fault|mistake|error))\b`,
        flag: [{ text: 'The duplicate charge came from your own mistake when the card was entered twice.', span: 'your own mistake' }],
      },
    ],
    negatable: true,
    unless: [String.raw`\b(?:not|never|wasn't|isn't)\s+(?:\w+\s+)?your\s+(?:own\s+)?(?:fault|mistake|error|problem)`, String.raw`\bnot\s+yours\b`],
    span: 'sentence',
    suggestions: ['Let’s get this sorted: [what we will do next].'],
    examples: {
      flag: ['Honestly, that one is on you.', 'Updating the app is your responsibility.', 'You have only yourself to blame here.'],
      pass: ['It was not your fault at all.', 'The wrong colour went out because of our packing error.', 'This wasn’t your error: the form reset itself.'],
    },
  },
  {
    id: 'en.blame.must-have',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Guessing that the customer caused it reads as an accusation. Say what you checked and what you found.',
    patterns: [
      {
        re: String.raw`\b(?<span>you\s+(?:must|probably|clearly|obviously)(?:\s+not|n't)?(?:'ve|\s+have)?\s+(?<verb>(?!received|got|been)[a-z]+))\b`,
        flag: [{ text: 'You must have switched off the notifications.', span: 'You must have switched' }],
      },
      {
        re: String.raw`\b(?<span>(?:it's|it\s+is|the\s+(?:problem|issue|fault|error)\s+(?:is|lies)|the\s+(?:problem|issue|fault|error)\s+must\s+be|it\s+must\s+be)\s+(?:probably\s+|clearly\s+|obviously\s+|definitely\s+)?(?:something\s+)?(?:on|with|in|inside)\s+your\s+(?:end|side|computer|device|phone|home|network|browser|router|setup|laptop))\b`,
        flag: [{ text: 'The issue is probably something on your computer.', span: 'The issue is probably something on your computer' }],
      },
    ],
    confirm: { group: 'verb', tags: ['PastTense', 'Participle', 'Perfect'] },
    span: 'sentence',
    suggestions: ['I checked [what you checked], and it points to [cause]. Here’s how we fix it: [next step].'],
    examples: {
      flag: ['You must have switched off the notifications.', 'The issue is probably something on your computer.'],
      pass: ['You must be tired of this by now; here is the fix.', 'You must have received two emails this morning; please use the second.'],
    },
  },
  {
    id: 'en.blame.you-didnt-read',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Pointing out what the customer didn’t read or check blames them. Give them the information now.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:you|customers|people)\s+(?:clearly\s+|obviously\s+|simply\s+)?(?:didn't|did\s+not|don't|do\s+not|never)\s+(?:bother\s+to\s+|even\s+|actually\s+)?(?:read|check|follow|look\s+at|pay\s+attention|notice))\b`,
        flag: [{ text: 'It is not our fault that you didn’t read the terms.', span: 'you didn’t read' }],
      },
      {
        re: String.raw`\b(?<span>you\s+(?:weren't|were\s+not)\s+(?:at\s+)?(?:home|there|available|in))\b[^.!?]{0,40}\b(?:so|when|which)\b`,
        flag: [{ text: 'You weren’t home when the courier came, so it went back.', span: 'You weren’t home' }],
      },
    ],
    unless: [String.raw`\bif\s+you\s+(?:didn't|did\s+not)\b`, String.raw`\b(?:most|many|other|some)\s+(?:customers|people)\b`, String.raw`\b(?:don't|do\s+not)\s+worry\b`, String.raw`\bin\s+case\s+you\b`],
    suggestions: ['here is the key part: [information]'],
    examples: {
      flag: ['It is not our fault that you didn’t read the terms.', 'You weren’t home when the courier came, so it went back.'],
      pass: ["If you didn't get the email, I can send it again.", "In case you didn't see it, the code is in the second email."],
    },
  },
  {
    id: 'en.blame.poor-choice',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Judging the customer’s decision doesn’t help them. Explain what the situation means for them now.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:was|is|were)\s+(?:a\s+)?(?:really\s+|very\s+)?(?:poor|bad|careless|foolish|silly|unwise)\s+(?:decision|choice|idea|move))\b`,
        flag: [{ text: 'Leaving the van unlocked was a careless decision.', span: 'was a careless decision' }],
      },
      {
        re: String.raw`\b(?<span>you\s+(?<verb>[a-z]+)\b[^.!?]{0,50}\byourself)\b`,
        flag: [{ text: 'You picked the monthly plan yourself.', span: 'You picked the monthly plan yourself' }],
      },
    ],
    confirm: { group: 'verb', tags: ['PastTense'] },
    unless: [String.raw`\b(?:we|I)\s+made\s+a\s+(?:poor|bad)\b`],
    span: 'sentence',
    suggestions: ['Here is what this means for you now: [explanation].'],
    examples: {
      flag: ['Leaving the van unlocked was a careless decision.', 'You picked the monthly plan yourself.'],
      pass: ['You can change the plan yourself under Billing.', 'We made a poor call on the packaging, and I am sorry.'],
    },
  },
];
