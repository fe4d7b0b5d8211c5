// @vitest-environment happy-dom
/** The options page's "Ignored phrases": every entry with its rule, removable, and a plain empty state. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { OptionsAllowList } from '../../components/options-allow-list';

const ENTRIES = [
  { rule: 'en.defensive.not-our-fault', words: 'that is not our fault.' },
  { rule: 'custom:per-my-last', words: 'per my last email' },
];
const label = (id: string) => (id.startsWith('custom:') ? `Custom rule “${id.slice(7)}”` : 'Defends the company instead of helping.');

afterEach(cleanup);

describe('OptionsAllowList', () => {
  it('lists each phrase with the rule that flagged it, and Remove hands back that entry', () => {
    const onRemove = vi.fn();
    const { container } = render(<OptionsAllowList entries={ENTRIES} ruleLabel={label} lockedRules={[]} allLocked={false} onRemove={onRemove} />);
    const rows = [...container.querySelectorAll('[data-rc-allow-entry]')];
    expect(rows.map((r) => r.querySelector('[data-rc-allow-words]')!.textContent)).toEqual(['“that is not our fault.”', '“per my last email”']);
    expect(rows[1].textContent).toContain('Custom rule “per-my-last”');
    fireEvent.click(rows[1].querySelector('button[data-rc-allow-remove]')!);
    expect(onRemove).toHaveBeenCalledWith(ENTRIES[1]);
    expect(container.querySelector('[data-rc-allow-empty]')).toBeNull();
  });

  it('says when the policy keeps an entry from applying', () => {
    const { container } = render(<OptionsAllowList entries={ENTRIES} ruleLabel={label} lockedRules={[ENTRIES[0].rule]} allLocked={false} onRemove={() => {}} />);
    const rows = [...container.querySelectorAll('[data-rc-allow-entry]')];
    expect(rows[0].textContent).toContain('not applied');
    expect(rows[1].textContent).not.toContain('not applied');
  });

  it('has an empty state saying where entries come from', () => {
    const { container } = render(<OptionsAllowList entries={[]} ruleLabel={label} lockedRules={[]} allLocked={false} onRemove={() => {}} />);
    expect(container.querySelector('[data-rc-allow-empty]')!.textContent).toContain('Ignore everywhere');
    expect(container.querySelector('[data-rc-allow-entry]')).toBeNull();
  });
});
