// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { PopupView } from '../../components/popup-view';
import { DEMO_BOX, DEMO_HOST } from '../../entrypoints/popup/demo';
import { check } from '../../lib/checker';
import type { TabReports } from '../../lib/messages';

afterEach(cleanup);

/** The popup for one box holding `text`, reported as the checker reports it. */
function popupFor(text: string) {
  const r = check(text);
  const reports: TabReports = {
    tabId: 1,
    host: DEMO_HOST,
    frames: { 0: { 'box-1': { ...DEMO_BOX, lang: r.lang, score: r.score, words: r.words, gaps: r.gaps, findings: [], checklist: r.checklist } } },
  };
  render(
    <PopupView status="ready" reports={reports} siteEnabled onApply={vi.fn()} onCopy={vi.fn()} onToggleSite={vi.fn()} onOpenOptions={vi.fn()} />,
  );
  return r;
}

describe('popup: a reply in a language without rules', () => {
  it('says it is not coached, names the language, and shows no score, "Looks good" or checklist', () => {
    const r = popupFor('Hei! Vi har dessverre ikke flere på lager, men du kan bestille igjen neste uke.');
    expect(r.lang).toBe('no');
    expect(screen.getByRole('heading', { name: 'Not coached in this language' })).toBeTruthy();
    expect(screen.getByText(/reads as Norwegian/)).toBeTruthy();
    expect(screen.queryByRole('img', { name: /^Score/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Looks good' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Checklist' })).toBeNull();
  });

  it('names Simplified Chinese as such', () => {
    popupFor('您好，您的订单已经发货，请留意短信通知。');
    expect(screen.getByText(/reads as Simplified Chinese/)).toBeTruthy();
  });

  it('an English reply still gets its score', () => {
    popupFor('Thanks for your patience. I have refunded the order and you will see it within three days.');
    expect(screen.queryByRole('heading', { name: 'Not coached in this language' })).toBeNull();
    expect(screen.getByRole('img', { name: /^Score \d+ out of 100$/ })).toBeTruthy();
  });
});
