// @vitest-environment happy-dom
/**
 * Team policy that stays locked, as agents see it: the options page, the in-page card and the
 * popup say what is locked and by which pack, offer no way to switch a locked rule off, and
 * show a malformed policy's error with its reason.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { FindingCard, type FindingCardProps } from '../../components/finding-card';
import { PopupView } from '../../components/popup-view';
import { demoReports } from '../../entrypoints/popup/demo';
import { builtinRules } from '../../lib/rules';
import { GUIDELINES_EN } from '../../lib/guidelines/en';
import { importRulePack } from '../../lib/settings';

const RULES = builtinRules('en');
const [RULE_A, RULE_B] = RULES;
const MODEL = RULES.find((r) => r.id.startsWith('en.model.'))!;

const POLICY = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Acme policy',
  rules: { [RULE_A.id]: { enabled: false } },
  custom: [
    {
      id: 'per-our-terms',
      lang: 'en',
      kind: 'phrase',
      pattern: 'per our terms',
      category: 'policy',
      severity: 'error',
      message: 'Quote the reason behind the terms, not the terms.',
    },
  ],
};
const MALFORMED = { ...POLICY, custom: [{ ...POLICY.custom[0], kind: 'regex', pattern: '(sorry)\\s+\\1' }] };

const LOCAL = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Mine',
  rules: { [RULE_B.id]: { enabled: false } },
  custom: [
    {
      id: 'kindly-note',
      lang: 'en',
      kind: 'phrase',
      pattern: 'kindly note',
      category: 'condescending',
      severity: 'warning',
      message: 'Sounds stern; say the point directly.',
    },
  ],
};

function ruleSwitch(message: string) {
  return screen.getByRole('switch', { name: message }) as HTMLInputElement;
}

async function open() {
  render(<App />);
  await screen.findByRole('heading', { name: 'Reply Coach — team rules' });
  await screen.findByRole('switch', { name: RULE_A.message });
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it("locks the policy's own custom rule's switch and names the pack", async () => {
    await fakeBrowser.storage.managed.set({ rulePack: POLICY });
    await open();
    const row = document.querySelector('[data-custom-id="per-our-terms"]') as HTMLElement;
    expect(within(row).getByRole('switch').hasAttribute('disabled')).toBe(true);
    expect(within(row).getByText('Set by your organization: Acme policy')).toBeTruthy();
    const builtin = document.querySelector(`[data-rule-id="${RULE_A.id}"]`) as HTMLElement;
    expect(within(builtin).getByText('Set by your organization: Acme policy')).toBeTruthy();
  });

  it('a malformed policy: the error with its reason, every rule locked at its default, the page read-only', async () => {
    await importRulePack(LOCAL);
    await fakeBrowser.storage.managed.set({ rulePack: MALFORMED });
    await open();
    const alert = document.querySelector('[data-rc-policy-error]') as HTMLElement;
    expect(alert).toBeTruthy();
    expect(alert.textContent).toMatch(/Acme policy/);
    expect(alert.textContent).toMatch(/custom\[0\]\.pattern/);
    expect(alert.textContent).toMatch(/locked/);

    // Built-in rules (model findings too) at their defaults, locked: the agent's "RULE_B off" is not applied.
    for (const r of [RULE_A, RULE_B, MODEL]) {
      const sw = ruleSwitch(r.message);
      expect(sw.disabled, r.id).toBe(true);
      expect(sw.checked, r.id).toBe(true);
    }
    expect(within(document.querySelector(`[data-rule-id="${MODEL.id}"]`) as HTMLElement).getByText('Set by your organization: Acme policy')).toBeTruthy();

    // The agent's own custom rule is shown, not applied, not editable; no form to add one.
    const own = document.querySelector('[data-custom-id="kindly-note"]') as HTMLElement;
    expect(own).toBeTruthy();
    expect(within(own).getByRole('switch').hasAttribute('disabled')).toBe(true);
    expect(within(own).queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add a custom rule' })).toBeNull();

    // Guidelines and import locked.
    expect((document.getElementById('guideline-G4') as HTMLTextAreaElement).disabled).toBe(true);
    expect((document.getElementById('pack-name') as HTMLInputElement).disabled).toBe(true);
    expect((document.querySelector('input[type="file"]') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('in-page card', () => {
  const finding = {
    ruleId: 'custom:per-our-terms',
    category: 'policy',
    severity: 'error',
    start: 0,
    end: 13,
    text: 'Per our terms',
    message: 'Quote the reason behind the terms, not the terms.',
    guideline: 'G6',
    suggestions: [],
  } as const;
  const props = (over: Partial<FindingCardProps> = {}): FindingCardProps => ({
    finding: { ...finding, suggestions: [] },
    guideline: GUIDELINES_EN.G6,
    canApply: true,
    status: '',
    onApply: vi.fn(),
    onCopy: vi.fn(),
    onIgnore: vi.fn(),
    onIgnoreEverywhere: vi.fn(),
    onDisableRule: vi.fn(),
    onClose: vi.fn(),
    ...over,
  });

  it('a locked rule offers no "Turn off this rule" and says who set it', () => {
    const { container } = render(<FindingCard {...props({ lockedBy: 'Acme policy' })} />);
    expect(container.querySelector('button[data-rc-disable-rule]')).toBeNull();
    expect(container.querySelector('[data-rc-locked-by]')?.textContent).toBe('Set by your organization: Acme policy');
    expect(container.querySelector('button[data-rc-ignore]')).toBeTruthy();
  });

  it('an unlocked rule keeps "Turn off this rule"', () => {
    const { container } = render(<FindingCard {...props()} />);
    expect(container.querySelector('button[data-rc-disable-rule]')).toBeTruthy();
    expect(container.querySelector('[data-rc-locked-by]')).toBeNull();
  });
});

describe('popup', () => {
  it("shows a malformed policy's error with its reason", async () => {
    render(
      <PopupView
        status="ready"
        reports={demoReports('findings')}
        siteEnabled
        managedError={'managed policy "rulePack": custom[0].pattern: not valid RE2'}
        lockedBy="Acme policy"
        onApply={vi.fn(async () => ({ ok: true }))}
        onCopy={vi.fn(async () => true)}
        onToggleSite={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
    const alert = await waitFor(() => screen.getByRole('alert'));
    expect(alert.textContent).toMatch(/Acme policy.*could not be read.*locked.*custom\[0\]\.pattern: not valid RE2/s);
    expect(screen.getByTitle('Set by your organization: Acme policy')).toBeTruthy();
  });
});
