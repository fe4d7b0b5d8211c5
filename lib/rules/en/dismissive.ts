/** Dismissive (G2): sentences that play down the problem or the customer’s feelings. */
import type { RuleSource } from '../types';

export const DISMISSIVE: RuleSource[] = [
  {
    id: 'en.dismissive.calm-down',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Telling someone to calm down or that they overreact dismisses how they feel. Name the impact instead.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:please\s+)?(?:calm\s+down|relax|chill\s+out|don't\s+panic))\b`,
        flag: [{ text: 'Please calm down, the replacement is on its way.', span: 'Please calm down' }],
      },
      {
        re: String.raw`\b(?<span>(?:you're|you\s+are)\s+(?:being\s+)?(?:overreacting|over-reacting|dramatic|too\s+sensitive|unreasonable))\b`,
        flag: [{ text: 'Honestly, you are overreacting.', span: 'you are overreacting' }],
      },
      {
        re: String.raw`\b(?<span>no\s+need\s+to\s+(?:shout|yell|(?:get|be)\s+(?:so\s+)?(?:upset|angry|worked\s+up|rude)))\b`,
        flag: [{ text: 'There is no need to get so upset about a missed call.', span: 'no need to get so upset' }],
      },
      {
        re: String.raw`\b(?<span>(?:making|make|made)\s+a\s+(?:big\s+|huge\s+)?(?:deal|fuss|drama)\s+(?:out\s+of|over|about)\s+nothing)\b`,
        flag: [{ text: 'You’re making a big deal out of nothing.', span: 'making a big deal out of nothing' }],
      },
      {
        re: String.raw`\b(?<span>(?:please\s+)?be\s+patient)\b`,
        flag: [{ text: 'Please be patient.', span: 'Please be patient' }],
      },
    ],
    unless: [String.raw`\bthank(?:s|\s+you)\s+for\s+(?:being\s+)?(?:so\s+)?patient\b`, String.raw`\brelax(?:ing|ation)\b`],
    suggestions: ['I understand how stressful this is', 'I can see why this is frustrating'],
    examples: {
      flag: ['Please calm down, the replacement is on its way.', 'Honestly, you are overreacting.', 'Please be patient.'],
      pass: ['I gave a calm, factual answer to the seller.', 'Thanks for being patient while we checked.'],
    },
  },
  {
    id: 'en.dismissive.only-minor',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Calling the problem small minimizes what the customer is going through. Acknowledge the impact.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:it's|it\s+is|this\s+is|that's|that\s+is|it\s+was|they're|they\s+are)\s+(?:just|only|merely|simply)\s+(?:a|an|one|two|the|\$?\d+(?:\.\d+)?)\b(?:\s+(?:few|small|minor|tiny|little|cosmetic|couple|single|[\w-]+))?)`,
        flag: [
          { text: 'It’s just a small dent, it doesn’t change anything.', span: 'It’s just a small' },
          { text: 'It is only two hours late.', span: 'It is only two hours' },
          { text: 'It is only $3.', span: 'It is only $3' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:a|an|just\s+a)\s+(?:small|minor|tiny|little|slight)\s+(?:scratch|delay|issue|thing|inconvenience|glitch|hiccup|dent|difference|problem|mark|bug))\b`,
        flag: [{ text: 'It’s a minor glitch in the app.', span: 'It’s a minor glitch' }],
      },
      {
        re: String.raw`\b(?<span>(?:a|just\s+a)\s+few\s+minutes\s+of\s+(?:downtime|delay|waiting))\b`,
        flag: [{ text: 'It was a few minutes of downtime at most.', span: 'a few minutes of downtime' }],
      },
      {
        re: String.raw`\b(?<span>(?:just|only)\s+(?:a|one|two)\s+(?:[\w-]+\s+)?(?:day|days|hour|hours|night|minutes?)\s+(?:late|delay|delayed|behind))\b`,
        flag: [{ text: 'Your parcel is only one day late.', span: 'only one day late' }],
      },
      {
        re: String.raw`\b(?<span>(?:it's|it\s+is)\s+only\s+(?:\w+\s+)?(?:day|days|hours?|week)\s+late)\b`,
        flag: [{ text: 'It’s only three days late.', span: 'It’s only three days late' }],
      },
    ],
    unless: [String.raw`\b(?:available|needed|required|takes|charged|applies|happens)\b`, String.raw`\bonly\s+(?:a|one)\s+(?:click|step|tap)\b`, String.raw`\bjust\s+(?:a\s+)?(?:quick|friendly|heads)\b`],
    span: 'sentence',
    suggestions: ['I know this is a real hassle, even if it looks small. Here’s what I’ll do: [next step].', 'I understand this is frustrating.'],
    examples: {
      flag: ['It’s just a small dent, it doesn’t change anything.', 'It is only two hours late.', 'It is only $3.'],
      pass: ['It’s only available on the yearly plan, so I’ve extended your trial instead.', 'Just a quick heads-up about tomorrow’s maintenance.'],
    },
  },
  {
    id: 'en.dismissive.not-a-big-deal',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'This tells the customer their problem doesn’t matter. Show you understand why it matters to them.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:not|isn't|is\s+not|hardly)\s+(?:really\s+)?worth\s+(?:filing|making|raising|the|it|a|all|getting|worrying|complaining))\b`,
        flag: [{ text: 'A scratch like that is hardly worth a claim.', span: 'hardly worth a' }],
      },
      {
        re: String.raw`\b(?<span>is\s+it\s+really\s+worth)\b`,
        flag: [{ text: 'Is it really worth a refund for one missing sticker?', span: 'Is it really worth' }],
      },
      {
        re: String.raw`\b(?<span>(?:not|no)\s+(?:such\s+)?a\s+big\s+deal|no\s+big\s+deal)\b`,
        flag: [{ text: 'Honestly, a late invoice is not a big deal.', span: 'not a big deal' }],
      },
      {
        re: String.raw`\b(?<span>(?:I\s+)?(?:don't|do\s+not)\s+(?:really\s+)?see\s+(?:what\s+the\s+(?:problem|issue|fuss)\s+is|the\s+(?:problem|issue)|why\s+(?:this|it|that)\s+(?:is|matters)))\b`,
        flag: [{ text: "I don't see the problem with the new layout.", span: "I don't see the problem" }],
      },
      {
        re: String.raw`\b(?<span>(?:most|many|other)\s+(?:customers|people|guests|users|clients)\s+(?:wouldn't|would\s+not|won't|don't|do\s+not|never)\s+(?:even\s+)?(?:notice|mind|care|complain))\b`,
        flag: [{ text: 'Most users would not even notice the difference.', span: 'Most users would not even notice' }],
      },
      {
        re: String.raw`\b(?<span>(?:doesn't|does\s+not)\s+(?:really\s+)?(?:affect|matter|change)\s+anything)\b`,
        flag: [{ text: 'A one-day delay doesn’t really change anything.', span: 'doesn’t really change anything' }],
      },
      {
        re: String.raw`\b(?<span>you\s+can\s+(?:just\s+|safely\s+)?ignore\s+(?:it|this|that))\b`,
        flag: [{ text: 'The warning is harmless, so you can just ignore it.', span: 'you can just ignore it' }],
      },
      {
        re: String.raw`\b(?<span>(?:bugs|delays|mistakes|outages|glitches|accidents|errors|these\s+things|things\s+like\s+(?:this|that)|it|stuff)\s+happens?)\b(?!\s+(?:to|when|if|because|again|rarely))`,
        flag: [{ text: 'Glitches happen.', span: 'Glitches happen' }],
      },
      {
        re: String.raw`\b(?<span>(?:pretty|quite|fairly|totally)\s+normal)\b`,
        flag: [{ text: 'That kind of noise is pretty normal for a new fridge.', span: 'pretty normal' }],
      },
      {
        re: String.raw`\b(?<span>(?:speeds?|prices?|times?|results?|delivery\s+times?)\s+(?:can|may|will)\s+vary)\b`,
        flag: [{ text: 'Download speeds may vary.', span: 'speeds may vary' }],
      },
      {
        re: String.raw`\b(?<span>(?:will|it'll|should)\s+(?:show\s+up|turn\s+up|arrive|come|be\s+back|sort\s+itself\s+out)\s+eventually)\b`,
        flag: [{ text: 'It will turn up eventually.', span: 'will turn up eventually' }],
      },
      {
        re: String.raw`\b(?<span>turns?\s+up\s+\d+%\s+of\s+the\s+time)\b`,
        flag: [{ text: 'The courier turns up 95% of the time on the first attempt.', span: 'turns up 95% of the time' }],
      },
      {
        re: String.raw`\b(?<span>just\s+(?:wait|reschedule|move\s+on|accept\s+it|live\s+with\s+it|deal\s+with\s+it|leave\s+a\s+(?:\w+\s+)?review))\b`,
        flag: [{ text: 'If the slot doesn’t suit you, just reschedule.', span: 'just reschedule' }],
      },
      {
        re: String.raw`\b(?<span>(?:it|this)\s+(?:is|will\s+be)\s+what\s+it\s+is)\b`,
        flag: [{ text: 'The fee is fixed, and it is what it is.', span: 'it is what it is' }],
      },
      {
        re: String.raw`\b(?<span>(?:will|it'll)\s+(?<v>ship|arrive|happen|come)\s+when\s+it\s+\k<v>s)\b`,
        flag: [{ text: 'Your order will ship when it ships.', span: 'will ship when it ships' }],
      },
    ],
    negatable: false,
    unless: [
      String.raw`\b(?:isn't|is\s+not|wasn't|not)\s+(?:\w+\s+)?normal\b`,
      String.raw`\bsorry\b`,
      // Reassurance answering the customer's own apology ("No worries, these things happen") is kind, not minimizing.
      String.raw`^(?:no\s+(?:problem|worries|harm\s+done|need\s+to\s+apologi[sz]e)|not\s+at\s+all|don't\s+worry|easily\s+done)\b`,
    ],
    suggestions: ['I understand why this matters to you', 'I can see how this affects you'],
    examples: {
      flag: ['A scratch like that is hardly worth a claim.', 'Glitches happen.', 'Most users would not even notice the difference.', 'It will turn up eventually.'],
      pass: ['No worries at all, these things happen, and I have rebooked you for Thursday.', 'This delay isn’t normal, so I have opened a trace.', 'It is worth checking the spam folder too.', 'You can wait in the queue or book a callback, whichever suits you.'],
    },
  },
  {
    id: 'en.dismissive.nothing-we-can-do',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: '"Nothing we can do" closes the door. Say what you can do, even if it is small.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:(?:there's|there\s+is|there\s+was)\s+)?nothing\s+(?:more\s+|else\s+)?(?:we|I|anyone)\s+can\s+do(?:\s+about\s+(?:it|that|this))?)\b`,
        flag: [
          { text: 'There is nothing we can do about the weather.', span: 'There is nothing we can do' },
          { text: 'Sadly nothing we can do about that, I’m told.', span: 'nothing we can do about that' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:not|isn't)\s+(?:really\s+)?something\s+(?:we|I)\s+can\s+(?:fix|change|help\s+with))\b`,
        flag: [{ text: 'A delay at customs is not something we can fix.', span: 'not something we can fix' }],
      },
    ],
    unless: [String.raw`\b(?:but|however),?\s+(?:I|we)\s+(?:can|could|will|have|'ve)\b`, String.raw`\bnothing\s+(?:you|else\s+you)\s+need\b`],
    suggestions: ['Here is what I can do: [option]', 'While I can’t change [constraint], I can [option]'],
    examples: {
      flag: ['There is nothing we can do about the weather.', 'Sadly nothing we can do about that, I’m told.'],
      pass: ['There is nothing you need to do; the refund is automatic.', 'There’s nothing we can do about the strike, but I can rebook you for free.'],
    },
  },
];
