/**
 * Pieces shared by the Chinese patterns. Chinese puts no space between words, so a pattern never
 * uses `\b` (it knows ASCII letters only and never matches beside a Han character) and spans a
 * clause with `[^，。！？]` gaps instead of word counts. The trigger gate for these patterns is a set
 * of literal substrings (lib/checker/triggers.ts, mode `substrings`): every branch of a pattern
 * spells out at least one Han literal.
 */

/** Inside one clause: anything but a comma or a sentence end, at most `n` characters. */
export const gap = (n: number) => String.raw`[^，,。！？!?；;]{0,${n}}`;

/** Inside one sentence (commas allowed), at most `n` characters. */
export const sgap = (n: number) => String.raw`[^。！？!?]{0,${n}}`;

/** The customer, as Taiwan and Hong Kong agents address them. */
export const YOU = String.raw`(?:您|你|閣下)`;

/** The company speaking of itself. */
export const WE = String.raw`(?:我們|我哋|本公司|本行|本平台|本店|本網站|敝公司|我方|公司)`;
