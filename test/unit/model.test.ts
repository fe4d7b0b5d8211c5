/**
 * The trained tone model: the committed file loads and matches the data it was trained on,
 * training is deterministic, and its findings combine with the rules the way the product says.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '../../lib/checker';
import { ToneModel, encodeBase64, decodeBase64, encodeBuckets, type ModelFile } from '../../lib/model/model';
import { CONTEXT_LAYOUT, paragraphNeighbours } from '../../lib/model/context';
import { analyzeParagraph } from '../../lib/checker/analyze';
import { compilePack } from '../../lib/checker/pack';
import { splitSentences } from '../../lib/checker/segment';
import { featurize, tokens, wordCount } from '../../lib/model/features';
import { examplesOf, fit, modelFrom, crossValidate, crossValidateLogits, contextRows, fitContext, pickThresholds, DEFAULT_OPTIONS, DEFAULT_CONTEXT_OPTIONS, foldOf } from '../../lib/model/train';
import { readRecords, MODEL_CATEGORIES } from '../../lib/model/data';
import { PACKS, SOURCE_PACKS, builtinRules } from '../../lib/rules';
// @ts-expect-error a plain ES module script helper, shared with scripts/train.mjs
import { dataFiles, dataHash } from '../../scripts/lib/data-hash.mjs';

const root = resolve(__dirname, '../..');
const file = JSON.parse(readFileSync(resolve(root, 'lib/model/en-model.json'), 'utf8')) as ModelFile;
const ctx = { reason: false, alternative: false, first: false, last: false };

/** Every committed model, by language (lib/model/<lang>-model.json). */
const committed = readdirSync(resolve(root, 'lib/model')).filter((f) => /^[a-z]{2}(?:_[A-Z]{2})?-model\.json$/.test(f)).sort();

describe('every committed model', () => {
  it('covers English, French, Swedish and Chinese', () => {
    for (const lang of ['en', 'fr', 'sv', 'zh']) expect(committed).toContain(`${lang}-model.json`);
  });

  for (const name of committed) {
    const lang = name.replace(/-model\.json$/, '');
    const model = JSON.parse(readFileSync(resolve(root, 'lib/model', name), 'utf8')) as ModelFile;

    it(`${lang}: was trained on the data in data/tone/${lang} as it is now (run \`npm run train -- --lang ${lang}\` after changing the data)`, () => {
      expect(model.lang).toBe(lang);
      expect(model.dataHash, `the ${lang} model is stale: run npm run train -- --lang ${lang}`).toBe(dataHash(dataFiles(resolve(root, 'data/tone', lang))));
    });

    it(`${lang}: fits the budget: at most 400 KB, one threshold per category, all six categories`, () => {
      expect(readFileSync(resolve(root, 'lib/model', name)).length).toBeLessThanOrEqual(400 * 1024);
      expect(model.categories).toEqual([...MODEL_CATEGORIES]);
      expect(model.thresholds).toHaveLength(6);
      for (const t of model.thresholds) expect(t).toBeGreaterThan(0.05);
    });

    it(`${lang}: is the model the ${lang} pack runs`, () => {
      expect(PACKS[lang as keyof typeof PACKS]?.model?.scorer.dataHash).toBe(model.dataHash);
    });
  }
});

describe('the committed English model', () => {
  it('scores sentences as probabilities, higher for the problem than for its fair version', () => {
    const m = new ToneModel(file);
    const c = (cat: string) => MODEL_CATEGORIES.indexOf(cat as (typeof MODEL_CATEGORIES)[number]);
    const pairs: Array<[string, string, string]> = [
      ['defensive', 'Our installers have fitted more kitchens than anyone in the county.', 'Our installer will come back on Tuesday to refit the hinge.'],
      ['dismissive', 'It is honestly just a few scratches on the lid, nothing worth worrying about.', 'I can see the scratches on the lid, so I’m sending a new one today.'],
      ['refusal', 'That is not something we are able to do for you.', 'I’ve booked the engineer for Thursday at 9am.'],
    ];
    for (const [cat, bad, good] of pairs) {
      const pb = m.score(bad, ctx);
      const pg = m.score(good, ctx);
      for (const p of [...pb, ...pg]) expect(p).toBeGreaterThanOrEqual(0);
      expect(pb[c(cat)], `${cat}: ${bad}`).toBeGreaterThan(pg[c(cat)]);
    }
  });

  it('names the words that weighed most', () => {
    const m = new ToneModel(file);
    const why = m.why('Other customers manage to set this up on their own without any trouble.', ctx, MODEL_CATEGORIES.indexOf('condescending'));
    expect(why.length).toBeGreaterThan(0);
    for (const w of why) expect('other customers manage to set this up on their own without any trouble.').toContain(w);
  });

  it('rejects a corrupt file with a clear reason', () => {
    expect(() => new ToneModel({ ...file, format: 'something-else' as ModelFile['format'] })).toThrow(/unknown format/);
    expect(() => new ToneModel({ ...file, weights: encodeBase64(new Uint8Array(5)) })).toThrow(/buckets but/);
    // Buckets are looked up by binary search: a repeated or unsorted list would find the wrong weights.
    const two = { ...file, weights: encodeBase64(new Uint8Array(12)) };
    expect(() => new ToneModel({ ...two, buckets: encodeBuckets([5, 5]) })).toThrow(/bucket 5 repeats or is out of order/);
    expect(() => new ToneModel({ ...file, scale: file.scale.slice(1) })).toThrow(/5 scales for 6 categories/);
  });
});

describe('the model format', () => {
  it('round-trips base64 and delta-coded buckets', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 255, 7]);
    expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
    // Every length modulo 3 (padding of 0, 1 and 2), and a character outside the alphabet named, not skipped.
    for (const n of [1, 2, 3, 4, 5, 6, 3000]) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
      expect([...decodeBase64(encodeBase64(b))]).toEqual([...b]);
    }
    expect(() => decodeBase64('AAAA*AAA')).toThrow(/bad base64 at 4/);
    const ids = [3, 200, 201, 70000, 1048575];
    const w = new Float32Array((1 << 20) * 6);
    ids.forEach((id, i) => (w[id * 6 + (i % 6)] = (i + 1) / 2));
    const m = new ToneModel(modelFrom(w, DEFAULT_OPTIONS, { lang: 'en', dataHash: 'x', thresholds: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], trainedOn: { replies: 0, sentences: 0 } }));
    expect(m.scoreBuckets([70000])[3]).toBeCloseTo(1 / (1 + Math.exp(-2)), 1);
    expect(encodeBuckets([5, 6])).toBe(encodeBase64(Uint8Array.from([5, 1])));
  });

  it('scores a sentence the same whether the features are listed or summed as they are made', () => {
    const model = PACKS.en!.model!.scorer;
    const ctx = { reason: true, alternative: false, first: false, last: true };
    for (const s of ['You clearly did not read the confirmation email.', 'Our courier left it at the wrong door, and I have sent a new one today.', 'Is that really so hard?']) {
      const listed = model.scoreBuckets(featurize(s, ctx).buckets);
      model.scoreTokens(tokens(s), ctx).forEach((p, c) => expect(p).toBeCloseTo(listed[c], 6));
    }
  });

  it('folds numbers, codes and names so the model learns tone, not facts', () => {
    expect(tokens('Order 4471 for Dana shipped with code AB-12?')).toEqual(['order', '<num>', 'for', '<name>', 'shipped', 'with', 'code', '<code>', '?']);
  });
});

describe('training', () => {
  const files = dataFiles(resolve(root, 'data/tone/en')) as Array<{ name: string; text: string }>;
  const { records } = readRecords(files.map((f) => ({ file: f.name, text: f.text })), 'en');
  const subset = records.filter((r) => foldOf(r.id, 20) === 0);
  const examples = examplesOf(subset, PACKS.en!);

  it('is deterministic: the same data gives the same model, byte for byte', () => {
    const opts = { ...DEFAULT_OPTIONS, epochs: 2 };
    const meta = { lang: 'en', dataHash: 'x', thresholds: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], trainedOn: { replies: subset.length, sentences: examples.length } };
    const a = JSON.stringify(modelFrom(fit(examples, opts), opts, meta));
    const b = JSON.stringify(modelFrom(fit(examples, opts), opts, meta));
    expect(a).toBe(b);
  });

  it('keeps a reply’s sentences in one fold, and thresholds come from out-of-fold scores', () => {
    const folds = new Map<string, number>();
    for (const e of examples) {
      const f = foldOf(e.group, 5);
      expect(folds.get(e.group) ?? f).toBe(f);
      folds.set(e.group, f);
    }
    const oof = crossValidate(examples, 3, { ...DEFAULT_OPTIONS, epochs: 2 });
    const figures = pickThresholds(examples, oof);
    expect(figures).toHaveLength(6);
    for (const f of figures) {
      expect(f.threshold).toBeGreaterThan(0);
      expect(f.threshold).toBeLessThan(1);
    }
  });

  it('fits the context stage deterministically, on out-of-fold logits, one bias and 27 weights per category', () => {
    const logits = crossValidateLogits(examples, 3, { ...DEFAULT_OPTIONS, epochs: 2 });
    const rows = contextRows(examples, logits);
    const a = fitContext(rows, examples.map((e) => e.y), DEFAULT_CONTEXT_OPTIONS);
    const b = fitContext(rows, examples.map((e) => e.y), DEFAULT_CONTEXT_OPTIONS);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.weights).toHaveLength(6);
    for (const w of a.weights) expect(w).toHaveLength(28);
    // A paragraph's sentences are consecutive examples with one paragraph number.
    for (let i = 1; i < examples.length; i++) if (examples[i].paragraph === examples[i - 1].paragraph) expect(examples[i].group).toBe(examples[i - 1].group);
  });

  it('gives each sentence the context the checker gives it', () => {
    const withReason = featurize('We can’t move it.', { ...ctx, reason: true }).buckets;
    const without = featurize('We can’t move it.', ctx).buckets;
    expect(withReason.length).toBe(without.length + 1);
  });
});

describe('the context stage: each sentence read beside its paragraph', () => {
  const m = PACKS.en!.model!.scorer;
  const blame = MODEL_CATEGORIES.indexOf('blame');
  /** The probabilities of each sentence of one paragraph, read as the checker reads them. */
  const inParagraph = (model: ToneModel, para: string) => {
    const ss = splitSentences(para);
    const logits = ss.map((s, i) => model.logitsTokens(tokens(s.text), { reason: false, alternative: false, first: i === 0, last: i === ss.length - 1 }));
    const near = paragraphNeighbours(logits);
    return { texts: ss.map((s) => s.text), probs: logits.map((z, i) => model.inContext(z, near[i])), logits };
  };
  const borderline = 'The box was opened before the return was logged.';
  const warm = (b: string) => `Thanks so much for the photos, they really help. ${b} I have booked a courier to collect it on Monday morning.`;
  const neutral = (b: string) => `The parcel left the warehouse on Friday. ${b} The invoice lists two items.`;
  const closedDoors = (b: string) => `We cannot do that. ${b} There is nothing more we can do here.`;

  it('the committed English model has one, and the other languages keep reading sentences on their own', () => {
    expect(file.context?.inputs).toBe(CONTEXT_LAYOUT);
    expect(m.context).not.toBeNull();
    for (const lang of ['fr', 'sv', 'zh'] as const) expect(PACKS[lang]!.model!.scorer.context).toBeNull();
  });

  it('warm, helpful neighbours lower a borderline sentence; closed doors around it raise it', () => {
    for (const b of [borderline, 'The booking was made for the wrong date.', 'The form was filled in with an old address, so the parcel went there.']) {
      const amongWarm = inParagraph(m, warm(b)).probs[1][blame];
      const amongNeutral = inParagraph(m, neutral(b)).probs[1][blame];
      const amongNos = inParagraph(m, closedDoors(b)).probs[1][blame];
      expect(amongWarm, b).toBeLessThan(amongNeutral);
      expect(amongNos, b).toBeGreaterThan(amongWarm + 0.15);
    }
  });

  it('a thank-you beside a plainly defensive sentence does not hide it (logits clipped at ±6)', () => {
    const flagged = (para: string) => check(para).findings.filter((f) => f.ruleId === 'en.model.defensive').map((f) => f.text);
    const slip = 'We pack thousands of these every week and they always arrive intact.';
    expect(flagged(`Hi Dana, thanks for the photos of the cracked lid. ${slip} The replacement ships on Friday with tracking number 1Z 88A 4T0.`)).toEqual([slip]);
  });

  it('decides the finding: the same sentence is flagged among closed doors and left alone among warm words', () => {
    const flagged = (para: string) => check(para).findings.filter((f) => f.ruleId === 'en.model.blame').map((f) => f.text);
    expect(flagged(closedDoors(borderline)), 'among flat nos').toEqual([borderline]);
    expect(flagged(warm(borderline)), 'among warm sentences').toEqual([]);
  });

  it('each sentence’s neighbours: the previous, the next, and the others’ maximum without itself', () => {
    const { logits } = inParagraph(m, closedDoors(borderline));
    const near = paragraphNeighbours(logits);
    expect(near[1].others![blame]).toBe(Math.max(logits[0][blame], logits[2][blame]));
    expect(near[0].prev).toBeNull();
    expect(near[2].next).toBeNull();
  });

  it('a model file without `context` loads and scores each sentence on its own, as before', () => {
    const { context: _, ...older } = file;
    const plain = new ToneModel(older as ModelFile);
    expect(plain.context).toBeNull();
    const { texts, probs, logits } = inParagraph(plain, closedDoors(borderline));
    texts.forEach((t, i) => {
      const ctx = { reason: false, alternative: false, first: i === 0, last: i === texts.length - 1 };
      const alone = plain.scoreTokens(tokens(t), ctx);
      expect(probs[i]).toEqual(alone);
      expect(plain.inContext(logits[i])).toEqual(alone);
      alone.forEach((p, c) => expect(p).toBeCloseTo(plain.scoreBuckets(featurize(t, ctx).buckets)[c], 6));
    });
    // In the checker too: the model finds exactly the sentences whose own probability passes a threshold.
    const pack = compilePack({ ...SOURCE_PACKS.en!, model: older as unknown as NonNullable<(typeof SOURCE_PACKS)['en']>['model'] });
    expect(pack.model!.scorer.context).toBeNull();
    for (const para of [closedDoors(borderline), warm(borderline), neutral('The form was filled in with an old address, so the parcel went there.')]) {
      const found = analyzeParagraph(para, pack).matches.filter((x) => x.rule.def.id.startsWith('en.model.')).map((x) => para.slice(x.start, x.end));
      const { texts: ts, probs: ps } = inParagraph(plain, para);
      const expected = ts.filter((t, i) => wordCount(tokens(t)) >= 3 && ps[i].some((p, c) => pack.model!.rules[c] && p >= plain.thresholds[c]));
      expect(found, para).toEqual(expected);
    }
  });

  it('refuses a second stage of another layout or shape', () => {
    expect(() => new ToneModel({ ...file, context: { ...file.context!, inputs: 'something-else' } })).toThrow(/unknown context layout/);
    expect(() => new ToneModel({ ...file, context: { ...file.context!, weights: file.context!.weights.slice(1) } })).toThrow(/context has 5 categories/);
    expect(() => new ToneModel({ ...file, context: { ...file.context!, weights: file.context!.weights.map((w) => w.slice(1)) } })).toThrow(/finite numbers per category/);
  });
});

describe('one judgment from rules and model', () => {
  it('flags a sentence repeated in one paragraph at each place it stands (scored once)', () => {
    const s = 'The old address was the one entered at checkout, so the parcel went there.';
    const text = `I checked the order for you. ${s} ${s} I have sent a new one today.`;
    const found = check(text).findings.filter((f) => f.ruleId === 'en.model.blame');
    expect(found.map((f) => f.start)).toEqual([text.indexOf(s), text.lastIndexOf(s)]);
    expect(found.map((f) => f.text)).toEqual([s, s]);
  });

  const problem = 'Most of our customers manage to find the export button without any help.';

  it('turns a sentence above its threshold into a finding over that sentence, citing the guideline', () => {
    const r = check(`Hi Sam,\n\nThanks for the note. ${problem} Let me know if you need the steps.\n\nBest,\nAli`);
    const f = r.findings.find((x) => x.ruleId === 'en.model.condescending');
    expect(f, JSON.stringify(r.findings.map((x) => x.ruleId))).toBeDefined();
    expect(f!.text).toBe(problem);
    expect(f!.guideline).toBe('G4');
    expect(f!.severity).toBe('warning');
    expect(f!.why?.length).toBeGreaterThan(0);
  });

  it('says nothing where a rule of the same category already speaks', () => {
    const r = check('As I already explained, the export button is at the top right of the report.');
    const cats = r.findings.filter((f) => f.category === 'condescending');
    expect(cats.map((f) => f.ruleId)).toEqual(['en.condescending.as-i-said']);
  });

  it('applies team settings to model findings like to rules: off and severity', () => {
    const text = `Thanks for the note. ${problem}`;
    expect(check(text, { settings: { rules: { 'en.model.condescending': { enabled: false } } } }).findings.some((f) => f.ruleId === 'en.model.condescending')).toBe(false);
    const graded = check(text, { settings: { rules: { 'en.model.condescending': { severity: 'error' } } } }).findings.find((f) => f.ruleId === 'en.model.condescending');
    expect(graded?.severity).toBe('error');
  });

  it('is vetoed by owning a mistake, an insurance policy and a quoted label', () => {
    for (const clean of [
      'That delay was our mistake, and the replacement ships today.',
      'Your travel insurance policy covers the missed connection, so you can claim the hotel.',
    ]) {
      expect(check(clean).findings.filter((f) => f.ruleId.includes('.model.') && (f.category === 'blame' || f.category === 'policy'))).toEqual([]);
    }
  });

  it('lets an explained no through: a refusal with its reason and an alternative in the paragraph', () => {
    const text = 'We can’t install on Sundays because the crews are contracted Monday to Saturday, but I can book Saturday at 8am.';
    expect(check(text).findings.filter((f) => f.category === 'refusal' && f.severity !== 'info')).toEqual([]);
  });

  it('never flags quoted customer text or the signature', () => {
    const r = check(`Hi Ana,\n\nI've refunded the £12 today.\n\nBest,\nJo\n\nOn Tue, 2 Jun 2026, Ana <ana@example.com> wrote:\n> ${problem}`);
    expect(r.findings).toEqual([]);
  });

  it('can be left out (rules only, for the benchmark), without touching the rules’ findings', () => {
    const text = `Thanks for the note. ${problem} As I already explained, the export button is at the top.`;
    const withModel = check(text);
    const rulesOnly = check(text, { model: false });
    expect(withModel.findings.some((f) => f.ruleId.includes('.model.'))).toBe(true);
    expect(rulesOnly.findings.some((f) => f.ruleId.includes('.model.'))).toBe(false);
    expect(rulesOnly.findings.map((f) => f.ruleId)).toEqual(withModel.findings.filter((f) => !f.ruleId.includes('.model.')).map((f) => f.ruleId));
  });

  it('lists the model findings with the rules, with examples', () => {
    const ids = builtinRules('en').map((r) => r.id);
    for (const c of MODEL_CATEGORIES) expect(ids).toContain(`en.model.${c}`);
  });
});

describe('half-explained nos: the model decides', () => {
  // A no with only an alternative in its paragraph is a nudge (info) for the rules; the model,
  // trained with those paragraph signals, keeps it a warning when it still reads as a closed door.
  it('keeps a closed door a warning, with the rule’s rewrites and the model’s why', () => {
    const text = "Hi Dev,\n\nWe can't refund the delivery charge on this order. You can still send the jacket itself back within 30 days.\n\nBest,\nKim";
    expect(check(text, { model: false }).findings.find((f) => f.ruleId === 'en.refusal.flat-no')?.severity).toBe('info');
    const f = check(text).findings.find((x) => x.ruleId === 'en.refusal.flat-no')!;
    expect(f.severity).toBe('warning');
    expect(f.message).not.toMatch(/add whichever is missing/);
    expect(f.suggestions.length).toBeGreaterThan(0);
    expect(f.why?.length).toBeGreaterThan(0);
    expect(check(text).findings.filter((x) => x.ruleId === 'en.model.refusal')).toEqual([]);
  });

  it('leaves a no whose alternative answers the request a nudge', () => {
    const text = "Hi Dev,\n\nWe can't refund the delivery charge, but I've added a £5 credit to your account instead, which you can use on any order.\n\nBest,\nKim";
    expect(check(text).findings.find((x) => x.ruleId === 'en.refusal.flat-no')?.severity).toBe('info');
  });
});

describe('features', () => {
  it('hash n-grams from their words, so the same words make the same bucket anywhere', async () => {
    const { ngramBucket } = await import('../../lib/model/features');
    const ctx = { reason: false, alternative: false, first: false, last: false };
    const f = featurize('you forgot', ctx);
    expect(f.buckets).toContain(ngramBucket('b', 'you', 'forgot'));
    expect(f.buckets).toContain(ngramBucket('w', 'forgot'));
    expect(featurize('Sorry, you forgot it', ctx).buckets).toContain(ngramBucket('b', 'you', 'forgot'));
    // Order matters: "forgot you" is another bigram.
    expect(ngramBucket('b', 'forgot', 'you')).not.toBe(ngramBucket('b', 'you', 'forgot'));
  });

  it('take words that name Object.prototype members as plain words', () => {
    expect(() => featurize('The constructor and toString of valueOf hasOwnProperty __proto__', { reason: false, alternative: false, first: false, last: false })).not.toThrow();
    expect(check('Our constructor toString valueOf team will call you.').lang).toBe('en');
  });
});
