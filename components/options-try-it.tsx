/**
 * The options page's try-it box: paste a sample reply and see what the team's rules flag, as
 * the page holds them right now (a switch just flipped counts before its write lands). Findings
 * are rendered by the popup's own components (./report-findings.tsx), so what a team lead sees
 * here is what an agent sees; Apply writes the rewrite into the sample, Copy copies it.
 * Re-checked after a short pause in typing and whenever the rules change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report, Settings } from '../lib/checker/types';
import type { ApplyResult, ReportedFinding } from '../lib/messages';
import { withKeys } from '../lib/page/finding-key';
import { countsAsFlag } from '../lib/page/severity';
import { getLocale, listAnd, localeTag, t } from '../lib/i18n';
import { ReportFindings } from './report-findings';
import './options-try-it.css';

/** Idle time after the last keystroke or rule change before a check, as in a reply box. */
export const TRY_DELAY_MS = 300;

/** A reply with a few things to coach, for "Fill in an example". */
export const TRY_EXAMPLE =
  'Hi Dana,\n\nUnfortunately that is our policy and there is nothing we can do about it. You should have contacted us within 14 days of delivery. As I already explained, the replacement ships on Friday.\n\nBest,\nSam';

/** The check, and whether the reply's language has rules at all (others pass silently). */
export type TryLint = (text: string, settings: Settings) => Promise<{ report: Report; hasRules: boolean }>;

export interface OptionsTryItProps {
  /** The rules as the page shows them (rules, custom rules, guideline wording). */
  settings: Settings;
  /** The checker (loaded lazily by the page). */
  lint: TryLint;
  onCopy: (text: string) => Promise<boolean>;
  delayMs?: number;
}

interface Checked {
  text: string;
  lang: string;
  hasRules: boolean;
  findings: ReportedFinding[];
}

/** What a finding's suggestion `i` makes of `text`: the checker's exact fix, else the flagged words replaced. */
export function applyToSample(text: string, f: ReportedFinding, i: number): string | null {
  if (text.slice(f.start, f.end) !== f.text || f.suggestions[i] === undefined) return null;
  const fix = f.fixes?.[i];
  const [start, end, insert] = fix ? [fix.start, fix.end, fix.text] : [f.start, f.end, f.suggestions[i]];
  return text.slice(0, start) + insert + text.slice(end);
}

/** "French" for `fr` (in the UI's language); the code itself where the browser has no name for it. */
function langName(code: string): string {
  try {
    return new Intl.DisplayNames([localeTag(getLocale())], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function nothingFlagged({ hasRules, lang }: Checked): string {
  if (hasRules) return t('tryIt.nothing');
  if (lang === 'und') return t('tryIt.unknownLang');
  return t('tryIt.noRules', { language: langName(lang) });
}

function summary(findings: ReportedFinding[]): string {
  const flags = findings.filter(countsAsFlag).length;
  const nudges = findings.length - flags;
  const parts = [flags ? t('tryIt.flags', { count: flags }) : '', nudges ? t('tryIt.nudges', { count: nudges }) : ''];
  return t('tryIt.summary', { parts: listAnd(parts.filter(Boolean)) });
}

export function OptionsTryIt({ settings, lint, onCopy, delayMs = TRY_DELAY_MS }: OptionsTryItProps) {
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [failed, setFailed] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const { rules, custom, guidelines } = settings;

  useEffect(() => {
    if (!text.trim()) {
      setChecked(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      lint(text, { rules, custom, guidelines }).then(
        ({ report, hasRules }) => {
          if (!current) return;
          setFailed('');
          setChecked({ text, lang: report.lang, hasRules, findings: withKeys(report.findings, text) });
        },
        (err: unknown) => current && setFailed(err instanceof Error ? err.message : String(err)),
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, rules, custom, guidelines, lint, delayMs]);

  const apply = async (f: ReportedFinding, i: number): Promise<ApplyResult> => {
    // The sample changed since this check: the offsets may point elsewhere now.
    if (!checked || checked.text !== text) return { ok: false, reason: 'stale' };
    const next = applyToSample(text, f, i);
    if (next === null) return { ok: false, reason: 'stale' };
    setText(next);
    return { ok: true };
  };

  const fresh = checked !== null && checked.text === text;

  return (
    <div class="rc-card rc-try">
      <div class="rc-try__input">
        <div class="rc-try__labels">
          <label class="rc-field__label" for="try-text">
            {t('tryIt.label')}
          </label>
          <button
            type="button"
            class="rc-link"
            onClick={() => {
              setText(TRY_EXAMPLE);
              field.current?.focus();
            }}
          >
            {t('tryIt.example')}
          </button>
        </div>
        <textarea
          ref={field}
          id="try-text"
          class="rc-input rc-textarea rc-try__text"
          rows={12}
          value={text}
          placeholder={t('tryIt.placeholder')}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-describedby="try-summary"
        />
      </div>
      <div class="rc-try__result" aria-busy={text.trim() && !fresh ? 'true' : undefined}>
        {/* Polite, and not a second role="status": the page's save status is its one status line. */}
        <p class="rc-try__summary" id="try-summary" aria-live="polite">
          {failed
            ? t('tryIt.failed', { error: failed })
            : !checked
              ? t('tryIt.idle')
              : !checked.findings.length
                ? nothingFlagged(checked)
                : summary(checked.findings)}
        </p>
        {checked?.findings.length ? (
          <ReportFindings findings={checked.findings} canApply guidelines={guidelines} onApply={apply} onCopy={onCopy} />
        ) : null}
      </div>
    </div>
  );
}
