/**
 * What the managed policy locks, as the card asks it: no storage behind it, so the coach bundle
 * in a helpdesk page imports this and not ./index.ts (which re-exports it).
 */
import type { EffectiveSettings } from './index';

/** Shown when the policy pack has no name. */
export const UNNAMED_POLICY = "your organization's rule pack";

/** Whether the agent may not switch `ruleId` (built-in, model or `custom:<id>`) off or re-grade it. */
export function isRuleLocked(settings: Pick<EffectiveSettings, 'locked'> | null | undefined, ruleId: string): boolean {
  const locked = settings?.locked;
  if (!locked) return false;
  return locked.all === true || locked.rules.includes(ruleId);
}
