/**
 * Bounds of the runtime messages (lib/messages.ts) that both sides need: the background's
 * schemas (lib/messages-schema.ts) and the page's own checks (lib/page/inbound-messages.ts).
 * A module of constants only, so the page imports them without the schemas.
 */

/** Findings per report: the checker reports far fewer on any real reply; the content script sends at most this many. */
export const MAX_REPORT_FINDINGS = 500;
/** Suggestions (and fixes) per finding. */
export const MAX_SUGGESTIONS = 16;
/** Longest id-like field (rule id, box id, language, editor kind). */
export const MAX_ID = 200;
/** A frame link's port is named this, then its link id. */
export const FRAME_PORT_PREFIX = 'reply-coach-frame:';
