import { describe, expect, it } from 'vitest';
import { check, clearCache } from '../../lib/checker';
import { SOURCE_PACKS, PACKS, BUILTIN_RULE_IDS, builtinRules } from '../../lib/rules';
import { compilePack } from '../../lib/checker/pack';
import * as v from 'valibot';
import { LangPackSchema } from '../../lib/rules/types';
import { GUIDELINES_EN } from '../../lib/guidelines/en';

describe('every built-in rule', () => {
  for (const pack of Object.values(SOURCE_PACKS)) {
    for (const rule of pack!.rules) {
      describe(rule.id, () => {
        it('has a stable id, a guideline and a concrete message', () => {
          // Model findings read `<lang>.model.<category>`; every other rule `<lang>.<category>.<slug>`.
          expect(rule.id).toMatch(rule.detector === 'model' ? new RegExp(`^${pack!.lang}\\.model\\.${rule.category}$`) : new RegExp(`^${pack!.lang}\\.${rule.category}\\.[a-z0-9-]+$`));
          expect(GUIDELINES_EN[rule.guideline]).toBeDefined();
          expect(rule.message.length).toBeGreaterThan(20);
          expect(rule.examples.flag.length).toBeGreaterThan(0);
          expect(rule.examples.pass.length).toBeGreaterThan(0);
        });
        for (const sentence of rule.examples.flag) {
          it(`flags: ${sentence}`, () => {
            clearCache();
            const hits = check(sentence, { lang: pack!.lang }).findings.filter((f) => f.ruleId === rule.id);
            expect(hits.length, `no ${rule.id} finding`).toBeGreaterThan(0);
            for (const f of hits) expect(sentence.slice(f.start, f.end)).toBe(f.text);
          });
        }
        for (const sentence of rule.examples.pass) {
          it(`passes: ${sentence}`, () => {
            const hits = check(sentence, { lang: pack!.lang }).findings.filter((f) => f.ruleId === rule.id && f.severity !== 'info');
            expect(hits).toEqual([]);
          });
        }
      });
    }
  }
});

describe('every built-in pattern', () => {
  for (const pack of Object.values(SOURCE_PACKS)) {
    const compiled = PACKS[pack!.lang]!;
    for (const rule of pack!.rules) {
      if (!rule.patterns) continue;
      const { patterns, probes } = compiled.rules.find((r) => r.def.id === rule.id)!;
      rule.patterns.forEach((p, j) => {
        describe(`${rule.id} patterns[${j}]`, () => {
          it('carries its own examples', () => {
            expect(typeof p, 'write the pattern as { re, flag: [{ text, span }] }').toBe('object');
          });
          if (typeof p === 'string') return;
          for (const { text, span } of p.flag) {
            it(`flags: ${text}`, () => {
              // This pattern matches the example, at exactly `span`…
              const spans = [...text.matchAll(patterns[j])].map((m) => text.slice(...(m.indices?.groups?.span ?? [m.index!, m.index! + m[0].length])));
              expect(spans, 'the words the pattern matches').toContain(span);
              // …and no earlier pattern of the rule does, so the finding below is this pattern's.
              probes.slice(0, j).forEach((re, k) => expect(re.test(text), `patterns[${k}] matches this example first`).toBe(false));
              clearCache();
              const hits = check(text, { lang: pack!.lang }).findings.filter((f) => f.ruleId === rule.id && f.severity !== 'info');
              expect(hits.map((f) => f.text), `no ${rule.id} warning`).toContain(rule.span === 'sentence' ? text : span);
            });
          }
        });
      });
    }
  }
});

describe('rule registry', () => {
  it('lists every rule once, with unique ids', () => {
    const all = Object.values(SOURCE_PACKS).flatMap((p) => builtinRules(p!.lang));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(BUILTIN_RULE_IDS.size).toBe(all.length);
  });

  for (const pack of Object.values(SOURCE_PACKS)) {
    it(`${pack!.lang}: covers all seven categories with at least one rule each`, () => {
      const cats = new Set(builtinRules(pack!.lang).map((r) => r.category));
      for (const c of ['blame', 'defensive', 'dismissive', 'condescending', 'refusal', 'policy', 'shouting']) expect(cats).toContain(c);
    });
  }

  // The checker compiles the built-in packs as trusted, without the schema walk: this is where they are validated.
  for (const pack of Object.values(SOURCE_PACKS)) {
    it(`${pack!.lang}: the built-in pack is valid under LangPackSchema, and compiles the same trusted or not`, () => {
      const parsed = v.safeParse(LangPackSchema, pack);
      expect(parsed.success, parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ')).toBe(true);
      const trusted = compilePack(pack, { trusted: true });
      const checked = compilePack(pack);
      // Trusted packs compile each rule's expressions on first use: every one is compiled here, so
      // a pattern that does not compile fails this test, not a check in the field.
      for (const key of ['probes', 'patterns', 'unless'] as const) {
        expect(trusted.rules.map((r) => r[key].map((p) => `${p.source}/${p.flags}`))).toEqual(checked.rules.map((r) => r[key].map((p) => `${p.source}/${p.flags}`)));
      }
      expect(trusted.rules.map((r) => r.def)).toEqual(checked.rules.map((r) => r.def));
    });
  }

  it('rejects a pack whose data is malformed, naming where', () => {
    const bad = structuredClone(SOURCE_PACKS.en!);
    (bad.rules[2] as { severity: string }).severity = 'loud';
    expect(() => compilePack(bad)).toThrow(/rules\.2\.severity/);
    const dup = structuredClone(SOURCE_PACKS.en!);
    dup.rules.push(dup.rules[0]);
    expect(() => compilePack(dup)).toThrow(/duplicate id/);
    const broken = structuredClone(SOURCE_PACKS.en!);
    broken.rules[0].patterns = ['(unclosed'];
    expect(() => compilePack(broken)).toThrow(/patterns\[0\]/);
  });
});
