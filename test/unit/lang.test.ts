import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, detectLang, detectLangs } from '../../lib/checker';
import { LANGS } from '../../lib/checker/types';

const SUPPORTED: readonly string[] = LANGS;
const dir = resolve(__dirname, '../../data/lang-detect');
const set = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(resolve(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; lang: string }),
  );
const byLang = new Map<string, string[]>();
for (const r of set) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r.text]);
const NEIGHBOURS = ['no', 'da', 'de', 'es', 'zh-Hans', 'it', 'nl', 'pt'];

describe('the detection test set (data/lang-detect)', () => {
  it('holds at least 60 texts per supported language and 30 per neighbour', () => {
    for (const l of SUPPORTED) expect(byLang.get(l)?.length ?? 0, l).toBeGreaterThanOrEqual(60);
    for (const l of NEIGHBOURS) expect(byLang.get(l)?.length ?? 0, l).toBeGreaterThanOrEqual(30);
  });

  it.each(SUPPORTED)('%s is detected as itself in at least 97%% of its texts', (lang) => {
    const texts = byLang.get(lang)!;
    const wrong = texts.filter((t) => detectLang(t) !== lang);
    expect(1 - wrong.length / texts.length, wrong.join(' | ')).toBeGreaterThanOrEqual(0.97);
  });

  it.each(NEIGHBOURS)('%s is taken for a supported language in at most 2%% of its texts', (lang) => {
    const texts = byLang.get(lang)!;
    const taken = texts.filter((t) => SUPPORTED.includes(detectLang(t)));
    expect(taken.length / texts.length, taken.join(' | ')).toBeLessThanOrEqual(0.02);
  });
});

describe('detectLang', () => {
  it('tells Traditional from Simplified Chinese by their characters', () => {
    expect(detectLang('您好，您的訂單已經出貨，請留意簡訊通知。')).toBe('zh');
    expect(detectLang('你嘅包裹聽日會送到，唔該晒。')).toBe('zh');
    expect(detectLang('您好，您的订单已经发货，请留意短信通知。')).toBe('zh-Hans');
  });

  it('names other scripts, and takes a bare code or a short Latin reply with no clear sign as English', () => {
    expect(detectLang('ご注文ありがとうございます。')).toBe('ja');
    expect(detectLang('Спасибо за ваше сообщение.')).toBe('ru');
    expect(detectLang('Claim denied.')).toBe('en');
    expect(detectLang('#55812 / 2026-04-08')).toBe('und');
  });
});

describe('languages per paragraph', () => {
  const mixed = [
    'Hi Claire,',
    'Thanks for your message. I have refunded the order and you will see the money within three days.',
    'Bonjour Claire, nous avons remboursé votre commande et vous verrez le montant sous trois jours.',
    'Das ist NICHT unser Fehler!!! Die Rücksendung ist bei uns nie angekommen.',
  ].join('\n\n');
  const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const german = at(mixed, 'Das ist NICHT unser Fehler!!! Die Rücksendung ist bei uns nie angekommen.');

  it('gives each paragraph of a mixed reply its language, in full-text offsets; a greeting follows the reply', () => {
    const r = check(mixed);
    expect(r.lang).toBe('en');
    expect(r.langs).toEqual([
      { ...at(mixed, 'Hi Claire,'), lang: 'en' },
      { ...at(mixed, 'Thanks for your message. I have refunded the order and you will see the money within three days.'), lang: 'en' },
      { ...at(mixed, 'Bonjour Claire, nous avons remboursé votre commande et vous verrez le montant sous trois jours.'), lang: 'fr' },
      { ...german, lang: 'de' },
    ]);
  });

  it('leaves a paragraph in a language without rules unchecked', () => {
    const detected = check(mixed);
    expect(detected.findings.filter((f) => f.start >= german.start && f.end <= german.end)).toEqual([]);
    // Checked as English, its stacked "!!!" would be flagged.
    const asEnglish = check(mixed, { lang: 'en' });
    expect(asEnglish.findings.some((f) => f.start >= german.start && f.end <= german.end && f.category === 'shouting')).toBe(true);
  });

  it('applies an explicit language to the whole reply', () => {
    const r = check(mixed, { lang: 'en' });
    expect(r.lang).toBe('en');
    expect(r.langs?.map((s) => s.lang)).toEqual(['en', 'en', 'en', 'en']);
    expect(check(mixed, { lang: 'fr' }).langs?.every((s) => s.lang === 'fr')).toBe(true);
  });

  it('detectLangs decides the reply from all its paragraphs together', () => {
    const paragraphs = [
      { start: 0, end: 8, text: 'Hej Lars' },
      { start: 10, end: 70, text: 'Tack för ditt meddelande, vi har skickat ett nytt kort i dag.' },
    ];
    expect(detectLangs(paragraphs)).toEqual({
      lang: 'sv',
      langs: [
        { start: 0, end: 8, lang: 'sv' },
        { start: 10, end: 70, lang: 'sv' },
      ],
    });
  });
});

describe('a reply in a language without rules', () => {
  it('gets an empty report with its language: no findings, no score penalty, nothing missing', () => {
    for (const [text, lang] of [
      ['Det er IKKE vår feil!!! Pakken ble levert i går, så du får ikke pengene tilbake.', 'no'],
      ['Das ist NICHT unser Problem!!! Bitte beruhigen Sie sich, die Rücksendung ist abgelaufen.', 'de'],
      ['这不是我们的问题！！！请您冷静一下，退货期限已经过了。', 'zh-Hans'],
    ] as const) {
      const r = check(text);
      expect(r.lang, text).toBe(lang);
      expect(r.findings).toEqual([]);
      expect(r.score).toBe(100);
      expect(r.checklist.every((c) => c.state === 'n/a')).toBe(true);
      expect(r.words).toBeGreaterThan(0);
    }
    // The same Norwegian text under the English rules would be flagged.
    expect(check('Det er IKKE vår feil!!! Pakken ble levert i går, så du får ikke pengene tilbake.', { lang: 'en' }).findings.length).toBeGreaterThan(0);
  });

  it('Traditional Chinese has its rules: the Simplified reply above, in Traditional characters, is coached', () => {
    const r = check('這不是我們的問題！！！退貨期限已經過了，我們無法退款。');
    expect(r.lang).toBe('zh');
    expect(r.findings.map((f) => f.ruleId).filter((id) => !id.includes('.model.'))).toEqual(['zh.defensive.bu-shi-wo-men', 'zh.shouting.biao-dian', 'zh.refusal.mei-ban-fa']);
    expect(r.score).toBeLessThan(100);
  });
});

describe('quotes and signatures', () => {
  it('a quoted customer message in another language does not change the reply language', () => {
    const text = [
      'Hi Claire,',
      'I have refunded the order today, sorry for the trouble.',
      '',
      'Le 3 mars, Claire Martin a écrit :',
      "> Bonjour, je n'ai toujours pas reçu mon colis et je suis très déçue de votre service.",
      '> Je voudrais être remboursée rapidement, merci de faire le nécessaire avant la fin de la semaine.',
      '> Cordialement, Claire',
    ].join('\n');
    const r = check(text);
    expect(r.lang).toBe('en');
    expect(r.langs?.every((s) => s.lang === 'en' && s.end <= text.indexOf('Le 3 mars'))).toBe(true);
  });

  it('a signature and disclaimer in English do not make a Swedish reply English', () => {
    const text = [
      'Hej Anna,',
      'Vi har skickat ett nytt kort i dag.',
      '',
      'Med vänliga hälsningar',
      'Johan Berg',
      'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it.',
    ].join('\n');
    const r = check(text);
    expect(r.lang).toBe('sv');
    expect(r.langs?.map((s) => s.lang)).toEqual(['sv']);
  });
});
