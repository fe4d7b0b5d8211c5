/**
 * The next/previous-finding shortcuts (manifest `commands`, rebindable at
 * chrome://extensions/shortcuts or about:addons): the background hears them and tells the tab.
 * Every frame of the tab gets the message; only the one whose reply box has focus acts on it
 * (lib/page/finding-steps.ts), since the background cannot tell which frame has focus.
 */
import type { FindingStep } from '../messages';

/** Command names as the manifest declares them (wxt.config.ts), and the step each one makes. */
export const STEP_COMMANDS = new Map<string, FindingStep['direction']>([
  ['next-finding', 'next'],
  ['previous-finding', 'previous'],
]);

export interface CommandTabs {
  query(info: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: FindingStep): Promise<unknown>;
}

/** Relays `command` to `tab` (else the active tab of the current window). Unknown commands are ignored. */
export async function relayCommand(tabs: CommandTabs, command: string, tab?: { id?: number }): Promise<boolean> {
  const direction = STEP_COMMANDS.get(command);
  if (!direction) return false;
  const tabId = tab?.id ?? (await tabs.query({ active: true, currentWindow: true }).catch(() => []))[0]?.id;
  if (tabId == null || tabId < 0) return false;
  try {
    await tabs.sendMessage(tabId, { type: 'finding:step', direction });
    return true;
  } catch {
    // No coach in that tab (a page without a reply box, a browser page).
    return false;
  }
}
