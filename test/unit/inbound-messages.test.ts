/**
 * The page's own checks of the messages a frame takes (lib/page/inbound-messages.ts) agree with
 * the background's schemas (lib/messages-schema.ts) on every message here: the popup's Apply and
 * Show, the re-check, the frame ping and the next/previous-finding step, well-formed, at their
 * bounds, and broken one field at a time.
 */
import { describe, expect, it } from 'vitest';
import * as page from '../../lib/page/inbound-messages';
import * as schema from '../../lib/messages-schema';

const KEY = 'en.defensive.not-our-fault@5d3c1b2a#0';

/** Every way to break `base` one field at a time: dropped, of the wrong type, and an extra field. */
function broken(base: Record<string, unknown>, values: Record<string, unknown[]>): unknown[] {
  const out: unknown[] = [{ ...base, extra: 1 }, { ...base, extra: undefined }];
  for (const field of Object.keys(base)) {
    const { [field]: _dropped, ...rest } = base;
    out.push(rest, { ...base, [field]: null }, { ...base, [field]: undefined }, { ...base, [field]: [base[field]] });
    for (const value of values[field] ?? []) out.push({ ...base, [field]: value });
  }
  return out;
}

const ids = ['', 'b', 'x'.repeat(200), 'x'.repeat(201), 7, true];
const keys = ['', KEY, 'k'.repeat(220), 'k'.repeat(221), 3];
const apply = { type: 'finding:apply', boxId: 'box-1', key: KEY, suggestion: 0 };
const show = { type: 'finding:show', boxId: 'box-1', key: KEY };
const NOT_OBJECTS = [null, undefined, 'recheck', 42, [], ['recheck'], { type: 'report:update' }, {}];

const TO_CONTENT = [
  apply,
  show,
  { type: 'recheck' },
  ...broken(apply, { type: ['finding:show', 'recheck', 'finding:step'], boxId: ids, key: keys, suggestion: [1, 16, 17, -1, 1.5, NaN, Infinity, '1'] }),
  ...broken(show, { type: ['finding:apply', 'recheck'], boxId: ids, key: keys }),
  ...broken({ type: 'recheck' }, { type: ['Recheck', 'frame:ping'] }),
  ...NOT_OBJECTS,
];
const TO_FRAME = [{ type: 'frame:ping' }, ...broken({ type: 'frame:ping' }, { type: ['recheck', 'frame:pong'] }), ...NOT_OBJECTS];
const STEP = { type: 'finding:step', direction: 'next' };
const STEPS = [STEP, { ...STEP, direction: 'previous' }, ...broken(STEP, { type: ['recheck'], direction: ['sideways', 'Next', 1] }), ...NOT_OBJECTS];

describe('a frame checks the messages it takes as the background would', () => {
  const agree = (name: string, messages: unknown[], mine: (m: unknown) => { ok: boolean }, theirs: (m: unknown) => { ok: boolean }) =>
    it(`${name}: ${messages.length} messages, the same verdict`, () => {
      const differing = messages.filter((m) => mine(m).ok !== theirs(m).ok);
      expect(differing).toEqual([]);
      // Both verdicts occur: the list holds messages to take and messages to turn away.
      expect(new Set(messages.map((m) => mine(m).ok))).toEqual(new Set([true, false]));
    });
  agree('messages from the popup', TO_CONTENT, page.checkToContent, schema.checkToContent);
  agree('the background’s frame ping', TO_FRAME, page.checkToFrame, schema.checkToFrame);
  agree('the next/previous-finding step', STEPS, page.checkFindingStep, schema.checkFindingStep);

  it('takes the popup’s Apply as sent and turns away one naming a suggestion past the last', () => {
    expect(page.checkToContent(apply)).toEqual({ ok: true, message: apply });
    expect(page.checkToContent({ ...apply, suggestion: 17 }).ok).toBe(false);
    expect(page.checkFindingStep({ type: 'finding:step', direction: 'sideways' }).ok).toBe(false);
  });
});
