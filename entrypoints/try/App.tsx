/**
 * The practice page: a customer's ticket and two reply boxes (a plain textarea, as in email
 * helpdesks, and a rich contenteditable editor, as in chat and ticket composers), each with a
 * draft that has something to coach. The coach runs on them exactly as on a helpdesk
 * (./coach.ts): underlines, the card, Apply, Ctrl+Z, the team's rules from the options page.
 * Nothing typed here is stored or sent.
 */
import { Component, createRef } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReplyCoachLogo } from '@/components/reply-coach-logo';
import type { ExplainedReport } from '@/lib/box-why';
import { getLocale, t, tParts, type UiLocale } from '@/lib/i18n';
import { useUiLocale } from '@/lib/i18n/use-locale';
import { watchSettings } from '@/lib/settings';
import { countsAsFlag } from '@/lib/page/severity';
import { startTryCoach } from './coach';

export const PLAIN_DRAFT =
  'Hi Dana,\n\nThe lid was packed exactly the way we pack thousands of them every week. As I already explained, a new lid ships on Friday.\n\nSam';

export const RICH_DRAFT = [
  'Hi Dana,',
  'Unfortunately that is our policy and there is nothing we can do about it. You should have opened the parcel while the courier was still there.',
  'Best,',
  'Sam',
];

type BoxKind = 'plain' | 'rich';

/** Fills the rich editor with paragraphs, as text (never markup). */
function fillRich(el: HTMLElement, paragraphs: readonly string[]): void {
  el.replaceChildren(
    ...paragraphs.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
}

/** Puts the draft back in the textarea the way typing would, so the coach checks it again. */
function fillPlain(el: HTMLTextAreaElement, text: string): void {
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** What the box's latest check found, in one line under it. */
function statusOf(report: ExplainedReport | undefined): string {
  if (!report) return t('try.checking');
  const flags = report.findings.filter(countsAsFlag).length;
  const nudges = report.findings.length - flags;
  if (!report.findings.length) return t('try.nothing');
  const parts = [flags ? t('try.flags', { count: flags }) : '', nudges ? t('try.nudges', { count: nudges }) : ''].filter(Boolean);
  return t('try.status', { parts: parts.join(t('list.separator')) });
}

/**
 * The two editables, rendered once: after that the coach and the person typing own their
 * contents, and the page's own re-renders (the status lines) never touch them.
 */
class Editors extends Component<{ locale: UiLocale; onReady: (plain: HTMLTextAreaElement, rich: HTMLDivElement) => void }> {
  private readonly plain = createRef<HTMLTextAreaElement>();
  private readonly rich = createRef<HTMLDivElement>();

  /** Only the labels follow a change of language; the editables themselves are never re-rendered. */
  override shouldComponentUpdate(next: { locale: UiLocale }): boolean {
    return next.locale !== this.props.locale;
  }

  override componentDidMount(): void {
    this.props.onReady(this.plain.current!, this.rich.current!);
  }

  override render() {
    return (
      <>
        <div class="rc-try-slot" data-slot="plain">
          <label class="rc-try-box__label" for="try-plain">
            {t('try.emailReply')} <span class="rc-try-box__kind">{t('try.plainBox')}</span>
          </label>
          <textarea id="try-plain" class="rc-try-box__plain" rows={9} spellcheck={false} ref={this.plain} />
        </div>
        <div class="rc-try-slot" data-slot="rich">
          <p class="rc-try-box__label" id="try-rich-label">
            {t('try.chatReply')} <span class="rc-try-box__kind">{t('try.richEditor')}</span>
          </p>
          <div
            id="try-rich"
            class="rc-try-box__rich"
            contentEditable
            role="textbox"
            aria-multiline="true"
            aria-labelledby="try-rich-label"
            spellcheck={false}
            ref={this.rich}
          />
        </div>
      </>
    );
  }
}

export function TryPage() {
  const [reports, setReports] = useState<Partial<Record<BoxKind, ExplainedReport>>>({});
  const [sent, setSent] = useState<BoxKind | null>(null);
  const boxes = useRef<{ plain: HTMLTextAreaElement; rich: HTMLDivElement } | null>(null);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => () => stop.current?.(), []);
  // The language setting, followed live like the rest of the settings.
  const [uiLocale, setUiLocale] = useState<unknown>(undefined);
  useEffect(() => watchSettings((s) => setUiLocale(s.uiLocale ?? 'auto')), []);
  useUiLocale(uiLocale);
  useEffect(() => {
    document.title = t('try.title');
  });

  const ready = (plain: HTMLTextAreaElement, rich: HTMLDivElement) => {
    boxes.current = { plain, rich };
    plain.value = PLAIN_DRAFT;
    fillRich(rich, RICH_DRAFT);
    // The page has one textarea and one rich editor: the report's editor kind says which box it is.
    stop.current = startTryCoach([plain, rich], (report) =>
      setReports((r) => ({ ...r, [report.editor === 'textarea' ? 'plain' : 'rich']: report })),
    );
  };

  const reset = () => {
    if (!boxes.current) return;
    fillPlain(boxes.current.plain, PLAIN_DRAFT);
    fillRich(boxes.current.rich, RICH_DRAFT);
    setSent(null);
  };

  return (
    <div class="rc-try-page">
      <header class="rc-try-top">
        <ReplyCoachLogo />
        <h1 class="rc-try-top__title">{t('try.title')}</h1>
        <a class="rc-try-top__link" href="/options.html">
          {t('try.teamRules')}
        </a>
      </header>

      <main class="rc-try-main">
        <p class="rc-try-intro">
          {tParts('try.intro', {
            altEnter: (
              <>
                <kbd>Alt</kbd>+<kbd>Enter</kbd>
              </>
            ),
            ctrlZ: (
              <>
                <kbd>Ctrl</kbd>+<kbd>Z</kbd>
              </>
            ),
          })}
        </p>

        <article class="rc-ticket" aria-labelledby="ticket-subject">
          <header class="rc-ticket__head">
            <h2 class="rc-ticket__subject" id="ticket-subject">
              Lid arrived cracked — order #48213
            </h2>
            <p class="rc-ticket__meta">Dana Whitfield · via email · 2 hours ago</p>
          </header>
          <div class="rc-ticket__body">
            <p>Hi,</p>
            <p>
              My travel mug arrived today and the lid is cracked right across, so it leaks. I paid for express shipping
              because it's a birthday present for Saturday. Can you get a new lid to me before then? Photos attached.
            </p>
            <p>Thanks, Dana</p>
          </div>
        </article>

        <div class="rc-try-boxes">
          <Editors locale={getLocale()} onReady={ready} />
          {(['plain', 'rich'] as const).map((kind) => (
            <div class="rc-try-foot" data-foot={kind} key={kind}>
              <p class="rc-try-foot__status" role="status" data-try-status={kind}>
                {sent === kind ? t('try.notSent') : statusOf(reports[kind])}
              </p>
              <button type="button" class="rc-try-send" onClick={() => setSent(kind)}>
                {t('try.send')}
              </button>
            </div>
          ))}
        </div>

        <p class="rc-try-actions">
          <button type="button" class="rc-try-reset" onClick={reset}>
            {t('try.reset')}
          </button>
        </p>
      </main>
    </div>
  );
}
