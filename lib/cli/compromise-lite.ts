/**
 * The CLI's stand-in for compromise: the two things lib/checker/nlp.ts uses — `nlp.model()`
 * (for `one.lexicon`) and `nlp.methods()` (for `two.transform.verb.toInfinitive`) — rebuilt from
 * data that scripts/compromise-data.mjs took from compromise at build time, with compromise's
 * own toInfinitive. Loading compromise unpacks its whole lexicon and every tagger model on import
 * (~250 ms); this unpacks only the parts of the lexicon that a run looks words up in.
 * scripts/build-cli.mjs puts it in place of `compromise` in dist/cli.cjs only; the extension and
 * dist/checker.mjs keep compromise.
 */

export type LexiconEntry = string | string[];

/** The lexicon as scripts/compromise-data.mjs stores it. */
export interface LexiconData {
  /** How many leading characters of a word name its chunk. */
  prefix: number;
  /** The distinct entries: a tag, or a list of tags. */
  entries: LexiconEntry[];
  /** Per chunk, lines of "<entry index> <word>". */
  chunks: Record<string, string>;
}

export interface CompromiseData {
  lexicon: LexiconData;
  prefixes: Record<string, boolean>;
  models: Record<'fromPast' | 'fromPresent' | 'fromGerund' | 'fromParticiple', unknown>;
}

export interface LiteModel {
  one: { lexicon: Record<string, LexiconEntry>; prefixes: Record<string, boolean> };
  two: { models: CompromiseData['models'] };
}

export type ToInfinitive = (word: string, model: LiteModel, tense?: string) => string;

export interface LiteCompromise {
  (): never;
  model(): LiteModel;
  methods(): { two: { transform: { verb: { toInfinitive: ToInfinitive } } } };
}

/**
 * compromise's `model().one.lexicon` as an object that reads like it (own properties, `in`,
 * Object.keys, values) but unpacks a chunk of words only when a word in it is first asked for:
 * a short reply needs a few dozen of the ~480 chunks.
 */
export function lexiconView(data: LexiconData): Record<string, LexiconEntry> {
  // The words of a list entry share it, frozen, so that nobody may change it for the others.
  const entries = data.entries.map((e) => (Array.isArray(e) ? (Object.freeze(e) as string[]) : e));
  const unpacked = new Map<string, Map<string, LexiconEntry>>();
  const chunk = (prefix: string): Map<string, LexiconEntry> | undefined => {
    let words = unpacked.get(prefix);
    if (words === undefined && Object.hasOwn(data.chunks, prefix)) {
      words = new Map();
      for (const line of data.chunks[prefix].split('\n')) {
        const space = line.indexOf(' ');
        words.set(line.slice(space + 1), entries[Number(line.slice(0, space))]);
      }
      unpacked.set(prefix, words);
    }
    return words;
  };
  const lookup = (key: string | symbol): LexiconEntry | undefined =>
    typeof key === 'string' ? chunk(key.slice(0, data.prefix))?.get(key) : undefined;
  // What the lexicon does not list falls through to the target, a plain object like compromise's.
  return new Proxy({} as Record<string, LexiconEntry>, {
    get: (target, key) => lookup(key) ?? Reflect.get(target, key),
    has: (target, key) => lookup(key) !== undefined || Reflect.has(target, key),
    getOwnPropertyDescriptor: (_, key) => {
      const value = lookup(key);
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
    ownKeys: () => Object.keys(data.chunks).flatMap((prefix) => [...chunk(prefix)!.keys()]),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/** `load` is called once, on the first `model()`; `toInfinitive` is compromise's function. */
export function liteCompromise(load: () => CompromiseData, toInfinitive: ToInfinitive): LiteCompromise {
  let model: LiteModel | undefined;
  const methods = { two: { transform: { verb: { toInfinitive } } } };
  // Anything beyond these two calls needs the real compromise: fail loudly, not differently.
  const nlp = (() => {
    throw new Error('reply-coach CLI: only nlp.model() and nlp.methods() are built in (scripts/compromise-data.mjs); parse with compromise itself');
  }) as LiteCompromise;
  nlp.model = () => {
    if (!model) {
      const data = load();
      model = { one: { lexicon: lexiconView(data.lexicon), prefixes: data.prefixes }, two: { models: data.models } };
    }
    return model;
  };
  nlp.methods = () => methods;
  return nlp;
}
