/**
 * The messages a helpdesk frame takes (lib/messages.ts): `ToContent` from the popup, `ToFrame`
 * and `FindingStep` from the background, checked for shape by hand. The background checks every
 * message with the schemas of lib/messages-schema.ts (valibot); these few small shapes are
 * checked here with the same bounds (lib/message-bounds.ts), so valibot stays out of the page bundle.
 * test/unit/inbound-messages.test.ts holds each check to agree with its schema.
 */
import { MAX_ID, MAX_SUGGESTIONS } from '../message-bounds';
import type { FindingStep, ToContent, ToFrame } from '../messages';
import type { Checked } from '../messages-schema';

/** A finding's key (lib/page/finding-key.ts): its rule id, a hash and an occurrence number. */
const MAX_KEY = MAX_ID + 20;

type Check = (value: unknown) => boolean;

const literal = (want: string): Check => (value) => value === want;
const string = (min: number, max: number): Check => (value) => typeof value === 'string' && value.length >= min && value.length <= max;
const integer = (min: number, max: number): Check => (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** An object with exactly these fields, each passing its check (valibot's `strictObject`). */
function strictObject(fields: Record<string, Check>): Check {
  return (value) => {
    if (!value || typeof value !== 'object') return false;
    const record = value as Record<string, unknown>;
    for (const key in fields) if (!(key in record) || !fields[key](record[key])) return false;
    for (const key in record) if (!Object.hasOwn(fields, key)) return false;
    return true;
  };
}

const findingRef = { boxId: string(1, MAX_ID), key: string(1, MAX_KEY) };
const TO_CONTENT: Record<ToContent['type'], Check> = {
  'finding:apply': strictObject({ type: literal('finding:apply'), ...findingRef, suggestion: integer(0, MAX_SUGGESTIONS) }),
  'finding:show': strictObject({ type: literal('finding:show'), ...findingRef }),
  recheck: strictObject({ type: literal('recheck') }),
};
const TO_FRAME = strictObject({ type: literal('frame:ping') });
const FINDING_STEP = strictObject({ type: literal('finding:step'), direction: (value) => value === 'next' || value === 'previous' });

function checked<T>(ok: boolean, message: unknown, what: string): Checked<T> {
  return ok ? { ok: true, message: message as T } : { ok: false, error: `message: not ${what}` };
}

/** A message from the popup (through tabs.sendMessage). */
export function checkToContent(message: unknown): Checked<ToContent> {
  const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
  const check = typeof type === 'string' && Object.hasOwn(TO_CONTENT, type) ? TO_CONTENT[type as ToContent['type']] : null;
  return checked(!!check && check(message), message, 'a message for the page');
}

/** The background's question to a frame's link. */
export function checkToFrame(message: unknown): Checked<ToFrame> {
  return checked(TO_FRAME(message), message, 'a frame ping');
}

/** The background's relay of the next/previous-finding shortcut. */
export function checkFindingStep(message: unknown): Checked<FindingStep> {
  return checked(FINDING_STEP(message), message, 'a finding step');
}
