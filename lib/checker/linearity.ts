/**
 * A static check that a rule's regular expression cannot backtrack super-linearly, so no
 * wall-clock test is needed to trust it. JavaScript's engine backtracks: it is slow exactly when
 * the same stretch of text can be divided between repeated parts in many ways. The check walks
 * the pattern and rejects the three shapes that allow it.
 *
 * 1. Two repetitions that can share characters with nothing between them that stops them.
 *    A *repetition* is a quantified part that can repeat (`+`, `*`, `{m,n}` with n ≥ 2). After a
 *    repetition P the walk keeps the set K of characters a run could still share with the next
 *    repetition: P's characters, narrowed by every part that must match one character after P
 *    (a literal, a class; an optional part narrows nothing). When a repetition Q comes and K ∩
 *    chars(Q) is not empty, P and Q are rejected if either is unbounded (`\s*\s+`, `\w+\d*\w+`,
 *    `\w+a\w+`, `[^.]*\s*[^.]*`, `\s+(?:the\s+)?\s*`): on a long run of shared characters every
 *    split between them is tried. A required part disjoint from one of them (`\w+\s+\w+`) empties K
 *    and separates them. Two bounded repetitions (`[^.]{0,60}\s{0,3}`) cost at most the product of
 *    their bounds, a constant, and are allowed. A `\b` between P and Q waives the conflict when
 *    the characters they share are all word characters or all non-word characters: a run of them
 *    has no boundary inside, so there is only one place to split it (`[a-z]+\b[^.]{0,60}`).
 * 2. The search itself: an unanchored regular expression is tried at every position, which acts
 *    like a repetition of any character before the pattern. A bounded repetition costs a constant
 *    per position; an unbounded one that a match can start with must be fenced off by a required
 *    character, `^`, a `\b` followed by a one-sided class, or a negative lookbehind of its
 *    characters. `\s*x` and `\b[^.]*x` are rejected; `\bno\s+x`, `\b\s*x`, `^\s*x` and
 *    `(?<!\s)\s*x` are not (the last cannot start inside a run of whitespace, only at its first
 *    character). The same fences separate any P and Q.
 * 3. A repeated group: its body must not match the empty string (`(a*)*`), iterations are checked
 *    against each other by walking the body twice (`(a+)+`, `(?:\w+\s*)*` are rejected by rule 1,
 *    `(?:\w+\s+)*` is not), alternatives inside it must start with different characters
 *    (`(?:a|ab)+` is rejected), and inside an unbounded repetition every inner repetition counts
 *    as unbounded (`(?:a{1,3})+`).
 *
 * Lookarounds consume nothing: their bodies are checked where they stand and the walk goes on as
 * if they were absent (apart from the `(?<!…)` fence). Character sets are compared on a sample of characters (the pattern's own
 * literals in both cases, ASCII, whitespace, punctuation and a few letters of other scripts).
 * The check is conservative: some rejected patterns are in fact fast; rewrite those (a bounded
 * `{0,n}`, a class that excludes its neighbour) rather than weaken the check.
 */
import { parseRegex, type RegexNode } from './triggers';

const SAMPLE = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' \t\n\r\u00a0\u2003\u200b',
  ...'.,;:!?\'’"“”‘()[]{}<>/\\|_-–—+*=&%$#@^~`…',
  'é',
  'ß',
  'ſ',
  'K',
  'ж',
  'Ж',
  '中',
  '٣',
  '😀',
];

class Chars {
  readonly universe: string[];
  readonly all: bigint;
  readonly word: bigint;
  private cache = new Map<string, bigint>();

  constructor(root: RegexNode) {
    const extra = new Set<string>();
    const visit = (n: RegexNode) => {
      if (n.type === 'char') for (const c of [...n.value, ...n.value.toLowerCase(), ...n.value.toUpperCase()]) extra.add(c);
      if (n.type === 'class' && n.literals) for (const c of n.literals) extra.add(c);
      for (const child of children(n)) visit(child);
    };
    visit(root);
    this.universe = [...new Set([...SAMPLE, ...extra])];
    this.all = (1n << BigInt(this.universe.length)) - 1n;
    this.word = this.test(/^\w$/iu);
  }

  private test(re: RegExp): bigint {
    let mask = 0n;
    this.universe.forEach((c, i) => {
      if (re.test(c)) mask |= 1n << BigInt(i);
    });
    return mask;
  }

  /** Characters a class can match (case-insensitive). */
  klass(source: string): bigint {
    let mask = this.cache.get(source);
    if (mask === undefined) this.cache.set(source, (mask = this.test(new RegExp(`^${source}$`, 'iu'))));
    return mask;
  }

  /** Characters one literal character can match (case-insensitive; a straight apostrophe also matches a curly one). */
  literal(c: string): bigint {
    const key = `\u0000${c}`;
    let mask = this.cache.get(key);
    if (mask === undefined) {
      const alts = c === "'" ? ["'", '’'] : [c];
      mask = this.test(new RegExp(`^(?:${alts.map((a) => `\\u{${a.codePointAt(0)!.toString(16)}}`).join('|')})$`, 'iu'));
      this.cache.set(key, mask);
    }
    return mask;
  }

  /** The characters of each position a char run or class consumes, in order. */
  steps(n: RegexNode & { type: 'char' | 'class' }): bigint[] {
    return n.type === 'class' ? [this.klass(n.source)] : [...n.value].map((c) => this.literal(c));
  }

  /** Whether a run of these characters can contain no word boundary inside it. */
  oneSided(mask: bigint): boolean {
    return (mask & this.word) === 0n || (mask & ~this.word & this.all) === 0n;
  }
}

function children(n: RegexNode): RegexNode[] {
  switch (n.type) {
    case 'alt':
      return n.branches;
    case 'seq':
      return n.items;
    case 'look':
    case 'group':
    case 'repeat':
      return [n.body];
    default:
      return [];
  }
}

const isLoop = (n: RegexNode): n is RegexNode & { type: 'repeat' } => n.type === 'repeat' && n.max >= 2;

function hasLoop(n: RegexNode): boolean {
  return isLoop(n) || children(n).some(hasLoop);
}

/** A repetition still "open" after the walk's current position: the characters it could still share. */
interface Open {
  what: string;
  shared: bigint;
  unbounded: boolean;
  /** A `\b` stands between it and the current position. */
  boundary: boolean;
  /** Characters a `(?<!…)` says cannot stand just before the current position. */
  fence: bigint;
}

class Walker {
  readonly problems = new Set<string>();

  constructor(private chars: Chars) {}

  /** Characters `n` can consume, and whether it can match empty. */
  reach(n: RegexNode): { mask: bigint; nullable: boolean } {
    switch (n.type) {
      case 'char':
      case 'class':
        return { mask: this.chars.steps(n).reduce((a, b) => a | b, 0n), nullable: false };
      case 'backref':
        return { mask: this.chars.all, nullable: true };
      case 'assert':
      case 'look':
        return { mask: 0n, nullable: true };
      case 'group':
        return this.reach(n.body);
      case 'repeat': {
        const r = this.reach(n.body);
        return { mask: n.max === 0 ? 0n : r.mask, nullable: n.min === 0 || r.nullable };
      }
      case 'alt': {
        let mask = 0n;
        let nullable = false;
        for (const b of n.branches) {
          const r = this.reach(b);
          mask |= r.mask;
          nullable ||= r.nullable;
        }
        return { mask, nullable };
      }
      case 'seq': {
        let mask = 0n;
        let nullable = true;
        for (const i of n.items) {
          const r = this.reach(i);
          mask |= r.mask;
          nullable &&= r.nullable;
        }
        return { mask, nullable };
      }
    }
  }

  /** Characters a match of `n` can start with (all, if it can match empty: what follows may start). */
  first(n: RegexNode): bigint {
    switch (n.type) {
      case 'char':
      case 'class':
        return this.chars.steps(n)[0];
      case 'backref':
      case 'assert':
      case 'look':
        return this.chars.all;
      case 'group':
        return this.first(n.body);
      case 'repeat':
        return n.min === 0 ? this.chars.all : this.first(n.body);
      case 'alt':
        return n.branches.reduce((m, b) => m | this.first(b), 0n);
      case 'seq': {
        let mask = 0n;
        for (const i of n.items) {
          if (i.type === 'assert' || i.type === 'look') continue;
          mask |= this.first(i);
          if (!this.reach(i).nullable) return mask;
        }
        return this.chars.all;
      }
    }
  }

  /** Alternatives inside a repeated body must start differently, or iterations can be split in many ways. */
  private checkBranches(n: RegexNode, loop: string): void {
    if (n.type === 'alt') {
      const firsts = n.branches.map((b) => this.first(b));
      for (let a = 0; a < firsts.length; a++)
        for (let b = a + 1; b < firsts.length; b++)
          if (firsts[a] & firsts[b]) this.problems.add(`inside ${loop}, alternatives can start with the same character`);
    }
    if (!isLoop(n)) for (const c of children(n)) this.checkBranches(c, loop);
  }

  private meet(state: Open[], what: string, mask: bigint, unbounded: boolean): void {
    for (const e of state) {
      if (!(e.unbounded || unbounded) || !(e.shared & mask)) continue;
      // A `\b` must stand at the split: a run with no boundary inside has only one place for it.
      if (e.boundary && this.chars.oneSided(e.shared & mask)) continue;
      // `(?<![…])`: the split cannot follow one of these characters, so a run of them splits only at its start.
      if (((e.shared & mask) & ~e.fence) === 0n) continue;
      this.problems.add(`${e.what} and ${what} can match the same characters with nothing required between them`);
    }
  }

  walk(n: RegexNode, state: Open[], hot: boolean): Open[] {
    switch (n.type) {
      case 'char':
      case 'class': {
        let shared = state;
        for (const mask of this.chars.steps(n)) shared = shared.map((e) => ({ ...e, shared: e.shared & mask, boundary: false, fence: 0n })).filter((e) => e.shared !== 0n);
        return shared;
      }
      case 'backref':
        // Matches a copy of a group's text: no choice of its own, but it may share characters with anything.
        return state.map((e) => ({ ...e, boundary: false, fence: 0n }));
      case 'assert':
        if (n.kind === 'b') return state.map((e) => ({ ...e, boundary: true }));
        if (n.kind === '^' || n.kind === '$') return [];
        return state;
      case 'look': {
        this.walk(n.body, n.behind ? [] : state, hot);
        const body = n.body.type === 'group' ? n.body.body : n.body;
        if (n.behind && n.negative && (body.type === 'class' || (body.type === 'char' && [...body.value].length === 1))) {
          const mask = this.chars.steps(body)[0];
          return state.map((e) => ({ ...e, fence: e.fence | mask }));
        }
        return state;
      }
      case 'group':
        return this.walk(n.body, state, hot);
      case 'alt':
        return merge(n.branches.flatMap((b) => this.walk(b, state, hot)));
      case 'seq':
        return n.items.reduce((s, i) => this.walk(i, s, hot), state);
      case 'repeat': {
        if (n.max === 0) return state;
        if (n.max === 1) {
          const once = this.walk(n.body, state, hot);
          return n.min === 0 ? merge([...state, ...once]) : once;
        }
        const body = this.reach(n.body);
        if (body.nullable) this.problems.add(`${n.source} repeats a part that can match the empty string`);
        this.checkBranches(n.body, n.source);
        const unbounded = hot || n.max === Infinity;
        if (!hasLoop(n.body)) {
          this.meet(state, n.source, body.mask, unbounded);
          const passed = n.min === 0 ? state : state.map((e) => ({ ...e, shared: e.shared & body.mask, boundary: false, fence: 0n })).filter((e) => e.shared !== 0n);
          return merge([...passed, { what: n.source, shared: body.mask, unbounded, boundary: false, fence: 0n }]);
        }
        // Iterations meet each other: walk the body twice.
        const innerHot = hot || n.max === Infinity;
        const once = this.walk(n.body, state, innerHot);
        const twice = this.walk(n.body, once, innerHot);
        return merge([...(n.min === 0 ? state : []), ...once, ...twice]);
      }
    }
  }
}

/** One entry per repetition and fencing: the union of what it could still share. */
function merge(list: Open[]): Open[] {
  const by = new Map<string, Open>();
  for (const e of list) {
    const key = `${e.what}\u0000${e.boundary}\u0000${e.fence}`;
    const prior = by.get(key);
    if (!prior) by.set(key, { ...e });
    else {
      prior.shared |= e.shared;
      prior.unbounded ||= e.unbounded;
    }
  }
  return [...by.values()];
}

/** Problems that make `source` (a JavaScript regular expression, case-insensitive) super-linear; empty if it is safe. */
export function linearityProblems(source: string): string[] {
  let root: RegexNode;
  try {
    root = parseRegex(source);
  } catch (e) {
    return [(e as Error).message];
  }
  const chars = new Chars(root);
  const walker = new Walker(chars);
  // The search: at most a bounded amount of work per start position is fine, so it conflicts only with unbounded repetitions.
  walker.walk(root, [{ what: 'the search (it tries every start position)', shared: chars.all, unbounded: false, boundary: false, fence: 0n }], false);
  return [...walker.problems];
}
