import { describe, expect, it } from 'vitest';
import { linearityProblems } from '../../lib/checker/linearity';
import { PACKS } from '../../lib/rules';

const raw = String.raw;

describe('linearityProblems', () => {
  const bad: Array<[string, RegExp]> = [
    // Nested repetition of a part that can match the same text.
    [raw`\bx(a+)+y`, /a\+ and a\+/],
    [raw`\bx(?:\w+\s*)*y`, /\\w\+ and \\w\+/],
    [raw`\bx(?:a{1,3})+y`, /a\{1,3\} and a\{1,3\}/],
    [raw`\bx(a*)*y`, /repeats a part that can match the empty string/],
    [raw`\bx(?:a|ab)+y`, /alternatives can start with the same character/],
    // Adjacent repetitions that can share characters.
    [raw`\bx\s*\s+y`, /\\s\* and \\s\+/],
    [raw`\bx\w+\d*\w+y`, /\\w\+ and \\d\*/],
    [raw`\bx[^.]*\s*[^.]*y`, /\[\^\.\]\* and \\s\*/],
    [raw`\bx\w+a\w+y`, /\\w\+ and \\w\+/],
    [raw`\bour\s+(?:\w+\s+)?(?:are|is)?\s*always\b`, /\\s\+ and \\s\*/],
    [raw`\bread\b[^,.!?]{0,80},?\s*you\b`, /\[\^,\.!\?\]\{0,80\} and \\s\*/],
    // The search tries every position: a leading repetition must be fenced off.
    [raw`\s*nothing`, /the search/],
    [raw`\w+ly\b`, /the search/],
    [raw`\b[^.]*\bsorry`, /the search/],
  ];
  it.each(bad)('rejects %s', (re, why) => {
    const problems = linearityProblems(re);
    expect(problems.length, re).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(why);
  });

  const good = [
    raw`\bfoo\s+bar\b`,
    raw`\b(?:\w+\s+){0,3}?\w+\b`,
    raw`\b(?:our|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:is|are)\s+working\b`,
    raw`\bx\s+(?:\w+\s+)*y`,
    raw`^\s*x`,
    raw`\b\s*x`,
    raw`(?<!\s)\s*x`,
    raw`(?:,|(?<!\s))\s*that's\s+our\s+policy$`,
    raw`\b[a-z]+\b[^.!?]{0,60}\byou\b`,
    raw`\bx[^.]{0,60}\s{0,3}y`,
    raw`\b\d+(?:\.\d+)?%\s+uptime\b`,
    raw`\bno\s+(?:such\s+)?a\s+big\s+deal\b`,
    raw`\b(?:will|it'll)\s+(?<v>ship|arrive)\s+when\s+it\s+\k<v>s\b`,
  ];
  it.each(good)('accepts %s', (re) => {
    expect(linearityProblems(re)).toEqual([]);
  });

  it('reports a syntax error as a problem', () => {
    expect(linearityProblems('(unclosed')).toHaveLength(1);
  });
});

describe('every built-in regular expression is linear', () => {
  for (const pack of Object.values(PACKS)) {
    const all: Array<[string, RegExp | undefined]> = [];
    for (const r of pack!.rules) {
      r.patterns.forEach((re, j) => all.push([`${r.def.id} patterns[${j}]`, re]));
      r.unless.forEach((re, j) => all.push([`${r.def.id} unless[${j}]`, re]));
    }
    // The lexicon as compiled: signals, frames, code context, softeners, model vetoes.
    all.push(['codeContext.before', pack!.codeContext.before], ['codeContext.after', pack!.codeContext.after], ['softener', pack!.softener]);
    pack!.frames.forEach((f, i) => all.push([`frames[${i}]`, f.re]));
    for (const [name, re] of Object.entries(pack!.signals)) all.push([`signals.${name}`, re]);
    for (const [name, re] of pack!.model?.vetoes ?? []) all.push([`modelVetoes.${name}`, re]);
    for (const [where, re] of all) {
      if (!re) continue;
      it(`${pack!.lang} ${where}`, () => {
        expect(linearityProblems(re.source), re.source).toEqual([]);
      });
    }
  }
});
