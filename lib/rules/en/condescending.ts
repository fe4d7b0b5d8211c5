/** Condescending (G4): sentences that talk down to the customer. */
import type { RuleSource } from '../types';

export const CONDESCENDING: RuleSource[] = [
  {
    id: 'en.condescending.as-i-said',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Reminding the customer you already said it reads as impatience. Just give the answer again, clearly.',
    patterns: [
      {
        re: String.raw`\b(?<span>as\s+(?:I|we)(?:'ve|\s+have)?\s+(?:already|previously|clearly|now)\s+(?:said|mentioned|explained|stated|told\s+you|noted|pointed\s+out)(?:\s+(?:twice|before|several\s+times|(?:\w+\s+)?times))?),?`,
        flag: [{ text: 'As I already explained, the code expires after an hour.', span: 'As I already explained' }],
      },
      {
        re: String.raw`\b(?<span>as\s+(?:I|we)(?:'ve|\s+have)?\s+(?:said|mentioned|explained|stated|told\s+you|pointed\s+out)\s+(?:twice|before|several\s+times|(?:\w+\s+)?times|in\s+my\s+(?:last|previous|earlier|\w+\s+last)\b[^,.]{0,30})),?`,
        flag: [{ text: 'As I mentioned in my previous reply, the form is on page two.', span: 'As I mentioned in my previous reply' }],
      },
      {
        re: String.raw`\b(?<span>as\s+(?:previously|already|clearly)\s+(?:said|mentioned|explained|stated|noted)),?`,
        flag: [{ text: 'As previously mentioned, the code works only once.', span: 'As previously mentioned' }],
      },
      {
        re: String.raw`\b(?<span>like\s+I\s+(?:said|told\s+you)),?`,
        flag: [{ text: 'Like I said, the refund takes five days.', span: 'Like I said' }],
      },
      {
        re: String.raw`\b(?<span>(?:I|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+)?(?:told|explained\s+(?:this\s+|it\s+)?to)\s+you\s+(?:\w+\s+)?(?:times|twice|before|already)(?:\s+that(?=\s))?)\b`,
        flag: [{ text: 'I have told you twice that the store is closed on Sundays.', span: 'I have told you twice that' }],
      },
      {
        re: String.raw`\b(?<span>(?:I|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+)?(?:explained|answered|covered|addressed)\s+(?:this\s+|it\s+|that\s+)?(?:question\s+)?(?:twice|\w+\s+times|several\s+times|before))\b`,
        flag: [{ text: 'We’ve already answered this question twice.', span: 'We’ve already answered this question twice' }],
      },
      {
        re: String.raw`\b(?<span>as\s+(?:clearly\s+)?stated\s+in\s+(?:the|our|my)\b[^,.!?]{0,30}),?`,
        flag: [{ text: 'As stated in the terms, the deposit stays with the venue.', span: 'As stated in the terms' }],
      },
      {
        re: String.raw`\b(?<span>for\s+the\s+(?:last|third|fourth|fifth|hundredth|umpteenth|\w+th)\s+time),?`,
        flag: [{ text: 'For the last time, the store closes at six.', span: 'For the last time' }],
      },
      {
        re: String.raw`^(?<span>(?:once\s+)?again),\s+`,
        flag: [{ text: 'Again, the password needs at least eight characters.', span: 'Again' }],
      },
    ],
    unless: [String.raw`^(?:once\s+)?again,\s+(?:I|we)\s+(?:apologi|am\s+sorry|'m\s+sorry|want\s+to\s+thank|thank)`, String.raw`^(?:once\s+)?again,\s+(?:sorry|thank|thanks|my\s+apologies)`],
    suggestions: ['{without}{end}', 'to recap,'],
    examples: {
      flag: ['As I already explained, the code expires after an hour.', 'For the last time, the store closes at six.', 'As I mentioned in my previous reply, the form is on page two.'],
      pass: ['As we discussed on the call, I have added the second seat.', 'Again, I apologise for the mix-up.', 'As promised, here is the invoice.'],
    },
  },
  {
    id: 'en.condescending.per-my-last',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: '"Per my last email" is read as passive-aggressive. Repeat the key point plainly.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:as\s+)?(?:per|stated\s+in)\s+my\s+(?:last|previous|earlier|prior)\s+(?:email|e-mail|message|reply|response|note|ticket\s+update))\b,?`,
        flag: [
          { text: 'Per my last message, the upgrade is included.', span: 'Per my last message' },
          { text: 'As per my previous email, we need the serial number.', span: 'As per my previous email' },
        ],
      },
    ],
    suggestions: ['to recap', 'to make this easy to find'],
    examples: {
      flag: ['Per my last message, the upgrade is included.', 'As per my previous email, we need the serial number.'],
      pass: ['Per your request, I have cancelled the order.', 'Per the carrier, the parcel is at the depot.'],
    },
  },
  {
    id: 'en.condescending.you-would-know',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Suggesting the customer would know if they had read it is a lecture. Give them the answer directly.',
    patterns: [
      {
        re: String.raw`\b(?<span>if\s+you(?:'d|\s+had)\s+(?:bothered\s+to\s+|taken\s+the\s+time\s+to\s+)?(?:read|looked|checked|paid\s+attention)\b[^,.!?]{0,80}(?:,\s*)?you(?:'d|\s+would)\s+(?:have\s+)?(?:know|known|seen|noticed|understood|realized|realised)(?:\s+that)?)\b`,
        flag: [{ text: 'If you had read the welcome email, you would know the trial lasts a week.', span: 'If you had read the welcome email, you would know' }],
      },
      {
        re: String.raw`\b(?<span>(?:as|like)\s+you\s+(?:should|would|must)\s+(?:already\s+)?(?:know|be\s+aware))\b`,
        flag: [{ text: 'As you should already know, the trial ends after seven days.', span: 'As you should already know' }],
      },
      {
        re: String.raw`\b(?<span>if\s+you(?:'d|\s+had)\s+(?:\w+\s+)?bothered\s+to\s+(?:read|look|check)(?:\s+(?:at\s+)?(?:it|this|that))?)\b`,
        flag: [{ text: 'The fee was listed, if you had bothered to look.', span: 'if you had bothered to look' }],
      },
      {
        re: String.raw`\b(?<span>which\s+you\s+(?:don't|do\s+not)\s+seem\s+to\s+have\s+(?:read|seen|noticed))\b`,
        flag: [{ text: "The steps are in the guide, which you don't seem to have read.", span: "which you don't seem to have read" }],
      },
    ],
    suggestions: ['to clarify,', 'just so it’s clear,'],
    examples: {
      flag: ['If you had read the welcome email, you would know the trial lasts a week.', 'The fee was listed, if you had bothered to look.'],
      pass: ['You would know best which address suits you.', 'If you’d like to read more, the guide is linked below.'],
    },
  },
  {
    id: 'en.condescending.read-carefully',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Telling the customer to read more carefully or to look first is a lecture. Point them to the exact place kindly.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:please\s+)?read\s+(?:my|our|the|your)\s+(?:[\w-]+\s+)?(?:messages?|emails?|replies|reply|instructions|terms|documents?|itinerary|confirmation|guide|manual|faq)\s+(?:more\s+)?(?:carefully|properly|again|first|before))\b`,
        flag: [{ text: 'Please read my emails more carefully.', span: 'Please read my emails more carefully' }],
      },
      {
        re: String.raw`\b(?<span>(?:please\s+)?be\s+more\s+careful)\b`,
        flag: [{ text: 'Please be more careful when entering the card number.', span: 'Please be more careful' }],
      },
      {
        re: String.raw`\b(?<span>pay\s+(?:more\s+|closer\s+)?attention)\b`,
        flag: [{ text: 'Please pay closer attention to the size chart.', span: 'pay closer attention' }],
      },
      {
        re: String.raw`\b(?<span>before\s+(?:contacting|calling|emailing|messaging|writing\s+to)\s+(?:us|support|again))\b`,
        flag: [{ text: 'Check the order page before contacting us.', span: 'before contacting us' }],
      },
      {
        re: String.raw`\b(?<span>(?:please\s+)?(?:look|check)\s+there\s+first)\b`,
        flag: [{ text: 'The answer is in the FAQ, so please look there first.', span: 'please look there first' }],
      },
      {
        re: String.raw`\b(?<span>(?:maybe|perhaps)\s+(?:read|check|look\s+at|try)\b[^.!?]{0,40}\bnext\s+time)\b`,
        flag: [{ text: 'Maybe read the guide next time.', span: 'Maybe read the guide next time' }],
      },
      {
        re: String.raw`\b(?<span>next\s+time,?\s+(?:please\s+)?(?:make\s+sure|be\s+sure|try\s+to|read|check|remember|look|double-check|the\s+(?:help\s+center|help\s+centre|faq|docs|documentation|guide)))\b`,
        flag: [{ text: 'Next time, please make sure the box is sealed.', span: 'Next time, please make sure' }],
      },
      {
        re: String.raw`\b(?<span>(?:once|if)\s+you\s+(?:take|took)\s+the\s+time\s+to\s+(?:read|learn|look))\b`,
        flag: [{ text: 'Once you take the time to read the manual, the setup is simple.', span: 'Once you take the time to read' }],
      },
    ],
    unless: [String.raw`\bbefore\s+(?:contacting|calling)\s+us\s+(?:to|about)\s+(?:book|schedule)`],
    suggestions: ['you’ll find it in [place]', 'here it is: [information]'],
    examples: {
      flag: ['Please read my emails more carefully.', 'Check the order page before contacting us.', 'Maybe read the guide next time.'],
      pass: ['The guide explains this step by step; I have linked the right section.', 'I read your message twice to make sure I had it right.'],
    },
  },
  {
    id: 'en.condescending.talking-down',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'This talks down to the customer. Explain as you would to a colleague.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:really\s+)?not\s+(?:that|very|so)\s+(?:complicated|hard|difficult|confusing|complex))\b`,
        flag: [{ text: 'It is really not that complicated.', span: 'It is really not that complicated' }],
      },
      {
        re: String.raw`\b(?<span>(?:there's|there\s+is)\s+(?:really\s+)?nothing\s+(?:confusing|complicated|difficult|hard)\s+about\s+it)\b`,
        flag: [{ text: 'There’s really nothing confusing about it.', span: 'There’s really nothing confusing about it' }],
      },
      {
        re: String.raw`\b(?<span>even\s+(?:my\s+(?:grandmother|grandma|grandfather|grandpa|mother|mom|mum|dad|kids?|children)|a\s+(?:child|kid|toddler|five-year-old|5-year-old))\s+(?:could|can))\b`,
        flag: [{ text: 'Even a child could reset it.', span: 'Even a child could' }],
      },
      {
        re: String.raw`\b(?<span>(?:I'm|I\s+am)\s+not\s+sure\s+how\s+else\s+to\s+(?:explain|put)\s+(?:it|this))\b`,
        flag: [{ text: "Honestly, I'm not sure how else to put this to you, Mr Field.", span: "I'm not sure how else to put this" }],
      },
      {
        re: String.raw`\b(?<span>(?:I\s+)?(?:don't|do\s+not)\s+know\s+how\s+to\s+make\s+(?:it|this)\s+(?:any\s+)?(?:simpler|clearer|easier))\b`,
        flag: [{ text: 'Frankly I don’t know how to make this any clearer for you.', span: 'I don’t know how to make this any clearer' }],
      },
      {
        re: String.raw`\b(?<span>let\s+me\s+explain\s+(?:it\s+|this\s+)?(?:slowly|again|one\s+more\s+time|very\s+simply))\b`,
        flag: [{ text: 'Let me explain this again.', span: 'Let me explain this again' }],
      },
      {
        re: String.raw`\b(?<span>(?:let's|let\s+us)\s+go\s+(?:through|over)\s+(?:this|it)\s+(?:one\s+more\s+time|again))\b`,
        flag: [{ text: "Let's go through this one more time.", span: "Let's go through this one more time" }],
      },
      {
        re: String.raw`^(?<span>sigh)\b`,
        flag: [{ text: 'Sigh, the code is printed on the receipt.', span: 'Sigh' }],
      },
      {
        re: String.raw`\b(?<span>you\s+(?:may|might|seem\s+to)\s+have\s+misunderstood)\b`,
        flag: [{ text: 'You may have misunderstood the offer.', span: 'You may have misunderstood' }],
      },
      {
        re: String.raw`\b(?<span>(?:that's|that\s+is|this\s+is|it's)\s+(?:simply|just)\s+how\s+(?:[\w-]+\s+){1,3}?works?)\b`,
        flag: [{ text: 'That’s simply how the billing cycle works.', span: 'That’s simply how the billing cycle works' }],
      },
      {
        re: String.raw`\b(?<span>(?:that's|that\s+is|this\s+is)\s+(?:really\s+|simply\s+)?not\s+how\s+(?:[\w-]+\s+){0,2}works?)\b`,
        flag: [{ text: 'That’s not how a refund works.', span: 'That’s not how a refund works' }],
      },
      {
        re: String.raw`\b(?<span>with\s+(?:all\s+)?due\s+respect),?`,
        flag: [{ text: 'With all due respect, the price is correct.', span: 'With all due respect' }],
      },
      {
        re: String.raw`\b(?<span>(?:as\s+)?(?:is\s+)?(?:explained|stated|written|listed|shown|mentioned|spelled\s+out)\s+(?:quite\s+|very\s+|pretty\s+|perfectly\s+)?clearly)\b`,
        flag: [{ text: 'The cut-off time is written very clearly on the booking page.', span: 'is written very clearly' }],
      },
      {
        re: String.raw`\b(?<span>as\s+clearly\s+(?:stated|shown|written|explained|listed))\b`,
        flag: [{ text: 'As clearly shown in the screenshot, the toggle is off.', span: 'As clearly shown' }],
      },
      {
        re: String.raw`\b(?<span>(?:have|did)\s+you\s+(?:even|actually|really)\s+(?:tried|try|read|looked|look|checked|check))\b`,
        flag: [{ text: 'Have you actually tried restarting the router?', span: 'Have you actually tried' }],
      },
      {
        re: String.raw`\b(?<span>(?:is|are|was|were|'s)\s+(?:very\s+|quite\s+|pretty\s+)?clearly\s+(?:stated|explained|written|spelled\s+out))\b`,
        flag: [{ text: 'The return window is clearly stated on the receipt.', span: 'is clearly stated' }],
      },
      {
        re: String.raw`\b(?<span>(?:I\s+)?(?:don't|do\s+not)\s+know\s+what\s+(?:else\s+)?you\s+(?:expect|want)\s+(?:us|me)\s+to\s+do)\b`,
        flag: [{ text: "I don't know what else you expect us to do.", span: "I don't know what else you expect us to do" }],
      },
      {
        re: String.raw`\b(?<span>(?:try|maybe\s+try|start\s+by)\s+reading\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+first)\b`,
        flag: [{ text: 'Try reading the setup guide first.', span: 'Try reading the setup guide first' }],
      },
      {
        re: String.raw`\b(?<span>(?:obviously|clearly),)\s+(?:you|the)\b`,
        flag: [{ text: 'Obviously, the charger has to be plugged in.', span: 'Obviously,' }],
      },
    ],
    suggestions: ['here’s how it works: [explanation]', 'to walk you through it: [steps]'],
    examples: {
      flag: ['It is really not that complicated.', 'Even a child could reset it.', 'With all due respect, the price is correct.', 'That’s simply how the billing cycle works.'],
      pass: ['The setup is not very complicated, and I can walk you through it on a call.', 'The steps are clearly numbered in the guide I attached.'],
    },
  },
  {
    id: 'en.condescending.understand-but',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: '"I understand, but…" is heard as a brush-off: the "but" cancels the understanding. Acknowledge fully, then explain.',
    patterns: [
      {
        re: String.raw`^(?:(?:ok|okay|look|well|honestly),?\s+)?(?<span>I\s+(?:understand|hear\s+you|get\s+(?:it|that)|appreciate\s+that|see\s+your\s+point),?\s+but)\b`,
        flag: [
          { text: 'I understand, but the rules are the same for everyone.', span: 'I understand, but' },
          { text: 'I hear you, but that is how the app works.', span: 'I hear you, but' },
        ],
      },
    ],
    suggestions: ['I understand why this is frustrating, and', 'I can see why this is frustrating. Here’s the situation:'],
    examples: {
      flag: ['I understand, but the rules are the same for everyone.', 'I hear you, but that is how the app works.'],
      pass: ['I understand how frustrating this is, and I have refunded the fee.', 'I understand that the delay cost you a day.'],
    },
  },
];
