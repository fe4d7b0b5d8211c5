/**
 * Shape and size checks for every runtime message (lib/messages.ts), and who may send which.
 * The background answers nothing it has not validated here: a content script runs in pages we
 * do not control, so its messages are input like any other. Bad messages get `{ ok: false,
 * error }` naming the field and the reason.
 *
 * Known fields are typed and bounded; a finding or report may carry fields added later (they
 * are kept, so the popup sees them), and the whole message is bounded by MAX_MESSAGE_CHARS.
 */
import * as v from 'valibot';
import { EDIT_CHUNK_CHARS } from './engine/protocol';
import { FRAME_PORT_PREFIX, MAX_ID, MAX_REPORT_FINDINGS, MAX_SUGGESTIONS } from './message-bounds';
import type { FindingStep, LinkAnswer, ToBackground, ToContent, ToFrame } from './messages';

export { FRAME_PORT_PREFIX, MAX_REPORT_FINDINGS, MAX_SUGGESTIONS } from './message-bounds';
/** Checklist items per report (six exist). */
export const MAX_CHECKLIST = 32;
/** One message, serialized (UTF-16 units of its JSON). */
export const MAX_MESSAGE_CHARS = 512 * 1024;
/** Longest text field (a flagged sentence, a message, a rewritten sentence). */
const MAX_TEXT = 4000;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
/** A finding's key (lib/page/finding-key.ts): its rule id, a hash and an occurrence number. */
const findingKey = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID + 20));
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A box's text version in the engine (lib/engine/protocol.ts). */
const version = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
/** Ranges a check leaves out (the box's quote and signature nodes). */
const MAX_IGNORED = 1000;
/** A frame link's id: 128 random bits in hex (lib/page/frame-link.ts). */
const link = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'not a link id'));

const FixSchema = v.looseObject({ start: offset, end: offset, text, sentence: text });

const FindingSchema = v.looseObject({
  key: findingKey,
  ruleId: id,
  category: id,
  severity: v.picklist(['info', 'warning', 'error']),
  start: offset,
  end: offset,
  text,
  message: text,
  guideline: id,
  suggestions: v.pipe(v.array(text), v.maxLength(MAX_SUGGESTIONS)),
  fixes: v.optional(v.pipe(v.array(FixSchema), v.maxLength(MAX_SUGGESTIONS))),
  why: v.optional(v.pipe(v.array(text), v.maxLength(MAX_SUGGESTIONS))),
});

const ChecklistSchema = v.looseObject({
  id,
  state: v.picklist(['met', 'missing', 'n/a']),
  guideline: id,
  start: v.optional(offset),
  end: v.optional(offset),
});

export const BoxReportSchema = v.looseObject({
  boxId: id,
  editor: id,
  canApply: v.boolean(),
  lang: id,
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  words: offset,
  gaps: offset,
  findings: v.pipe(v.array(FindingSchema), v.maxLength(MAX_REPORT_FINDINGS, `at most ${MAX_REPORT_FINDINGS} findings`)),
  checklist: v.pipe(v.array(ChecklistSchema), v.maxLength(MAX_CHECKLIST)),
  at: v.pipe(v.number(), v.minValue(0)),
});

const ToBackgroundSchema = v.variant('type', [
  v.strictObject({ type: v.literal('coach:inject') }),
  v.strictObject({ type: v.literal('coach:inject-ui') }),
  v.strictObject({ type: v.literal('report:update'), link, report: BoxReportSchema }),
  v.strictObject({ type: v.literal('report:remove'), link, boxId: id }),
  v.strictObject({ type: v.literal('coach:enable-here'), tabId }),
  v.strictObject({ type: v.literal('popup:get-reports'), tabId }),
  v.strictObject({
    type: v.literal('engine:edit'),
    doc: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'not a box id')),
    base: version,
    version: v.pipe(version, v.minValue(1)),
    start: offset,
    end: offset,
    text: v.pipe(v.string(), v.maxLength(EDIT_CHUNK_CHARS, `at most ${EDIT_CHUNK_CHARS} characters per edit`)),
    check: v.optional(
      v.strictObject({
        ignore: v.pipe(v.array(v.strictObject({ start: offset, end: offset })), v.maxLength(MAX_IGNORED, `at most ${MAX_IGNORED} ranges`)),
        settingsKey: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'not a settings key')),
      }),
    ),
  }),
  v.strictObject({ type: v.literal('settings:get') }),
  v.strictObject({ type: v.literal('i18n:catalogue'), locale: v.picklist(['fr', 'sv', 'zh_TW', 'zh_HK']) }),
  v.strictObject({ type: v.literal('settings:disable-rule'), ruleId: id }),
  v.strictObject({
    type: v.literal('settings:restore-rule'),
    ruleId: id,
    before: v.strictObject({ enabled: v.optional(v.boolean()), severity: v.optional(v.picklist(['info', 'warning', 'error'])) }),
  }),
  v.strictObject({ type: v.literal('settings:allow-phrase'), finding: v.strictObject({ ruleId: id, category: id, text }) }),
]);

const findingRef = { boxId: id, key: findingKey };
const ToContentSchema = v.variant('type', [
  v.strictObject({ type: v.literal('finding:apply'), ...findingRef, suggestion: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SUGGESTIONS)) }),
  v.strictObject({ type: v.literal('finding:show'), ...findingRef }),
  v.strictObject({ type: v.literal('recheck') }),
]);

const ToFrameSchema = v.strictObject({ type: v.literal('frame:ping') });
const FindingStepSchema = v.strictObject({ type: v.literal('finding:step'), direction: v.picklist(['next', 'previous']) });
const LinkAnswerSchema = v.looseObject({ link, previous: v.optional(link) });

/** Which senders a message type is for: a content script in a tab, or one of the extension's own pages. */
export const SENDER_OF: Record<ToBackground['type'], 'content' | 'extension'> = {
  'coach:inject': 'content',
  'coach:inject-ui': 'content',
  'report:update': 'content',
  'report:remove': 'content',
  'coach:enable-here': 'extension',
  'popup:get-reports': 'extension',
  'engine:edit': 'content',
  'settings:get': 'content',
  'i18n:catalogue': 'content',
  'settings:disable-rule': 'content',
  'settings:restore-rule': 'content',
  'settings:allow-phrase': 'content',
};

export type Checked<T> = { ok: true; message: T } | { ok: false; error: string };

function parse<T>(schema: v.GenericSchema<unknown, T>, message: unknown, what: string): Checked<T> {
  let size: number;
  try {
    size = JSON.stringify(message)?.length ?? 0;
  } catch {
    return { ok: false, error: `${what}: not serializable` };
  }
  if (size > MAX_MESSAGE_CHARS) return { ok: false, error: `${what}: message too large (${size} > ${MAX_MESSAGE_CHARS} characters)` };
  const r = v.safeParse(schema, message);
  if (r.success) return { ok: true, message: r.output };
  const issue = r.issues[0];
  const path = v.getDotPath(issue);
  const type = typeof (message as { type?: unknown })?.type === 'string' ? (message as { type: string }).type : what;
  return { ok: false, error: `${type}: ${path ? `${path}: ` : ''}${issue.message}` };
}

/** Validates a message sent to the background. */
export function checkToBackground(message: unknown): Checked<ToBackground> {
  return parse(ToBackgroundSchema, message, 'message') as Checked<ToBackground>;
}

/** Validates a message sent to a content script (from the popup, through tabs.sendMessage). */
export function checkToContent(message: unknown): Checked<ToContent> {
  return parse(ToContentSchema, message, 'message') as Checked<ToContent>;
}

/** Validates the background's question to a frame's link. */
export function checkToFrame(message: unknown): Checked<ToFrame> {
  return parse(ToFrameSchema, message, 'message') as Checked<ToFrame>;
}

/** Validates the background's relay of the next/previous-finding shortcut. */
export function checkFindingStep(message: unknown): Checked<FindingStep> {
  return parse(FindingStepSchema, message, 'message') as Checked<FindingStep>;
}

/** A frame's answer to `frame:ping` (its link ids), or null for anything else (no coach there, an error). */
export function linkAnswer(answer: unknown): LinkAnswer | null {
  if (!v.is(LinkAnswerSchema, answer)) return null;
  const { link, previous } = answer as LinkAnswer;
  return previous ? { link, previous } : { link };
}

/** What the background knows of a sender (runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/**
 * A sender is one of the extension's own pages (popup, options) when it belongs to this extension
 * and its document is under the extension's base URL (`runtime.getURL('/')`). Content scripts share the extension's id but
 * their `url` is the web page's. (The popup opened in a tab, as tests and some users do, has a
 * `tab`: still the extension's page.)
 */
export function isExtensionPage(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (!sender || sender.id !== ownId || typeof sender.url !== 'string') return false;
  // A prefix of the full base URL (`URL.origin` is "null" for extension schemes in some engines).
  const base = ownOrigin.endsWith('/') ? ownOrigin : `${ownOrigin}/`;
  return base.includes('://') && sender.url.startsWith(base);
}

/**
 * Checks a message to the background and its sender together: the shape, then that popup
 * messages come from the extension's own pages and content-script messages from a tab.
 */
export function admit(message: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): Checked<ToBackground> {
  const checked = checkToBackground(message);
  if (!checked.ok) return checked;
  const { type } = checked.message;
  const page = isExtensionPage(sender, ownId, ownOrigin);
  if (SENDER_OF[type] === 'extension' && !page) return { ok: false, error: `${type}: only the extension's own pages may send this` };
  if (SENDER_OF[type] === 'content' && !isContentScript(sender, ownId, ownOrigin)) {
    return { ok: false, error: `${type}: only a content script in a tab may send this` };
  }
  return checked;
}

/** A sender is this extension's content script in a tab (not one of its own pages opened in a tab). */
function isContentScript(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  return sender?.id === ownId && sender.tab?.id != null && !isExtensionPage(sender, ownId, ownOrigin);
}

/** Where a frame link's port comes from: the frame (tab and frame id) and its link id. */
export interface FramePort {
  tabId: number;
  frameId: number;
  link: string;
}

/** Checks a `runtime.onConnect` port: a frame link's name, from this extension's content script in a tab. */
export function admitFramePort(name: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): Checked<FramePort> {
  const id = typeof name === 'string' && name.startsWith(FRAME_PORT_PREFIX) ? name.slice(FRAME_PORT_PREFIX.length) : null;
  if (id == null || !v.is(link, id)) return { ok: false, error: `port: ${JSON.stringify(String(name).slice(0, 80))} is not a frame link` };
  const tabId = sender?.tab?.id;
  if (tabId == null || !isContentScript(sender, ownId, ownOrigin)) return { ok: false, error: 'port: only a content script in a tab may open a frame link' };
  return { ok: true, message: { tabId, frameId: sender.frameId ?? 0, link: id } };
}
