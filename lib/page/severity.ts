import type { Finding, Severity } from '../checker/types';

/** Severity colours of underlines, card stripe and badge: each ≥ 4.5:1 against white. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  error: '#c5221f',
  warning: '#b45309',
  info: '#1967d2',
};

/** Higher outranks: which underline wins on overlap, which group the popup lists first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Findings that count (warning or error); `info` is a nudge that must not count. */
export function countsAsFlag(f: Pick<Finding, 'severity'>): boolean {
  return f.severity !== 'info';
}
