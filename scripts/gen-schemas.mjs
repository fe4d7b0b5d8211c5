// Generates the rule pack's JSON Schemas from the valibot schema that validates packs
// (RULE_PACK_SCHEMAS in lib/rules/pack.ts), so they cannot drift from it:
//   lib/rules/rule-pack.schema.json  JSON Schema 2020-12, for editors and administrators
//   public/managed_schema.json       Chrome's managed storage schema: the policy key `rulePack` holds one pack
//
// `npm run schemas` writes both; `--stdout` prints { path: text } instead (test/unit/schemas.test.ts
// compares that with the committed files).
//
// Chrome reads its own dialect (components/policy/core/common/schema.cc in Chromium): each node
// has exactly one `type` (or a `$ref` to another node's `id`) and only the attributes listed in
// CHROME_ATTRIBUTES for that type; a schema it cannot parse stops the extension from loading.
// From the JSON Schema this script therefore
//   - inlines every `$ref` ("#/$defs/…" JSON pointers mean nothing to Chrome),
//   - turns `const: x` into `type` + `enum: [x]` (`version` becomes an integer enum),
//   - leaves out `additionalProperties: false`: Chrome wants a schema there (false fails to load),
//     and it drops properties a schema does not list anyway,
//   - replaces a `pattern` RE2 cannot compile with the weaker one in RE2_PATTERNS (Chrome compiles
//     patterns with RE2; a lookahead fails to load),
//   - drops the keywords in CHROME_DROPPED (minLength, maxLength, maxItems — the extension enforces the pack limits itself —, default, examples, propertyNames, if/then, …),
//   - keeps type, title, description, properties, additionalProperties (a schema), items, enum,
//     pattern and required.
// A policy value that fails Chrome's check never reaches the extension (chrome://policy says why);
// what Chrome cannot check, Reply Coach's parser still refuses, and the options page says why.
// Any other keyword makes this script fail, so a new one gets a decision.
import { toJsonSchema } from '@valibot/to-json-schema';
import { RE2JS } from 're2js';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTs, root } from './lib/load-ts.mjs';

const RULE_PACK_SCHEMA_FILE = 'lib/rules/rule-pack.schema.json';
const MANAGED_SCHEMA_FILE = 'public/managed_schema.json';

/** Shown in the schema for editors; the parser must accept it (test/unit/rule-pack.test.ts). */
const EXAMPLE_PACK = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Example support tone',
  rules: { 'en.defensive.not-our-fault': { severity: 'error' } },
  custom: [
    {
      id: 'per-my-last',
      lang: 'en',
      kind: 'phrase',
      pattern: 'per my * email',
      category: 'condescending',
      severity: 'warning',
      message: 'Reads as a reproach. Restate the answer instead of pointing back to an earlier message.',
      suggestions: ['To recap,'],
      guideline: 'G4',
    },
  ],
  guidelines: { G4: 'Explain as you would to a colleague: plain words, no reminders of what they missed.' },
  sites: [{ host: 'support.example.com', site: 'zammad' }],
};

const MANAGED_DESCRIPTION = (format, version) =>
  `A Reply Coach rule pack (the JSON the options page exports, format "${format}", version ${version}). ` +
  "It is laid over every agent's own settings and cannot be changed in the extension. " +
  'Chrome reports a pack that does not fit this schema at chrome://policy; a pack that reaches Reply Coach but fails its own checks (a regular expression RE2 cannot compile, a duplicate id) locks every rule at its default, and the options page and popup show why.';

const CHROME_COMMON = ['type', 'title', 'description'];
const CHROME_ATTRIBUTES = {
  object: [...CHROME_COMMON, 'properties', 'patternProperties', 'additionalProperties', 'required'],
  array: [...CHROME_COMMON, 'items'],
  string: [...CHROME_COMMON, 'enum', 'pattern'],
  integer: [...CHROME_COMMON, 'enum', 'minimum', 'maximum'],
  number: CHROME_COMMON,
  boolean: CHROME_COMMON,
};
const CHROME_DROPPED = new Set(['$schema', '$defs', 'examples', 'default', 'minLength', 'maxLength', 'maxItems', 'propertyNames', 'if', 'then']);

/** JSON Schema pattern → what Chrome gets instead, for patterns RE2 cannot compile. */
const RE2_PATTERNS = {
  // flags: no lookahead or backreference in RE2, so Chrome checks the letters but not repeats.
  '^(?=[imsu]*$)(?!.*(.).*\\1)': '^[imsu]*$',
};

/** The JSON Schema of a rule pack, from the valibot schemas. */
function rulePackJsonSchema({ pack, definitions }) {
  const { $schema, title, description, $defs, ...rest } = toJsonSchema(pack, {
    target: 'draft-2020-12',
    definitions,
    // `trim` normalises and constrains nothing; the custom rule's one partial check ("flags only on
    // a regex rule") carries its JSON Schema form in a v.metadata action beside it.
    ignoreActions: ['trim', 'partial_check'],
  });
  return { $schema, title, description, ...rest, $defs, examples: [EXAMPLE_PACK] };
}

/** Chrome's managed storage schema holding one pack under `rulePack`. */
function managedSchema(packSchema) {
  const description = MANAGED_DESCRIPTION(packSchema.properties.format.const, packSchema.properties.version.const);
  return { type: 'object', properties: { rulePack: chromeNode({ ...packSchema, description }, packSchema.$defs, 'rulePack') } };
}

function chromeNode(node, defs, at) {
  if (node.$ref) {
    const name = node.$ref.replace(/^#\/\$defs\//, '');
    if (!defs[name]) throw new Error(`${at}: unresolved $ref ${node.$ref}`);
    const { $ref: _, ...siblings } = node;
    return chromeNode({ ...defs[name], ...siblings }, defs, at);
  }
  const src = { ...node };
  if ('const' in src) {
    src.enum = [src.const];
    src.type ??= jsonType(src.const);
    delete src.const;
  }
  if (src.additionalProperties === false) delete src.additionalProperties;
  const type = src.type;
  if (typeof type !== 'string' || !CHROME_ATTRIBUTES[type]) throw new Error(`${at}: Chrome needs exactly one known type, not ${JSON.stringify(type)}`);

  for (const key of Object.keys(src)) {
    if (!CHROME_DROPPED.has(key) && !CHROME_ATTRIBUTES[type].includes(key)) {
      throw new Error(`${at}: "${key}" on a ${type} has no Chrome equivalent; translate or drop it in scripts/gen-schemas.mjs`);
    }
  }
  const out = {};
  for (const key of CHROME_ATTRIBUTES[type].filter((k) => k in src)) {
    const value = src[key];
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, chromeNode(v, defs, `${at}.${k}`)]));
    } else if (key === 'items' || key === 'additionalProperties') {
      out[key] = chromeNode(value, defs, `${at}.${key}`);
    } else if (key === 'required') {
      if (value.length) out.required = value;
    } else if (key === 'pattern') {
      out.pattern = re2Pattern(value, at);
    } else out[key] = value;
  }
  return out;
}

function jsonType(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function re2Pattern(pattern, at) {
  const candidate = RE2_PATTERNS[pattern] ?? pattern;
  try {
    RE2JS.compile(candidate);
  } catch (e) {
    throw new Error(`${at}: RE2 cannot compile /${candidate}/ (${e.message}); add an RE2 form to RE2_PATTERNS`);
  }
  return candidate;
}

/** JSON with arrays of plain values on one line, like the hand-edited files before. */
function formatJson(value, indent = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((x) => x === null || typeof x !== 'object')) return `[${value.map((x) => JSON.stringify(x)).join(', ')}]`;
    return `[\n${value.map((x) => inner + formatJson(x, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** { path: text } of every generated file. */
async function generate() {
  const { RULE_PACK_SCHEMAS } = await importTs('lib/rules/pack.ts');
  const packSchema = rulePackJsonSchema(RULE_PACK_SCHEMAS);
  return {
    [RULE_PACK_SCHEMA_FILE]: `${formatJson(packSchema)}\n`,
    [MANAGED_SCHEMA_FILE]: `${formatJson(managedSchema(packSchema))}\n`,
  };
}

const files = await generate();
if (process.argv.includes('--stdout')) {
  process.stdout.write(JSON.stringify(files));
} else {
  for (const [path, text] of Object.entries(files)) {
    writeFileSync(resolve(root, path), text);
    console.log(`wrote ${path}`);
  }
}
