/** What importing a rule pack would change (lib/settings/import-diff.ts). */
import { describe, expect, it } from 'vitest';
import type { CustomRule, Severity } from '../../lib/checker/types';
import { changeCount, customFieldsChanged, diffPacks, type PackSide } from '../../lib/settings/import-diff';

const DEFAULTS: Record<string, Severity> = { 'en.blame.a': 'warning', 'en.policy.b': 'info', 'en.model.blame': 'warning' };
const defaultOf = (id: string) => DEFAULTS[id];

/** A custom rule as the options page saves it (suggestions spelled out, guideline left to the category). */
const RULE: CustomRule = { id: 'as-discussed', kind: 'phrase', lang: 'en', pattern: 'as discussed', category: 'condescending', severity: 'warning', message: 'Points back at an earlier talk.', suggestions: ['To recap'] };

const diff = (before: PackSide, after: PackSide) => diffPacks(before, after, defaultOf);

describe('diffPacks', () => {
  it('the same settings change nothing, however the pack spells its defaults', () => {
    const d = diff(
      { rules: { 'en.blame.a': { enabled: false } }, custom: [RULE], guidelines: { G4: 'Plainly.' }, name: 'Acme' },
      {
        rules: { 'en.blame.a': { enabled: false, severity: 'warning' }, 'en.policy.b': { enabled: true } },
        custom: [{ ...RULE, guideline: 'G4' }],
        guidelines: { G4: 'Plainly.' },
        name: 'Acme',
      },
    );
    expect(d.empty).toBe(true);
    expect(changeCount(d)).toBe(0);
  });

  it('rules switched off and on, and re-graded, as the checker would run them', () => {
    const d = diff(
      { rules: { 'en.blame.a': { enabled: false }, 'en.policy.b': { severity: 'error' } } },
      { rules: { 'en.policy.b': { enabled: false }, 'en.model.blame': { severity: 'error' } } },
    );
    expect(d.rules).toEqual([
      { id: 'en.blame.a', before: { enabled: false, severity: 'warning' }, after: { enabled: true, severity: 'warning' } },
      { id: 'en.model.blame', before: { enabled: true, severity: 'warning' }, after: { enabled: true, severity: 'error' } },
      { id: 'en.policy.b', before: { enabled: true, severity: 'error' }, after: { enabled: false, severity: 'info' } },
    ]);
    expect(d.empty).toBe(false);
  });

  it('ignores switches for rules this version does not have', () => {
    expect(diff({}, { rules: { 'en.blame.retired': { enabled: false } } }).empty).toBe(true);
  });

  it('custom rules added, removed and changed, with the fields that changed', () => {
    const kept = { ...RULE, id: 'kept' };
    const d = diff(
      { custom: [RULE, kept] },
      { custom: [{ ...kept, pattern: 'kindly note', severity: 'error', suggestions: [] }, { ...RULE, id: 'new-one' }] },
    );
    expect(d.added.map((r) => r.id)).toEqual(['new-one']);
    expect(d.removed.map((r) => r.id)).toEqual(['as-discussed']);
    expect(d.changed).toEqual([
      expect.objectContaining({ id: 'kept', fields: ['pattern', 'severity', 'suggestions'] }),
    ]);
    expect(changeCount(d)).toBe(3);
  });

  it("a custom rule's switch: listed when it flips, not for the rule's own severity change", () => {
    const d = diff(
      { custom: [RULE], rules: { 'custom:as-discussed': { enabled: false } } },
      { custom: [{ ...RULE, severity: 'error' }] },
    );
    expect(d.rules.map((r) => [r.id, r.after.enabled])).toEqual([['custom:as-discussed', true]]);
    expect(d.changed[0].fields).toEqual(['severity']);
    // A switch for a rule that comes or goes goes with it: only "added" / "removed" say so.
    const gone = diff({ custom: [RULE], rules: { 'custom:as-discussed': { enabled: false } } }, {});
    expect(gone.rules).toEqual([]);
    expect(gone.removed).toHaveLength(1);
  });

  it('flags count only on regex rules; a regex without flags and one with "i" differ', () => {
    expect(customFieldsChanged({ ...RULE, flags: 'i' }, RULE)).toEqual([]);
    const regex: CustomRule = { ...RULE, kind: 'regex' };
    expect(customFieldsChanged(regex, { ...regex, flags: 'i' })).toEqual(['flags']);
    expect(customFieldsChanged(RULE, regex)).toEqual(['kind']);
  });

  it('guideline wording: new, changed and back to the built-in; blank counts as none', () => {
    const d = diff({ guidelines: { G2: 'Old two.', G4: 'Old four.', G6: ' ' } }, { guidelines: { G4: 'New four.', G7: 'Seven.' } });
    expect(d.guidelines).toEqual([
      { id: 'G2', before: 'Old two.', after: null },
      { id: 'G4', before: 'Old four.', after: 'New four.' },
      { id: 'G7', before: null, after: 'Seven.' },
    ]);
  });

  it("the pack's name", () => {
    expect(diff({ name: null }, { name: 'Acme' }).name).toEqual({ before: null, after: 'Acme' });
    expect(diff({ name: 'Acme' }, { name: 'Acme ' }).name).toBeNull();
  });

  it('custom domains: added and re-pointed ones are changes; a domain the pack leaves out is not removed', () => {
    const before: PackSide = { sites: [{ host: 'desk.acme.example', site: 'zammad' }, { host: 'old.acme.example', site: 'generic' }] };
    const d = diff(before, {
      sites: [
        { host: 'desk.acme.example', site: 'chatwoot' },
        { host: 'help.acme.example', site: 'generic' },
      ],
    });
    expect(d.sites).toEqual([
      { host: 'desk.acme.example', before: 'zammad', after: 'chatwoot' },
      { host: 'help.acme.example', before: null, after: 'generic' },
    ]);
    expect(changeCount(d)).toBe(2);
    expect(d.empty).toBe(false);
    expect(diff(before, { sites: [{ host: 'desk.acme.example', site: 'zammad' }] }).empty).toBe(true);
  });

  it('leaves its inputs as they were', () => {
    const before: PackSide = { rules: { 'en.blame.a': { enabled: false } }, custom: [RULE], guidelines: { G4: 'x' } };
    const after: PackSide = { custom: [{ ...RULE, pattern: 'y' }] };
    const copies = structuredClone([before, after]);
    diff(before, after);
    expect([before, after]).toEqual(copies);
  });
});
