// The popup's demo (popup.html?demo, docs/popup.png) shows the real checker's reports: the
// committed entrypoints/popup/demo-report.json must be what check() gives on its samples today.
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { builtinRules } from '../../lib/rules';
import samples from '../../entrypoints/popup/demo-report.json';
import { DEMO_BOX, DEMO_CLEAN_BOX, DEMO_FINDINGS, DEMO_REPLY } from '../../entrypoints/popup/demo';

const STALE = 'entrypoints/popup/demo-report.json is not what check() gives on its sample now: run node scripts/gen-demo.mjs';

/** As the JSON file holds it (no undefined fields). */
const asJson = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('the popup demo is the checker’s own report', () => {
  for (const name of ['findings', 'clean'] as const) {
    it(`${name}: the committed report equals check() on the sample reply`, () => {
      const { reply, report } = samples[name];
      expect(asJson(check(reply)), STALE).toEqual(report);
    });
  }

  it('the sample is a mostly polite reply with slips of several kinds, and its reworded version is clean', () => {
    const flagged = samples.findings.report;
    const ids = new Set(builtinRules('en').map((r) => r.id));
    expect(flagged.findings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(flagged.findings.map((f) => f.category)).size).toBeGreaterThanOrEqual(3);
    for (const f of flagged.findings) {
      expect(ids.has(f.ruleId), `${f.ruleId} is a built-in rule`).toBe(true);
      expect(DEMO_REPLY.slice(f.start, f.end)).toBe(f.text);
    }
    expect(samples.clean.report.findings).toEqual([]);
  });

  it('the demo boxes carry those reports unchanged', () => {
    const { score, words, gaps, checklist } = samples.findings.report;
    expect({ score: DEMO_BOX.score, words: DEMO_BOX.words, gaps: DEMO_BOX.gaps, checklist: DEMO_BOX.checklist }).toEqual({ score, words, gaps, checklist });
    expect(DEMO_FINDINGS.map(({ key: _key, ...f }) => asJson(f))).toEqual(samples.findings.report.findings);
    expect(DEMO_CLEAN_BOX.score).toBe(samples.clean.report.score);
  });
});
