/**
 * The English catalogue in two parts (lib/i18n/en-page.ts, lib/i18n/en-ui.ts): the coach bundle a
 * helpdesk page loads carries only the strings the page shows, every string its code names is
 * in that part, and the background sends a frame only that part of another locale.
 */
import { build, type Metafile } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../lib/i18n';
import { loadCatalogue, loadPageCatalogue } from '../../lib/i18n/catalogues';
import { en } from '../../lib/i18n/en';
import { enPage } from '../../lib/i18n/en-page';
import { enUi } from '../../lib/i18n/en-ui';
import { isCatalogue } from '../../lib/page/remote-catalogue';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGE_KEYS = Object.keys(enPage).sort();

/** The source files whose code ends up in the bundle built from `entry`, as esbuild bundles it. */
async function bundledFiles(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outfile: 'out.js',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    // WXT's virtual modules: what they bring is the same for every entry point.
    external: ['#imports', 'wxt', 'wxt/*'],
    plugins: [
      {
        name: 'root-alias',
        setup(b) {
          b.onResolve({ filter: /^@\// }, (args) => b.resolve(`./${args.path.slice(2)}`, { resolveDir: root, kind: args.kind }));
        },
      },
    ],
  });
  const output = Object.values((result.metafile as Metafile).outputs)[0];
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

/** Catalogue keys a source file names: as a quoted literal, or by a `prefix.${…}` template. */
function keysNamedIn(source: string): string[] {
  const keys = Object.keys(en);
  const named = new Set<string>();
  for (const m of source.matchAll(/['"`]([\w.-]+)['"`]/g)) if (keys.includes(m[1])) named.add(m[1]);
  for (const m of source.matchAll(/`([\w.-]+\.)\$\{/g)) for (const key of keys) if (key.startsWith(m[1])) named.add(key);
  return [...named];
}

describe('the page bundles (coach and card UI) carry the page part of the English catalogue only', () => {
  let coachFiles: string[] = [];
  beforeAll(async () => {
    // The card UI is injected into the coach bundle's world on first use: together they are what a page holds.
    const [coach, cardUi] = await Promise.all([bundledFiles('entrypoints/coach.ts'), bundledFiles('entrypoints/card-ui.ts')]);
    coachFiles = [...new Set([...coach, ...cardUi])];
  });

  it('has the page strings and none of the popup’s, the options’ or the try page’s', () => {
    expect(coachFiles).toContain('lib/i18n/en-page.ts');
    expect(coachFiles).not.toContain('lib/i18n/en-ui.ts');
    expect(coachFiles).not.toContain('lib/i18n/en.ts');
  });

  it('leaves out the message schemas and the settings’ storage items, which only the background and the extension’s pages use', () => {
    expect(coachFiles.filter((f) => f.includes('node_modules/valibot/') || f === 'lib/messages-schema.ts' || f === 'lib/settings/items.ts')).toEqual([]);
  });

  it('every catalogue key the page code names is in the page part', () => {
    const source = coachFiles.filter((f) => /\.tsx?$/.test(f) && !f.startsWith('lib/i18n/'));
    expect(source).toContain('components/finding-card.tsx');
    const named = [...new Set(source.flatMap((f) => keysNamedIn(readFileSync(`${root}/${f}`, 'utf8'))))];
    // The card's own words are among them (the scan finds what the code says).
    expect(named).toEqual(expect.arrayContaining(['card.apply', 'counter.findings', 'card.refused.stale', 'category.blame']));
    expect(named.filter((key) => !Object.hasOwn(enPage, key))).toEqual([]);
  });

  it('the two parts share no key and make the whole catalogue', () => {
    expect(Object.keys(enPage).filter((key) => Object.hasOwn(enUi, key))).toEqual([]);
    expect(Object.keys(en).sort()).toEqual([...Object.keys(enPage), ...Object.keys(enUi)].sort());
  });
});

describe('another locale, as the background sends it to a helpdesk frame', () => {
  for (const locale of UI_LOCALES) {
    it(`${locale}: exactly the page keys, in that language, in a shape the frame accepts`, async () => {
      const [part, whole] = [await loadPageCatalogue(locale), await loadCatalogue(locale)];
      expect(Object.keys(part).sort()).toEqual(PAGE_KEYS);
      for (const key of PAGE_KEYS) expect(part[key as keyof typeof part], key).toEqual(whole[key as keyof typeof whole]);
      expect(isCatalogue(part)).toBe(true);
    });
  }

  it('is a translation of the card, not the English', async () => {
    expect((await loadPageCatalogue('fr'))['card.ignore']).toBe('Ignorer ici');
    expect((await loadPageCatalogue('zh_TW'))['card.ignore']).not.toBe(en['card.ignore']);
  });
});
