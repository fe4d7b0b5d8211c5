// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView, type PopupViewProps } from '../../components/popup-view';
import { App } from '../../entrypoints/popup/App';
import { browserClient } from '../../entrypoints/popup/client';
import { DEMO_BOX, DEMO_FINDINGS, DEMO_HOST, demoReports } from '../../entrypoints/popup/demo';
import type { ExplainedReport } from '../../lib/box-why';
import type { BoxReport, TabReports } from '../../lib/messages';

function view(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    status: 'ready',
    reports: demoReports('findings'),
    siteEnabled: true,
    onApply: vi.fn(async () => ({ ok: true })),
    onCopy: vi.fn(async () => true),
    onShow: vi.fn(),
    onToggleSite: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  render(<PopupView {...props} />);
  return props;
}

/** The finding card whose flagged text is `text`. */
function card(text: string): HTMLElement {
  const quote = screen.getByText(text, { selector: '.rc-mark' });
  return quote.closest('li.rc-finding') as HTMLElement;
}

afterEach(cleanup);

describe('report', () => {
  it('shows the score with its label and every finding grouped by category, worst group first', () => {
    view();
    expect(screen.getByRole('img', { name: 'Score 58 out of 100' })).toBeTruthy();
    expect(screen.getByText('Needs a pass')).toBeTruthy();
    expect(screen.getByText(/4 phrases to reword/)).toBeTruthy();

    const groups = [...document.querySelectorAll('.rc-group__title')].map((h) => h.textContent);
    expect(groups).toEqual(['Flat refusal1', 'Condescending2', 'Blame1']);

    for (const f of DEMO_FINDINGS) {
      const c = card(f.text);
      expect(within(c).getByText(f.message)).toBeTruthy();
      expect(within(c).getByText(f.guideline)).toBeTruthy();
      expect(c.querySelectorAll('.rc-suggestion')).toHaveLength(f.suggestions.length);
    }
    expect(within(card('We can’t do anything about that.')).getByText('Fix before sending')).toBeTruthy();
    // Guideline id and title; the placeholder in the rewrite is marked.
    expect(within(card('Obviously')).getByText(/Explain, don't lecture/)).toBeTruthy();
    const slots = [...card('We can’t do anything about that.').querySelectorAll('.rc-slot')].map((s) => s.textContent);
    expect(slots).toEqual(['[reason]', '[alternative]']);
  });

  it('shows team wording of a guideline as the guideline hint', () => {
    view({ guidelines: { G4: 'Teach the way you would want to be taught.' } });
    const g = card('Obviously').querySelector('.rc-finding__guideline') as HTMLElement;
    expect(g.title).toBe('Teach the way you would want to be taught.');
  });

  it('lists the checklist with met, missing and not-needed states and guideline ids', () => {
    view();
    const rows = [...document.querySelectorAll('.rc-check')] as HTMLElement[];
    const read = rows.map((r) => [
      r.querySelector('.rc-check__label')!.textContent,
      r.dataset.state,
      r.querySelector('.rc-check__state')!.textContent,
      r.querySelector('.rc-gid')!.textContent,
    ]);
    expect(read).toEqual([
      ['Acknowledge the customer', 'missing', 'Missing', 'G1'],
      ['Give the reason', 'met', 'Done', 'G5'],
      ['Offer an alternative', 'missing', 'Missing', 'G5'],
      ['Say the next step', 'missing', 'Missing', 'G9'],
      ['Give a timeframe', 'n/a', 'Not needed', 'G9'],
      ['Promise a follow-up', 'n/a', 'Not needed', 'G10'],
    ]);
  });

  it('Apply calls back with the box, the finding and the suggestion index, then says Applied', async () => {
    const props = view();
    fireEvent.click(within(card('As I already said in my last message')).getByRole('button', { name: 'Apply rewrite: Just to recap' }));
    expect(props.onApply).toHaveBeenCalledWith(
      { frameId: 0, report: DEMO_BOX },
      DEMO_FINDINGS[0],
      1,
    );
    await waitFor(() => expect(within(card('As I already said in my last message')).getByText('Applied')).toBeTruthy());
  });

  it('explains a refused apply and offers Copy instead', async () => {
    view({ onApply: vi.fn(async () => ({ ok: false, reason: 'refused' as const })) });
    fireEvent.click(within(card('Obviously')).getByRole('button', { name: /^Apply/ }));
    await waitFor(() => expect(within(card('Obviously')).getByRole('status').textContent).toMatch(/did not take the change/));
    expect(within(card('Obviously')).getByRole('button', { name: /^Copy rewrite/ })).toBeTruthy();
  });

  it('offers Copy, not Apply, when the box cannot be edited', async () => {
    const props = view({ reports: demoReports('readonly') });
    expect(screen.queryAllByRole('button', { name: /^Apply/ })).toHaveLength(0);
    expect(screen.getByText(/read-only for Reply Coach/)).toBeTruthy();
    fireEvent.click(within(card('Obviously')).getByRole('button', { name: 'Copy rewrite: As it stands,' }));
    expect(props.onCopy).toHaveBeenCalledWith('As it stands,');
    await waitFor(() => expect(within(card('Obviously')).getByText('Copied')).toBeTruthy());
  });

  it('clicking the flagged text asks to show it in the page', () => {
    const props = view();
    fireEvent.click(within(card('Obviously')).getByRole('button', { name: /Show in the reply/ }));
    expect(props.onShow).toHaveBeenCalledWith({ frameId: 0, report: DEMO_BOX }, DEMO_FINDINGS[3]);
  });

  it('shows the box checked last and lets the agent pick another', () => {
    view({ reports: demoReports('many') });
    expect(screen.getByText('Needs a pass')).toBeTruthy();
    const select = screen.getByLabelText('Reply box') as HTMLSelectElement;
    expect(select.options).toHaveLength(2);
    fireEvent.change(select, { target: { value: '4/box-2' } });
    expect(screen.getByText('Ready to send')).toBeTruthy();
    expect(screen.getByText('Looks good')).toBeTruthy();
  });
});

describe('empty states and controls', () => {
  it('no reply box on the page', () => {
    view({ reports: demoReports('none') });
    expect(screen.getByRole('heading', { name: 'Open a ticket and start typing a reply' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: `Coach on ${DEMO_HOST}` })).toBeTruthy();
  });

  it('a page without the content script: no box, no site switch', () => {
    view({ reports: null });
    expect(screen.getByRole('heading', { name: 'Open a ticket and start typing a reply' })).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('nothing to coach', () => {
    view({ reports: demoReports('clean') });
    expect(screen.getByRole('heading', { name: 'Looks good' })).toBeTruthy();
    expect(screen.queryByText('To reword')).toBeNull();
    // The nudge names what is missing instead of pointing at the list.
    expect(screen.getByText(/Still missing: a timeframe\./)).toBeTruthy();
  });

  it('coaching off on this site, with a way to turn it back on', () => {
    const props = view({ reports: demoReports('off'), siteEnabled: false });
    expect(screen.getByRole('heading', { name: `Coaching is off on ${DEMO_HOST}` })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn it on' }));
    expect(props.onToggleSite).toHaveBeenCalledWith(true);
  });

  it('the site switch and the Team rules link call back', () => {
    const props = view();
    const sw = screen.getByRole('switch', { name: `Coach on ${DEMO_HOST}` }) as HTMLInputElement;
    expect(sw.checked).toBe(true);
    fireEvent.click(sw);
    expect(props.onToggleSite).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Team rules…' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });
});

describe('why a box is coached the way it is', () => {
  const report = (over: Partial<BoxReport>, why: ExplainedReport['why']): TabReports => ({
    tabId: 1,
    host: DEMO_HOST,
    frames: { 0: { 'box-1': { ...DEMO_BOX, ...over, why } as ExplainedReport } },
  });

  it('names the site definition and the editor adapter', () => {
    view({ reports: report({ editor: 'ckeditor5' }, { site: 'zendesk', siteName: 'Zendesk' }) });
    expect(document.querySelector('[data-rc-why]')?.textContent).toBe('Zendesk definition · CKEditor 5');
  });

  it('says why Apply is off: the site’s own reason, an editor the site does not use, an unknown editor', () => {
    view({ reports: report({ editor: 'slate', canApply: false }, { site: 'help-scout', siteName: 'Help Scout', readOnly: 'site', readOnlyNote: 'Help Scout runs Slate 0.47' }) });
    expect(document.querySelector('[data-rc-read-only]')?.textContent).toBe('Read-only on Help Scout: Help Scout runs Slate 0.47. Copy a rewrite and paste it in.');
    cleanup();
    view({ reports: report({ editor: 'prosemirror', canApply: false }, { site: 'zendesk', siteName: 'Zendesk', readOnly: 'not-bound' }) });
    expect(document.querySelector('[data-rc-read-only]')?.textContent).toMatch(/Zendesk is not known to use ProseMirror here/);
    cleanup();
    view({ reports: report({ editor: 'generic', canApply: false }, { site: 'front', siteName: 'Front', readOnly: 'unknown-editor' }) });
    expect(document.querySelector('[data-rc-why]')?.textContent).toBe('Front definition · an editor Reply Coach does not know');
    expect(document.querySelector('[data-rc-read-only]')?.textContent).toMatch(/no tested adapter knows it/);
  });

  it('says an internal note is not checked, instead of a score', () => {
    view({ reports: report({ findings: [], words: 0 }, { site: 'zendesk', siteName: 'Zendesk', skipped: 'internal-note' }) });
    expect(screen.getByRole('heading', { name: 'Internal note: not checked' })).toBeTruthy();
    expect(screen.queryByLabelText('Tone score')).toBeNull();
  });

  it('keeps only well-formed reasons from the page', () => {
    const forged = { site: 'zendesk', siteName: 'x'.repeat(500), readOnly: 'because' } as unknown as ExplainedReport['why'];
    view({ reports: report({ editor: 'prosemirror' }, forged) });
    expect(document.querySelector('[data-rc-why]')?.textContent).toBe('No site definition (generic detection) · ProseMirror');
  });

  it('on a helpdesk page without a reply box, says so; on a page of its hosts without replies, says where they are', () => {
    view({ reports: null, pageSite: { name: 'Zendesk', onPage: true } });
    expect(screen.getByRole('heading', { name: 'No reply box found on this Zendesk page' })).toBeTruthy();
    cleanup();
    view({ reports: null, pageSite: { name: 'Freshdesk', onPage: false, paths: ['/a/*'] } });
    expect(screen.getByRole('heading', { name: 'No replies written on this page' })).toBeTruthy();
    expect(screen.getByText(/Freshdesk only on its agent pages \(\/a\/…\)/)).toBeTruthy();
  });
});

describe('App wired to the browser', () => {
  const TAB = 7;

  /** The sender a content script's message carries (only the fields the popup reads). */
  const from = (tabId: number, frameId: number) => ({ tab: { id: tabId }, frameId }) as never;

  function tabReports(box: BoxReport, frameId = 3): TabReports {
    return { tabId: TAB, host: DEMO_HOST, frames: { [frameId]: { [box.boxId]: box } } };
  }

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: TAB } as never]);
  });

  function answerReports(reports: TabReports) {
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: any) => {
      if (msg?.type !== 'popup:get-reports') return undefined;
      asked.push(msg);
      return Promise.resolve(reports);
    });
    return asked;
  }

  it('asks the background for the active tab, and Apply sends finding:apply to the box frame', async () => {
    const asked = answerReports(tabReports(DEMO_BOX));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    render(<App client={browserClient()} />);

    await screen.findByText('Needs a pass');
    expect(asked).toEqual([{ type: 'popup:get-reports', tabId: TAB }]);

    const f = DEMO_FINDINGS[3];
    fireEvent.click(within(card(f.text)).getByRole('button', { name: /^Apply/ }));
    await waitFor(() => expect(send).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith(
      TAB,
      { type: 'finding:apply', boxId: 'box-1', key: f.key, suggestion: 0 },
      { frameId: 3 },
    );
    await waitFor(() => expect(within(card(f.text)).getByText('Applied')).toBeTruthy());
  });

  it('follows live report updates from the tab while open', async () => {
    answerReports(tabReports(DEMO_BOX));
    render(<App client={browserClient()} />);
    await screen.findByText('Needs a pass');

    const fixed: BoxReport = { ...DEMO_BOX, score: 100, findings: [], at: DEMO_BOX.at + 1000 };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'report:update', report: fixed }, from(TAB, 3));
    await screen.findByRole('heading', { name: 'Looks good' });

    // Another tab's update is ignored.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'report:remove', boxId: 'box-1' }, from(TAB + 1, 3));
    expect(screen.getByRole('heading', { name: 'Looks good' })).toBeTruthy();

    await fakeBrowser.runtime.onMessage.trigger({ type: 'report:remove', boxId: 'box-1' }, from(TAB, 3));
    await screen.findByRole('heading', { name: 'Open a ticket and start typing a reply' });
  });

  it('the site switch writes the setting and the popup shows coaching off', async () => {
    answerReports(tabReports(DEMO_BOX));
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('switch', { name: `Coach on ${DEMO_HOST}` }));
    await screen.findByRole('heading', { name: `Coaching is off on ${DEMO_HOST}` });
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('disabledSites')).disabledSites).toEqual([DEMO_HOST]));
  });

  it('when the background has nothing for the tab, says how to start', async () => {
    render(<App client={browserClient()} />);
    await screen.findByRole('heading', { name: 'Open a ticket and start typing a reply' });
  });

  it('on a matched helpdesk page with no reply box, names the helpdesk (and a custom domain’s definition)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'https://acme.freshdesk.com/support/tickets/9' } as never);
    render(<App client={browserClient()} />);
    await screen.findByRole('heading', { name: 'No replies written on this page' });
    cleanup();
    await fakeBrowser.storage.local.set({ customDomainSites: { 'help.northwind.example': 'zammad' } });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'https://help.northwind.example/desktop/tickets/4' } as never);
    render(<App client={browserClient()} />);
    await screen.findByRole('heading', { name: 'No reply box found on this Zammad page' });
  });

  it('Team rules… opens the options page', async () => {
    const open = vi.fn(async () => {});
    (fakeBrowser.runtime as any).openOptionsPage = open;
    answerReports(tabReports(DEMO_BOX));
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Team rules…' }));
    expect(open).toHaveBeenCalled();
    await waitFor(() => expect(close).toHaveBeenCalled());
  });
});

describe('coach this page (activeTab)', () => {
  it('offers the action where no reply box is watched and calls it', async () => {
    const onCoachHere = vi.fn();
    render(<PopupView status="ready" reports={null} siteEnabled onApply={vi.fn()} onCopy={vi.fn()} onToggleSite={vi.fn()} onOpenOptions={vi.fn()} onCoachHere={onCoachHere} />);
    fireEvent.click(screen.getByRole('button', { name: 'Coach this page' }));
    expect(onCoachHere).toHaveBeenCalledTimes(1);
  });
});
