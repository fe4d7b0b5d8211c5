// What the checker uses of compromise (lib/checker/nlp.ts), taken from compromise itself at build
// time so the CLI can run without unpacking compromise's lexicon on every start (~250 ms):
//   the lexicon (model().one.lexicon: word → tag or tags), in chunks by the words' first letters;
//   the inputs of methods().two.transform.verb.toInfinitive (model().one.prefixes and the four
//   suffix models in model().two.models), as they are.
// lib/cli/compromise-lite.ts turns this back into the same lookups; scripts/build-cli.mjs bundles
// it into dist/cli.cjs in place of compromise.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * How many leading characters of a word pick its chunk: the CLI rebuilds only the chunks a run
 * looks words up in (lib/cli/compromise-lite.ts). Two gives ~480 chunks of at most ~800 words.
 */
export const CHUNK_PREFIX = 2;

/** compromise's own toInfinitive (its package exports do not list the file, so it is found by path). */
export function toInfinitivePath() {
  const require = createRequire(import.meta.url);
  // The CommonJS entry is builds/three/compromise-three.cjs: two levels below the package root.
  const root = dirname(dirname(dirname(require.resolve('compromise'))));
  return join(root, 'src/2-two/preTagger/methods/transform/verbs/toInfinitive/index.js');
}

/**
 * Builds the data from a loaded compromise (`nlp`); throws if compromise's model is not the
 * shape expected. The lexicon becomes its distinct entries (a tag, or a list of tags: ["Noun"]
 * and "Noun" stay different) and, per chunk, lines of "<entry index> <word>".
 */
export function compromiseData(nlp) {
  const model = nlp.model();
  const entries = [];
  const entryIndex = new Map();
  const chunks = {};
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    if (/[\n\r]/.test(word) || word === '') throw new Error(`compromise-data: cannot store the lexicon word ${JSON.stringify(word)}`);
    if (typeof tags !== 'string' && !(Array.isArray(tags) && tags.every((t) => typeof t === 'string'))) {
      throw new Error(`compromise-data: unexpected lexicon entry for ${JSON.stringify(word)}`);
    }
    const key = JSON.stringify(tags);
    let index = entryIndex.get(key);
    if (index === undefined) {
      index = entries.push(tags) - 1;
      entryIndex.set(key, index);
    }
    const prefix = word.slice(0, CHUNK_PREFIX);
    chunks[prefix] = chunks[prefix] === undefined ? `${index} ${word}` : `${chunks[prefix]}\n${index} ${word}`;
  }
  const { fromPast, fromPresent, fromGerund, fromParticiple } = model.two.models;
  for (const [name, m] of Object.entries({ fromPast, fromPresent, fromGerund, fromParticiple })) {
    if (!m || typeof m !== 'object') throw new Error(`compromise-data: model.two.models.${name} is missing`);
  }
  return {
    lexicon: { prefix: CHUNK_PREFIX, entries, chunks },
    prefixes: model.one.prefixes ?? {},
    models: { fromPast, fromPresent, fromGerund, fromParticiple },
  };
}
