// @vitest-environment happy-dom
/** The try-it box on its own: when it checks (debounced), what it keeps, how Apply edits the sample. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { applyToSample, OptionsTryIt, TRY_DELAY_MS, TRY_EXAMPLE, type TryLint } from '../../components/options-try-it';
import type { Finding, Report, Settings } from '../../lib/checker/types';
import type { ReportedFinding } from '../../lib/messages';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function finding(text: string, start: number, extra: Partial<Finding> = {}): ReportedFinding {
  return {
    key: `k-${start}`,
    ruleId: 'en.condescending.already-explained',
    category: 'condescending',
    severity: 'warning',
    start,
    end: start + text.length,
    text,
    message: 'Reminding the customer you already said it reads as impatience.',
    guideline: 'G4',
    suggestions: [],
    ...extra,
  };
}

/** A lint that flags "as I said" wherever it is, and records what it was asked. */
function fakeLint() {
  const calls: Array<{ text: string; settings: Settings }> = [];
  const lint: TryLint = async (text, settings) => {
    calls.push({ text, settings });
    const at = text.indexOf('as I said');
    const findings = at >= 0 && settings.rules?.['x']?.enabled !== false ? [finding('as I said', at)] : [];
    const report: Report = { lang: 'en', score: findings.length ? 80 : 100, findings, checklist: [], words: 1, gaps: 0 };
    return { report, hasRules: true };
  };
  return { lint, calls };
}

const typeInto = (value: string) => fireEvent.input(screen.getByLabelText('Sample reply'), { target: { value } });
const wait = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

describe('OptionsTryIt', () => {
  it('checks once typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers();
    const { lint, calls } = fakeLint();
    render(<OptionsTryIt settings={{ rules: {} }} lint={lint} onCopy={async () => true} />);
    for (const text of ['W', 'We', 'We said', 'We said, as I said']) {
      typeInto(text);
      await wait(TRY_DELAY_MS / 3);
    }
    expect(calls).toEqual([]);
    await wait(TRY_DELAY_MS);
    expect(calls.map((c) => c.text)).toEqual(['We said, as I said']);
    expect(screen.getByText('as I said').tagName).toBe('MARK');
    expect(screen.getByText('1 flag with the rules as they are on this page.')).toBeTruthy();
  });

  it('checks again when the rules change, with the new rules', async () => {
    vi.useFakeTimers();
    const { lint, calls } = fakeLint();
    const view = render(<OptionsTryIt settings={{ rules: {} }} lint={lint} onCopy={async () => true} />);
    typeInto('Well, as I said.');
    await wait(TRY_DELAY_MS);
    expect(screen.queryByText('as I said')).toBeTruthy();
    view.rerender(<OptionsTryIt settings={{ rules: { x: { enabled: false } } }} lint={lint} onCopy={async () => true} />);
    await wait(TRY_DELAY_MS);
    expect(calls.at(-1)?.settings.rules).toEqual({ x: { enabled: false } });
    expect(screen.queryByText('as I said')).toBeNull();
    expect(screen.getByText('Nothing flagged with the rules as they are on this page.')).toBeTruthy();
  });

  it('an empty sample is not checked; "Fill in an example" puts one in', async () => {
    vi.useFakeTimers();
    const { lint, calls } = fakeLint();
    render(<OptionsTryIt settings={{}} lint={lint} onCopy={async () => true} />);
    typeInto('   ');
    await wait(TRY_DELAY_MS * 2);
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Fill in an example' }));
    expect((screen.getByLabelText('Sample reply') as HTMLTextAreaElement).value).toBe(TRY_EXAMPLE);
    await wait(TRY_DELAY_MS);
    expect(calls.map((c) => c.text)).toEqual([TRY_EXAMPLE]);
  });

  it('shows rule text as text, never as markup', async () => {
    vi.useFakeTimers();
    const lint: TryLint = async (text) => ({
      report: { lang: 'en', score: 90, findings: [finding(text, 0, { message: '<img src=x onerror=alert(1)>' })], checklist: [], words: 1, gaps: 0 },
      hasRules: true,
    });
    render(<OptionsTryIt settings={{}} lint={lint} onCopy={async () => true} />);
    typeInto('<b>bold</b>');
    await wait(TRY_DELAY_MS);
    expect(document.querySelector('.rc-try img, .rc-try b')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('applyToSample', () => {
  const text = 'Hi. As I said, it ships Friday.';
  it("uses the checker's exact fix when there is one, else replaces the flagged words", () => {
    const f = finding('As I said, ', 4, {
      suggestions: [''],
      fixes: [{ start: 4, end: 16, text: 'I', sentence: 'It ships Friday.' }],
    });
    expect(applyToSample(text, f, 0)).toBe('Hi. It ships Friday.');
    expect(applyToSample(text, { ...f, fixes: undefined }, 0)).toBe('Hi. it ships Friday.');
  });

  it('refuses when the words moved or the suggestion is gone', () => {
    const f = finding('As I said', 4, { suggestions: ['x'] });
    expect(applyToSample(`!${text}`, f, 0)).toBeNull();
    expect(applyToSample(text, f, 3)).toBeNull();
  });
});
