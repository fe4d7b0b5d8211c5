import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { coverMode, deriveTriggers, parseRegex, sentenceWords, sourceHash } from '../../lib/checker/triggers';
import { splitSentences } from '../../lib/checker/segment';
import { compilePack, RulePackDataError } from '../../lib/checker/pack';
import { PACKS, SOURCE_PACKS } from '../../lib/rules';
import type { LangPack } from '../../lib/rules/types';

const cover = (re: string) => deriveTriggers(re).words;

describe('deriveTriggers', () => {
  it('takes the rarest-looking required word of a concatenation', () => {
    expect(cover(String.raw`\bthe\s+parcel\s+is\s+late\b`)).toEqual(['parcel']);
    expect(cover(String.raw`\b(?<span>nothing\s+to\s+do\s+with\s+us)\b`)).toEqual(['nothing']);
  });

  it('needs a cover from every branch of an alternation', () => {
    expect(cover(String.raw`\b(?:refund|exchange)\b`)).toEqual(['exchange', 'refund']);
    expect(cover(String.raw`\b(?:refund|\d+)\b`)).toBeNull();
    // …unless a required word outside the alternation is cheaper.
    expect(cover(String.raw`\b(?:refund|\d+)\s+declined\b`)).toEqual(['declined']);
  });

  it('never takes a word from an optional part', () => {
    expect(cover(String.raw`\b(?:terribly\s+)?sorry\b`)).toEqual(['sorry']);
    expect(cover(String.raw`\b(?:terribly\s+)?\w+\b`)).toBeNull();
    expect(cover(String.raw`\b(?:calm\s+down)*\b`)).toBeNull();
    expect(cover(String.raw`\b(?:calm\s+down){0,2}`)).toBeNull();
    expect(cover(String.raw`\b(?:calm\s+down)+\b`)).toEqual(['calm']);
  });

  it('spells out words formed across groups, as the tokenizer reads them', () => {
    // `'ve` glues to the word before it: "should've" is one word, "should have" two.
    expect(cover(String.raw`\b(?:should|could)(?:'ve|\s+have)\s+\w+`)).toEqual(['could', "could've", 'should', "should've"]);
    expect(cover(String.raw`\btest(?:s|ed)?\b`)).toEqual(['test', 'tested', 'tests']);
    expect(cover(String.raw`\bapologi[sz]e\b`)).toEqual(['apologise', 'apologize']);
    expect(cover(String.raw`\bindustry-leading\b`)).toEqual(['industry-leading']);
    // `\s*` may be empty, so "arealways" is a word this pattern matches.
    expect(cover(String.raw`\b(?:are|is)?\s*always\b`)).toEqual(['always', 'arealways', 'isalways']);
  });

  it('counts a word only where a separator or an anchor ends it', () => {
    // Without a boundary after it, "sorted" could be the start of "sortedness".
    expect(cover(String.raw`\bsorted`)).toBeNull();
    expect(cover(String.raw`\bsorted\b`)).toEqual(['sorted']);
    expect(cover(String.raw`\bsorted(?=\s*[.!]|\s*$)`)).toEqual(['sorted']);
    expect(cover(String.raw`^sorted[.!]?$`)).toEqual(['sorted']);
    // A class that may be a letter touches the word: "xsorted".
    expect(cover(String.raw`[^.]sorted\b`)).toBeNull();
    expect(cover(String.raw`[.,;]\s*sorted\b`)).toEqual(['sorted']);
  });

  it('says why a pattern has no cover', () => {
    expect(deriveTriggers(String.raw`\b\w+ly\s+\d+\b`)).toMatchObject({ words: null, reason: expect.stringMatching(/without any literal word/) });
    expect(deriveTriggers('(unclosed')).toMatchObject({ words: null, reason: expect.stringMatching(/unclosed/) });
  });
});

describe('deriveTriggers for a language written without spaces', () => {
  const literals = (re: string) => deriveTriggers(re, 'substrings').words;

  it('takes literal substrings, with no separator needed around them', () => {
    expect(literals('已經說過了')).toEqual(['已經說過了']);
    expect(literals('(?:早就|明明)[^。]{0,6}寄給')).toEqual(['寄給']);
    // The cheapest required part: one literal every match has beats a literal per branch.
    expect(literals('(?:沒有?辦法|無法)退款')).toEqual(['退款']);
    expect(literals('(?:沒有?辦法|無法)(?:幫您)?(?:處理|退)')).toEqual(['無法', '辦法']);
  });

  it('never takes a cased letter (case folding would decide the gate) or an optional part', () => {
    expect(literals('LINE Pay[^。]{0,4}無法')).toEqual(['無法']);
    expect(literals('(?:其實)?很正常')).toEqual(['很正常']);
    expect(literals("LINE's[^。]{0,4}無法")).toEqual(['無法']);
    expect(deriveTriggers('[\\p{Script=Han}]{1,4}', 'substrings').words).toBeNull();
  });
});

describe('the Chinese covers never hide a match', () => {
  // Every pattern run on every sentence of the Chinese data and of the pack's own examples: where
  // the pattern matches, one of its literals is in the sentence, so the gate lets it through.
  const pack = SOURCE_PACKS.zh!;
  const texts: string[] = [];
  for (const f of readdirSync('data/tone/zh').filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(`data/tone/zh/${f}`, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  for (const rule of pack.rules) texts.push(...rule.examples.flag, ...rule.examples.pass, ...(rule.patterns ?? []).flatMap((p) => (typeof p === 'string' ? [] : p.flag.map((x) => x.text))));
  const sentences = [...new Set(texts.flatMap((t) => t.split('\n').flatMap((l) => splitSentences(l).map((s) => s.text))))];

  it('has the sentences to prove it on', () => {
    expect(sentences.length).toBeGreaterThan(1500);
  });

  it('for every pattern of the pack', () => {
    let matched = 0;
    for (const r of PACKS.zh!.rules) {
      r.probes.forEach((re, j) => {
        const cover = r.covers[j];
        expect(cover, `${r.def.id} patterns[${j}]`).not.toBeNull();
        for (const s of sentences) {
          if (!re.test(s)) continue;
          matched++;
          expect([...cover!].some((w) => s.includes(w)), `${r.def.id} patterns[${j}] matches "${s}" without any of ${[...cover!].join(', ')}`).toBe(true);
        }
      });
    }
    // The proof is not vacuous: the patterns do match the data.
    expect(matched).toBeGreaterThan(300);
  });
});

describe('parseRegex', () => {
  it('reads the syntax rule patterns use', () => {
    for (const re of [String.raw`(?<span>a|b)\k<span>`, String.raw`(?=x)(?!y)(?<=z)(?<!w)`, String.raw`[^\s\p{Lu}a-c\-\]]{2,}?`, String.raw`\u{1F600}\x41\u0041\cJ\.\$`, String.raw`a{3}b{1,}c*?d+?e??`]) {
      expect(() => parseRegex(re)).not.toThrow();
    }
    expect(() => parseRegex('a)')).toThrow();
    expect(() => parseRegex('[a')).toThrow();
  });
});

describe('sentenceWords', () => {
  it('splits like the analyzer: lower case, curly apostrophes straightened, hyphens kept', () => {
    expect(sentenceWords('You should’ve used the Industry-leading app, “now”!')).toEqual(['you', "should've", 'used', 'the', 'industry-leading', 'app', 'now']);
  });
});

describe('every built-in pattern', () => {
  for (const pack of Object.values(SOURCE_PACKS)) {
    for (const rule of pack!.rules) {
      rule.patterns?.forEach((p, j) => {
        const re = typeof p === 'string' ? p : p.re;
        const mode = coverMode(pack!.lang);
        const derived = deriveTriggers(re, mode);
        it(`${rule.id} patterns[${j}] has trigger words`, () => {
          if (!rule.alwaysRun) expect(derived.words, derived.words ? '' : derived.reason).not.toBeNull();
        });
        if (typeof p === 'string' || !derived.words) return;
        for (const { text } of p.flag) {
          it(`${rule.id} patterns[${j}]: a trigger word is in "${text}"`, () => {
            // An unspaced language's triggers are literal substrings of the sentence.
            const words = new Set(sentenceWords(text));
            const present = (w: string) => (mode === 'substrings' ? text.includes(w) : words.has(w));
            expect(derived.words!.filter(present), `none of ${derived.words!.join(', ')}`).not.toEqual([]);
          });
        }
      });
    }
  }

  it('built-in rules list no triggers of their own: compilePack derives them', () => {
    for (const pack of Object.values(SOURCE_PACKS)) for (const rule of pack!.rules) expect(rule.triggers, rule.id).toBeUndefined();
    const flatNo = PACKS.en!.rules.find((r) => r.def.id === 'en.refusal.flat-no')!;
    expect(flatNo.triggers).toEqual(expect.arrayContaining(["can't", 'cannot', "won't", 'unable', 'denied', 'closed', 'decision']));
    expect(PACKS.en!.byTrigger.get('cannot')).toContain(flatNo);
  });
});

describe('the precomputed trigger words', () => {
  // Deriving every pattern's words at load time would cost each page about a tenth of a second,
  // so the pack carries them: after changing a pattern, run `npx vitest run test/unit/triggers.test.ts -u`.
  for (const pack of Object.values(SOURCE_PACKS)) {
    it(`lib/rules/${pack!.lang}/triggers.json matches the patterns as they are now`, async () => {
      const lines: string[] = [];
      for (const rule of pack!.rules) {
        rule.patterns?.forEach((p, j) => {
          const re = typeof p === 'string' ? p : p.re;
          const { words } = deriveTriggers(re, coverMode(pack!.lang));
          if (words) lines.push(`  ${JSON.stringify(`${rule.id} patterns[${j}]`)}: ${JSON.stringify({ source: sourceHash(re), words })}`);
        });
      }
      await expect(`{\n${lines.join(',\n')}\n}\n`).toMatchFileSnapshot(`../../lib/rules/${pack!.lang}/triggers.json`);
    });

    it(`${pack!.lang}: the compiled pack has the same trigger words as deriving them`, () => {
      const fresh = compilePack({ ...structuredClone(pack!), derivedTriggers: undefined });
      for (const r of PACKS[pack!.lang]!.rules) expect(r.triggers, r.def.id).toEqual(fresh.rules.find((f) => f.def.id === r.def.id)!.triggers);
    });
  }
});

describe('compilePack triggers', () => {
  const withRule = (rule: Record<string, unknown>): LangPack => {
    const pack = structuredClone(SOURCE_PACKS.en!);
    pack.rules = [
      ...pack.rules,
      {
        id: 'en.blame.test-rule',
        category: 'blame',
        severity: 'warning',
        guideline: 'G7',
        message: 'A rule made up for this test only.',
        suggestions: [],
        examples: { flag: [], pass: [] },
        ...rule,
      },
    ];
    return pack;
  };
  const find = (pack: ReturnType<typeof compilePack>) => pack.rules.find((r) => r.def.id === 'en.blame.test-rule')!;

  it('rejects a pattern that can match without any literal word, naming it', () => {
    expect(() => compilePack(withRule({ patterns: [String.raw`\bsorry\b`, String.raw`\b\d+\s+\w+`] }))).toThrow(RulePackDataError);
    expect(() => compilePack(withRule({ patterns: [String.raw`\bsorry\b`, String.raw`\b\d+\s+\w+`] }))).toThrow(/test-rule\) patterns\[1\]: no trigger words/);
  });

  it('runs an alwaysRun rule on every word', () => {
    const pack = compilePack(withRule({ patterns: [String.raw`\b\d+\s+\w+`], alwaysRun: true }));
    const rule = find(pack);
    expect(pack.alwaysRun).toEqual([rule]);
    expect(rule.triggers).toEqual([]);
    expect(pack.byTrigger.get('zebra')).toEqual([rule]);
    // A word with rules of its own gets them first, then the always-run ones, once each.
    const own = pack.byTrigger.get('cannot')!;
    expect(own.at(-1)).toBe(rule);
    expect(own.filter((r) => r === rule)).toHaveLength(1);
    expect(own.length).toBeGreaterThan(1);
  });

  it('adds listed triggers to the derived ones, and lets them stand in for a pattern without a cover', () => {
    const rule = find(compilePack(withRule({ patterns: [String.raw`\bsorry\b`, String.raw`\b\d+\s+\w+`], triggers: ['units'] })));
    expect(rule.triggers.sort()).toEqual(['sorry', 'units']);
  });
});
