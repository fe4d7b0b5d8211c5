// Page-level behaviour beyond one editor: reply boxes mounted late by a single-page app, several
// boxes on one page with their own state, and a box that replaces another after client-side
// navigation. Uses the fixture index page (no editor of its own) and builds the boxes in it.
import { expectEqual, expectTrue, Failure, waitProbe } from './harness.mjs';
import { CLEAN, DEFENSIVE } from './contract.mjs';

const hookOf = (page, selector) => page.evaluate((s) => document.querySelector(s)?.getAttribute('data-reply-coach-findings') ?? null, selector);

/** Waits until `selector` carries a findings count within [min, max]. */
async function waitHookOf(page, selector, { min = 0, max = Infinity }, what) {
  try {
    await page.waitForFunction(
      ([s, lo, hi]) => {
        const v = document.querySelector(s)?.getAttribute('data-reply-coach-findings');
        return v != null && Number(v) >= lo && Number(v) <= hi;
      },
      [selector, min, max === Infinity ? Number.MAX_SAFE_INTEGER : max],
      { timeout: 5000, polling: 100 },
    );
  } catch {
    throw new Failure(`${what}: ${selector} has data-reply-coach-findings=${JSON.stringify(await hookOf(page, selector))}, wanted ${min}…${max}`);
  }
}

/** Mounts a form with the given textareas after `delay` ms, as a single-page app would. */
export const mountLater = (page, ids, delay) =>
  page.evaluate(
    ([ids, delay]) => {
      setTimeout(() => {
        const form = document.createElement('form');
        form.id = 'spa-form';
        for (const id of ids) {
          const box = document.createElement('textarea');
          box.id = id;
          box.rows = 5;
          box.cols = 60;
          form.append(box);
        }
        const send = document.createElement('button');
        send.textContent = 'Send';
        form.append(send);
        document.body.append(form);
      }, delay);
    },
    [ids, delay],
  );

export function registerPageTests({ test }) {
  test('page: two reply boxes mounted late each get their own findings', async (t) => {
    const page = await t.newPage();
    await page.goto(`${t.origin}/index.html`);
    await mountLater(page, ['first', 'second'], 400);
    await page.waitForSelector('#second', { timeout: 3000 });
    t.step('type a defensive reply in the first box and a clean one in the second');
    await page.click('#first');
    await page.keyboard.type(DEFENSIVE);
    await page.click('#second');
    await page.keyboard.type(CLEAN);
    await waitHookOf(page, '#first', { min: 1 }, 'the first box is flagged');
    await waitHookOf(page, '#second', { max: 0 }, 'the second box reads 0');
    expectEqual(await page.inputValue('#first'), DEFENSIVE, 'the first box keeps its text');
    expectEqual(await page.inputValue('#second'), CLEAN, 'the second box keeps its text');
  });

  test('page: a box that replaces another after client-side navigation is coached', async (t) => {
    const page = await t.newPage();
    await page.goto(`${t.origin}/index.html`);
    await mountLater(page, ['old'], 0);
    await page.waitForSelector('#old');
    await page.click('#old');
    await page.keyboard.type(DEFENSIVE);
    await waitHookOf(page, '#old', { min: 1 }, 'the first ticket’s box is flagged');
    t.step('navigate with history.pushState and swap the reply box');
    await page.evaluate(() => {
      history.pushState({}, '', '/index.html?ticket=2');
      document.getElementById('spa-form')?.remove();
    });
    await mountLater(page, ['new'], 200);
    await page.waitForSelector('#new');
    await page.click('#new');
    await page.keyboard.type('Calm down, it is only one day late.');
    await waitHookOf(page, '#new', { min: 1 }, 'the new ticket’s box is flagged');
  });

  test('page: an editor kind without a tested adapter is coached read-only (copy, never apply)', async (t) => {
    const page = await t.newPage();
    await page.goto(`${t.origin}/index.html`);
    t.step('mount a Froala-like editable (class fr-element), which has no tested adapter');
    await page.evaluate(() => {
      const form = document.createElement('form');
      const box = document.createElement('div');
      box.id = 'froala';
      box.className = 'fr-element fr-view';
      box.contentEditable = 'true';
      box.style.cssText = 'min-height:120px;width:600px;border:1px solid #999;padding:8px';
      const send = document.createElement('button');
      send.textContent = 'Send';
      form.append(box, send);
      document.body.append(form);
    });
    await page.click('#froala');
    await page.keyboard.type(DEFENSIVE);
    await waitHookOf(page, '#froala', { min: 1 }, 'the unknown editor is still checked');
    t.step('caret into the first flagged word, Alt+Enter');
    await page.evaluate(() => {
      const text = document.getElementById('froala').firstChild;
      const range = document.createRange();
      range.setStart(text, 2);
      range.collapse(true);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await page.keyboard.press('Alt+Enter');
    const card = await waitProbe(page, { op: 'card', predicate: 'r.open', what: 'Alt+Enter opens the card on the unknown editor', timeout: 3000 });
    expectTrue(card.apply.length === 0, 'no apply button for an editor without a tested adapter', card);
    expectTrue(card.copy.length >= 1, 'the rewrite is offered as button[data-rc-copy]', card);
    expectEqual(await page.evaluate(() => document.getElementById('froala').textContent), DEFENSIVE, 'the text is left alone');
  });
}
