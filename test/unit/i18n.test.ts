/**
 * The UI's message catalogue (lib/i18n): every locale says every English message with the same
 * placeholders, plural forms follow each language's rules, the browser's language picks the
 * locale, and the agent's `local:uiLocale` setting overrides it.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { missingNudge, scoreBand } from '../../components/report-labels';
import {
  applyLocaleSetting,
  getLocale,
  listAnd,
  localeOfLanguages,
  localeOfTag,
  localeTag,
  resolveLocale,
  setLocale,
  t,
  UI_LOCALES,
} from '../../lib/i18n';
import { installBundledCatalogues, loadCatalogue } from '../../lib/i18n/catalogues';
import { en } from '../../lib/i18n/en';
import { placeholdersOf, type Message } from '../../lib/i18n/format';
import { getEffectiveSettings } from '../../lib/settings';
import { uiLocaleItem } from '../../lib/settings/items';

const EN_KEYS = Object.keys(en).sort();

// The extension's pages and the background load catalogues from the bundle.
beforeAll(() => installBundledCatalogues());

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(async () => {
  await setLocale('en');
});

describe('catalogues', () => {
  for (const locale of UI_LOCALES) {
    it(`${locale} has exactly the English keys, each with the same {placeholders}`, async () => {
      const catalogue = (await loadCatalogue(locale)) as Record<string, Message>;
      expect(Object.keys(catalogue).sort()).toEqual(EN_KEYS);
      const differing = EN_KEYS.filter(
        (key) => placeholdersOf(catalogue[key]).join() !== placeholdersOf((en as Record<string, Message>)[key]).join(),
      );
      expect(differing).toEqual([]);
    });

    it(`${locale}: every message has words, and plural forms only of categories the language has`, async () => {
      const catalogue = (await loadCatalogue(locale)) as Record<string, Message>;
      const categories = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories as string[];
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === 'string') {
          // The list separator may be only punctuation; every other message says something.
          if (key !== 'list.separator') expect(message.trim(), key).not.toBe('');
          continue;
        }
        expect(message.other, key).toBeTruthy();
        for (const form of Object.keys(message)) expect(categories, `${key}.${form}`).toContain(form);
      }
    });
  }

  it('the non-English catalogues are translations, not copies of the English', async () => {
    for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
      const catalogue = await loadCatalogue(locale);
      expect(catalogue['card.ignoreEverywhere']).not.toBe(en['card.ignoreEverywhere']);
      expect(catalogue['popup.good.title']).not.toBe(en['popup.good.title']);
    }
  });

  it('Taiwan and Hong Kong differ where their vocabulary does', async () => {
    const [tw, hk] = [await loadCatalogue('zh_TW'), await loadCatalogue('zh_HK')];
    expect(tw['try.emailReply']).toContain('電子郵件');
    expect(hk['try.emailReply']).toContain('電郵');
    expect(tw['checklist.follow-up']).toContain('追蹤');
    expect(hk['checklist.follow-up']).toContain('跟進');
  });
});

describe('t', () => {
  it('fills {placeholders} and picks the plural form from count, by the language’s rules', async () => {
    expect(t('counter.findings', { count: 1 })).toBe('1 finding');
    expect(t('counter.findings', { count: 0 })).toBe('0 findings');
    expect(scoreBand(80, 2).label).toBe('Not ready: 2 gaps to fill');
    await setLocale('fr');
    // French counts zero in the singular, English does not.
    expect(t('counter.findings', { count: 0 })).toBe('0 constat');
    expect(t('counter.findings', { count: 2 })).toBe('2 constats');
    expect(scoreBand(80, 1).label).toBe('Pas prête\u00a0: 1 champ à compléter');
    await setLocale('sv');
    expect(t('rules.count', { count: 1 })).toBe('1 regel');
    expect(t('rules.count', { count: 3 })).toBe('3 regler');
  });

  it('words lists the way each language joins them', async () => {
    const items = [{ id: 'timeframe', state: 'missing' }, { id: 'next-step', state: 'missing' }, { id: 'reason', state: 'met' }] as const;
    expect(missingNudge(items)).toBe('Still missing: a timeframe and a next step.');
    expect(listAnd(['a', 'b', 'c'])).toBe('a, b and c');
    await setLocale('zh_TW');
    expect(missingNudge(items)).toBe('還缺少：時程和下一步。');
    await setLocale('sv');
    expect(missingNudge(items)).toBe('Saknas fortfarande: en tidsram och ett nästa steg.');
  });

  it('a key a catalogue lacks falls back to English', async () => {
    vi.resetModules();
    vi.doMock('../../lib/i18n/sv', async () => {
      const real = await vi.importActual<typeof import('../../lib/i18n/sv')>('../../lib/i18n/sv');
      const { 'card.apply': _gone, ...rest } = real.sv;
      return { sv: rest };
    });
    const fresh = await import('../../lib/i18n');
    (await import('../../lib/i18n/catalogues')).installBundledCatalogues();
    await fresh.setLocale('sv');
    expect(fresh.t('card.copy')).toBe('Kopiera');
    expect(fresh.t('card.apply')).toBe('Apply');
    vi.doUnmock('../../lib/i18n/sv');
    vi.resetModules();
  });

  it('a catalogue that cannot be had leaves the UI in the language it speaks', async () => {
    vi.resetModules();
    // A new world: the locale state lives on its global (lib/i18n/locale-state.ts).
    globalThis.__replyCoachLocale = undefined;
    const fresh = await import('../../lib/i18n');
    // No source: a context that never said where catalogues come from speaks English.
    await fresh.setLocale('fr');
    expect(fresh.getLocale()).toBe('en');
    fresh.setCatalogueSource(async () => {
      throw new Error('the background is gone');
    });
    await fresh.setLocale('sv');
    expect(fresh.t('card.ignore')).toBe('Ignore here');
    vi.resetModules();
  });

  it('the last of several switches wins, even when an earlier catalogue loads later', async () => {
    const slow = setLocale('zh_HK');
    const fast = setLocale('fr');
    await Promise.all([slow, fast]);
    expect(getLocale()).toBe('fr');
  });
});

describe('which locale', () => {
  it('follows the browser: Traditional Chinese by region or script, other languages by their base, English otherwise', () => {
    expect(localeOfTag('zh-TW')).toBe('zh_TW');
    expect(localeOfTag('zh-Hant')).toBe('zh_TW');
    expect(localeOfTag('zh-HK')).toBe('zh_HK');
    expect(localeOfTag('zh-Hant-HK')).toBe('zh_HK');
    expect(localeOfTag('zh-MO')).toBe('zh_HK');
    expect(localeOfTag('zh-CN')).toBeNull();
    expect(localeOfTag('zh')).toBeNull();
    expect(localeOfTag('fr-CA')).toBe('fr');
    expect(localeOfTag('sv-FI')).toBe('sv');
    expect(localeOfTag('en-GB')).toBe('en');
    expect(localeOfTag('de')).toBeNull();
    expect(localeOfLanguages(['de-DE', 'zh-CN', 'sv-SE', 'fr'])).toBe('sv');
    expect(localeOfLanguages(['pt-BR'])).toBe('en');
    expect(localeOfLanguages([])).toBe('en');
  });

  it('a chosen language overrides the browser; automatic (or anything unknown) follows it', () => {
    expect(resolveLocale('fr', ['sv-SE'])).toBe('fr');
    expect(resolveLocale('zh_HK', ['en-US'])).toBe('zh_HK');
    expect(resolveLocale('auto', ['sv-SE'])).toBe('sv');
    expect(resolveLocale('klingon', ['zh-TW'])).toBe('zh_TW');
    expect(resolveLocale(undefined, ['fr-BE'])).toBe('fr');
  });

  it('the local:uiLocale setting reaches the settings every extension context reads, and applies', async () => {
    expect((await getEffectiveSettings()).uiLocale).toBeUndefined();
    await uiLocaleItem.setValue('fr');
    const settings = await getEffectiveSettings();
    expect(settings.uiLocale).toBe('fr');
    await applyLocaleSetting(settings.uiLocale);
    expect(t('card.ignoreEverywhere')).toBe('Ignorer partout');
    await uiLocaleItem.setValue('auto');
    expect((await getEffectiveSettings()).uiLocale).toBeUndefined();
    await fakeBrowser.storage.local.set({ uiLocale: 'xx' });
    expect((await getEffectiveSettings()).uiLocale).toBeUndefined();
  });
});

describe('the manifest’s words', () => {
  it('become one _locales messages.json per locale, within what Chrome allows', async () => {
    const { manifestLocales } = await import('../../lib/i18n/manifest-locales');
    const files = manifestLocales();
    expect(files.map((f) => f.relativeDest).sort()).toEqual(UI_LOCALES.map((l) => `_locales/${l}/messages.json`).sort());
    for (const file of files) {
      const messages = JSON.parse(file.contents) as Record<string, { message: string }>;
      expect(Object.keys(messages).sort(), file.relativeDest).toEqual(['cmdNextFinding', 'cmdPreviousFinding', 'extDescription', 'extName']);
      expect(messages.extName.message).toBe('Reply Coach');
      // Chrome refuses a description longer than 132 characters.
      expect(messages.extDescription.message.length, file.relativeDest).toBeLessThanOrEqual(132);
    }
    const fr = JSON.parse(files.find((f) => f.relativeDest.includes('/fr/'))!.contents);
    expect(fr.cmdNextFinding.message).toBe('Reply Coach\u00a0: constat suivant dans la zone de réponse');
  });
});
