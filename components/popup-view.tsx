/**
 * The whole popup as a pure view: everything it shows comes in through props and every action
 * goes out through callbacks, so it renders the same from the background's TabReports, from the
 * `?demo` sample and in tests. entrypoints/popup/App.tsx wires it to the browser.
 */
import { useState } from 'preact/hooks';
import type { GuidelineId } from '../lib/checker/types';
import { readWhy } from '../lib/box-why';
import type { ApplyResult, BoxReport, ReportedFinding, TabReports } from '../lib/messages';
import { countsAsFlag } from '../lib/page/severity';
import { PopupWhy, readOnlyText } from './popup-why';
import { missingNudge } from './report-labels';
import { ReportChecklist } from './report-checklist';
import { ReportFindings } from './report-findings';
import { ReportScore } from './report-score';
import { PopupEmpty } from './popup-empty';
import { PopupNoBox, type EnableState, type OptionsAnchor, type TabPage } from './popup-no-box';
import { PopupSiteToggle } from './popup-site-toggle';

export type { EnableState, EnableTarget, OptionsAnchor, PageSiteView, TabPage } from './popup-no-box';

export interface BoxRef {
  frameId: number;
  report: BoxReport;
}

export interface PopupViewProps {
  status: 'loading' | 'ready';
  /** null: the page has no content script (a browser page, a site that is not a helpdesk). */
  reports: TabReports | null;
  /** How Reply Coach stands on the tab's page, so a page without a reply box can say why. */
  tab?: TabPage;
  /** The site the switch and the paused state are about (default: the reports' host). */
  host?: string;
  siteEnabled: boolean;
  /** A managed policy sets the team rules. */
  managed?: boolean;
  /** The organization's rule pack could not be read (the rules are locked at their defaults), with the reason. */
  managedError?: string;
  /** Who set the locks (the policy pack's name). */
  lockedBy?: string;
  guidelines?: Partial<Record<GuidelineId, string>>;
  onApply: (box: BoxRef, finding: ReportedFinding, suggestion: number) => Promise<ApplyResult>;
  onCopy: (text: string) => Promise<boolean>;
  onShow?: (box: BoxRef, finding: ReportedFinding) => void;
  onToggleSite: (enabled: boolean) => void;
  onOpenOptions: (anchor?: OptionsAnchor) => void;
  /** Coach this page once (activeTab): offered where no reply box is watched. */
  onCoachHere?: () => void;
  /** Turn Reply Coach on for a site it does not coach (asks the browser within the click). */
  onEnableSite?: () => void;
  enable?: EnableState;
  /** Coaching was resumed on a tab whose coach never started: it needs a reload. */
  needsReload?: boolean;
  onReload?: () => void;
}

/** Every watched box of the tab, in a stable order (frame, then box id). */
export function listBoxes(reports: TabReports | null): BoxRef[] {
  if (!reports) return [];
  const out: BoxRef[] = [];
  for (const [frameId, boxes] of Object.entries(reports.frames ?? {})) {
    for (const report of Object.values(boxes ?? {})) out.push({ frameId: Number(frameId), report });
  }
  return out.sort((a, b) => a.frameId - b.frameId || a.report.boxId.localeCompare(b.report.boxId, 'en', { numeric: true }));
}

/** The box the agent is working in: the one checked last (reports are sent after every check). */
export function latestBox(boxes: BoxRef[]): BoxRef | undefined {
  return boxes.reduce<BoxRef | undefined>((best, b) => (!best || b.report.at > best.report.at ? b : best), undefined);
}

const keyOf = (b: BoxRef) => `${b.frameId}/${b.report.boxId}`;

export function PopupView(props: PopupViewProps) {
  const { status, reports, siteEnabled, managed, managedError, lockedBy, onToggleSite, onOpenOptions } = props;
  const host = props.host ?? reports?.host ?? '';
  return (
    <div class="rc-popup">
      <header class="rc-header">
        <Logo />
        <h1 class="rc-header__title">Reply Coach</h1>
        {managed || managedError ? (
          <span class="rc-badge" title={`Set by your organization: ${lockedBy ?? 'team policy'}`}>
            Team policy
          </span>
        ) : null}
      </header>
      <main class="rc-main">
        {managedError ? (
          <p class="rc-note rc-note--error" role="alert" data-rc-policy-error="">
            Your organization's rule pack{lockedBy ? ` (${lockedBy})` : ''} could not be read, so the built-in rules run at their
            defaults and are locked: {managedError}
          </p>
        ) : null}
        {status === 'loading' ? (
          <p class="rc-loading" role="status">
            Checking this tab…
          </p>
        ) : host && !siteEnabled ? (
          <PopupEmpty icon="pause" title={`Coaching is paused on ${host}`} action={{ label: 'Resume', onClick: () => onToggleSite(true) }}>
            Replies you write here are not checked. Your other sites are not affected.
          </PopupEmpty>
        ) : (
          <BoxSection {...props} />
        )}
      </main>
      <footer class="rc-footer">
        {host && status === 'ready' ? <PopupSiteToggle host={host} enabled={siteEnabled} onChange={onToggleSite} /> : null}
        <div class="rc-footer__row">
          <button type="button" class="rc-link" onClick={() => onOpenOptions()}>
            Team rules…
          </button>
          <a class="rc-link" href="/try.html" target="_blank" rel="noopener">
            Try Reply Coach
          </a>
          <span class="rc-footer__note">Private: your replies never leave the browser.</span>
        </div>
      </footer>
    </div>
  );
}

function BoxSection(props: PopupViewProps) {
  const { reports, guidelines, onApply, onCopy, onShow, onOpenOptions } = props;
  const boxes = listBoxes(reports);
  const [picked, setPicked] = useState<string | null>(null);
  const box = boxes.find((b) => keyOf(b) === picked) ?? latestBox(boxes);
  if (!box) {
    const host = props.host ?? reports?.host ?? '';
    return (
      <PopupNoBox
        tab={props.tab ?? { kind: 'unknown' }}
        enable={props.enable}
        needsReload={props.needsReload && host ? { host } : undefined}
        onEnableSite={props.onEnableSite}
        onCoachHere={props.onCoachHere}
        onReload={props.onReload}
        onOpenOptions={onOpenOptions}
      />
    );
  }
  const r = box.report;
  const why = readWhy(r);
  const flagged = r.findings.filter(countsAsFlag);
  return (
    <>
      {boxes.length > 1 ? (
        <div class="rc-picker">
          <label for="rc-box">Reply box</label>
          <select id="rc-box" value={keyOf(box)} onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}>
            {boxes.map((b, i) => (
              <option value={keyOf(b)} key={keyOf(b)}>
                {`${i + 1} of ${boxes.length} · ${b.report.editor}${b === latestBox(boxes) ? ' · last edited' : ''}`}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <PopupWhy why={why} editor={r.editor} />
      {!r.canApply ? (
        <p class="rc-note" data-rc-read-only="">
          {readOnlyText(why, r.editor)}
        </p>
      ) : null}
      {why?.skipped === 'internal-note' ? (
        <PopupEmpty
          icon="pause"
          title="Internal note: not checked"
          action={{ label: 'Open the setting', onClick: () => onOpenOptions('internal-notes') }}
        >
          The customer never reads notes, and coaching internal notes is off. Turn on “Coach internal notes” in the options to
          check them too.
        </PopupEmpty>
      ) : r.words === 0 ? (
        <PopupEmpty icon="compose" title="Start writing — Reply Coach checks as you type">
          The score, the phrases worth rewording and the reply checklist show up here once the reply has words in it.
        </PopupEmpty>
      ) : (
        <ReportScore score={r.score} findings={r.findings} checklist={r.checklist} words={r.words} gaps={r.gaps} />
      )}
      {flagged.length === 0 && r.words > 0 ? (
        <PopupEmpty icon="check" title="Looks good">
          Nothing to reword in this reply.{missingNudge(r.checklist) ? ` ${missingNudge(r.checklist)}` : ''}
        </PopupEmpty>
      ) : null}
      {r.findings.length > 0 ? (
        <section class="rc-section" aria-labelledby="rc-findings-title">
          <h2 class="rc-section__title" id="rc-findings-title">
            {flagged.length ? 'To reword' : 'Small suggestions'}
          </h2>
          <ReportFindings
            key={keyOf(box)}
            findings={r.findings}
            canApply={r.canApply}
            guidelines={guidelines}
            onApply={(f, i) => onApply(box, f, i)}
            onCopy={onCopy}
            onShow={onShow ? (f) => onShow(box, f) : undefined}
          />
        </section>
      ) : null}
      {r.checklist.length > 0 && r.words > 0 ? (
        <section class="rc-section" aria-labelledby="rc-checklist-title">
          <h2 class="rc-section__title" id="rc-checklist-title">
            Checklist
          </h2>
          <ReportChecklist items={r.checklist} guidelines={guidelines} />
        </section>
      ) : null}
    </>
  );
}

function Logo() {
  return (
    <svg class="rc-logo" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <rect x="1" y="2" width="22" height="17" rx="5" fill="currentColor" />
      <path d="M7 19l-1 4 5-4z" fill="currentColor" />
      <path d="M7.5 10.8l2.6 2.6 6.4-6.4" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
