#!/usr/bin/env node
// Builds the fixture helpdesk pages, one per editor, into test/fixtures/editors/dist/
// (gitignored): <id>.html from the shared template, <id>.js bundled by esbuild, page.css,
// vendor CSS copied from node_modules, and index.html listing them all.
// Run: node scripts/build-fixtures.mjs   (test/e2e/run.mjs calls buildFixtures() itself)
import { build } from 'esbuild';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repo, 'test/fixtures/editors');
export const distDir = join(fixtures, 'dist');

/** Hidden field the rich editors fill from their own API on submit (see src/shared.ts). */
const hiddenBody = '<input type="hidden" name="body">';
const stylesheet = (href) => `<link rel="stylesheet" href="${href}">`;

/**
 * The editor matrix. `box` is the server-rendered markup of the reply box inside the form;
 * `head` is extra markup for <head>. The order is the order tests run in.
 */
export const EDITORS = [
  {
    id: 'textarea',
    title: 'textarea',
    box: '<textarea id="reply" name="body" rows="8" placeholder="Write your reply…" aria-label="Reply"></textarea>',
  },
  {
    id: 'contenteditable',
    title: 'contenteditable div',
    box: `<div id="reply" class="plain-editable" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Reply"></div>${hiddenBody}`,
  },
  { id: 'prosemirror', title: 'ProseMirror', box: `<div id="reply"></div>${hiddenBody}` },
  {
    id: 'ckeditor5',
    title: 'CKEditor 5',
    head: stylesheet('vendor/ckeditor5.css'),
    box: `<div id="reply"></div>${hiddenBody}`,
  },
  {
    id: 'quill',
    title: 'Quill',
    head: stylesheet('vendor/quill.snow.css'),
    box: `<div id="reply"></div>${hiddenBody}`,
  },
  {
    id: 'lexical',
    title: 'Lexical',
    box: `<div id="reply" class="lexical-editable" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Reply"></div>${hiddenBody}`,
  },
  { id: 'slate', title: 'Slate', box: `<div id="reply"></div>${hiddenBody}` },
  { id: 'draftjs', title: 'Draft.js', box: `<div id="reply"></div>${hiddenBody}` },
  {
    id: 'tinymce',
    title: 'TinyMCE (iframe)',
    box: `<textarea id="reply" aria-label="Reply"></textarea>${hiddenBody}`,
  },
  {
    id: 'shadow-quill',
    title: 'Quill in a shadow root',
    box: `<sf-rich-text-reply id="reply"></sf-rich-text-reply>${hiddenBody}`,
  },
];

/** node_modules files copied to dist/vendor/ (served locally; nothing comes from a CDN). */
const VENDOR = {
  'ckeditor5.css': 'node_modules/ckeditor5/dist/ckeditor5.css',
  'quill.snow.css': 'node_modules/quill/dist/quill.snow.css',
};

const fill = (template, slots) => template.replace(/\{\{(\w+)\}\}/g, (_, key) => slots[key] ?? '');

function indexPage() {
  const items = EDITORS.map((e) => `<li><a href="${e.id}.html">${e.title}</a> <code>${e.id}</code></li>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>Fixture Desk · editors</title>
<link rel="stylesheet" href="page.css"><div class="index"><h1>Fixture Desk</h1>
<p>One ticket page per reply editor. Add <code>?noquote=1</code> to drop the quoted customer message.</p>
<ul>${items}</ul></div>\n`;
}

/**
 * Writes a file so that a reader never sees it missing or half written: another run (other
 * engineers share this checkout) may be serving dist/ while this one rebuilds it.
 */
async function writeAtomic(path, contents) {
  const staging = `${path}.${process.pid}.tmp`;
  await writeFile(staging, contents);
  await rename(staging, path);
}

/** Builds every fixture page into dist/ (files replaced in place, atomically); returns the build time in ms. */
export async function buildFixtures({ quiet = false } = {}) {
  const started = performance.now();
  await mkdir(join(distDir, 'vendor'), { recursive: true });
  const template = await readFile(join(fixtures, 'template.html'), 'utf8');
  const bundle = await build({
    entryPoints: Object.fromEntries(EDITORS.map((e) => [e.id, join(fixtures, 'src', `${e.id}.ts`)])),
    outdir: distDir,
    write: false,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'warning',
  });
  const files = [
    ...bundle.outputFiles.map((f) => [f.path, f.contents]),
    [join(distDir, 'page.css'), await readFile(join(fixtures, 'page.css'))],
    ...(await Promise.all(Object.entries(VENDOR).map(async ([name, from]) => [join(distDir, 'vendor', name), await readFile(join(repo, from))]))),
    ...EDITORS.map((e) => [join(distDir, `${e.id}.html`), fill(template, { id: e.id, title: e.title, head: e.head, box: e.box })]),
    [join(distDir, 'index.html'), indexPage()],
  ];
  await Promise.all(files.map(([path, contents]) => writeAtomic(path, contents)));
  const ms = Math.round(performance.now() - started);
  if (!quiet) console.log(`fixtures: ${EDITORS.length} editor pages built into ${distDir} in ${ms} ms`);
  return ms;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildFixtures().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
