// A puppeteer page (Firefox over WebDriver BiDi) in the shape of the Playwright calls the
// shared test files make (contract.mjs, pages.mjs, hostile.mjs's helpers, harness.mjs's
// waitProbe), so the Firefox leg runs those same tests instead of copies of them. Only what
// those files call is here; anything else throws so a new call is noticed, not silently wrong.

/**
 * Playwright's CSS pierces open shadow roots in descendant combinators; puppeteer's needs
 * `>>>` for that. Spaces inside [attribute values] are left alone.
 */
export const piercing = (selector) => selector.trim().split(/\s+(?![^[]*\])/).join(' >>> ');

/** `Alt+Enter`, `Control+z`, `Shift+ArrowLeft`: modifiers held around one key press (BiDi has no chord syntax). */
async function pressChord(keyboard, chord) {
  const keys = chord.split('+');
  const key = keys.pop();
  for (const modifier of keys) await keyboard.down(modifier);
  await keyboard.press(key);
  for (const modifier of keys.reverse()) await keyboard.up(modifier);
}

/** The subset of Playwright's Locator that contract.mjs's applyButton uses: filter({ visible }), first(), count(), click(). */
function locator(frame, selector, { visible = false, first = false } = {}) {
  const matching = async () => {
    const all = await frame.$$(piercing(selector));
    const kept = [];
    for (const handle of all) if (!visible || (await handle.isVisible())) kept.push(handle);
    return first ? kept.slice(0, 1) : kept;
  };
  return {
    filter: (options) => locator(frame, selector, { visible: visible || !!options?.visible, first }),
    first: () => locator(frame, selector, { visible, first: true }),
    count: async () => (await matching()).length,
    async click() {
      const [handle] = await matching();
      if (!handle) throw new Error(`no element matches ${selector}`);
      await handle.click();
    },
  };
}

const unsupported = (what, why) => () => {
  throw new Error(`${what} is not available in the Firefox leg: ${why}`);
};

/** Wraps a puppeteer Page so the shared Playwright-style tests can drive it. */
export function playwrightShaped(page) {
  return {
    raw: page,
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    // Playwright: (fn, arg, options); puppeteer: (fn, options, ...args).
    waitForFunction: (fn, arg, { timeout = 30_000, polling = 100 } = {}) => page.waitForFunction(fn, { timeout, polling }, ...(arg === undefined ? [] : [arg])),
    waitForSelector: (selector, options) => page.waitForSelector(piercing(selector), options),
    click: (selector) => page.click(piercing(selector)),
    inputValue: (selector) => page.$eval(piercing(selector), (el) => el.value),
    frames: () => page.frames().map((frame) => ({ url: () => frame.url(), locator: (selector) => locator(frame, selector) })),
    keyboard: {
      type: (text) => page.keyboard.type(text),
      press: (chord) => pressChord(page.keyboard, chord),
      insertText: unsupported('keyboard.insertText', 'puppeteer sends one character at a time over BiDi'),
    },
    mouse: {
      move: (x, y, options) => page.mouse.move(x, y, options),
      click: (x, y, options) => page.mouse.click(x, y, options),
    },
    // Screenshots are taken of the whole viewport; Playwright's `animations` option has no BiDi equivalent.
    screenshot: ({ path }) => page.screenshot({ path }),
    context: unsupported('page.context()', 'no CDP sessions or service workers in Firefox'),
    close: () => page.close(),
  };
}
