/**
 * Terminal colour for `--format text`: on a terminal only, never in a pipe, a file or CI.
 * FORCE_COLOR (any value but 0 or false) turns it on anywhere, as in Node itself; otherwise
 * NO_COLOR (any non-empty value, https://no-color.org), TERM=dumb or CI turn it off.
 */

export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan';

/** Wraps text in one style; nest calls to combine a weight with a colour. */
export type Paint = (style: Style, text: string) => string;

/** SGR codes to set and to reset each style (22 ends bold and dim, 39 ends a colour). */
const CODES: Record<Style, readonly [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

export type Env = Readonly<Record<string, string | undefined>>;

export function wantsColor(env: Env, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb' || (env.CI && env.CI !== 'false' && env.CI !== '0')) return false;
  return isTTY;
}

export function painter(on: boolean): Paint {
  if (!on) return (_style, text) => text;
  return (style, text) => (text === '' ? text : `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m`);
}
