/**
 * Next / previous finding (lib/page/finding-steps.ts) and the background's relay of the
 * manifest's commands (lib/background/commands.ts): where a step lands from the open card or
 * the caret, wrapping at the ends, and which tab hears about it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { relayCommand, STEP_COMMANDS } from '../../lib/background/commands';
import { checkFindingStep } from '../../lib/messages-schema';
import { stepTarget } from '../../lib/page/finding-steps';

// "Our system is working perfectly. That is not our fault. Calm down, it is one day late."
//  findings listed out of reading order, as a check may report them.
const FINDINGS = [
  { key: 'calm', start: 57, end: 66 },
  { key: 'perfectly', start: 4, end: 31 },
  { key: 'fault', start: 41, end: 54 },
];

describe('stepTarget', () => {
  it('goes to the next and previous finding in reading order from the open card, wrapping around', () => {
    expect(stepTarget(FINDINGS, { key: 'perfectly', caret: 10 }, 'next')?.key).toBe('fault');
    expect(stepTarget(FINDINGS, { key: 'fault', caret: null }, 'next')?.key).toBe('calm');
    expect(stepTarget(FINDINGS, { key: 'calm', caret: null }, 'next')?.key).toBe('perfectly');
    expect(stepTarget(FINDINGS, { key: 'perfectly', caret: null }, 'previous')?.key).toBe('calm');
    expect(stepTarget(FINDINGS, { key: 'calm', caret: null }, 'previous')?.key).toBe('fault');
  });

  it('with no finding at the caret, goes to the first after it or the last before it', () => {
    expect(stepTarget(FINDINGS, { key: null, caret: 35 }, 'next')?.key).toBe('fault');
    expect(stepTarget(FINDINGS, { key: null, caret: 35 }, 'previous')?.key).toBe('perfectly');
    expect(stepTarget(FINDINGS, { key: null, caret: 0 }, 'previous')?.key).toBe('calm');
    expect(stepTarget(FINDINGS, { key: null, caret: 80 }, 'next')?.key).toBe('perfectly');
  });

  it('starts at either end without a caret, and finds nothing in a clean reply', () => {
    expect(stepTarget(FINDINGS, { key: null, caret: null }, 'next')?.key).toBe('perfectly');
    expect(stepTarget(FINDINGS, { key: null, caret: null }, 'previous')?.key).toBe('calm');
    expect(stepTarget([], { key: null, caret: 3 }, 'next')).toBeNull();
  });
});

describe('relayCommand', () => {
  const tabs = () => ({
    query: vi.fn(async () => [{ id: 7 }]),
    sendMessage: vi.fn(async () => true),
  });

  it('tells the tab the command came from which way to step', async () => {
    const t = tabs();
    expect(await relayCommand(t, 'next-finding', { id: 3 })).toBe(true);
    expect(t.sendMessage).toHaveBeenCalledWith(3, { type: 'finding:step', direction: 'next' });
    await relayCommand(t, 'previous-finding', { id: 3 });
    expect(t.sendMessage).toHaveBeenLastCalledWith(3, { type: 'finding:step', direction: 'previous' });
    expect(t.query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the browser names none', async () => {
    const t = tabs();
    await relayCommand(t, 'next-finding');
    expect(t.sendMessage).toHaveBeenCalledWith(7, { type: 'finding:step', direction: 'next' });
  });

  it('ignores commands it does not know, and tabs without a coach', async () => {
    const t = tabs();
    expect(await relayCommand(t, 'toString', { id: 3 })).toBe(false);
    expect(await relayCommand(t, '_execute_action', { id: 3 })).toBe(false);
    expect(t.sendMessage).not.toHaveBeenCalled();
    t.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await relayCommand(t, 'next-finding', { id: 3 })).toBe(false);
  });

  it('sends only what the frames accept, for every declared command', () => {
    for (const direction of STEP_COMMANDS.values()) expect(checkFindingStep({ type: 'finding:step', direction }).ok).toBe(true);
    expect(checkFindingStep({ type: 'finding:step', direction: 'sideways' }).ok).toBe(false);
    expect(checkFindingStep({ type: 'finding:step', direction: 'next', extra: 1 }).ok).toBe(false);
  });
});

describe('the manifest’s commands (the e2e build: npm run build:e2e)', () => {
  const path = join(__dirname, '../../.output/chrome-mv3-e2e/manifest.json');
  it('declares next and previous finding, each relayed, with a suggested key Chrome accepts', () => {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:e2e\` first (npm test does)`);
    const commands: Record<string, { suggested_key?: { default?: string }; description?: string }> = JSON.parse(readFileSync(path, 'utf8')).commands;
    expect(Object.keys(commands).sort()).toEqual([...STEP_COMMANDS.keys()].sort());
    for (const c of Object.values(commands)) {
      const key = c.suggested_key?.default ?? '';
      const parts = key.split('+');
      // Ctrl or Alt, never both; Shift optional; one allowed key last.
      expect(parts.includes('Ctrl') !== parts.includes('Alt'), key).toBe(true);
      expect(parts.slice(0, -1).every((p) => ['Ctrl', 'Alt', 'Shift'].includes(p)), key).toBe(true);
      expect(parts.at(-1), key).toMatch(/^([A-Z0-9]|Comma|Period|Home|End|PageUp|PageDown|Space|Insert|Delete|Up|Down|Left|Right)$/);
      expect(c.description).toBeTruthy();
    }
  });
});
