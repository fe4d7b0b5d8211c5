/**
 * What bench:page types and how it watches the page: the replies, the flagged phrases, the
 * in-page probes (keystroke timing and findings-hook changes) and the waits built on them.
 */

const SENTENCES = [
  'Thanks for getting back to me with the order number and the photos of the box.',
  'I checked with the warehouse this morning, and the parcel left on Tuesday with the regional courier.',
  'The tracking page has not updated since then, which is longer than it should be.',
  'I have opened a trace with the courier and asked them to confirm where the parcel is now.',
  'They usually reply within two working days, and I will write to you as soon as I hear back.',
  'If the parcel has not moved by Friday, I will send a replacement by express at no cost to you.',
  'In the meantime, you do not need to do anything else on your side.',
];

/** A calm reply of about `words` words, in paragraphs of five sentences. */
export function longReply(words) {
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = SENTENCES[i % SENTENCES.length];
    out.push(s);
    n += s.split(' ').length;
    if (i % 5 === 4) out.push('\n\n');
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n');
}

/**
 * Each adds one flagged finding when typed after the calm sentence at the end of a calm reply,
 * again and again (checked with the CLI and in the page: dismissive, defensive, condescending,
 * defensive, blame, condescending, condescending).
 */
export const FLAGGED = [' Calm down.', ' That is not our fault.', ' As I already explained, it ships today.', ' Our system works perfectly.', ' You should have read the manual.', ' You clearly did not read my last email.', ' You need to calm down.'];

/** The calm sentence typed before each flagged phrase while typing. */
export const CALM_SENTENCE = ' I will check the label today.';

/** Calm words for the keystroke runs. */
export const CALM = ' I will also check the label details with the depot today and confirm the address.';

export const quantile = (xs, q) => {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
export const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** In-page probes (an init script): keystroke handling times and every findings-hook write. */
export const PROBES = () => {
  const w = window;
  w.__bench = { keys: [], hook: [] };
  addEventListener(
    'keydown',
    (e) => {
      const t0 = e.timeStamp;
      w.__bench.lastKey = t0;
      // The frame after the editor (and anything listening) handled the key.
      requestAnimationFrame(() => setTimeout(() => w.__bench.keys.push(performance.now() - t0), 0));
    },
    true,
  );
  new MutationObserver((records) => {
    for (const r of records) w.__bench.hook.push({ at: performance.now(), value: Number(r.target.getAttribute('data-reply-coach-findings') ?? 0) });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-reply-coach-findings'] });
};

/** Opens `editor`'s fixture page in `page` and waits until its editor is ready. */
export async function openFixture(page, origin, editor) {
  await page.goto(`${origin}/${editor}.html?noquote=1`);
  await page.waitForFunction(() => window.__editorReady === true, null, { timeout: 15_000 });
}

/** The findings count the hook shows now (0 before the coach wrote it). */
export const hookValue = (page) => page.evaluate(() => Number(document.querySelector('[data-reply-coach-findings]')?.getAttribute('data-reply-coach-findings') ?? 0));

/** Waits (up to `ms`) until the hook shows more than `base` findings; resolves to whether it did. */
export const hookAbove = (page, base, ms) =>
  page.waitForFunction((b) => window.__bench.hook.some((h) => h.value > b), base, { timeout: ms, polling: 20 }).then(
    () => true,
    () => false,
  );

/**
 * Types `phrase` at a typing pace and times its last keydown → the first hook write that shows
 * more findings than before. Resolves to the milliseconds, or null when the hook did not change
 * within 5 s.
 */
export async function pauseToHighlights(page, phrase) {
  const base = await hookValue(page);
  await page.evaluate(() => void (window.__bench.hook = []));
  await page.keyboard.type(phrase, { delay: 30 });
  const typedAt = await page.evaluate(() => window.__bench.lastKey);
  if (!(await hookAbove(page, base, 5000))) return null;
  const at = await page.evaluate((b) => window.__bench.hook.find((h) => h.value > b).at, base);
  // A check that ran during a slow keystroke can land before the last key's timestamp is read.
  return Math.max(0, at - typedAt);
}
