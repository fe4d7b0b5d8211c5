// @vitest-environment happy-dom
/** The in-page card's DOM contract (used by the end-to-end tests) and its actions. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { FindingCard, type FindingCardProps } from '../../components/finding-card';
import type { Finding } from '../../lib/checker/types';
import { GUIDELINES_EN } from '../../lib/guidelines/en';

const finding: Finding = {
  ruleId: 'en.defensive.not-our-fault',
  category: 'defensive',
  severity: 'warning',
  start: 10,
  end: 23,
  text: 'not our fault',
  message: 'Defends the company instead of helping.',
  guideline: 'G3',
  suggestions: ['something we will fix', 'because of [reason]'],
};

function card(overrides: Partial<FindingCardProps> = {}) {
  const props: FindingCardProps = {
    finding,
    guideline: GUIDELINES_EN.G3,
    canApply: true,
    status: '',
    onApply: vi.fn(),
    onCopy: vi.fn(),
    onIgnore: vi.fn(),
    onDisableRule: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const { container } = render(<FindingCard {...props} />);
  return { props, root: container.querySelector('[data-rc-card]') as HTMLElement };
}

afterEach(cleanup);

describe('FindingCard', () => {
  it('is a labelled dialog with category, message and guideline id + title', () => {
    const { root } = card();
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.getAttribute('aria-label')).toContain('Defensive');
    expect(root.querySelector('[data-rc-category]')!.getAttribute('data-rc-category')).toBe('defensive');
    expect(root.textContent).toContain(finding.message);
    const g = root.querySelector('[data-rc-guideline]')!;
    expect(g.getAttribute('data-rc-guideline')).toBe('G3');
    expect(g.textContent).toContain(GUIDELINES_EN.G3.title);
  });

  it('has one Apply button per suggestion, calling onApply with its index', () => {
    const { root, props } = card();
    const buttons = root.querySelectorAll<HTMLButtonElement>('button[data-rc-apply]');
    expect(buttons).toHaveLength(2);
    expect([...buttons].map((b) => b.getAttribute('data-rc-apply'))).toEqual(finding.suggestions);
    expect(root.querySelector('button[data-rc-copy]')).toBeNull();
    fireEvent.click(buttons[1]);
    expect(props.onApply).toHaveBeenCalledWith(1);
  });

  it('marks [placeholders] in suggestions', () => {
    const { root } = card();
    expect([...root.querySelectorAll('.rc-gap')].map((n) => n.textContent)).toEqual(['[reason]']);
  });

  it('offers Copy instead of Apply when the editor is read-only', () => {
    const { root, props } = card({ canApply: false });
    expect(root.querySelector('button[data-rc-apply]')).toBeNull();
    const copy = root.querySelectorAll<HTMLButtonElement>('button[data-rc-copy]');
    expect(copy).toHaveLength(2);
    fireEvent.click(copy[0]);
    expect(props.onCopy).toHaveBeenCalledWith(0);
  });

  it('says so when there is no rewrite', () => {
    const { root } = card({ finding: { ...finding, suggestions: [] } });
    expect(root.querySelector('button[data-rc-apply]')).toBeNull();
    expect(root.textContent).toContain('own words');
  });

  it('wires Ignore here, Turn off this rule, close and Escape', () => {
    const { root, props } = card();
    fireEvent.click(root.querySelector('button[data-rc-ignore]')!);
    expect(props.onIgnore).toHaveBeenCalledOnce();
    fireEvent.click(root.querySelector('button[data-rc-disable-rule]')!);
    expect(props.onDisableRule).toHaveBeenCalledOnce();
    fireEvent.click(root.querySelector('button[aria-label="Close"]')!);
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('shows the status line and disables actions while busy', () => {
    const { root } = card({ status: 'Applying…', busy: true });
    expect(root.querySelector('[data-rc-status]')!.textContent).toBe('Applying…');
    for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-rc-apply], button[data-rc-ignore], button[data-rc-disable-rule]')) {
      expect(b.disabled).toBe(true);
    }
  });

  it('keeps focus in the editor when a button is pressed with the mouse', () => {
    const { root } = card();
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    root.querySelector('button[data-rc-apply]')!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });

  it('has keyboard-focusable buttons', () => {
    const { root } = card();
    for (const b of root.querySelectorAll('button')) expect(b.getAttribute('tabindex')).not.toBe('-1');
  });
});

describe('FindingCard previews', () => {
  it('shows the whole sentence as it will read after Apply, and keeps the plain replacement on the button', () => {
    const withFix: Finding = {
      ...finding,
      ruleId: 'en.condescending.as-i-said',
      category: 'condescending',
      start: 0,
      end: 22,
      text: 'As I already explained',
      suggestions: ['', 'To recap,'],
      fixes: [
        { start: 0, end: 25, text: 'T', sentence: 'The code expires after an hour.' },
        { start: 0, end: 22, text: 'To recap,', sentence: 'To recap, the code expires after an hour.' },
      ],
    };
    const { root } = card({ finding: withFix });
    const buttons = [...root.querySelectorAll('button[data-rc-apply]')];
    expect(buttons.map((b) => b.textContent)).toEqual(['The code expires after an hour.Apply', 'To recap, the code expires after an hour.Apply']);
    expect(buttons[1].getAttribute('data-rc-apply')).toBe('To recap,');
  });

  it('names the words that weighed most for a model finding', () => {
    const { root } = card({ finding: { ...finding, ruleId: 'en.model.defensive', why: ['experienced', 'decades'] } });
    expect(root.textContent).toContain('Weighed most: “experienced”, “decades”');
  });
});
