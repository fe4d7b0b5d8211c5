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
    onIgnoreEverywhere: vi.fn(),
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

  it('names a sentence left out on its Apply button, marks it for the e2e hook, and offers nothing to copy without Apply', () => {
    const removal: Finding = { ...finding, suggestions: [''], fixes: [{ start: 0, end: 24, text: '', sentence: '' }] };
    const { root, props } = card({ finding: removal });
    const button = root.querySelector<HTMLButtonElement>('button[data-rc-apply]')!;
    expect(button.hasAttribute('data-rc-remove')).toBe(true);
    expect(button.getAttribute('aria-label')).toBe('Apply: leave this sentence out');
    expect(button.querySelector('.rc-remove')!.textContent).toBe('Leave this sentence out');
    fireEvent.click(button);
    expect(props.onApply).toHaveBeenCalledWith(0);
    cleanup();
    const copyOnly = card({ finding: removal, canApply: false }).root;
    expect(copyOnly.querySelector('button[data-rc-copy], button[data-rc-apply]')).toBeNull();
    expect(copyOnly.querySelector('p.rc-remove')!.textContent).toBe('Leave this sentence out');
  });

  it('a rewrite is not marked as a removal', () => {
    const { root } = card();
    expect(root.querySelector('button[data-rc-remove]')).toBeNull();
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

  it('wires Ignore here, Ignore everywhere, Turn off this rule, close and Escape', () => {
    const { root, props } = card();
    fireEvent.click(root.querySelector('button[data-rc-ignore]')!);
    expect(props.onIgnore).toHaveBeenCalledOnce();
    fireEvent.click(root.querySelector('button[data-rc-ignore-everywhere]')!);
    expect(props.onIgnoreEverywhere).toHaveBeenCalledOnce();
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

describe('FindingCard: what the agent can switch off from it', () => {
  it('says that Turn off is for this agent, on every site', () => {
    const { root } = card();
    expect(root.querySelector('button[data-rc-disable-rule]')!.textContent).toBe('Turn off for you, on every site');
  });

  it('offers Ignore everywhere with the words it would save, but neither it nor Turn off for a locked rule', () => {
    const { root } = card();
    expect(root.querySelector('button[data-rc-ignore-everywhere]')!.getAttribute('title')).toContain('“not our fault”');
    const locked = card({ lockedBy: 'Acme policy' }).root;
    expect(locked.querySelector('button[data-rc-ignore-everywhere]')).toBeNull();
    expect(locked.querySelector('button[data-rc-disable-rule]')).toBeNull();
    expect(locked.querySelector('[data-rc-locked-by]')!.textContent).toBe('Set by your organization: Acme policy');
    expect(locked.querySelector('button[data-rc-ignore]')).not.toBeNull();
  });

  it('offers neither for the unfilled-placeholder check, and no Ignore everywhere for a model finding', () => {
    const gap: Finding = { ...finding, ruleId: 'en.placeholder.unfilled', category: 'placeholder', severity: 'error', text: '[reason]', guideline: 'G11', suggestions: [] };
    const { root } = card({ finding: gap, guideline: GUIDELINES_EN.G11 });
    expect(root.querySelector('button[data-rc-ignore-everywhere]')).toBeNull();
    expect(root.querySelector('button[data-rc-disable-rule]')).toBeNull();
    expect(root.querySelector('button[data-rc-ignore]')).not.toBeNull();
    const model = card({ finding: { ...finding, ruleId: 'en.model.defensive', text: 'That is not our fault.' } }).root;
    expect(model.querySelector('button[data-rc-ignore-everywhere]')).toBeNull();
    expect(model.querySelector('button[data-rc-disable-rule]')).not.toBeNull();
  });

  it('after Turn off shows only the status with Undo, which calls onUndo', () => {
    const { root, props } = card({ status: 'Turned off for you, on every site.', onUndo: vi.fn() });
    expect(root.querySelector('[data-rc-status]')!.textContent).toBe('Turned off for you, on every site.');
    expect(root.querySelector('button[data-rc-apply], button[data-rc-disable-rule], button[data-rc-ignore]')).toBeNull();
    fireEvent.click(root.querySelector('button[data-rc-undo]')!);
    expect(props.onUndo).toHaveBeenCalledOnce();
    expect(card().root.querySelector('button[data-rc-undo]')).toBeNull();
  });
});

describe('FindingCard: the guideline', () => {
  it('shows the team’s wording as text behind a disclosure a keyboard or a tap opens', () => {
    const team = { ...GUIDELINES_EN.G3, text: 'Say what we will do, never who is right.' };
    const { root } = card({ guideline: team });
    const details = root.querySelector('details[data-rc-guideline="G3"]') as HTMLDetailsElement;
    expect(details.querySelector('summary')!.textContent).toBe(`G3${GUIDELINES_EN.G3.title}`);
    expect(details.querySelector('[data-rc-guideline-text]')!.textContent).toBe(team.text);
    expect(details.open).toBe(false);
    // A mouse press on the summary keeps focus in the editor, as the buttons do.
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    details.querySelector('summary')!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});

describe('FindingCard: the preview marks what Apply changes', () => {
  const policy: Finding = {
    ruleId: 'en.policy.hide-behind-policy',
    category: 'policy',
    severity: 'warning',
    start: 0,
    end: 46,
    text: 'Per our policy, we cannot refund opened items.',
    message: 'Gives the rule without its reason.',
    guideline: 'G6',
    suggestions: ['We cannot refund opened items because [reason].'],
    fixes: [{ start: 0, end: 45, text: 'We cannot refund opened items because [reason]', sentence: 'We cannot refund opened items because [reason].' }],
  };

  it('marks the changed words of the sentence as it reads now, keeps the facts unmarked and the gap a gap', () => {
    const { root } = card({ finding: policy, guideline: GUIDELINES_EN.G6, sentence: 'Per our policy, we cannot refund opened items.' });
    const preview = root.querySelector('button[data-rc-apply] [data-rc-preview]')!;
    expect(preview.textContent).toBe('We cannot refund opened items because [reason].');
    expect([...preview.querySelectorAll('[data-rc-changed]')].map((m) => m.textContent)).toEqual(['We', 'because ', '[reason]']);
    expect(preview.querySelector('[data-rc-changed].rc-gap')!.textContent).toBe('[reason]');
    expect(root.querySelector('button[data-rc-apply]')!.getAttribute('data-rc-apply')).toBe(policy.suggestions[0]);
  });

  it('marks nothing when the sentence before is not known, and the whole suggestion when there is no fix', () => {
    const unknown = card({ finding: policy, guideline: GUIDELINES_EN.G6 }).root;
    expect(unknown.querySelector('[data-rc-preview]')!.textContent).toBe('We cannot refund opened items because [reason].');
    expect(unknown.querySelectorAll('[data-rc-changed]')).toHaveLength(0);
    cleanup();
    const { root } = card();
    expect([...root.querySelectorAll('[data-rc-preview]')].map((p) => p.textContent)).toEqual(finding.suggestions);
    expect(root.querySelector('[data-rc-preview] [data-rc-changed]')!.textContent).toBe('something we will fix');
  });
});
