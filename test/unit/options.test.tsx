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

  it('a bad RE2 regex shows the RE2 reason next to the pattern and nothing is saved', async () => {
    await open();
    const f = form();
    type(within(f).getByLabelText('Id'), 'no-refunds');
    fireEvent.click(within(f).getByLabelText('RE2 regex'));
    const pattern = within(f).getByLabelText('Regular expression (RE2)');
    type(pattern, 'refunds? are (not possible');
    // Leaving the field checks the pattern at once, even before the rest of the rule is filled in.
    fireEvent.blur(pattern);
    expect(await within(f).findByText(/not a valid RE2 regular expression: missing closing \)/)).toBeTruthy();
    // Submitting with the message still empty reports both fields, not just the first.
    await submit(f, 'Add rule');
    expect(await within(f).findByText('must not be empty (found "")')).toBeTruthy();
    expect(within(f).getByText(/not a valid RE2 regular expression/)).toBeTruthy();

    type(within(f).getByLabelText('Message'), 'A refusal without a reason. Say why and what is still possible.');
    const before = await snapshot();
    await submit(f, 'Add rule');

    const error = await within(f).findByText(/not a valid RE2 regular expression: missing closing \)/);
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

  it('reports each refused field by path (id shape, empty message, duplicate id) and keeps what is saved', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    const f = form();
    type(within(f).getByLabelText('Id'), 'Kindly Note');
    type(within(f).getByLabelText('Phrase to flag'), 'kindly be advised');
    await submit(f, 'Add rule');
    expect(await within(f).findByText(/must use only lower-case letters/)).toBeTruthy();
    expect(within(f).queryByText(/not a valid RE2/)).toBeNull();
    expect(within(f).getByText('must not be empty (found "")')).toBeTruthy();
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

  it('a bad pack shows the field path and reason, and the saved settings stay', async () => {
    await importRulePack(SAVED_PACK);
    await open();
    const before = await snapshot();
    choose('broken.json', {
      ...SAVED_PACK,
      rules: {},
      custom: [SAVED_PACK.custom[0], { ...SAVED_PACK.custom[0], id: 'second', kind: 'regex', pattern: '(a)\\1' }],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.json was not imported. Nothing changed');
    expect(within(alert).getByText('custom[1].pattern').tagName).toBe('CODE');
    expect(alert.textContent).toMatch(/not a valid RE2 regular expression: invalid escape sequence/);
    expect(await snapshot()).toEqual(before);
    // The page still shows the saved settings.
    expect(screen.getByText('kindly note')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: `Severity ${RULE_B.message}` }) as HTMLSelectElement).value).toBe('error');

    choose('not-json.json', '{"format": "reply-coach-rules",');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('not valid JSON'));
    expect(await snapshot()).toEqual(before);
  });

  it('a good pack replaces the rules and lists warnings for unknown built-in ids', async () => {
    await open();
    choose('team.json', {
      ...SAVED_PACK,
      rules: { ...SAVED_PACK.rules, [RULE_A.id]: { enabled: false }, 'en.blame.retired-rule': { enabled: false } },
    });
    expect(await screen.findByText('Imported “Northwind support tone”.')).toBeTruthy();
    expect(screen.getByText(/rules\["en.blame.retired-rule"\]: no built-in rule with this id/)).toBeTruthy();
    await waitFor(() => expect(ruleSwitch(RULE_A.message).checked).toBe(false));
    expect(screen.getByText('kindly note')).toBeTruthy();
    expect((screen.getByLabelText('Pack name') as HTMLInputElement).value).toBe('Northwind support tone');
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
  const ATLASSIAN = 'Jira Service Management — coaches Confluence and Jira issues too';

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
    expect(within(section).getByText('outlook.live.com, outlook.office.com, outlook.office365.com')).toBeTruthy();
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
    expect(p.request).toHaveBeenCalledWith({ origins: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'] });
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
