// @vitest-environment happy-dom
/**
 * The language setting in a helpdesk tab: the settings stream brings `uiLocale` (as it does
 * every setting), the frame asks the background for that locale's catalogue (the message as the
 * background admits it, answered as the background answers it), and the card already open is
 * worded again in that language, then back in the browser's once the setting is automatic again.
 * The card is the real component.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardUi } from '../../components/card-ui';
import { setLocale } from '../../lib/i18n';
import { loadPageCatalogue } from '../../lib/i18n/catalogues';
import { checkToBackground } from '../../lib/messages-schema';
import { createCoach } from '../../lib/page/coach';
import { installRemoteCatalogues, isCatalogue } from '../../lib/page/remote-catalogue';
import type { EffectiveSettings } from '../../lib/settings';
import { allowEntryFor } from '../../lib/settings/allow-list';
import { SETTINGS, SITE, fakeLint, stubInsertText, textareaBox, trusted, usePageFrame } from './page-fakes';

const frame = usePageFrame();
beforeEach(() => stubInsertText());
afterEach(async () => {
  await setLocale('en');
});

/** The background's side of `i18n:catalogue`: the schema it admits, and the answer it gives. */
const asked: string[] = [];
async function background(message: unknown): Promise<unknown> {
  const checked = checkToBackground(message);
  if (!checked.ok || checked.message.type !== 'i18n:catalogue') throw new Error(checked.ok ? 'not a catalogue request' : checked.error);
  asked.push(checked.message.locale);
  return loadPageCatalogue(checked.message.locale);
}

describe('the card in the language the agent chose', () => {
  it('takes from the background only a well-formed catalogue', () => {
    expect(isCatalogue({ 'card.apply': 'Appliquer', 'counter.findings': { one: '{count} constat', other: '{count} constats' } })).toBe(true);
    expect(isCatalogue({ 'card.apply': { one: 'x' } })).toBe(false);
    expect(isCatalogue({ 'card.apply': 3 })).toBe(false);
    expect(isCatalogue(['Appliquer'])).toBe(false);
    expect(isCatalogue(undefined)).toBe(false);
    expect(checkToBackground({ type: 'i18n:catalogue', locale: 'de' }).ok).toBe(false);
  });

  it('follows local:uiLocale at once in an open card, and goes back to the browser’s language on automatic', async () => {
    installRemoteCatalogues(background);
    let push: ((s: EffectiveSettings) => void) | null = null;
    let into: HTMLElement | null = null;
    const coach = createCoach({
      lint: fakeLint(),
      actions: {
        report: () => {},
        removeReport: () => {},
        disableRule: async () => async () => {},
        allowPhrase: async (f) => allowEntryFor(f),
        copy: async () => true,
      },
      context: frame().context,
      host: 'acme.example',
      updateNotice: '',
      settings: {
        subscribe(cb) {
          push = cb;
          cb(SETTINGS);
          return () => (push = null);
        },
      },
      inbox: { subscribe: () => () => {} },
      renderCard: (view, el) => {
        into = el;
        cardUi.renderCard(view, el);
      },
    });
    const ta = textareaBox('Our system is fine. That is not our fault.');
    coach.attach(ta, SITE);
    ta.focus();
    ta.setSelectionRange(30, 30);
    ta.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, composed: true, cancelable: true })));
    const card = () => into?.querySelector('[data-rc-card]');
    const ignore = () => into?.querySelector('button[data-rc-ignore]')?.textContent;
    expect(card()).toBeTruthy();
    expect(ignore()).toBe('Ignore here');
    expect(card()?.querySelector('[data-rc-category]')?.textContent).toBe('Defensive');

    push!({ ...SETTINGS, uiLocale: 'fr' });
    await vi.waitFor(() => expect(ignore()).toBe('Ignorer ici'));
    expect(card()?.querySelector('[data-rc-category]')?.textContent).toBe('Sur la défensive');
    expect(card()?.getAttribute('aria-label')).toBe('Reply Coach\u00a0: Sur la défensive');

    push!({ ...SETTINGS, uiLocale: 'zh_HK' });
    await vi.waitFor(() => expect(ignore()).toBe('在此忽略'));
    expect(asked).toEqual(['fr', 'zh_HK']);

    // Automatic: the browser (happy-dom says en-US) decides again.
    push!(SETTINGS);
    await vi.waitFor(() => expect(ignore()).toBe('Ignore here'));
  });
});
