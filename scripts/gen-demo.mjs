#!/usr/bin/env node
/**
 * Writes entrypoints/popup/demo-report.json: the real checker's report on the popup's sample
 * replies, which entrypoints/popup/demo.ts shows for `popup.html?demo` (docs/popup.png).
 *   node scripts/gen-demo.mjs          write the file
 *   node scripts/gen-demo.mjs --check  exit 1 when the file differs from what check() gives now
 * test/unit/demo-report.test.ts fails when the checker no longer gives what the file holds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTs, root } from './lib/load-ts.mjs';

/**
 * A support reply about a plan limit, mostly polite, with four slips of different kinds: a
 * reminder that it was said before, what the customer should have done, a bare no, and the
 * policy as the whole reason.
 */
const FLAGGED =
  'Hi Sam,\n\n' +
  'Thanks for sending the screenshots, they made the problem easy to see. ' +
  'As I already explained, exports only run on the Business plan because they use a separate server. ' +
  'You should have checked the plan details before upgrading. ' +
  'We don’t refund plan changes. That is company policy.\n\n' +
  'What I can do is move your account to a free Business trial today, so your export runs this afternoon. ' +
  'I will check in with you on Friday to see how it went.\n\n' +
  'Best,\nLee';

/** The same reply once the agent has reworded it. */
const CLEAN =
  'Hi Sam,\n\n' +
  'Thanks for sending the screenshots, they made the problem easy to see. ' +
  'To recap, exports only run on the Business plan because they use a separate server. ' +
  'The plan details are easy to miss, so here is the short version: Starter keeps reports in the browser, Business can export them. ' +
  'I can’t refund plan changes, because the upgrade was billed to your card at the start of the month; ' +
  'what I can do instead is move your account to a free Business trial today, so your export runs this afternoon.\n\n' +
  'I will check in with you on Friday to see how it went.\n\n' +
  'Best,\nLee';

export const OUT = resolve(root, 'entrypoints/popup/demo-report.json');

const { check } = await importTs('lib/checker/index.ts');
/** What a box with the default settings reports: the checker's report of the reply. */
const sample = (reply) => ({ reply, report: check(reply) });
const json = `${JSON.stringify({ generatedBy: 'node scripts/gen-demo.mjs', findings: sample(FLAGGED), clean: sample(CLEAN) }, null, 1)}\n`;

if (process.argv.includes('--check')) {
  let saved = '';
  try {
    saved = readFileSync(OUT, 'utf8');
  } catch {
    // missing: differs
  }
  if (saved !== json) {
    console.error('entrypoints/popup/demo-report.json is out of date: run node scripts/gen-demo.mjs');
    process.exit(1);
  }
  console.log('entrypoints/popup/demo-report.json is up to date');
} else {
  writeFileSync(OUT, json);
  const { findings, clean } = JSON.parse(json);
  console.log(
    `wrote entrypoints/popup/demo-report.json: sample score ${findings.report.score} (${findings.report.findings.length} findings: ${findings.report.findings.map((f) => f.ruleId).join(', ')}), clean score ${clean.report.score}`,
  );
}
