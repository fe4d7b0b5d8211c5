/**
 * Trigger words derived from a rule pattern: a set of literal words such that every match of the
 * pattern contains one of them as a whole word, as the analyzer's tokenizer yields it (a
 * "cover"). analyze.ts runs a rule's patterns on a sentence only if one of the sentence's words is
 * one of the rule's triggers, so a cover makes that gate exact: it never hides a match.
 *
 * The derivation reads the regular expression's structure (parseRegex below):
 *
 * - A whole word is a run of literal letters, digits, apostrophes and hyphens that starts with a
 *   letter or digit and has a separator on both sides inside the pattern: whitespace or any
 *   character that is not a word character of the tokenizer (`\s`, `,`, `[.!?]`), or an anchor
 *   (`\b`, `^`, `$`, a lookahead all of whose branches start with one of those). Literal runs glue
 *   across groups, so `you(?:'ve|\s+have)` contains the word `you've` or the words `you` and
 *   `have`, and `test(?:s|ed)?` the word `tests`, `tested` or `test`. A small set of single
 *   letters (`[sz]`) is spelled out; any other class, `.` or a backreference is an unknown
 *   character that touches the words next to it.
 * - A concatenation's cover is the cheapest of its required parts' covers (a part that cannot be
 *   empty), including the words formed where parts meet; an alternation's cover is the union of
 *   its branches' covers, and exists only if every branch has one; an optional part, `*` and
 *   `{0,n}` have none; lookarounds consume nothing and contribute no words.
 * - Cheapest: a cover costs the sum of its words' estimated frequencies: about 1 / rank for the
 *   commonest words of replies in each language (`you`, `the`, `our`; `vous`, `de`; `du`, `och`…),
 *   1 / length for any other word, so a few rare long words beat one very common short one. Where parts are spelled out together,
 *   the words are picked by a greedy set cover.
 *
 * `\b` next to a literal word counts as a boundary. The tokenizer also joins words across `'` and
 * `-` (`should've`, `non-policy`), so a compound in the text that the pattern does not spell out
 * is missed here exactly as a hand-written trigger list would miss it.
 *
 * A language written without spaces (Chinese) has no words to cut a sentence into that every match
 * would respect: a word segmenter's cuts depend on the characters around them. Its covers are
 * literal substrings instead (mode `substrings`): every match of the pattern contains one of them,
 * and the gate is a substring test, exact without any segmentation. A cased letter is never part
 * of such a literal (case folding would make the test depend on it), nor an apostrophe (compilePack
 * lets a straight one match the curly one); every other character the pattern spells out is.
 */

// ───────────────────────────── regular expression syntax ─────────────────────────────
// The subset rule patterns use (JavaScript, `u` flag): groups, named groups, alternation,
// quantifiers, classes, escapes, anchors, lookarounds, backreferences. lib/checker/linearity.ts
// reads the same tree.

export type RegexNode =
  | { type: 'alt'; branches: RegexNode[] }
  | { type: 'seq'; items: RegexNode[] }
  /** A run of literal characters (`value`), as written (`source`). */
  | { type: 'char'; value: string; source: string }
  /**
   * A set of characters: `[…]`, `.`, `\s`, `\d`, `\w`, `\p{…}` and their negations. `literals`
   * spells out a small positive set of single characters (`[sz]`); `matchesTokenChar` is whether
   * it can match a letter, digit, apostrophe or hyphen.
   */
  | { type: 'class'; source: string; literals?: string[]; matchesTokenChar: boolean }
  | { type: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { type: 'look'; behind: boolean; negative: boolean; body: RegexNode }
  | { type: 'backref'; ref: string }
  | { type: 'group'; name?: string; body: RegexNode }
  /** `source`: the quantified atom with its quantifier, as written. */
  | { type: 'repeat'; body: RegexNode; min: number; max: number; lazy: boolean; source: string };

const TOKEN_SAMPLES = ['a', 'Z', 'é', 'ж', '中', '0', '7', "'", '’', '-'];

const tokenClasses = new Map<string, boolean>();

function classNode(source: string, literals?: string[]): RegexNode {
  let matchesTokenChar = tokenClasses.get(source);
  if (matchesTokenChar === undefined) {
    let re: RegExp;
    try {
      re = new RegExp(`^${source}$`, 'iu');
    } catch (e) {
      throw new SyntaxError(`${source}: ${(e as Error).message}`);
    }
    matchesTokenChar = TOKEN_SAMPLES.some((c) => re.test(c));
    tokenClasses.set(source, matchesTokenChar);
  }
  return { type: 'class', source, literals, matchesTokenChar };
}

/** Parses a regular expression source (JavaScript syntax with the `u` flag) into a tree. */
export function parseRegex(source: string): RegexNode {
  let i = 0;
  const fail = (msg: string): never => {
    throw new SyntaxError(`${msg} at ${i} in /${source}/`);
  };
  const peek = () => source[i];

  function disjunction(): RegexNode {
    const branches = [alternative()];
    while (peek() === '|') {
      i++;
      branches.push(alternative());
    }
    return branches.length === 1 ? branches[0] : { type: 'alt', branches };
  }

  function alternative(): RegexNode {
    const items: RegexNode[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      const start = i;
      const item = quantified(term(), start);
      const prev = items[items.length - 1];
      // A run of literal characters is one node ("thousands"); a quantifier binds to one character only.
      if (item.type === 'char' && prev?.type === 'char') items[items.length - 1] = { type: 'char', value: prev.value + item.value, source: prev.source + item.source };
      else items.push(item);
    }
    return items.length === 1 ? items[0] : { type: 'seq', items };
  }

  function quantified(atom: RegexNode, start: number): RegexNode {
    let min: number;
    let max: number;
    const c = peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) fail('bad quantifier');
      min = Number(m![1]);
      max = m![2] === undefined ? min : m![3] === '' ? Infinity : Number(m![3]);
      i += m![0].length - 1;
    } else return atom;
    i++;
    const lazy = peek() === '?';
    if (lazy) i++;
    if (atom.type === 'assert' || atom.type === 'look') fail('quantified assertion');
    return { type: 'repeat', body: atom, min, max, lazy, source: source.slice(start, i) };
  }

  function term(): RegexNode {
    const c = source[i];
    if (c === '^' || c === '$') {
      i++;
      return { type: 'assert', kind: c };
    }
    if (c === '(') return group();
    if (c === '[') return charClass();
    if (c === '.') {
      i++;
      return classNode('.');
    }
    if (c === '\\') return escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === ']' || c === '}') fail(`unexpected "${c}"`);
    const cp = String.fromCodePoint(source.codePointAt(i)!);
    i += cp.length;
    return { type: 'char', value: cp, source: cp };
  }

  function group(): RegexNode {
    i++; // (
    let node: RegexNode;
    const rest = source.slice(i);
    const close = () => {
      if (peek() !== ')') fail('unclosed group');
      i++;
    };
    if (rest.startsWith('?:')) {
      i += 2;
      node = { type: 'group', body: disjunction() };
    } else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      i += 2;
      node = { type: 'look', behind: false, negative: rest[1] === '!', body: disjunction() };
    } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
      i += 3;
      node = { type: 'look', behind: true, negative: rest[2] === '!', body: disjunction() };
    } else if (rest.startsWith('?<')) {
      const m = /^\?<([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)>/u.exec(rest);
      if (!m) fail('bad group name');
      i += m![0].length;
      node = { type: 'group', name: m![1], body: disjunction() };
    } else if (rest.startsWith('?')) {
      return fail('unsupported group');
    } else node = { type: 'group', body: disjunction() };
    close();
    return node;
  }

  /** One escape outside a class. */
  function escape(): RegexNode {
    const start = i;
    i++; // backslash
    const c = source[i];
    if (c === undefined) fail('trailing backslash');
    if (c === 'b' || c === 'B') {
      i++;
      return { type: 'assert', kind: c };
    }
    if ('dDsSwW'.includes(c)) {
      i++;
      return classNode(source.slice(start, i));
    }
    if (c === 'p' || c === 'P') {
      const m = /^[pP]\{[^}]+\}/.exec(source.slice(i));
      if (!m) fail('bad property escape');
      i += m![0].length;
      return classNode(source.slice(start, i));
    }
    if (c === 'k') {
      const m = /^k<([^>]+)>/.exec(source.slice(i));
      if (!m) fail('bad backreference');
      i += m![0].length;
      return { type: 'backref', ref: m![1] };
    }
    if (/[1-9]/.test(c)) {
      const m = /^\d+/.exec(source.slice(i))!;
      i += m[0].length;
      return { type: 'backref', ref: m[0] };
    }
    const value = escapedChar();
    return { type: 'char', value, source: source.slice(start, i) };
  }

  /** The character a `\x`-style escape stands for (i is just past the backslash). */
  function escapedChar(): string {
    const c = source[i];
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (c in simple) {
      i++;
      return simple[c];
    }
    let m: RegExpExecArray | null;
    if ((m = /^x([0-9a-fA-F]{2})/.exec(source.slice(i))) || (m = /^u([0-9a-fA-F]{4})/.exec(source.slice(i))) || (m = /^u\{([0-9a-fA-F]+)\}/.exec(source.slice(i)))) {
      i += m[0].length;
      return String.fromCodePoint(parseInt(m[1], 16));
    }
    if ((m = /^c([a-zA-Z])/.exec(source.slice(i)))) {
      i += 2;
      return String.fromCharCode(m[1].charCodeAt(0) % 32);
    }
    const cp = String.fromCodePoint(source.codePointAt(i)!);
    i += cp.length;
    return cp;
  }

  function charClass(): RegexNode {
    const start = i;
    i++; // [
    const negated = peek() === '^';
    if (negated) i++;
    let literals: string[] | undefined = [];
    const single = (): string | null => {
      // One class atom: a character (returned) or a class escape (null).
      if (peek() === '\\') {
        i++;
        const c = source[i];
        if ('dDsSwW'.includes(c)) {
          i++;
          return null;
        }
        if (c === 'p' || c === 'P') {
          const m = /^[pP]\{[^}]+\}/.exec(source.slice(i));
          if (!m) fail('bad property escape');
          i += m![0].length;
          return null;
        }
        if (c === 'b') {
          i++;
          return '\b';
        }
        if (c === '-') {
          i++;
          return '-';
        }
        return escapedChar();
      }
      const cp = String.fromCodePoint(source.codePointAt(i)!);
      i += cp.length;
      return cp;
    };
    while (i < source.length && peek() !== ']') {
      const a = single();
      if (peek() === '-' && source[i + 1] !== ']' && a !== null) {
        i++;
        const b = single();
        if (b === null) fail('bad class range');
        const [lo, hi] = [a.codePointAt(0)!, b!.codePointAt(0)!];
        if (literals && hi - lo < 6) for (let cp = lo; cp <= hi; cp++) literals.push(String.fromCodePoint(cp));
        else literals = undefined;
      } else if (a === null) literals = undefined;
      else literals?.push(a);
    }
    if (peek() !== ']') fail('unclosed class');
    i++;
    const src = source.slice(start, i);
    return classNode(src, !negated && literals && literals.length <= 8 ? literals : undefined);
  }

  const tree = disjunction();
  if (i < source.length) fail(`unexpected "${source[i]}"`);
  return tree;
}

// ───────────────────────────── trigger words ─────────────────────────────

export type Cover = { words: string[] } | { words: null; reason: string };

/** `words`: whole words as the analyzer's tokenizer yields them; `substrings`: literal substrings (unspaced scripts). */
export type CoverMode = 'words' | 'substrings';

/** Languages written without spaces between words: their covers are literal substrings. */
const UNSPACED = new Set(['zh']);

export function coverMode(lang: string): CoverMode {
  return UNSPACED.has(lang) ? 'substrings' : 'words';
}

/** Abstract characters of a match: separator, boundary, unknown character. Literals are themselves. */
const SEP = '\u0001';
const BND = '\u0002';
const UNK = '\u0003';
/** Whether a character of a match string is a marker (SEP, BND or UNK). */
const isMark = (ch: string | undefined) => ch !== undefined && ch.length === 1 && ch.charCodeAt(0) <= 3;
const TOKEN_CHAR = /^[\p{L}\p{N}'’-]$/u;
/** Whether a (lower-case) character belongs to a word of the tokenizer: a letter, digit, apostrophe or hyphen. */
function isTokenChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45) return true;
  return c >= 128 && TOKEN_CHAR.test(ch);
}
const TOKEN_START = /^[\p{L}\p{N}]/u;
/** Exact match strings are kept up to this many per node; past it only the structure is used. */
const LIMIT = 100;

/** Each word of a space-separated list, most frequent first, by its rank (1 = the commonest). */
function ranks(list: string): Map<string, number> {
  return list.split(' ').reduce((m, w, rank) => (m.has(w) ? m : m.set(w, rank + 1)), new Map<string, number>());
}

/**
 * The commonest words of English replies, most frequent first (a general frequency list with the
 * second person and the company's "we" moved up, as in support replies). Word frequency falls
 * roughly as 1 / rank, so a listed word costs about that; any other word costs 1 / its length.
 */
const COMMON = ranks(
  'the you a to i is it your we and of in that for be are this on our have with can not was will if please as at do ' +
  'us but by an or so there me my all been has had would could should get just any from they what when which one ' +
  'no now here know like out up about also more some than then them these time see make need look only into how its ' +
  'were am did does new well way even first want because back after use two work day most other over good go take'
);

/**
 * The same for literals of Chinese replies: common characters and short words cost like common
 * English words (a literal "您" would let nearly every sentence through).
 */
const COMMON_HAN = ranks(
  '的 您 了 是 不 我 我們 在 有 這 請 一 就 會 可以 也 都 要 到 上 為 已 已經 沒 嗎 呢 喔 吧 啦 很 好 能 說 給 幫 時 天 下 後 再 對 和 或 於 如 因 此 需 得 之 其 及 以 中 個 人 你 他 本 公司 先生 小姐 閣下 您的 訂單 包裹 費用 會 可 無 未 非 係 嘅 咗 唔 冇 我哋 你 佢 啲'
);

/** The same for French and Swedish replies (the greeting, the formal "vous", the function words). */
const COMMON_FR = ranks(
  'de la le et les des en un une du que qui pour pas dans vous nous ce il est sur au avec par plus ne se votre vos ' +
  "notre nos je j'ai a été être avons avez sont cette mais ou si bien tout comme aux leur peut pouvez pouvons fait " +
  'faire merci bonjour madame monsieur cordialement commande colis compte demande jours suite dès afin ainsi aussi très déjà encore alors donc car'
);
const COMMON_SV = ranks(
  'och att det i en som är på för med av till den du vi har inte jag om ett kan de så eller men vara från var dina din ' +
  'ditt dig oss vår våra er ni här nu när alla sig hur mycket också bara redan tack hej vänliga hälsningar order paket ' +
  'konto dagar kommer ska skulle måste kunna hade blev blir gör göra'
);

function wordCost(word: string): number {
  const rank = COMMON.get(word) ?? COMMON_HAN.get(word) ?? COMMON_FR.get(word) ?? COMMON_SV.get(word);
  return rank ? 50 / (rank + 5) : 1 / word.length;
}

function coverCost(words: Iterable<string>): number {
  let sum = 0;
  for (const w of words) sum += wordCost(w);
  return sum;
}

type Ctx = 'cut' | 'open';

interface Info {
  nullable: boolean;
  /** Every non-empty match starts (ends) with a separator or a boundary. */
  startsCut: boolean;
  endsCut: boolean;
}

/** Joins two normalized match strings, collapsing markers where they meet (`\s+\s*` is one separator). */
function join(x: string, y: string): string {
  const a = x[x.length - 1];
  const b = y[0];
  if (!isMark(a) || !isMark(b)) return x + y;
  if (a === UNK && b === UNK) return x + y.slice(1);
  if (a !== UNK && b !== UNK) return x.slice(0, -1) + (a === SEP || b === SEP ? SEP : BND) + y.slice(1);
  return x + y;
}

function product(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || !b || a.length * b.length > LIMIT) return null;
  if (a.length === 1 && a[0] === '') return b;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(join(x, y));
  return [...out];
}

const isCut = (ch: string | undefined) => ch === SEP || ch === BND;

function infoFromStrs(strs: string[]): Info {
  let nullable = false;
  let startsCut = true;
  let endsCut = true;
  for (const s of strs) {
    if (s === '') nullable = true;
    else {
      startsCut &&= isCut(s[0]);
      endsCut &&= isCut(s[s.length - 1]);
    }
  }
  return { nullable, startsCut, endsCut };
}

/** The literal runs of one match string (substring mode): each is in every text the string stands for. */
function literalRuns(s: string): string[] {
  return s.split(/[\u0001-\u0003]+/u).filter(Boolean);
}

/** The whole words of one match string, given what is on either side of the node. */
function wholeWords(s: string, left: Ctx, right: Ctx, mode: CoverMode = 'words'): string[] {
  if (mode === 'substrings') return literalRuns(s);
  if (s.length <= 3 && [...s].every(isMark)) return [];
  const padded = (left === 'cut' ? BND : UNK) + s + (right === 'cut' ? BND : UNK);
  const words: string[] = [];
  let i = 0;
  while (i < padded.length) {
    if (!isMark(padded[i])) {
      let j = i;
      while (j < padded.length && !isMark(padded[j])) j++;
      const word = padded.slice(i, j);
      if (isCut(padded[i - 1]) && isCut(padded[j]) && TOKEN_START.test(word)) words.push(word);
      i = j;
    } else i++;
  }
  return words;
}

/**
 * A cover from explicit match strings: words that together hit every string (greedy weighted set
 * cover: the word that hits the most strings not yet hit per unit of cost first), or null if a
 * string has no whole word.
 */
function coverFromStrs(strs: string[], left: Ctx, right: Ctx, mode: CoverMode = 'words'): Set<string> | null {
  if (strs.length === 1) {
    const words = wholeWords(strs[0], left, right, mode);
    return words.length ? new Set([words.reduce((best, w) => (wordCost(w) < wordCost(best) ? w : best))]) : null;
  }
  const lists = strs.map((s) => wholeWords(s, left, right, mode));
  if (lists.some((w) => !w.length)) return null;
  // One word each: the cover is those words.
  if (lists.every((w) => w.length === 1)) return new Set(lists.map((w) => w[0]));
  const sets = lists.map((w) => new Set(w));
  const out = new Set<string>();
  let open = sets;
  while (open.length) {
    const hits = new Map<string, number>();
    for (const set of open) for (const w of set) hits.set(w, (hits.get(w) ?? 0) + 1);
    let best = '';
    let score = -1;
    for (const [w, n] of hits) {
      const sc = n / wordCost(w);
      if (sc > score || (sc === score && w < best)) [best, score] = [w, sc];
    }
    out.add(best);
    open = open.filter((set) => !set.has(best));
  }
  // Drop words the others make redundant, dearest first.
  for (const w of [...out].sort((a, b) => wordCost(b) - wordCost(a))) {
    out.delete(w);
    if (sets.some((set) => ![...set].some((x) => out.has(x)))) out.add(w);
  }
  return out;
}

function cheapest(options: Array<Set<string> | null>): Set<string> | null {
  let best: Set<string> | null = null;
  for (const o of options) if (o && o.size && (!best || coverCost(o) < coverCost(best))) best = o;
  return best;
}

class Deriver {
  private infos = new Map<RegexNode, Info>();
  private strings = new Map<RegexNode, string[] | null>();

  constructor(private readonly mode: CoverMode = 'words') {}

  /** Whether the node can match empty, and whether its matches start and end at a separator. */
  info(node: RegexNode): Info {
    let info = this.infos.get(node);
    if (!info) {
      info = this.computeInfo(node);
      this.infos.set(node, info);
    }
    return info;
  }

  /** The node's match strings over literals and SEP/BND/UNK, or null past LIMIT (computed when a window needs them). */
  strs(node: RegexNode): string[] | null {
    let strs = this.strings.get(node);
    if (strs === undefined) {
      strs = this.computeStrs(node);
      this.strings.set(node, strs);
    }
    return strs;
  }

  private atomStrs(node: RegexNode): string[] | null {
    if (this.mode === 'substrings') return substringAtom(node);
    switch (node.type) {
      case 'char': {
        const lower = node.value.toLowerCase();
        if (/^[a-z0-9'-]*$/.test(lower)) return [lower];
        let str = '';
        for (const ch of lower.replace(/’/g, "'")) str = join(str, isTokenChar(ch) ? ch : SEP);
        return [str];
      }
      case 'class':
        if (node.literals) return [...new Set(node.literals.map((c) => c.toLowerCase().replace(/’/g, "'")).map((c) => (isTokenChar(c) ? c : SEP)))];
        return [node.matchesTokenChar ? UNK : SEP];
      case 'assert':
        return [node.kind === 'B' ? '' : BND];
      case 'look': {
        if (node.negative) return [''];
        // A positive lookaround whose every branch starts (ahead) or ends (behind) at a separator is a boundary.
        const inner = this.strs(node.body);
        const cut = inner && inner.every((s) => (node.behind ? isCut(s[s.length - 1]) : isCut(s[0])));
        return [cut ? BND : ''];
      }
      case 'backref':
        return [UNK, ''];
      default:
        return null;
    }
  }

  private computeStrs(node: RegexNode): string[] | null {
    switch (node.type) {
      case 'group':
        return this.strs(node.body);
      case 'alt': {
        const all = new Set<string>();
        for (const b of node.branches) {
          const strs = this.strs(b);
          if (!strs || all.size + strs.length > LIMIT) return null;
          for (const x of strs) all.add(x);
        }
        return [...all];
      }
      case 'seq': {
        let strs: string[] | null = [''];
        for (const item of node.items) if (!(strs = product(strs, this.strs(item)))) return null;
        return strs;
      }
      case 'repeat': {
        if (node.max === 0) return [''];
        const body = this.strs(node.body);
        if (!body) return null;
        // A repeated single marker (`\s+`, `[a-z]+`) is the same marker; other repetitions are not spelled out.
        if (node.max > 1 && !body.every((s) => s === '' || (s.length === 1 && isMark(s)))) return null;
        return node.min === 0 ? [...new Set(['', ...body])] : body;
      }
      default:
        return this.atomStrs(node);
    }
  }

  private computeInfo(node: RegexNode): Info {
    switch (node.type) {
      case 'group':
        return this.info(node.body);
      case 'alt': {
        const parts = node.branches.map((b) => this.info(b));
        return { nullable: parts.some((p) => p.nullable), startsCut: parts.every((p) => p.startsCut), endsCut: parts.every((p) => p.endsCut) };
      }
      case 'seq': {
        // A non-empty match starts where the first non-empty part does: check each part up to the first that cannot be empty.
        const parts = node.items.map((i) => this.info(i));
        let startsCut = true;
        for (const p of parts) {
          startsCut &&= p.startsCut;
          if (!p.nullable) break;
        }
        let endsCut = true;
        for (let k = parts.length - 1; k >= 0; k--) {
          endsCut &&= parts[k].endsCut;
          if (!parts[k].nullable) break;
        }
        return { nullable: parts.every((p) => p.nullable), startsCut, endsCut };
      }
      case 'repeat': {
        if (node.max === 0) return { nullable: true, startsCut: true, endsCut: true };
        const body = this.info(node.body);
        return { nullable: node.min === 0 || body.nullable, startsCut: body.startsCut, endsCut: body.endsCut };
      }
      default:
        return infoFromStrs(this.strs(node)!);
    }
  }

  /** Covers by node, one slot per pair of surroundings. */
  private covers = new Map<RegexNode, Array<Set<string> | null | undefined>>();

  /** A cover of `node` given its surroundings, or null if some match of it needs no literal word. */
  cover(node: RegexNode, left: Ctx, right: Ctx): Set<string> | null {
    let slots = this.covers.get(node);
    if (!slots) this.covers.set(node, (slots = [undefined, undefined, undefined, undefined]));
    const k = (left === 'cut' ? 2 : 0) + (right === 'cut' ? 1 : 0);
    let cover = slots[k];
    if (cover === undefined) slots[k] = cover = this.computeCover(node, left, right);
    return cover;
  }

  private computeCover(node: RegexNode, left: Ctx, right: Ctx): Set<string> | null {
    switch (node.type) {
      case 'char':
      case 'class':
      case 'assert':
      case 'look':
      case 'backref':
        return coverFromStrs(this.strs(node)!, left, right, this.mode);
      case 'group':
        return this.cover(node.body, left, right);
      case 'alt': {
        const out = new Set<string>();
        for (const b of node.branches) {
          const c = this.cover(b, left, right);
          if (!c) return null;
          for (const w of c) out.add(w);
        }
        // Spelled out, the branches may share a word (`can\s+not|will\s+not`: "not").
        const strs = this.strs(node);
        return cheapest([out, strs ? coverFromStrs(strs, left, right, this.mode) : null]);
      }
      case 'repeat': {
        if (node.min === 0 || node.max === 0) return null;
        // The first repetition has the node's left neighbour, the last one its right neighbour;
        // between repetitions, one's end touches the next one's start.
        const body = this.info(node.body);
        const l: Ctx = left === 'cut' && (node.max === 1 || body.endsCut) ? 'cut' : 'open';
        const r: Ctx = right === 'cut' && (node.max === 1 || body.startsCut) ? 'cut' : 'open';
        return cheapest([this.cover(node.body, left, r), this.cover(node.body, l, right)]);
      }
      case 'seq':
        return this.seqCover(node.items, left, right);
    }
  }

  private seqCover(items: RegexNode[], left: Ctx, right: Ctx): Set<string> | null {
    const parts = items.map((i) => this.info(i));
    const n = items.length;
    // What stands before item i: a separator if the nearest item that is not (possibly) empty ends with one.
    const leftOf = (i: number): Ctx => {
      for (let j = i - 1; j >= 0; j--) {
        if (!parts[j].endsCut) return 'open';
        if (!parts[j].nullable) return 'cut';
      }
      return left;
    };
    const rightOf = (i: number): Ctx => {
      for (let j = i + 1; j < n; j++) {
        if (!parts[j].startsCut) return 'open';
        if (!parts[j].nullable) return 'cut';
      }
      return right;
    };
    const options: Array<Set<string> | null> = [];
    for (let i = 0; i < n; i++) if (!parts[i].nullable) options.push(this.cover(items[i], leftOf(i), rightOf(i)));
    // Windows: items spelled out together where no separator is guaranteed between them, so that
    // words formed across them count; each window starts and ends where a separator stands.
    const hardCut = (i: number) => (parts[i].endsCut && !parts[i].nullable) || (parts[i + 1].startsCut && !parts[i + 1].nullable);
    // A literal substring needs no separator around it: in substring mode any run of items is a window.
    const anywhere = this.mode === 'substrings';
    let run = 0;
    for (let i = 0; i < n; i++) {
      if (i < n - 1 && !hardCut(i)) continue;
      for (let a = run; a <= i; a++) {
        if (a > run && leftOf(a) !== 'cut' && !anywhere) continue;
        let strs: string[] | null = [''];
        for (let b = a; b <= i && strs; b++) {
          strs = product(strs, this.strs(items[b]));
          if (strs && b > a && (b === i || rightOf(b) === 'cut' || anywhere)) options.push(coverFromStrs(strs, leftOf(a), rightOf(b), this.mode));
        }
      }
      run = i + 1;
    }
    return cheapest(options);
  }
}

/**
 * A node's match strings in substring mode: literal characters as themselves, except cased letters
 * (a case-insensitive pattern's `a` also matches `A`), which are unknown characters like any class
 * that is not a small set of literals; anchors and lookarounds consume nothing.
 */
function substringAtom(node: RegexNode): string[] | null {
  // compilePack lets a straight apostrophe match the curly one too: neither is a literal here.
  const lit = (ch: string) => (ch.toLowerCase() !== ch.toUpperCase() || ch === "'" || ch === '’' ? UNK : ch);
  switch (node.type) {
    case 'char': {
      let str = '';
      for (const ch of node.value) str = join(str, lit(ch));
      return [str];
    }
    case 'class':
      return node.literals && !node.source.startsWith('[^') ? [...new Set(node.literals.map(lit))] : [UNK];
    case 'assert':
    case 'look':
      return [''];
    case 'backref':
      return [UNK, ''];
    default:
      return null;
  }
}

const derived = new Map<string, Cover>();

/**
 * The trigger words of one pattern (JavaScript regular expression source, case-insensitive): whole
 * words, or for an unspaced language (`coverMode`) literal substrings.
 */
export function deriveTriggers(source: string, mode: CoverMode = 'words'): Cover {
  const key = mode === 'words' ? source : `\u0000${source}`;
  let cover = derived.get(key);
  if (!cover) {
    cover = derive(source, mode);
    if (derived.size < 5000) derived.set(key, cover);
  }
  return cover.words ? { words: [...cover.words] } : cover;
}

function derive(source: string, mode: CoverMode): Cover {
  let root: RegexNode;
  try {
    root = parseRegex(source);
  } catch (e) {
    return { words: null, reason: (e as Error).message };
  }
  const cover = new Deriver(mode).cover(root, 'open', 'open');
  if (!cover) return { words: null, reason: 'the pattern can match without any literal word' };
  return { words: [...cover].sort() };
}

/**
 * A short fingerprint of a pattern's source, so a precomputed cover (lib/rules/<lang>/triggers.json)
 * is used only for the exact pattern it was derived from.
 */
export function sourceHash(source: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Words of a sentence as analyze.ts looks them up in the trigger index. */
export function sentenceWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
}
