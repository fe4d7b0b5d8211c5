/** A box's findings in the order the agent reads them (by start, then end): for steps, the counter's list and "Finding 2 of 5". */
export function inReadingOrder<T extends { start: number; end: number }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
}
