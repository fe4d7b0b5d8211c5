/** "Ignore everywhere": normalizing the flagged words, matching findings, and where the list is (and is not) stored. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { check } from '../../lib/checker';
import {
  addAllowEntry,
  allowEntryFor,
  allowListHides,
  canAllow,
  cleanAllowList,
  normalizeWords,
  readAllowList,
  removeAllowEntry,
} from '../../lib/settings/allow-list';
import { allowPhrase, exportRulePack, getEffectiveSettings, importRulePack, watchSettings } from '../../lib/settings';

const FAULT = { ruleId: 'en.defensive.not-our-fault', category: 'defensive', text: 'That is not our fault.' } as const;

beforeEach(() => fakeBrowser.reset());

describe('normalizeWords', () => {
  it('lower-cases, collapses white space and straightens quotes', () => {
    expect(normalizeWords('  That’s  NOT\u00a0our\n“fault”  ')).toBe('that\'s not our "fault"');
  });
});

describe('allowListHides', () => {
  const list = [allowEntryFor(FAULT)];

  it('hides the same rule’s same words in another case, spacing or quote style', () => {
    expect(allowListHides({ allowList: list }, { ...FAULT, text: 'THAT is  not our fault.' })).toBe(true);
  });

  it('hides nothing of another rule or other words', () => {
    expect(allowListHides({ allowList: list }, { ...FAULT, ruleId: 'custom:fault' })).toBe(false);
    expect(allowListHides({ allowList: list }, { ...FAULT, text: 'That is not my fault.' })).toBe(false);
  });

  it('never hides what the policy locks, the placeholder check, or a model finding', () => {
    expect(allowListHides({ allowList: list, locked: { rules: [FAULT.ruleId] } }, FAULT)).toBe(false);
    expect(allowListHides({ allowList: list, locked: { rules: [], all: true } }, FAULT)).toBe(false);
    const gap = { ruleId: 'en.placeholder.unfilled', category: 'placeholder', text: '[reason]' } as const;
    expect(allowListHides({ allowList: [allowEntryFor(gap)] }, gap)).toBe(false);
    const model = { ruleId: 'en.model.dismissive', category: 'dismissive', text: 'It is just a small delay.' } as const;
    expect(allowListHides({ allowList: [allowEntryFor(model)] }, model)).toBe(false);
    expect(canAllow(FAULT, false)).toBe(true);
    expect(canAllow(FAULT, true)).toBe(false);
  });

  it('works on the checker’s own findings: a hidden phrase goes, the rest of the reply stays flagged', () => {
    const report = check('That is not our fault. You should have read the manual.', { lang: 'en' });
    const fault = report.findings.find((f) => f.ruleId === FAULT.ruleId)!;
    const kept = report.findings.filter((f) => !allowListHides({ allowList: [allowEntryFor(fault)] }, f));
    expect(kept.map((f) => f.ruleId)).not.toContain(FAULT.ruleId);
    expect(kept.map((f) => f.ruleId)).toContain('en.blame.should-have');
  });
});

describe('storage', () => {
  it('adds an entry once, normalized, in storage.local only, and removes it', async () => {
    await addAllowEntry(FAULT);
    await addAllowEntry({ ...FAULT, text: 'that is NOT our fault.' });
    expect(await readAllowList()).toEqual([{ rule: FAULT.ruleId, words: 'that is not our fault.' }]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await removeAllowEntry({ rule: FAULT.ruleId, words: 'That is not our fault.' });
    expect(await readAllowList()).toEqual([]);
  });

  it('refuses the placeholder check', async () => {
    await expect(addAllowEntry({ ruleId: 'en.placeholder.unfilled', category: 'placeholder', text: '[reason]' })).rejects.toThrow(TypeError);
    expect(await readAllowList()).toEqual([]);
  });

  it('refuses a rule the policy locks', async () => {
    const pack = { format: 'reply-coach-rules', version: 1, name: 'Acme', rules: { [FAULT.ruleId]: { severity: 'error' } } };
    await fakeBrowser.storage.managed.set({ rulePack: pack });
    await expect(allowPhrase(FAULT)).rejects.toMatchObject({ name: 'SettingsLockedError' });
    expect(await readAllowList()).toEqual([]);
  });

  it('reads junk defensively', () => {
    expect(cleanAllowList([null, 3, { rule: '', words: 'x' }, { rule: 'r', words: '  ' }, { rule: 'r', words: 'A  b' }, { rule: 'r', words: 'a b' }])).toEqual([
      { rule: 'r', words: 'a b' },
    ]);
    expect(cleanAllowList('nope')).toEqual([]);
  });

  it('is part of the settings in force and their changes, never of an export, and an import leaves it alone', async () => {
    const seen: number[] = [];
    const stop = watchSettings((s) => seen.push(s.allowList.length));
    await allowPhrase(FAULT);
    await expect.poll(() => seen.at(-1)).toBe(1);
    stop();
    expect((await getEffectiveSettings()).allowList).toEqual([allowEntryFor(FAULT)]);
    expect(JSON.stringify(await exportRulePack())).not.toContain('our fault');
    await importRulePack({ format: 'reply-coach-rules', version: 1, name: 'Team', rules: {} });
    expect(await readAllowList()).toEqual([allowEntryFor(FAULT)]);
  });
});
