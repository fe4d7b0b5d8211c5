/**
 * The English strings a helpdesk page shows: the card, the counter beside the box and the
 * in-page update notice — the part of the catalogue the coach bundle carries (lib/i18n/page.ts).
 * The rest of the English catalogue, for the popup, the options and the try page, is ./en-ui.ts;
 * ./en.ts is both. Every key page code names is here: TypeScript holds it to that through
 * ./page.ts's `t`, and test/unit/i18n-split.test.ts through the coach bundle's source.
 */
import type { Message } from './format';

export const enPage = {
  // Lists ("a, b and c")
  'list.separator': ', ',
  'list.and': '{rest} and {last}',

  // Categories and severities (names, not rule data)
  'category.placeholder': 'Unfilled placeholder',
  'category.blame': 'Blame',
  'category.condescending': 'Condescending',
  'category.defensive': 'Defensive',
  'category.dismissive': 'Dismissive',
  'category.refusal': 'Flat refusal',
  'category.policy': 'Policy without a reason',
  'category.shouting': 'Shouting',
  'severity.error': 'Fix before sending',
  'severity.warning': 'Worth rewording',
  'severity.info': 'Nudge',

  // Reply checklist
  'checklist.acknowledge': 'Acknowledge the customer',
  'checklist.reason': 'Give the reason',
  'checklist.alternative': 'Offer an alternative',
  'checklist.next-step': 'Say the next step',
  'checklist.timeframe': 'Give a timeframe',
  'checklist.follow-up': 'Promise a follow-up',
  'missing.acknowledge': 'an acknowledgement of the customer’s issue',
  'missing.reason': 'the reason',
  'missing.alternative': 'an alternative',
  'missing.next-step': 'a next step',
  'missing.timeframe': 'a timeframe',
  'missing.follow-up': 'a follow-up',
  'missing.nudge': 'Still missing: {list}.',
  'checklistState.met': 'Done',
  'checklistState.missing': 'Missing',
  'checklistState.na': 'Not needed',

  // Score bands (the card and the popup)
  'score.gaps': { one: 'Not ready: {count} gap to fill', other: 'Not ready: {count} gaps to fill' },
  'score.great': 'Ready to send',
  'score.good': 'Almost there',
  'score.fair': 'Needs a pass',
  'score.poor': 'Needs rework',
  'why.weighed': 'Weighed most: {words}',
  'why.word': '“{word}”',

  // The in-page card
  'card.keysOutside': 'Tab: into this card · Alt+Shift+. / , next or previous finding',
  'card.keysInside': 'Tab / Shift+Tab: move · Esc: back to your reply',
  'card.step': 'Finding {index} of {total}: {category} — {message}',
  'card.close': 'Close',
  'card.closeTitle': 'Close (Esc)',
  'card.dialog': 'Reply Coach: {category}',
  'card.undo': 'Undo',
  'card.rewrites': 'Rewrites',
  'card.applyRewrite': 'Apply rewrite: {text}',
  'card.copyRewrite': 'Copy rewrite: {text}',
  'card.apply': 'Apply',
  'card.remove': 'Leave this sentence out',
  'card.applyRemove': 'Apply: leave this sentence out',
  'card.copy': 'Copy',
  'card.noRewrite': 'No ready-made rewrite: say it in your own words.',
  'card.ignore': 'Ignore here',
  'card.ignoreEverywhere': 'Ignore everywhere',
  'card.ignoreEverywhereTitle': 'Never flag “{words}” for this rule again, on any site. Undo it in the Reply Coach options.',
  'card.lockedBy': 'Set by your organization: {pack}',
  'card.disableRule': 'Turn off for you, on every site',
  'card.disableRuleTitle': 'Turns this rule off for you on every site; Undo is offered for a few seconds.',
  'card.removed': 'Removed: {words}',
  'card.readOnly': 'Reply Coach does not edit this editor directly: copy a rewrite and paste it.',
  'card.applying': 'Applying…',
  'card.refused.stale': 'The reply changed since this check, so nothing was replaced. Checked again.',
  'card.refused.refused': 'The editor did not accept the change; your text is untouched. Copy the rewrite instead.',
  'card.refused.removal': 'The editor did not accept the change; your text is untouched. Delete the sentence by hand instead.',
  'card.refused.read-only': 'This editor cannot be changed safely from here: copy the rewrite instead.',
  'card.refused.composing': 'Finish the character you are composing, then apply.',
  'card.turnedOff': 'Turned off for you, on every site.',
  'card.lockedRule': "Your organization's policy sets this rule, so it stays on.",
  'card.notSavedOptions': 'Could not save the setting. Try again from the Reply Coach options page.',
  'card.notSavedPopup': 'Could not save the setting. Try again from the Reply Coach popup.',
  'card.copiedSentence': 'Copied. Paste it over the sentence.',
  'card.copiedWords': 'Copied. Paste it over the underlined words.',
  'card.copyBlocked': 'Copying was blocked: select the rewrite and copy it by hand.',
  'card.undoFailed': 'Could not turn the rule back on. Turn it on in the Reply Coach options page.',
  'notice.updated': '{name} was updated — reload this tab to keep coaching.',
  'notice.dismiss': 'Dismiss',

  // The extension's name (the in-page update notice says it)
  'manifest.name': 'Reply Coach',

  // The counter beside a reply box and its findings list
  'counter.keys': 'In the reply: Alt+Enter on flagged words opens its card, then Tab moves into it · Alt+Shift+. / , next or previous finding',
  'counter.findings': { one: '{count} finding', other: '{count} findings' },
  'counter.errors': '{count} fix before sending',
  'counter.warnings': '{count} worth rewording',
  'counter.label': 'Reply Coach: {findings} worth a look ({parts}). Show the list',
  'counter.head': '{findings} worth a look',
  'counter.nudges': { one: ' · {count} nudge', other: ' · {count} nudges' },
  'counter.list': 'Reply Coach: findings in this reply',

  // A team rule pack without a name (the card's lock note, and the options page's badge)
  'options.lockBadgeUnnamed': "your organization's rule pack",
} satisfies Record<string, Message>;

export type PageMessageKey = keyof typeof enPage;
