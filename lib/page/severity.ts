import type { Severity } from '../checker/types';

/** Severity colours of underlines, card stripe and badge: each ≥ 4.5:1 against white. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  error: '#c5221f',
  warning: '#b45309',
  info: '#1967d2',
};
