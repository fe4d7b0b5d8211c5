// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView, type PopupViewProps } from '../../components/popup-view';
import { App } from '../../entrypoints/popup/App';
import { browserClient } from '../../entrypoints/popup/client';
import { DEMO_BOX, DEMO_CLEAN_BOX, DEMO_FINDINGS, DEMO_HOST, demoClient, demoReports } from '../../entrypoints/popup/demo';
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
    expect(screen.getByRole('img', { name: 'Score 51 out of 100' })).toBeTruthy();
    expect(screen.getByText('Needs a pass')).toBeTruthy();
    expect(screen.getByText('3 phrases to reword · 1 nudge · checklist 5/5')).toBeTruthy();

    const groups = [...document.querySelectorAll('.rc-group__title')].map((h) => h.textContent);
    expect(groups).toEqual(['Condescending1', 'Blame1', 'Flat refusal1', 'Policy without a reason1']);

    for (const f of DEMO_FINDINGS) {
      const c = card(f.text);
      expect(within(c).getByText(f.message)).toBeTruthy();
      expect(within(c).getByText(f.guideline)).toBeTruthy();
      expect(c.querySelectorAll('.rc-suggestion')).toHaveLength(f.suggestions.length);
    }
    expect(within(card('We don’t refund plan changes.')).getByText('Worth rewording')).toBeTruthy();
    expect(within(card('That is company policy.')).getByText('Nudge')).toBeTruthy();
    // Guideline id and title; the placeholders in the rewrites are marked.
    expect(within(card('As I already explained')).getByText(/Explain, don't lecture/)).toBeTruthy();
    const slots = [...card('We don’t refund plan changes.').querySelectorAll('.rc-slot')].map((s) => s.textContent);
    expect(slots).toEqual(['[reason]', '[alternative]', '[reason]', '[alternative]']);
    // A rewrite reads as the whole sentence after Apply.
    expect(within(card('You should have checked')).getByText('It may help to check the plan details before upgrading.')).toBeTruthy();
  });

  it('shows team wording of a guideline as the guideline hint', () => {
    view({ guidelines: { G4: 'Teach the way you would want to be taught.' } });
    const g = card('As I already explained').querySelector('.rc-finding__guideline') as HTMLElement;
    expect(g.title).toBe('Teach the way you would want to be taught.');
    // Not only a tooltip: the summary opens the wording, by click, tap or keyboard.
    expect(g.localName).toBe('summary');
    expect(card('As I already explained').querySelector('.rc-finding__guideline-text')?.textContent).toBe('Teach the way you would want to be taught.');
  });

  it('lists the checklist with met, missing and not-needed states and guideline ids', () => {
    view({ reports: { tabId: 1, host: DEMO_HOST, frames: { 0: { 'box-1': { ...DEMO_BOX, checklist: [...DEMO_BOX.checklist.slice(0, 4), { id: 'timeframe', state: 'missing', guideline: 'G9' }, DEMO_BOX.checklist[5]] } } } } });
    const rows = [...document.querySelectorAll('.rc-check')] as HTMLElement[];
    const read = rows.map((r) => [
      r.querySelector('.rc-check__label')!.textContent,
      r.dataset.state,
      r.querySelector('.rc-check__state')!.textContent,
      r.querySelector('.rc-gid')!.textContent,
    ]);
    expect(read).toEqual([
      ['Acknowledge the customer', 'met', 'Done', 'G1'],
      ['Give the reason', 'met', 'Done', 'G5'],
      ['Offer an alternative', 'met', 'Done', 'G5'],
      ['Say the next step', 'met', 'Done', 'G9'],
      ['Give a timeframe', 'missing', 'Missing', 'G9'],
      ['Promise a follow-up', 'n/a', 'Not needed', 'G10'],
    ]);
  });

  it('Apply calls back with the box, the finding and the suggestion index, then says Applied', async () => {
    const props = view();
    fireEvent.click(within(card('You should have checked')).getByRole('button', { name: 'Apply rewrite: The quickest fix now is to check' }));
    expect(props.onApply).toHaveBeenCalledWith({ frameId: 0, report: DEMO_BOX }, DEMO_FINDINGS[1], 1);
    await waitFor(() => expect(within(card('You should have checked')).getByText('Applied')).toBeTruthy());
  });

  it('explains a refused apply and offers Copy instead', async () => {
    view({ onApply: vi.fn(async () => ({ ok: false, reason: 'refused' as const })) });
    fireEvent.click(within(card('You should have checked')).getAllByRole('button', { name: /^Apply/ })[0]);
    await waitFor(() => expect(within(card('You should have checked')).getByRole('status').textContent).toMatch(/did not take the change/));
    expect(within(card('You should have checked')).getAllByRole('button', { name: /^Copy rewrite/ })).toHaveLength(2);
  });

  /** The demo report with its first finding offered as "leave this sentence out" instead of rewrites. */
  function withRemoval(): TabReports {
    const f = DEMO_FINDINGS[0];
    const removal = { ...f, suggestions: [''], fixes: [{ start: f.start, end: f.end, text: '', sentence: '' }] };
    return { tabId: 1, host: DEMO_HOST, frames: { 0: { 'box-1': { ...DEMO_BOX, findings: [removal, ...DEMO_BOX.findings.slice(1)] } } } };
  }

  it('names a sentence left out instead of previewing an empty one, and applies it', async () => {
    const props = view({ reports: withRemoval() });
    const c = card(DEMO_FINDINGS[0].text);
    expect(c.querySelector('.rc-suggestion__text')!.textContent).toBe('Leave this sentence out');
    fireEvent.click(within(c).getByRole('button', { name: 'Apply: leave this sentence out' }));
    expect(props.onApply).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ suggestions: [''] }), 0);
    await waitFor(() => expect(within(c).getByText('Applied')).toBeTruthy());
  });

  it('when the editor refuses a removal, says to delete the sentence by hand and offers nothing to copy', async () => {
    view({ reports: withRemoval(), onApply: vi.fn(async () => ({ ok: false, reason: 'refused' as const })) });
    const c = card(DEMO_FINDINGS[0].text);
    fireEvent.click(within(c).getByRole('button', { name: 'Apply: leave this sentence out' }));
    await waitFor(() => expect(within(c).getByRole('status').textContent).toBe('The editor did not take the change, so nothing was altered. Delete the sentence by hand instead.'));
    expect(within(c).queryAllByRole('button', { name: /^Copy/ })).toHaveLength(0);
  });

  it('offers Copy, not Apply, when the box cannot be edited, and says why', async () => {
    const props = view({ reports: demoReports('readonly') });
    expect(screen.queryAllByRole('button', { name: /^Apply/ })).toHaveLength(0);
    expect(document.querySelector('[data-rc-read-only]')?.textContent).toMatch(/read-only for Reply Coach: no tested adapter knows it/);
    fireEvent.click(within(card('You should have checked')).getByRole('button', { name: 'Copy rewrite: It may help to check' }));
    expect(props.onCopy).toHaveBeenCalledWith('It may help to check the plan details before upgrading.');
    await waitFor(() => expect(within(card('You should have checked')).getByText('Copied')).toBeTruthy());
  });

  it('clicking the flagged text asks to show it in the page', () => {
    const props = view();
    fireEvent.click(within(card('That is company policy.')).getByRole('button', { name: /Show in the reply/ }));
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
    expect(screen.getByText('Nothing to reword in this reply.')).toBeTruthy();
    expect(screen.queryByText('To reword')).toBeNull();
  });

  it('nothing to coach, but the checklist misses an item: the nudge names it', () => {
    const checklist = DEMO_CLEAN_BOX.checklist.map((c) => (c.id === 'timeframe' ? { id: c.id, state: 'missing' as const, guideline: c.guideline } : c));
    view({ reports: { tabId: 1, host: DEMO_HOST, frames: { 0: { 'box-2': { ...DEMO_CLEAN_BOX, checklist } } } } });
    expect(screen.getByText(/Still missing: a timeframe\./)).toBeTruthy();
  });

  it('coaching paused on this site, with Resume', () => {
    const props = view({ reports: demoReports('off'), siteEnabled: false });
    expect(screen.getByRole('heading', { name: `Coaching is paused on ${DEMO_HOST}` })).toBeTruthy();
    expect(screen.getByText(/Replies you write here are not checked/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
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

  it('says a read-only box is read-only even before anything is flagged', () => {
    view({ reports: report({ editor: 'generic', canApply: false, findings: [], score: 100 }, { site: 'front', siteName: 'Front', readOnly: 'unknown-editor' }) });
    expect(document.querySelector('[data-rc-read-only]')?.textContent).toBe(
      'This editor is read-only for Reply Coach: no tested adapter knows it. Copy a rewrite and paste it in.',
    );
  });
});

describe('popup states: why there is nothing to coach, and what helps', () => {
  const noBox = (host = DEMO_HOST): TabReports => ({ tabId: 1, host, frames: {} });
  const main = () => document.querySelector('main') as HTMLElement;

  it('an empty reply: a friendly state instead of a score or a checklist', () => {
    view({ reports: demoReports('empty') });
    expect(screen.getByRole('heading', { name: 'Start writing — Reply Coach checks as you type' })).toBeTruthy();
    expect(screen.getByText(/show up here once the reply has words in it/)).toBeTruthy();
    expect(screen.queryByLabelText('Tone score')).toBeNull();
    expect(screen.queryByRole('img', { name: /^Score/ })).toBeNull();
    expect(document.querySelectorAll('.rc-check')).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Looks good' })).toBeNull();
  });

  it('an internal note: says coaching notes is off and opens that setting', () => {
    const props = view({ reports: demoReports('note') });
    expect(screen.getByRole('heading', { name: 'Internal note: not checked' })).toBeTruthy();
    expect(screen.getByText(/coaching internal notes is off/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the setting' }));
    expect(props.onOpenOptions).toHaveBeenCalledWith('internal-notes');
  });

  it('a browser page: says no extension runs there, offers nothing to click', () => {
    view({ reports: null, tab: { kind: 'browser' } });
    expect(screen.getByRole('heading', { name: 'Reply Coach can’t run on this page' })).toBeTruthy();
    expect(screen.getByText(/Open your helpdesk in a tab/)).toBeTruthy();
    expect(within(main()).queryAllByRole('button')).toHaveLength(0);
  });

  it('a site it does not coach: offers to coach it from now on, and says what the browser will ask', () => {
    const onEnableSite = vi.fn();
    view({ reports: null, tab: { kind: 'off', host: 'support.northwind.example', enable: { kind: 'domain', host: 'support.northwind.example' } }, onEnableSite });
    expect(screen.getByRole('heading', { name: 'Reply Coach doesn’t coach support.northwind.example' })).toBeTruthy();
    expect(screen.getByText(/the browser asks once for permission to read its pages/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Coach this page' }));
    expect(onEnableSite).toHaveBeenCalledTimes(1);
  });

  it('while the browser asks, the button waits; once it refused, says so and offers to coach the page once', () => {
    const tab = { kind: 'off', host: 'support.northwind.example', enable: { kind: 'domain', host: 'support.northwind.example' } } as const;
    const onCoachHere = vi.fn();
    view({ reports: null, tab, onEnableSite: vi.fn(), onCoachHere, enable: { state: 'asking' } });
    expect((screen.getByRole('button', { name: 'Waiting for the browser…' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    view({ reports: null, tab, onEnableSite: vi.fn(), onCoachHere, enable: { state: 'refused', reason: 'Permission for support.northwind.example was not granted, so it was not added' } });
    expect(screen.getByRole('alert').textContent).toBe('Permission for support.northwind.example was not granted, so it was not added');
    expect(screen.getByText(/coach this page until you leave it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Coach this page' }));
    expect(onCoachHere).toHaveBeenCalledTimes(1);
  });

  it('an optional site that is off (Gmail): offers to turn it on', () => {
    const onEnableSite = vi.fn();
    view({ reports: null, tab: { kind: 'off', host: 'mail.google.com', enable: { kind: 'optional', siteId: 'gmail', name: 'Gmail' } }, onEnableSite });
    expect(screen.getByRole('heading', { name: 'Gmail is off' })).toBeTruthy();
    expect(screen.getByText(/The browser asks once for permission to read Gmail/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Coach this page' }));
    expect(onEnableSite).toHaveBeenCalledTimes(1);
  });

  it('a plain http site (no domain can be added): coaches the page once', () => {
    const onCoachHere = vi.fn();
    view({ reports: null, tab: { kind: 'off', host: 'intranet.example' }, onEnableSite: vi.fn(), onCoachHere });
    expect(screen.getByRole('heading', { name: 'Reply Coach doesn’t coach intranet.example' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Coach this page' }));
    expect(onCoachHere).toHaveBeenCalledTimes(1);
  });

  it('a custom domain with generic detection and no box yet: says what it looks for and opens the site settings', () => {
    const props = view({ reports: noBox('help.northwind.example'), tab: { kind: 'generic', host: 'help.northwind.example' } });
    expect(screen.getByRole('heading', { name: 'No reply box found on this page' })).toBeTruthy();
    expect(screen.getByText(/On help.northwind.example Reply Coach looks for a large text box next to a Send button/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open site settings' }));
    expect(props.onOpenOptions).toHaveBeenCalledWith('domains');
  });

  it('on a helpdesk page without a reply box, says so; on a page of its hosts without replies, says where they are', () => {
    view({ reports: null, tab: { kind: 'helpdesk', host: DEMO_HOST, site: { name: 'Zendesk', onPage: true } } });
    expect(screen.getByRole('heading', { name: 'No reply box found on this Zendesk page' })).toBeTruthy();
    expect(screen.getByText(/Open a ticket and click into its reply/)).toBeTruthy();
    cleanup();
    view({ reports: null, tab: { kind: 'helpdesk', host: 'acme.freshdesk.com', site: { name: 'Freshdesk', onPage: false, paths: ['/a/*'] } } });
    expect(screen.getByRole('heading', { name: 'No replies written on this page' })).toBeTruthy();
    expect(screen.getByText(/Freshdesk only on its agent pages \(\/a\/…\)/)).toBeTruthy();
  });

  it('resumed on a tab whose coach never started: asks for a reload', () => {
    const onReload = vi.fn();
    view({ reports: noBox(''), host: DEMO_HOST, tab: { kind: 'helpdesk', host: DEMO_HOST, site: { name: 'Zendesk', onPage: true } }, needsReload: true, onReload });
    expect(screen.getByRole('heading', { name: `Coaching is back on for ${DEMO_HOST}` })).toBeTruthy();
    expect(screen.getByText(/opened while coaching was paused/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload tab' }));
    expect(onReload).toHaveBeenCalledTimes(1);
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

  /** The background's side of "Coach this page" (it runs the content script in the tab). */
  function answerCoachHere() {
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: any) => {
      if (msg?.type !== 'coach:enable-here') return undefined;
      asked.push(msg);
      return Promise.resolve({ ok: true });
    });
    return asked;
  }

  const onTab = (url: string) => vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url } as never);

  /** The browser's host permissions: `granted` to start with; `request` grants when `answer` is true. */
  function permissions(answer: boolean | Error, granted = new Set<string>()) {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => granted.has(o)));
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
      if (answer instanceof Error) throw answer;
      if (answer) for (const o of p.origins ?? []) granted.add(o);
      return answer;
    });
    return { granted, contains, request };
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
    expect(send).toHaveBeenCalledWith(TAB, { type: 'finding:apply', boxId: 'box-1', key: f.key, suggestion: 0 }, { frameId: 3 });
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

  it('the site switch writes the setting and the popup shows coaching paused', async () => {
    answerReports(tabReports(DEMO_BOX));
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('switch', { name: `Coach on ${DEMO_HOST}` }));
    await screen.findByRole('heading', { name: `Coaching is paused on ${DEMO_HOST}` });
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('disabledSites')).disabledSites).toEqual([DEMO_HOST]));
  });

  it('when the background has nothing for the tab, says how to start', async () => {
    render(<App client={browserClient()} />);
    await screen.findByRole('heading', { name: 'Open a ticket and start typing a reply' });
  });

  it('on a matched helpdesk page with no reply box, names the helpdesk (and a custom domain’s definition)', async () => {
    onTab('https://acme.freshdesk.com/support/tickets/9');
    render(<App client={browserClient()} />);
    await screen.findByRole('heading', { name: 'No replies written on this page' });
    cleanup();
    await fakeBrowser.storage.local.set({ customDomains: ['help.northwind.example'], customDomainSites: { 'help.northwind.example': 'zammad' } });
    permissions(true, new Set(['https://help.northwind.example/*']));
    onTab('https://help.northwind.example/desktop/tickets/4');
    render(<App client={browserClient()} />);
    await screen.findByRole('heading', { name: 'No reply box found on this Zammad page' });
  });

  it('a paused site whose page loaded paused: Resume turns it back on and asks for a reload, which reloads the tab', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: [DEMO_HOST] });
    onTab(`https://${DEMO_HOST}/agent/tickets/12`);
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined as never);
    vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    await screen.findByRole('heading', { name: `Coaching is back on for ${DEMO_HOST}` });
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('disabledSites')).disabledSites).toEqual([]));
    fireEvent.click(screen.getByRole('button', { name: 'Reload tab' }));
    expect(reload).toHaveBeenCalledWith(TAB);
  });

  it('a site paused and resumed from the popup on a page with no reply box yet: no reload asked', async () => {
    onTab(`https://${DEMO_HOST}/agent/tickets/12`);
    render(<App client={browserClient()} />);
    const sw = await screen.findByRole('switch', { name: `Coach on ${DEMO_HOST}` });
    fireEvent.click(sw);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    await screen.findByRole('heading', { name: 'No reply box found on this Zendesk page' });
    expect(screen.queryByRole('button', { name: 'Reload tab' })).toBeNull();
  });

  it('a paused site with a running coach: Resume shows the report again, no reload', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: [DEMO_HOST] });
    answerReports({ tabId: TAB, host: DEMO_HOST, frames: {} });
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    // The coach re-checks its box once the setting changes; its report arrives live.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'report:update', report: DEMO_BOX }, from(TAB, 0));
    await screen.findByText('Needs a pass');
    expect(screen.queryByRole('button', { name: 'Reload tab' })).toBeNull();
  });

  it('on a site it does not coach, Coach this page asks for the host within the click, adds the domain and coaches the tab', async () => {
    const p = permissions(true);
    const coach = answerCoachHere();
    onTab('https://support.northwind.example/tickets/31');
    render(<App client={browserClient()} />);
    await screen.findByRole('heading', { name: 'Reply Coach doesn’t coach support.northwind.example' });
    fireEvent.click(screen.getByRole('button', { name: 'Coach this page' }));
    // Asked within the click: the browser only prompts during a user gesture.
    expect(p.request).toHaveBeenCalledWith({ origins: ['https://support.northwind.example/*'] });
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('customDomains')).customDomains).toEqual(['support.northwind.example']));
    await waitFor(() => expect(coach).toEqual([{ type: 'coach:enable-here', tabId: TAB }]));
    await screen.findByRole('heading', { name: 'No reply box found on this page' });
  });

  it('when the browser refuses the host (or throws), says so in plain words and offers to coach the page once', async () => {
    const p = permissions(false);
    const coach = answerCoachHere();
    onTab('https://support.northwind.example/tickets/31');
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Coach this page' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Permission for support.northwind.example was not granted, so it was not added'));
    expect((await fakeBrowser.storage.local.get('customDomains')).customDomains).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Coach this page' }));
    await waitFor(() => expect(coach).toEqual([{ type: 'coach:enable-here', tabId: TAB }]));
    expect(p.request).toHaveBeenCalledTimes(1);
    cleanup();

    permissions(new Error('This function must be called during a user gesture'));
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Coach this page' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The browser refused: This function must be called during a user gesture'));
  });

  it('on Gmail while it is off, Coach this page asks for its hosts and coaches the tab once granted', async () => {
    const p = permissions(true);
    const coach = answerCoachHere();
    onTab('https://mail.google.com/mail/u/0/#inbox');
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Coach this page' }));
    expect(p.request).toHaveBeenCalledWith({ origins: ['https://mail.google.com/*'] });
    await waitFor(() => expect(coach).toHaveLength(1));
    await screen.findByRole('heading', { name: 'No reply box found on this Gmail page' });
  });

  it('on a browser page, says Reply Coach can’t run there', async () => {
    onTab('chrome://extensions/');
    render(<App client={browserClient()} />);
    await screen.findByRole('heading', { name: 'Reply Coach can’t run on this page' });
  });

  it('an internal note’s “Open the setting” opens the options page at that setting', async () => {
    answerReports({ tabId: TAB, host: DEMO_HOST, frames: { 0: demoReports('note').frames[0] } });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App client={browserClient()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the setting' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#internal-notes$/) });
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

describe('popup.html?demo (scripts/screenshots.mjs)', () => {
  const seen: Record<string, () => boolean> = {
    findings: () => !!screen.queryByRole('img', { name: 'Score 51 out of 100' }) && !!screen.queryByText('To reword'),
    clean: () => !!screen.queryByRole('heading', { name: 'Looks good' }),
    off: () => !!screen.queryByRole('heading', { name: `Coaching is paused on ${DEMO_HOST}` }),
    none: () => !!screen.queryByRole('heading', { name: 'No reply box found on this Zendesk page' }),
    many: () => (screen.queryByLabelText('Reply box') as HTMLSelectElement | null)?.options.length === 2,
    readonly: () => screen.queryAllByRole('button', { name: /^Copy rewrite/ }).length > 0 && screen.queryAllByRole('button', { name: /^Apply/ }).length === 0,
    empty: () => !!screen.queryByRole('heading', { name: 'Start writing — Reply Coach checks as you type' }),
    note: () => !!screen.queryByRole('heading', { name: 'Internal note: not checked' }),
    web: () => !!screen.queryByRole('heading', { name: 'Reply Coach doesn’t coach support.northwind.example' }),
  };
  for (const [variant, shows] of Object.entries(seen)) {
    it(`?demo=${variant} renders its state`, async () => {
      render(<App client={demoClient(variant)} />);
      await waitFor(() => expect(shows()).toBe(true));
    });
  }
});

describe('coach this page (activeTab)', () => {
  it('offers the action where no reply box is watched and calls it', async () => {
    const onCoachHere = vi.fn();
    render(<PopupView status="ready" reports={null} siteEnabled onApply={vi.fn()} onCopy={vi.fn()} onToggleSite={vi.fn()} onOpenOptions={vi.fn()} onCoachHere={onCoachHere} />);
    fireEvent.click(screen.getByRole('button', { name: 'Coach this page' }));
    expect(onCoachHere).toHaveBeenCalledTimes(1);
  });
});
