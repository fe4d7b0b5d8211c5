/**
 * The reply the background checks once as soon as a frame links up, while the agent is still
 * typing: a whole reply with a greeting, facts, a no, and slips that the rules and the model each
 * flag, so the rules, the rewrites and their vetting, and the tone model all run and V8 compiles
 * them before the agent's first real check. That first check is the one a just-(re)started
 * worker answers (issue 12's "pause → highlights after the worker was stopped"). Measured in Node
 * on dist/checker.mjs, fresh processes alternated A/B (13 each): after a one-sentence warm-up the
 * first check of a 2,000-word reply took 25–53 ms (median ≈ 36); after this one, 8–30 ms
 * (median ≈ 13). Written for this purpose; never shown.
 */
export const WARM_UP_REPLY = [
  'Hello Sam,',
  '',
  'Thanks for writing in about the refund for order 4411. I checked the account and the payment went through on Monday; the bank usually needs three to five working days to show it.',
  '',
  'We cannot change the delivery address once the parcel has left the warehouse, but I can ask the courier to hold it at the depot for you. Calm down, as I said it is company policy and not our fault. You should have read the confirmation email more carefully.',
  '',
  'Thanks for the update. Other people seem to manage the setup on their own. I have reset the link for you.',
  '',
  'Best regards,',
  'Alex',
].join('\n');
