/**
 * One coached reply box: reads its text through the adapter, lints it (after the idle delay,
 * never during IME composition, quote and signature nodes left out), draws the underlines,
 * sets the test hook and reports. The card is the coach's (one per frame).
 */
import type { BoxWhy, ExplainedReport } from '../box-why';
import type { Range as TextRange, Report, Settings } from '../checker/types';
import { selectionOffsets } from '../editors/apply';
import { bindAdapter, type ReadOnlyReason } from '../editors/binding';
import { createHighlighter, outranks, type Highlighter } from '../editors/highlights';
import type { EditorAdapter, TextSnapshot } from '../editors/types';
import type { ReportedFinding } from '../messages';
import { MAX_REPORT_FINDINGS } from '../message-bounds';
import { allowListHides, type AllowListSettings } from '../settings/allow-match';
import type { SiteDef } from '../sites/types';
import { ContextTimer, whileValid, type PageContext } from './context';
import { isTextarea, setFindingsHook } from './dom';
import { withKeys } from './finding-key';
import { countsAsFlag } from './severity';
import { isNoteAt } from './site-dom';

/** Idle time after the last keystroke before a check (docs/helpdesks.md §F7: 300 ms). */
export const CHECK_DELAY_MS = 300;

/**
 * Text → Report. In a helpdesk page the background engine checks (lib/page/remote-lint.ts: a
 * promise, null when a newer check of the same box overtook it); the extension's own pages check
 * in place (a report at once).
 */
export type LintFn = (
  text: string,
  opts: { settings: Settings; ignore: TextRange[]; boxId: string },
) => Report | Promise<Report | null>;

/** What a box needs from the coach that owns it. */
export interface BoxHost {
  readonly context: PageContext;
  lint: LintFn;
  /** Settings in force (null until loaded). */
  settings(): (Settings & AllowListSettings & { coachInternalNotes: boolean }) | null;
  /** Coaching is paused on this site. */
  paused(): boolean;
  layer(): HTMLElement;
  onChecked(box: ReplyBox): void;
  /** The agent is about to type here: lets a background engine start before the check is due. */
  wake?(): void;
  report(report: ExplainedReport): void;
  removeReport(boxId: string): void;
}

export class ReplyBox {
  readonly adapter: EditorAdapter;
  /** Why Apply is off in this box (absent: the site binds its adapter). */
  readonly readOnly?: ReadOnlyReason;
  readonly hook: HTMLElement;
  readonly highlighter: Highlighter;
  /** Findings currently drawn, in `snap.text` offsets. */
  findings: ReportedFinding[] = [];
  snap: TextSnapshot | null = null;
  composing = false;
  /** Checks started: an answer to an older one is not drawn. */
  private runs = 0;
  /** "Ignore here": keys of findings dismissed in this box. */
  private readonly ignored = new Set<string>();
  /** Quote and signature selectors of the site: their text inside the box is not checked. */
  private readonly unchecked: readonly string[];
  private readonly timer: ContextTimer;
  private readonly abort = new AbortController();

  constructor(
    readonly id: string,
    readonly el: HTMLElement,
    readonly site: SiteDef,
    private readonly host: BoxHost,
  ) {
    const bound = bindAdapter(el, site.editor);
    this.adapter = bound.adapter;
    this.readOnly = bound.readOnly;
    this.hook = this.adapter.hookTarget?.(el) ?? el;
    this.highlighter = createHighlighter(el, host.layer());
    this.unchecked = [...(site.quote ?? []), ...(site.signature ?? [])];
    this.timer = new ContextTimer(host.context);
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
      el.addEventListener(type, whileValid(host.context, fn), { signal: this.abort.signal });
    on('input', () => {
      this.highlighter.editing();
      this.schedule();
    });
    on('compositionstart', () => {
      this.composing = true;
      this.timer.clear();
    });
    on('compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    on('focus', () => {
      this.highlighter.sync();
      host.wake?.();
    });
    on('keydown', () => host.wake?.());
  }

  /** Aborted when the box is destroyed: scope for listeners the coach adds to it. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get canApply(): boolean {
    return this.adapter.canApply;
  }

  /** The drawn finding with this key. */
  finding(key: string): ReportedFinding | undefined {
    return this.findings.find((f) => f.key === key);
  }

  /** Check again after CHECK_DELAY_MS of quiet. */
  schedule(delay = CHECK_DELAY_MS): void {
    if (this.composing) {
      this.timer.clear();
      return; // compositionend schedules
    }
    this.timer.start(() => this.run(), delay);
  }

  /** Whether the box is in internal-note mode (lib/sites/types.ts `internalNote`; asked at every check: the agent toggles it). */
  isInternalNote(): boolean {
    return isNoteAt(this.el, this.site.internalNote);
  }

  /** What the popup says about this box: the site definition, why it is read-only or not checked. */
  private why(skipped: boolean): BoxWhy {
    return {
      site: this.site.id,
      siteName: this.site.name,
      ...(this.readOnly ? { readOnly: this.readOnly } : {}),
      ...(this.readOnly === 'site' && this.site.editor.readOnly ? { readOnlyNote: this.site.editor.readOnly } : {}),
      ...(skipped ? { skipped: 'internal-note' as const } : {}),
    };
  }

  /** Checks now; an engine's answer is drawn when it comes, if the text is still the text checked. */
  run(): void {
    this.timer.clear();
    if (this.composing || this.abort.signal.aborted || !this.host.context.isValid) return;
    const settings = this.host.settings();
    if (!settings) return; // the coach runs every box once settings are read
    if (this.host.paused()) {
      this.clear();
      return;
    }
    const snap = this.adapter.read(this.el, { ignore: this.unchecked });
    const run = ++this.runs;
    if (this.isInternalNote() && !settings.coachInternalNotes) {
      this.draw(snap, null);
      return;
    }
    const result = this.host.lint(snap.text, { settings, ignore: snap.ignore, boxId: this.id });
    if (!(result instanceof Promise)) {
      this.draw(snap, result);
      return;
    }
    result.then(
      (report) => {
        if (!report || run !== this.runs || this.composing || this.abort.signal.aborted || !this.host.context.isValid) return;
        // Typed or applied since: never draw offsets of a text that is gone.
        const now = this.adapter.read(this.el, { ignore: this.unchecked });
        if (now.text !== snap.text) {
          this.schedule();
          return;
        }
        this.draw(now, report);
      },
      () => {
        // The engine could not check (the extension is reloading): the next edit tries again.
      },
    );
  }

  /** Draws a check of `snap` (null: an internal note left alone), sets the hook and reports. */
  private draw(snap: TextSnapshot, report: Report | null): void {
    this.snap = snap;
    // "Ignore here" keys, then the agent's "Ignore everywhere" phrases.
    const settings = this.host.settings();
    const findings = report ? withKeys(report.findings, snap.text).filter((f) => !this.ignored.has(f.key) && !allowListHides(settings, f)) : [];
    this.findings = findings;
    this.highlighter.render(
      findings.map((f) => ({ id: f.key, start: f.start, end: f.end, severity: f.severity })),
      snap,
    );
    setFindingsHook(this.hook, findings.filter(countsAsFlag).length);
    this.host.report({
      boxId: this.id,
      editor: this.adapter.id,
      canApply: this.adapter.canApply,
      lang: report?.lang ?? 'und',
      score: report?.score ?? 100,
      words: report?.words ?? 0,
      gaps: report?.gaps ?? 0,
      // The background refuses bigger reports (lib/messages-schema.ts).
      findings: findings.length > MAX_REPORT_FINDINGS ? findings.slice(0, MAX_REPORT_FINDINGS) : findings,
      checklist: report?.checklist ?? [],
      at: Date.now(),
      why: this.why(report === null),
    });
    this.host.onChecked(this);
  }

  /** "Ignore here": the finding stays dismissed in this box across re-checks (run() to redraw). */
  ignore(key: string): void {
    this.ignored.add(key);
  }

  /** Text offset of the caret (selection focus) inside the box, or null. */
  caret(): number | null {
    if (isTextarea(this.el)) {
      const ta = this.el as HTMLTextAreaElement;
      return ta.ownerDocument.activeElement === ta ? ta.selectionEnd : null;
    }
    const snap = this.adapter.read(this.el);
    const sel = selectionOffsets(this.el, snap);
    return sel ? sel[1] : null;
  }

  /** Key of the finding under the caret offset (its span, ends included; the one that outranks on overlap). */
  findingAt(offset: number): string | null {
    let best: ReportedFinding | null = null;
    for (const f of this.findings) {
      if (f.start <= offset && offset <= f.end && (!best || outranks(f, best))) best = f;
    }
    return best?.key ?? null;
  }

  /** Selection as text offsets, to put back after the card had focus. */
  saveSelection(): [number, number] | null {
    if (isTextarea(this.el)) {
      const ta = this.el as HTMLTextAreaElement;
      return [ta.selectionStart, ta.selectionEnd];
    }
    return selectionOffsets(this.el, this.adapter.read(this.el));
  }

  /** Drop drawings, hook and report (site paused). */
  clear(): void {
    this.findings = [];
    this.highlighter.render([], this.snap ?? this.adapter.read(this.el));
    setFindingsHook(this.hook, null);
    this.host.removeReport(this.id);
  }

  destroy(): void {
    this.timer.dispose();
    this.abort.abort();
    this.highlighter.destroy();
    setFindingsHook(this.hook, null);
    this.host.removeReport(this.id);
  }
}
