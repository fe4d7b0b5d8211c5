/**
 * The whole popup as a pure view: everything it shows comes in through props and every action
 * goes out through callbacks, so it renders the same from the background's TabReports, from the
 * `?demo` sample and in tests. entrypoints/popup/App.tsx wires it to the browser.
 */
import { useState } from 'preact/hooks';
import { LANGS, type GuidelineId } from '../lib/checker/types';
import { readWhy } from '../lib/box-why';
import { languageName as sharedLanguageName, t } from '../lib/i18n';
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
        <h1 class="rc-header__title">{t('popup.title')}</h1>
        {managed || managedError ? (
          <span class="rc-badge" title={t('popup.teamPolicyTitle', { pack: lockedBy ?? t('popup.teamPolicyUnnamed') })}>
            {t('popup.teamPolicy')}
          </span>
        ) : null}
      </header>
      <main class="rc-main">
        {managedError ? (
          <p class="rc-note rc-note--error" role="alert" data-rc-policy-error="">
            {lockedBy ? t('popup.policyErrorNamed', { pack: lockedBy, error: managedError }) : t('popup.policyError', { error: managedError })}
          </p>
        ) : null}
        {status === 'loading' ? (
          <p class="rc-loading" role="status">
            {t('popup.loading')}
          </p>
        ) : host && !siteEnabled ? (
          <PopupEmpty icon="pause" title={t('popup.paused.title', { host })} action={{ label: t('popup.paused.resume'), onClick: () => onToggleSite(true) }}>
            {t('popup.paused.text')}
          </PopupEmpty>
        ) : (
          <BoxSection {...props} />
        )}
      </main>
      <footer class="rc-footer">
        {host && status === 'ready' ? <PopupSiteToggle host={host} enabled={siteEnabled} onChange={onToggleSite} /> : null}
        <div class="rc-footer__row">
          <button type="button" class="rc-link" onClick={() => onOpenOptions()}>
            {t('popup.teamRules')}
          </button>
          <a class="rc-link" href="/try.html" target="_blank" rel="noopener">
            {t('popup.try')}
          </a>
          <span class="rc-footer__note">{t('popup.private')}</span>
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
  // A reply in a language Reply Coach has no rules for gets no score: 100 would read as "good".
  const uncoached = r.words > 0 && !(LANGS as readonly string[]).includes(r.lang);
  return (
    <>
      {boxes.length > 1 ? (
        <div class="rc-picker">
          <label for="rc-box">{t('popup.replyBox')}</label>
          <select id="rc-box" value={keyOf(box)} onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}>
            {boxes.map((b, i) => (
              <option value={keyOf(b)} key={keyOf(b)}>
                {t(b === latestBox(boxes) ? 'popup.boxLastEdited' : 'popup.boxOption', { index: i + 1, total: boxes.length, editor: b.report.editor })}
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
          title={t('popup.note.title')}
          action={{ label: t('popup.note.action'), onClick: () => onOpenOptions('internal-notes') }}
        >
          {t('popup.note.text')}
        </PopupEmpty>
      ) : uncoached ? (
        <PopupEmpty icon="pause" title={t('popup.uncoached.title')}>
          {t('popup.uncoached.text', { language: languageName(r.lang) })}
        </PopupEmpty>
      ) : r.words === 0 ? (
        <PopupEmpty icon="compose" title={t('popup.empty.title')}>
          {t('popup.empty.text')}
        </PopupEmpty>
      ) : (
        <ReportScore score={r.score} findings={r.findings} checklist={r.checklist} words={r.words} gaps={r.gaps} />
      )}
      {flagged.length === 0 && r.words > 0 && !uncoached ? (
        <PopupEmpty icon="check" title={t('popup.good.title')}>
          {t('popup.good.text')}
          {missingNudge(r.checklist) ? ` ${missingNudge(r.checklist)}` : ''}
        </PopupEmpty>
      ) : null}
      {r.findings.length > 0 ? (
        <section class="rc-section" aria-labelledby="rc-findings-title">
          <h2 class="rc-section__title" id="rc-findings-title">
            {flagged.length ? t('popup.toReword') : t('popup.smallSuggestions')}
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
      {r.checklist.length > 0 && r.words > 0 && !uncoached ? (
        <section class="rc-section" aria-labelledby="rc-checklist-title">
          <h2 class="rc-section__title" id="rc-checklist-title">
            {t('popup.checklist')}
          </h2>
          <ReportChecklist items={r.checklist} guidelines={guidelines} lang={r.lang} />
        </section>
      ) : null}
    </>
  );
}

/** "Norwegian", "Simplified Chinese"… for a report's language code ('und': not recognized). */
function languageName(code: string): string {
  return code === 'und' ? t('popup.uncoached.unknown') : sharedLanguageName(code);
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
