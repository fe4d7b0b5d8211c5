/**
 * The JSON Schemas are generated from the valibot schema in lib/rules/pack.ts by
 * scripts/gen-schemas.mjs (`npm run schemas`): the committed files must be what it writes now, and
 * the JSON Schema must accept and refuse what the parser does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { parseRulePack } from '../../lib/rules/pack';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

type Json = Record<string, unknown>;
const packSchema = JSON.parse(read('lib/rules/rule-pack.schema.json')) as Json & { examples: unknown[] };
const managedSchema = JSON.parse(read('public/managed_schema.json')) as { properties: { rulePack: Json } } & Json;

const validatePack = new Ajv2020({ allErrors: true }).compile(packSchema);
// Chrome's dialect is a subset of draft-04/07, so Ajv's default dialect can run it.
const validateManaged = new Ajv({ allErrors: true }).compile(managedSchema.properties.rulePack);

describe('generated schemas', () => {
  it('are what `npm run schemas` writes from the valibot schema now', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-schemas.mjs', '--stdout'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, `scripts/gen-schemas.mjs failed:\n${r.stderr}`).toBe(0);
    const files = JSON.parse(r.stdout) as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual(['lib/rules/rule-pack.schema.json', 'public/managed_schema.json']);
    for (const [path, text] of Object.entries(files)) {
      expect(read(path), `${path} is out of date with lib/rules/pack.ts: run \`npm run schemas\` and commit the result`).toBe(text);
    }
  });

  it('keep the descriptions written on the valibot schema', () => {
    expect(packSchema.title).toBe('Reply Coach team rule pack');
    expect(packSchema.description).toMatch(/Team tone rules for Reply Coach/);
    const custom = (packSchema.$defs as Record<string, { properties: Record<string, { description?: string }> }>).customRule;
    expect(custom.properties.id.description).toMatch(/lower-case letters, digits and hyphens/);
    expect(custom.properties.guideline.description).toMatch(/Default: blame G7/);
  });
});

function customRule(over: Json = {}): Json {
  return {
    id: 'per-my-last',
    lang: 'en',
    kind: 'phrase',
    pattern: 'per my * email',
    category: 'condescending',
    severity: 'warning',
    message: 'Restate the answer instead.',
    ...over,
  };
}
const pack = (over: Json = {}): Json => ({ format: 'reply-coach-rules', version: 1, ...over });

function parserAccepts(input: unknown): boolean {
  try {
    parseRulePack(input);
    return true;
  } catch {
    return false;
  }
}

describe('the JSON Schema and the parser agree', () => {
  const good: Array<[string, Json]> = [
    ['the minimal pack', pack()],
    ['a regex rule with flags', pack({ custom: [customRule({ kind: 'regex', pattern: '\\bobviously\\b', flags: 'im' })] })],
    ['an override', pack({ rules: { 'en.anything': { enabled: false, severity: 'info' } } })],
    ['guideline wording', pack({ guidelines: { G4: 'Explain as you would to a colleague.' } })],
    ['custom domains', pack({ sites: [{ host: 'Support.Acme.example', site: 'zammad' }, { host: 'desk.acme.example', site: 'generic' }] })],
  ];
  it.each([...good, ...packSchema.examples.map((e, i): [string, Json] => [`schema example ${i}`, e as Json])])('both accept %s', (_name, input) => {
    expect(parserAccepts(input)).toBe(true);
    expect(validatePack(input), JSON.stringify(validatePack.errors)).toBe(true);
    expect(validateManaged(input), JSON.stringify(validateManaged.errors)).toBe(true);
  });

  // `chrome`: whether public/managed_schema.json, run as JSON Schema, refuses it too. It has no
  // `additionalProperties: false` (Chrome itself treats unlisted properties as unknown) and none of
  // the checks Chrome's dialect and RE2 cannot say; the parser refuses those when the policy is read.
  const bad: Array<[string, Json, { chrome: boolean }]> = [
    ['an unknown top-level field', pack({ colour: 'blue' }), { chrome: false }],
    ['an unknown field in a custom rule', pack({ custom: [customRule({ colour: 'blue' })] }), { chrome: false }],
    ['a bad custom rule id', pack({ custom: [customRule({ id: 'Per My Last' })] }), { chrome: true }],
    ['an unknown category', pack({ custom: [customRule({ category: 'rude' })] }), { chrome: true }],
    ['version 2', pack({ version: 2 }), { chrome: true }],
    ['another format', pack({ format: 'acme-rules' }), { chrome: true }],
    ['no format', { version: 1 }, { chrome: true }],
    ['a blank message', pack({ custom: [customRule({ message: '   ' })] }), { chrome: true }],
    ['flags outside imsu', pack({ custom: [customRule({ kind: 'regex', pattern: 'x', flags: 'ig' })] }), { chrome: true }],
    ['a repeated flag', pack({ custom: [customRule({ kind: 'regex', pattern: 'x', flags: 'ii' })] }), { chrome: false }],
    ['flags on a phrase', pack({ custom: [customRule({ flags: 'i' })] }), { chrome: false }],
    ['an override with a bad severity', pack({ rules: { 'en.anything': { severity: 'loud' } } }), { chrome: true }],
    ['wording for an unknown guideline', pack({ guidelines: { G12: 'Extra' } }), { chrome: false }],
    ['a domain written as a URL', pack({ sites: [{ host: 'https://desk.acme.example/', site: 'zammad' }] }), { chrome: true }],
    ['a domain with a port', pack({ sites: [{ host: 'desk.acme.example:8443', site: 'zammad' }] }), { chrome: true }],
    ['a domain running an unknown definition', pack({ sites: [{ host: 'desk.acme.example', site: 'zamad' }] }), { chrome: true }],
    ['a domain without its definition', pack({ sites: [{ host: 'desk.acme.example' }] }), { chrome: true }],
  ];
  it.each(bad)('both refuse %s', (_name, input, { chrome }) => {
    expect(parserAccepts(input)).toBe(false);
    expect(validatePack(input)).toBe(false);
    expect(validateManaged(input)).toBe(!chrome);
  });
});

it('the flags pattern stays fast on long input (the letters are checked before the backreference)', () => {
  const flags = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
  const input = pack({ custom: [customRule({ kind: 'regex', pattern: 'x', flags })] });
  const started = performance.now();
  expect(parserAccepts(input)).toBe(false);
  expect(validatePack(input)).toBe(false);
  expect(performance.now() - started).toBeLessThan(1000);
});

describe('public/managed_schema.json is in Chrome’s dialect', () => {
  // components/policy/core/common/schema.cc: the attributes Chrome reads for each type.
  const common = ['type', 'title', 'description'];
  const allowed: Record<string, string[]> = {
    object: [...common, 'properties', 'patternProperties', 'additionalProperties', 'required'],
    array: [...common, 'items'],
    string: [...common, 'enum', 'pattern'],
    integer: [...common, 'enum', 'minimum', 'maximum'],
    number: common,
    boolean: common,
  };

  function walk(node: Json, at: string, visit: (node: Json, at: string) => void): void {
    visit(node, at);
    for (const key of ['properties', 'patternProperties'] as const) {
      for (const [k, child] of Object.entries((node[key] ?? {}) as Record<string, Json>)) walk(child, `${at}.${k}`, visit);
    }
    for (const key of ['items', 'additionalProperties'] as const) {
      if (typeof node[key] === 'object' && node[key] !== null) walk(node[key] as Json, `${at}.${key}`, visit);
    }
  }

  it('has a top-level object of policies and only attributes Chrome reads on every node', () => {
    expect(managedSchema.type).toBe('object');
    expect(managedSchema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(managedSchema.properties)).toEqual(['rulePack']);
    expect(managedSchema.properties.rulePack.type).toBe('object');
    walk(managedSchema, '', (node, at) => {
      expect(Object.keys(allowed), `${at}: type`).toContain(node.type);
      for (const key of Object.keys(node)) expect(allowed[node.type as string], `${at}: ${key}`).toContain(key);
      if (node.required) {
        for (const name of node.required as string[]) expect(node.properties, `${at}: required ${name}`).toHaveProperty([name]);
      }
      if (node.enum) expect((node.enum as unknown[]).length, `${at}: enum`).toBeGreaterThan(0);
      if (typeof node.pattern === 'string') expect(() => RE2JS.compile(node.pattern as string), `${at}: RE2 pattern`).not.toThrow();
    });
  });
});
