// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { packFileName } from '../../entrypoints/options/download';
import { builtinRules } from '../../lib/rules';
import { GUIDELINES_EN } from '../../lib/guidelines/en';
import { getEffectiveSettings, importRulePack } from '../../lib/settings';
import { isBuiltinHelpdesk, parseDomainInput } from '../../lib/settings/options-api';

const RULES = builtinRules('en');
const [RULE_A, RULE_B] = RULES;

/** Everything in local storage, to prove a refused change wrote nothing. */
async function snapshot() {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

function ruleSwitch(message: string) {
  return screen.getByRole('switch', { name: message }) as HTMLInputElement;
}

/** Renders the page and waits until the settings are on screen. */
async function open() {
  render(<App />);
  await screen.findByRole('heading', { name: 'Reply Coach — team rules' });
  await screen.findByRole('switch', { name: RULE_A.message });
}

function type(el: HTMLElement, value: string) {
  fireEvent.input(el, { target: { value } });
}

/** Clicks a form's submit button once the previous submit has finished. */
async function submit(form: HTMLElement, name = 'Add rule') {
  const button = within(form).getByRole('button', { name }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  fireEvent.click(button);
}

const SAVED_PACK = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Northwind support tone',
  rules: { [RULE_B.id]: { severity: 'error' } },
  custom: [
    {
      id: 'kindly-note',
      lang: 'en',
      kind: 'phrase',
      pattern: 'kindly note',
      category: 'condescending',
      severity: 'warning',
      message: 'Sounds stern; say the point directly.',
      suggestions: ['Just so you know'],
    },
  ],
  guidelines: { G4: 'Explain it plainly, once.' },
};

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('built-in rules', () => {
  it('lists every rule by category with its guideline, message and a sentence it flags', async () => {
    await open();
    const blame = screen.getByRole('region', { name: /^Blame/ });
    expect(within(blame).getByText('G7')).toBeTruthy();
    expect(within(blame).getByText(GUIDELINES_EN.G7.title)).toBeTruthy();
    for (const rule of RULES) {
      const row = document.querySelector(`[data-rule-id="${rule.id}"]`) as HTMLElement;
      expect(within(row).getByText(rule.message)).toBeTruthy();
      expect(within(row).getByText(rule.examples.flag[0])).toBeTruthy();
    }
    const headings = [...document.querySelectorAll('.rc-category h3')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Blame',
      'Defensive',
      'Dismissive',
      'Condescending',
      'Flat refusal',
      'Policy without a reason',
      'Shouting',
      'Unfilled placeholder',
    ]);
  });

  it('toggling a rule persists it, says Saved, and a new page shows it off', async () => {
    await open();
    const sw = ruleSwitch(RULE_A.message);
    expect(sw.checked).toBe(true);
    fireEvent.click(sw);
    await waitFor(async () => expect(await local('rules')).toEqual({ [RULE_A.id]: { enabled: false } }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Saved');
    expect((await getEffectiveSettings()).rules[RULE_A.id]).toEqual({ enabled: false });

    cleanup();
    await open();
    expect(ruleSwitch(RULE_A.message).checked).toBe(false);
    fireEvent.click(ruleSwitch(RULE_A.message));
    await waitFor(async () => expect(await local('rules')).toEqual({ [RULE_A.id]: { enabled: true } }));
  });

  it('a severity change persists; picking the default again or "Reset" drops the override', async () => {
    await open();
    const select = screen.getByRole('combobox', { name: `Severity ${RULE_B.message}` }) as HTMLSelectElement;
    expect(select.value).toBe(RULE_B.severity);
    fireEvent.change(select, { target: { value: 'info' } });
    await waitFor(async () => expect(await local('rules')).toEqual({ [RULE_B.id]: { severity: 'info' } }));
    const row = document.querySelector(`[data-rule-id="${RULE_B.id}"]`) as HTMLElement;
    fireEvent.click(await within(row).findByRole('button', { name: 'Reset to default' }));
    await waitFor(async () => expect(await local('rules')).toEqual({}));

    fireEvent.change(select, { target: { value: 'error' } });
    await waitFor(async () => expect(await local('rules')).toEqual({ [RULE_B.id]: { severity: 'error' } }));
    fireEvent.change(select, { target: { value: RULE_B.severity } });
    await waitFor(async () => expect(await local('rules')).toEqual({}));
  });

  it('the search box filters rules by words, example and id', async () => {
    await open();
    const search = screen.getByRole('searchbox', { name: 'Search rules' });
    type(search, 'calm down');
    const rows = () => [...document.querySelectorAll('[data-rule-id]')].map((r) => (r as HTMLElement).dataset.ruleId);
    expect(rows()).toEqual(['en.dismissive.calm-down']);
    expect(screen.getByText(`1 of ${RULES.length} rules`)).toBeTruthy();
    type(search, 'en.shouting');
    expect(rows()).toEqual(['en.shouting.caps', 'en.shouting.punctuation']);
    type(search, 'zzzz nothing');
    expect(rows()).toEqual([]);
    expect(screen.getByText(/No rule matches/)).toBeTruthy();
  });
});

describe('custom rules', () => {
  function form() {
    return screen.getByRole('form', { name: 'Add a custom rule' });
  }

  it('a bad RE2 regex says what is wrong next to the pattern, in plain words, and nothing is saved', async () => {
    await open();
    const f = form();
    type(within(f).getByLabelText('Id'), 'no-refunds');
    fireEvent.click(within(f).getByLabelText('RE2 regex'));
    const pattern = within(f).getByLabelText('Regular expression (RE2)');
    type(pattern, 'refunds? are (not possible');
    // Leaving the field checks the pattern at once, even before the rest of the rule is filled in.
    fireEvent.blur(pattern);
    const NEVER_CLOSED = 'The pattern opens a group with “(” that is never closed';
    expect(await within(f).findByText(NEVER_CLOSED)).toBeTruthy();
    // Submitting with the message still empty reports both fields, not just the first.
    await submit(f, 'Add rule');
    expect(await within(f).findByText('This rule needs a message: what the agent reads next to the flagged words')).toBeTruthy();
    expect(within(f).getByText(NEVER_CLOSED)).toBeTruthy();

    type(within(f).getByLabelText('Message'), 'A refusal without a reason. Say why and what is still possible.');
    const before = await snapshot();
    await submit(f, 'Add rule');

    const error = await within(f).findByText(NEVER_CLOSED);
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(pattern.getAttribute('aria-describedby')).toContain(error.id);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not saved: check the highlighted field'));
    expect(await snapshot()).toEqual(before);
    // What was typed stays, so it can be fixed.
    expect((pattern as HTMLInputElement).value).toBe('refunds? are (not possible');

    type(pattern, 'refunds? are not possible');
    await submit(form());
    await waitFor(async () =>
      expect(await local('custom')).toEqual([
        {
          id: 'no-refunds',
          lang: 'en',
          kind: 'regex',
          pattern: 'refunds? are not possible',
          category: 'condescending',
          severity: 'warning',
          message: 'A refusal without a reason. Say why and what is still possible.',
          suggestions: [],
          guideline: 'G4',
        },
      ]),
    );
    expect(await screen.findByText('refunds? are not possible')).toBeTruthy();
    // The form is empty again for the next rule.
    await waitFor(() => expect((within(form()).getByLabelText('Id') as HTMLInputElement).value).toBe(''));
  });

  it('reports each refused field in words (id shape, empty message, duplicate id) and keeps what is saved', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    const f = form();
    type(within(f).getByLabelText('Id'), 'Kindly Note');
    type(within(f).getByLabelText('Phrase to flag'), 'kindly be advised');
    await submit(f, 'Add rule');
    expect(await within(f).findByText('The id “Kindly Note” may use only lower-case letters a–z, digits and dashes, such as per-my-last')).toBeTruthy();
    expect(within(f).queryByText(/safe regex engine/)).toBeNull();
    expect(within(f).getByText('This rule needs a message: what the agent reads next to the flagged words')).toBeTruthy();
    expect((within(f).getByLabelText('Message') as HTMLElement).getAttribute('aria-invalid')).toBe('true');

    type(within(f).getByLabelText('Id'), 'kindly-note');
    type(within(f).getByLabelText('Message'), 'Stiff. Say it directly.');
    await submit(f, 'Add rule');
    expect(await within(f).findByText('a custom rule with the id "kindly-note" already exists')).toBeTruthy();
    expect(await local('custom')).toEqual([{ ...SAVED_PACK.custom[0], guideline: 'G4' }]);
  });

  it('edits a rule in place, switches it off, and deletes it', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Edit kindly-note' }));
    const f = screen.getByRole('form', { name: 'Edit “kindly-note”' });
    expect((within(f).getByLabelText('Phrase to flag') as HTMLInputElement).value).toBe('kindly note');
    expect((within(f).getByLabelText('Suggestions') as HTMLTextAreaElement).value).toBe('Just so you know');
    type(within(f).getByLabelText('Suggestions'), 'Just so you know\n\nOne thing to mention\n');
    fireEvent.change(within(f).getByLabelText('Severity'), { target: { value: 'error' } });
    await submit(f, 'Save changes');
    await waitFor(async () =>
      expect(await local('custom')).toEqual([
        { ...SAVED_PACK.custom[0], severity: 'error', suggestions: ['Just so you know', 'One thing to mention'], guideline: 'G4' },
      ]),
    );

    fireEvent.click(screen.getByRole('switch', { name: SAVED_PACK.custom[0].message }));
    await waitFor(async () => expect((await local('rules')) as object).toMatchObject({ 'custom:kindly-note': { enabled: false } }));

    fireEvent.click(screen.getByRole('button', { name: 'Delete kindly-note' }));
    await waitFor(async () => expect(await local('custom')).toEqual([]));
    // Its switch override goes with it, so an export carries no orphan `custom:` entry.
    await waitFor(async () => expect(await local('rules')).toEqual({ [RULE_B.id]: { severity: 'error' } }));
    expect(screen.queryByText('kindly note')).toBeNull();
  });
});

describe('import and export', () => {
  function fileInput() {
    return screen.getByLabelText('Import rule pack') as HTMLInputElement;
  }

  function choose(name: string, content: unknown) {
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    fireEvent.change(fileInput(), { target: { files: [new File([text], name, { type: 'application/json' })] } });
  }

  /** The preview of the file just chosen. */
  async function preview() {
    return screen.findByRole('region', { name: /^Importing / });
  }

  it('a bad pack says what is wrong in plain words, the JSON path only as a detail, and the saved settings stay', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    const before = await snapshot();
    choose('broken.json', {
      ...SAVED_PACK,
      rules: {},
      custom: [SAVED_PACK.custom[0], { ...SAVED_PACK.custom[0], id: 'second', kind: 'regex', pattern: '(?<=as )I said' }],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.json was not imported. Nothing changed');
    const items = [...alert.querySelectorAll('[data-rc-issues="error"] > li')].map((li) => li.textContent);
    expect(items).toEqual(["Rule 2 (second): the pattern uses a lookbehind (?<=…), which the safe regex engine doesn't support — write it without"]);
    // Code in the sentence is set as code; the parser's words with the path sit in the details.
    expect(within(alert).getByText('(?<=…)').tagName).toBe('CODE');
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText(/^custom\[1\]\.pattern: not a valid RE2 regular expression/).tagName).toBe('CODE');
    expect(screen.queryByRole('region', { name: /^Importing / })).toBeNull();
    expect(await snapshot()).toEqual(before);
    // The page still shows the saved settings.
    expect(screen.getByText('kindly note')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: `Severity ${RULE_B.message}` }) as HTMLSelectElement).value).toBe('error');

    const { id: _id, ...noId } = SAVED_PACK.custom[0];
    choose('no-id.json', { ...SAVED_PACK, custom: [SAVED_PACK.custom[0], SAVED_PACK.custom[0], noId] });
    await waitFor(() => expect(screen.getByRole('alert').querySelector('li')?.textContent).toBe('Rule 3 needs an id, such as per-my-last'));
    expect(within(screen.getByRole('alert')).getByText('custom[2].id: required field is missing')).toBeTruthy();
    expect(await snapshot()).toEqual(before);

    choose('not-json.json', '{"format": "reply-coach-rules",');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("The file isn't valid JSON"));
    expect(await snapshot()).toEqual(before);
  });

  it('shows what the pack would change and writes nothing until "Replace my rules"', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    const before = await snapshot();
    choose('team.json', {
      ...SAVED_PACK,
      name: 'Contoso tone',
      rules: { [RULE_A.id]: { enabled: false }, [RULE_B.id]: { severity: 'info' }, 'en.blame.retired-rule': { enabled: false } },
      custom: [
        { ...SAVED_PACK.custom[0], pattern: 'kindly be advised', suggestions: [] },
        { ...SAVED_PACK.custom[0], id: 'per-my-last', pattern: 'per my last email', message: 'Points back at an earlier message.' },
      ],
      guidelines: { G2: 'Name what it cost them.' },
    });
    const region = await preview();
    const heading = within(region).getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe('Importing “Contoso tone” replaces your rules');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const row = (attr: string, id: string) => region.querySelector(`[${attr}="${id}"]`)!.textContent;
    expect(row('data-rc-diff-rule', RULE_A.id)).toBe(`${RULE_A.message}Turned off`);
    expect(row('data-rc-diff-rule', RULE_B.id)).toBe(`${RULE_B.message}Error → Info`);
    expect(row('data-rc-diff-added', 'per-my-last')).toContain('per my last email');
    const changed = region.querySelector('[data-rc-diff-changed="kindly-note"]') as HTMLElement;
    expect(within(changed).getByText('Pattern')).toBeTruthy();
    expect(within(changed).getByText('kindly note').className).toBe('rc-diff__old');
    expect(within(changed).getByText('kindly be advised').className).toBe('rc-diff__new');
    expect(within(changed).getByText('Just so you know')).toBeTruthy();
    expect(row('data-rc-diff-guideline', 'G4')).toContain('Back to the built-in wording');
    expect(row('data-rc-diff-guideline', 'G2')).toContain('“Name what it cost them.”');
    // The arrow is for the eye; a screen reader hears "becomes".
    expect(region.textContent).toContain('“Northwind support tone” →  becomes “Contoso tone”');
    expect(region.textContent).toContain("a rule this version of Reply Coach doesn't have");
    // Seven changes: two switches, one added, one changed, two guidelines, the name.
    expect(region.textContent).toContain('7 changes from what you have saved');
    // Looking changed nothing.
    expect(await snapshot()).toEqual(before);
    expect(ruleSwitch(RULE_A.message).checked).toBe(true);

    fireEvent.click(within(region).getByRole('button', { name: 'Replace my rules' }));
    expect(await screen.findByText('Imported “Contoso tone”.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /^Importing / })).toBeNull();
    await waitFor(() => expect(ruleSwitch(RULE_A.message).checked).toBe(false));
    expect(screen.getByText('kindly be advised')).toBeTruthy();
    expect((screen.getByLabelText('Pack name') as HTMLInputElement).value).toBe('Contoso tone');
    expect(await local('guidelines')).toEqual({ G2: 'Name what it cost them.' });
  });

  it('Cancel leaves everything as it was: storage, the page, and the file can be chosen again', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    const before = await snapshot();
    const other = { ...SAVED_PACK, rules: { [RULE_A.id]: { enabled: false } }, custom: [], guidelines: {} };
    choose('other.json', other);
    const region = await preview();
    expect(region.textContent).toContain('Custom rules removed');
    fireEvent.click(within(region).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Importing / })).toBeNull());
    expect(screen.getByText('Import of other.json cancelled. Nothing changed.')).toBeTruthy();
    expect(document.activeElement).toBe(fileInput());
    // Give any stray write the chance to land before comparing.
    await new Promise((r) => setTimeout(r, 50));
    expect(await snapshot()).toEqual(before);
    expect(ruleSwitch(RULE_A.message).checked).toBe(true);
    expect(screen.getByText('kindly note')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');

    choose('other.json', other);
    expect(await preview()).toBeTruthy();
  });

  it('a pack that matches the saved rules says it changes nothing and offers no replace', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    choose('same.json', SAVED_PACK);
    const region = await preview();
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe('Importing “Northwind support tone” changes nothing');
    expect(within(region).queryByRole('button', { name: 'Replace my rules' })).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Importing / })).toBeNull());
  });

  it('exports the saved settings as a rule pack download that imports again', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    let blob: Blob | undefined;
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:reply-coach-test';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    let download = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      download = this.download;
      expect(this.href).toBe('blob:reply-coach-test');
      expect(this.isConnected).toBe(true);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export rule pack' }));
    await waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(download).toBe('northwind-support-tone.reply-coach-rules.json');
    const pack = JSON.parse(await blob!.text());
    expect(pack).toMatchObject({ format: 'reply-coach-rules', version: 1, name: 'Northwind support tone', rules: SAVED_PACK.rules });
    expect(pack.custom[0].id).toBe('kindly-note');
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:reply-coach-test'));

    fakeBrowser.reset();
    await importRulePack(JSON.stringify(pack));
    expect((await getEffectiveSettings()).custom).toEqual(pack.custom);
  });

  it('names the file after the pack', () => {
    expect(packFileName('Acme: Support Tone (EU)')).toBe('acme-support-tone-eu.reply-coach-rules.json');
    expect(packFileName(null)).toBe('reply-coach.reply-coach-rules.json');
  });
});

describe('try your rules', () => {
  function tryBox() {
    return screen.getByRole('region', { name: 'Try your rules' });
  }

  /** The rule ids of the findings the try box lists, once they are `expected`. */
  async function flagged(expected: string[]) {
    await waitFor(
      () => {
        const messages = [...tryBox().querySelectorAll('.rc-finding__message')].map((p) => p.textContent);
        expect(messages).toEqual(expected);
      },
      { timeout: 5000 },
    );
  }

  it('flags a pasted reply with the rules as the page has them, and follows a switch at once', async () => {
    await open();
    const before = await snapshot();
    const sample = within(tryBox()).getByLabelText('Sample reply');
    type(sample, `Hi Ana, ${RULE_A.examples.flag[0]}`);
    await flagged([RULE_A.message]);
    // The same finding rendering as the popup: the flagged words, the guideline, the rewrites.
    const finding = tryBox().querySelector('.rc-finding') as HTMLElement;
    expect(within(finding).getByText(GUIDELINES_EN[RULE_A.guideline].title, { exact: false })).toBeTruthy();
    expect(tryBox().textContent).toContain('1 flag with the rules as they are on this page.');
    // Typing a sample stores nothing.
    expect(await snapshot()).toEqual(before);

    fireEvent.click(ruleSwitch(RULE_A.message));
    await flagged([]);
    expect(tryBox().textContent).toContain('Nothing flagged with the rules as they are on this page.');
    fireEvent.click(ruleSwitch(RULE_A.message));
    await flagged([RULE_A.message]);
  });

  it("a custom rule just added flags the sample, with the team's guideline wording", async () => {
    await importRulePack(SAVED_PACK);
    await open();
    type(within(tryBox()).getByLabelText('Sample reply'), 'Kindly note that the refund went out today.');
    await flagged([SAVED_PACK.custom[0].message]);
    // The guideline it cites carries the team's wording, as in the popup.
    expect(tryBox().querySelector('.rc-finding__guideline')?.getAttribute('title')).toBe(SAVED_PACK.guidelines.G4);

    fireEvent.click(screen.getByRole('button', { name: 'Delete kindly-note' }));
    await flagged([]);
  });

  it('Apply writes the rewrite into the sample, which is checked again', async () => {
    await open();
    const sample = within(tryBox()).getByLabelText('Sample reply') as HTMLTextAreaElement;
    type(sample, 'As I already explained, the replacement ships on Friday.');
    await waitFor(() => expect(within(tryBox()).getAllByRole('button', { name: /^Apply rewrite/ }).length).toBeGreaterThan(0), { timeout: 5000 });
    fireEvent.click(within(tryBox()).getAllByRole('button', { name: /^Apply rewrite/ })[0]);
    await waitFor(() => expect(sample.value).toBe('The replacement ships on Friday.'));
    await waitFor(() => expect(tryBox().textContent).toContain('Nothing flagged'), { timeout: 5000 });
  });

  it('says so when the sample is in a language without rules', async () => {
    await open();
    type(within(tryBox()).getByLabelText('Sample reply'), 'Guten Tag, wir haben Ihre Anfrage erhalten und melden uns morgen bei Ihnen.');
    await waitFor(() => expect(tryBox().textContent).toContain('this reads as German, a language Reply Coach has no rules for yet'), { timeout: 5000 });
  });
});

describe('guidelines', () => {
  it('saves the team wording of a guideline and clears it again', async () => {
    await open();
    const g2 = screen.getByRole('button', { name: 'Write team wording', description: GUIDELINES_EN.G2.title });
    fireEvent.click(g2);
    const area = screen.getByLabelText('Team wording') as HTMLTextAreaElement;
    type(area, 'Name what it cost them before anything else.');
    fireEvent.blur(area);
    await waitFor(async () => expect(await local('guidelines')).toEqual({ G2: 'Name what it cost them before anything else.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Use the default wording' }));
    await waitFor(async () => expect(await local('guidelines')).toEqual({}));
  });
});

describe('sites', () => {
  it('turns a disabled site back on and switches internal-note coaching', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['acme.zendesk.com', 'mail.example.com'] });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Turn the coach back on for acme.zendesk.com' }));
    await waitFor(async () => expect(await local('disabledSites')).toEqual(['mail.example.com']));
    fireEvent.click(screen.getByRole('switch', { name: 'Coach internal notes' }));
    await waitFor(async () => expect(await local('coachInternalNotes')).toBe(true));
  });

  it('adds a custom helpdesk domain after the browser grants it, and removing it revokes the permission', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await open();
    const input = screen.getByLabelText('Helpdesk domain');
    type(input, 'https://Help.Northwind.example/agent/tickets/42');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    // Asked within the click: the browser only prompts during a user gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://help.northwind.example/*'] });
    await waitFor(async () => expect(await local('customDomains')).toEqual(['help.northwind.example']));
    expect(await screen.findByText('help.northwind.example')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove help.northwind.example' }));
    await waitFor(async () => expect(await local('customDomains')).toEqual([]));
    expect(remove).toHaveBeenCalledWith({ origins: ['https://help.northwind.example/*'] });
  });

  it('picks the site definition a custom domain runs (generic detection by default), and forgets it with the domain', async () => {
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await fakeBrowser.storage.local.set({ customDomains: ['help.northwind.example'] });
    await open();
    const pick = screen.getByLabelText('What help.northwind.example runs') as HTMLSelectElement;
    expect(pick.value).toBe('');
    const options = [...pick.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(options[0]).toEqual(['Self-hosted helpdesks', ['Zammad', 'Chatwoot', 'FreeScout', 'osTicket']]);
    expect(options[1][1]).toContain('Freshdesk');
    expect(options[1][1]).not.toContain('Gmail');
    fireEvent.change(pick, { target: { value: 'chatwoot' } });
    await waitFor(async () => expect(await local('customDomainSites')).toEqual({ 'help.northwind.example': 'chatwoot' }));
    await waitFor(() => expect((screen.getByLabelText('What help.northwind.example runs') as HTMLSelectElement).value).toBe('chatwoot'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove help.northwind.example' }));
    await waitFor(async () => expect(await local('customDomainSites')).toEqual({}));
  });

  it('does not store a domain the browser refused, nor one that is not a domain', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await open();
    const input = screen.getByLabelText('Helpdesk domain');
    type(input, 'help.northwind.example');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Permission for help.northwind.example was not granted/));
    expect(screen.getByRole('status').textContent).toBe('Domain not added');
    type(input, 'not a domain');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('"not a domain" is not a domain name'));
    expect(request).toHaveBeenCalledTimes(1);
    expect(await local('customDomains')).toBeUndefined();
  });

  it('when the browser throws on the permission request, says so and the save status does not stay on Saving…', async () => {
    await open();
    const input = screen.getByLabelText('Helpdesk domain');
    const add = screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement;
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => {
      throw new Error('This function must be called during a user gesture');
    });
    type(input, 'help.northwind.example');
    fireEvent.click(add);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The browser refused: This function must be called during a user gesture'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Domain not added'));
    expect(add.disabled).toBe(false);
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('Permission prompt closed'));
    fireEvent.click(add);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The browser refused: Permission prompt closed'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Domain not added'));
    expect(await local('customDomains')).toBeUndefined();
  });

  it('opened from the popup at a setting (#internal-notes), scrolls to it and focuses its switch', async () => {
    location.hash = '#internal-notes';
    const scrolled = vi.fn();
    const scrollIntoView = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = scrolled;
    try {
      await open();
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('switch', { name: 'Coach internal notes' })));
      expect(scrolled).toHaveBeenCalledTimes(1);
    } finally {
      location.hash = '';
      Element.prototype.scrollIntoView = scrollIntoView;
    }
  });

  it('sends a Gmail, Outlook or Atlassian host to its optional-site switch instead of adding it as a domain', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await open();
    type(screen.getByLabelText('Helpdesk domain'), 'mail.google.com');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('mail.google.com is Gmail: turn it on under "Optional sites" instead'));
    type(screen.getByLabelText('Helpdesk domain'), 'acme.atlassian.net');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^acme\.atlassian\.net is Jira Service Management/));
    expect(request).not.toHaveBeenCalled();
    expect(await local('customDomains')).toBeUndefined();
  });

  it('reads domains from what people paste', () => {
    expect(parseDomainInput(' Support.Acme.com. ')).toEqual({ host: 'support.acme.com' });
    expect(parseDomainInput('support.acme.com/agent?x=1')).toEqual({ host: 'support.acme.com' });
    expect(parseDomainInput('http://support.acme.com')).toEqual({ error: expect.stringMatching(/https/) });
    expect(parseDomainInput('*.acme.com')).toEqual({ error: expect.stringMatching(/wildcard/) });
    expect(isBuiltinHelpdesk('acme.zendesk.com')).toBe(true);
    expect(isBuiltinHelpdesk('help.northwind.example')).toBe(false);
  });
});

describe('optional sites', () => {
  const GMAIL = 'Gmail — read-only coaching';
  const OUTLOOK = 'Outlook on the web — read-only coaching';
  const ATLASSIAN = 'Jira Service Management — the service-management comment editor only';

  /** The browser's host permissions: `granted` starts with `initial`; request grants when `answer` is true. */
  function permissions(initial: string[] = [], answer = true) {
    const granted = new Set(initial);
    const has = (origins: string[] = []) => origins.every((o) => granted.has(o));
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => has(p.origins));
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
      if (answer) for (const o of p.origins ?? []) granted.add(o);
      return answer;
    });
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
      for (const o of p.origins ?? []) granted.delete(o);
      return true;
    });
    return { granted, contains, request, remove };
  }

  const optionalSwitch = (name: string) => screen.getByRole('switch', { name }) as HTMLInputElement;

  it('offers Gmail, Outlook and Atlassian as switches, off until the browser grants their hosts', async () => {
    permissions(['https://*.atlassian.net/*']);
    await open();
    const section = screen.getByRole('heading', { name: 'Optional sites' }).parentElement!;
    expect(within(section).getAllByRole('switch')).toHaveLength(3);
    expect(optionalSwitch(GMAIL).checked).toBe(false);
    expect(optionalSwitch(OUTLOOK).checked).toBe(false);
    expect(optionalSwitch(ATLASSIAN).checked).toBe(true);
    expect(within(section).getByText('outlook.live.com, outlook.office.com, outlook.office365.com, outlook.cloud.microsoft')).toBeTruthy();
  });

  it('turning Gmail on asks for its host inside the click and shows it on once granted', async () => {
    const p = permissions();
    await open();
    fireEvent.click(optionalSwitch(GMAIL));
    // Asked within the click: the browser only prompts during a user gesture.
    expect(p.request).toHaveBeenCalledWith({ origins: ['https://mail.google.com/*'] });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Gmail on'));
    expect(optionalSwitch(GMAIL).checked).toBe(true);
    expect(p.granted).toEqual(new Set(['https://mail.google.com/*']));
    expect(await snapshot()).toEqual({});
  });

  it('stays off and says why when the browser does not grant it', async () => {
    const p = permissions([], false);
    await open();
    fireEvent.click(optionalSwitch(OUTLOOK));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not saved: the browser did not grant access to Outlook on the web'));
    expect(p.request).toHaveBeenCalledWith({ origins: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'] });
    expect(optionalSwitch(OUTLOOK).checked).toBe(false);
  });

  it('turning a site off gives its permission back', async () => {
    const p = permissions(['https://mail.google.com/*']);
    await open();
    expect(optionalSwitch(GMAIL).checked).toBe(true);
    fireEvent.click(optionalSwitch(GMAIL));
    await waitFor(() => expect(optionalSwitch(GMAIL).checked).toBe(false));
    expect(p.remove).toHaveBeenCalledWith({ origins: ['https://mail.google.com/*'] });
    expect(p.request).not.toHaveBeenCalled();
    expect(p.granted.size).toBe(0);
  });

  it('rereads the switches when the page is shown again (access taken back on the extensions page)', async () => {
    const p = permissions(['https://mail.google.com/*']);
    await open();
    expect(optionalSwitch(GMAIL).checked).toBe(true);
    p.granted.clear();
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(optionalSwitch(GMAIL).checked).toBe(false));
  });
});

describe('managed policy', () => {
  const POLICY = {
    format: 'reply-coach-rules',
    version: 1,
    name: 'Acme policy',
    rules: { [RULE_A.id]: { enabled: false } },
    custom: [
      {
        id: 'per-our-terms',
        lang: 'en',
        kind: 'phrase',
        pattern: 'per our terms',
        category: 'policy',
        severity: 'error',
        message: 'Quote the reason behind the terms, not the terms.',
      },
    ],
    guidelines: { G6: 'Every rule we mention comes with its reason.' },
  };

  it('shows the administrator banner and disables what the policy locks', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: POLICY });
    await open();
    const banner = screen.getByRole('note');
    expect(banner.textContent).toBe(
      "Your administrator manages these rules (Acme policy). Locked settings can't be changed here.",
    );
    const locked = ruleSwitch(RULE_A.message);
    expect(locked.disabled).toBe(true);
    expect(locked.checked).toBe(false);
    expect((screen.getByRole('combobox', { name: `Severity ${RULE_A.message}` }) as HTMLSelectElement).disabled).toBe(true);
    // Rules the policy does not set stay editable.
    expect(ruleSwitch(RULE_B.message).disabled).toBe(false);

    // The policy's custom rule is shown, marked, and cannot be edited or deleted.
    const row = document.querySelector('[data-custom-id="per-our-terms"]') as HTMLElement;
    expect(within(row).getByText('Set by your organization: Acme policy')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /Edit|Delete/ })).toBeNull();

    const g6 = document.getElementById('guideline-G6') as HTMLTextAreaElement;
    expect(g6.disabled).toBe(true);
    expect(g6.value).toBe(POLICY.guidelines.G6);

    // A custom rule may not take the policy's id.
    const f = screen.getByRole('form', { name: 'Add a custom rule' });
    type(within(f).getByLabelText('Id'), 'per-our-terms');
    type(within(f).getByLabelText('Phrase to flag'), 'our terms say');
    type(within(f).getByLabelText('Message'), 'Give the reason.');
    await submit(f, 'Add rule');
    expect(await within(f).findByText(/used by your administrator's rule pack/)).toBeTruthy();
    expect(await local('custom')).toBeUndefined();
  });

  it('says so when the policy pack is invalid and locks the rules at their defaults (fail closed)', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: { ...POLICY, custom: [{ ...POLICY.custom[0], category: 'rude' }] } });
    await open();
    expect(screen.getByRole('alert').textContent).toMatch(/could not be read: .*custom\[0\]\.category/);
    expect(ruleSwitch(RULE_A.message).disabled).toBe(true);
    expect(ruleSwitch(RULE_A.message).checked).toBe(true);
  });
});
