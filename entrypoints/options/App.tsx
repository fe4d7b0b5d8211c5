/**
 * The options page: state and saving live here, the sections are components/options-*.tsx.
 * Every change is written at once (an imported pack only after its preview is confirmed); the
 * header's live "Saved" status confirms it, and watchSettings keeps the page in step with other
 * tabs, the popup and the managed policy. Refused packs and rules are explained in plain words
 * (lib/settings/pack-wording.ts); the try-it box checks a sample against the rules on screen.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CustomRule, GuidelineId, RuleOverride, Severity } from '../../lib/checker/types';
import { builtinRules } from '../../lib/rules';
import {
  exportRulePack,
  getEffectiveSettings,
  importRulePack,
  resetRule,
  setCoachInternalNotes,
  setGuidelineText,
  setRuleEnabled,
  setRuleSeverity,
  setSiteEnabled,
  watchSettings,
  type EffectiveSettings,
} from '../../lib/settings';
import {
  addCustomDomain,
  allowDomains,
  deleteCustomRule,
  getDomainAccess,
  getLocalState,
  PICKABLE_SITES,
  removeCustomDomain,
  saveCustomRule,
  setDomainSite,
  setPackName,
  validateCustomRule,
  type LocalState,
} from '../../lib/settings/options-api';
import { getOptionalSites, setOptionalSite, type OptionalSiteState } from '../../lib/settings/optional-sites';
import { removeAllowEntry } from '../../lib/settings/allow-list';
import { OptionsAllowList } from '../../components/options-allow-list';
import { OptionsLanguage } from '../../components/options-language';
import { t, type UiLocaleSetting } from '../../lib/i18n';
import { useUiLocale } from '../../lib/i18n/use-locale';
import { uiLocaleItem } from '../../lib/settings/items';
import { OptionsCustomRules } from '../../components/options-custom-rules';
import { OptionsGuidelines } from '../../components/options-guidelines';
import { OptionsHeader } from '../../components/options-header';
import { OptionsImportExport } from '../../components/options-import-export';
import { OptionsRules } from '../../components/options-rules';
import type { SaveState } from '../../components/options-save-status';
import { OptionsSection } from '../../components/options-section';
import { OptionsSites } from '../../components/options-sites';
import { OptionsTryIt, type TryLint } from '../../components/options-try-it';
import type { RefusedImport } from '../../components/options-import-export';
import type { ImportPreviewData } from '../../components/options-import-preview';
import { copyToClipboard } from '../../lib/clipboard';
import { PACKS } from '../../lib/rules';
import { diffPacks } from '../../lib/settings/import-diff';
import { downloadText, packFileName } from './download';

const SAVED_VISIBLE_MS = 2500;

/** Rule pack problems in plain words: loaded with the pack parser, when a pack or rule is checked. */
const wording = () => import('../../lib/settings/pack-wording');

/** The try-it box's check: the same check() the coach runs, loaded only once a sample is typed. */
const lintSample: TryLint = async (text, settings) => {
  const { check } = await import('../../lib/checker');
  const report = check(text, { lang: 'auto', settings });
  return { report, hasRules: report.lang in PACKS };
};

/** The pack as the file says, for naming rules by id in messages (undefined when it is not JSON). */
function readJson(json: string): unknown {
  try {
    return JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** A refused pack, its problems in plain words (the import box shows `plain`). */
async function refusedImport(err: unknown, json: string): Promise<RefusedImport> {
  return { plain: (await wording()).explainImportError(err, json) };
}

/** A refused custom rule (CustomRuleError) with each field's reason in plain words. */
async function plainRuleError(err: unknown): Promise<unknown> {
  const fields = (err as { fields?: Record<string, string[]> } | null)?.fields;
  if (!fields) return err;
  return Object.assign(new Error((err as Error).message), { name: (err as Error).name, fields: (await wording()).explainFields(fields) });
}

/** Why a write was refused, in a few words for the status line (details sit next to the field). */
function statusText(err: unknown): string {
  if (err && typeof err === 'object') {
    if ('fields' in err) return t('status.notSavedField');
    if ('issues' in err) return t('status.notImported');
    if (err instanceof Error && err.name === 'SettingsLockedError') return t('status.notSaved', { reason: err.message });
    if (err instanceof Error && err.name === 'DomainRefused') return t('status.domainNotAdded');
  }
  return t('status.notSaved', { reason: err instanceof Error ? err.message : String(err) });
}

export function App() {
  const rules = useMemo(() => builtinRules('en'), []);
  const ruleById = useMemo(() => new Map(rules.map((r) => [r.id, r])), [rules]);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [local, setLocal] = useState<LocalState>({ custom: [], packName: null, domainSites: {} });
  const [optionalSites, setOptionalSites] = useState<OptionalSiteState[]>([]);
  /** Which custom domains the browser lets the coach read (a pack or the policy can list one nobody allowed yet). */
  const [domainAccess, setDomainAccess] = useState<Record<string, boolean>>({});
  /** The domains of the pack last previewed, asked for in the click that imports it. */
  const previewedSites = useRef<{ json: string; hosts: string[] } | null>(null);
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const [loadError, setLoadError] = useState('');
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The language setting, applied to this page as soon as it changes (here or in another tab).
  useUiLocale(settings ? (settings.uiLocale ?? 'auto') : undefined);
  useEffect(() => {
    document.title = t('options.title');
  });

  const reload = useCallback(async () => {
    try {
      const [s, own, optional] = await Promise.all([getEffectiveSettings(), getLocalState(), getOptionalSites()]);
      setSettings(s);
      setLocal(own);
      setOptionalSites(optional);
      setDomainAccess(await getDomainAccess(s.customDomains));
    } catch (err) {
      setLoadError(err instanceof Error ? err.message : String(err));
    }
  }, []);

  useEffect(() => {
    void reload();
    const stop = watchSettings((s) => {
      setSettings(s);
      getLocalState().then(setLocal, () => {});
      getDomainAccess(s.customDomains).then(setDomainAccess, () => {});
    });
    // Site access can be taken back on the browser's extensions page: reread on coming back.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stop();
      clearTimeout(idleTimer.current);
    };
  }, [reload]);

  /** Runs one write, shows "Saved" or why not, and rereads the settings either way. */
  const save = useCallback(
    async <T,>(work: () => Promise<T>, message?: string): Promise<T> => {
      clearTimeout(idleTimer.current);
      setStatus({ state: 'saving' });
      let out: T;
      try {
        out = await work();
      } catch (err) {
        await reload();
        setStatus({ state: 'error', message: statusText(err) });
        throw err;
      }
      // Reread first, so "Saved" is announced when the page already shows what was saved.
      await reload();
      setStatus({ state: 'saved', message });
      idleTimer.current = setTimeout(() => setStatus({ state: 'idle' }), SAVED_VISIBLE_MS);
      return out;
    },
    [reload],
  );
  /** For fire-and-forget controls: the status line already says what went wrong. */
  const quietly = (p: Promise<unknown>) => void p.catch(() => {});

  /** Validates a pack and says what importing it would change; writes nothing. */
  const previewImport = async (json: string): Promise<ImportPreviewData> => {
    const [{ parseRulePack }, words, saved] = await Promise.all([import('../../lib/rules/pack'), wording(), exportRulePack()]);
    let parsed: ReturnType<typeof parseRulePack>;
    try {
      parsed = parseRulePack(json);
    } catch (err) {
      throw await refusedImport(err, json);
    }
    const name = parsed.pack.name ? parsed.pack.name : null;
    const data = readJson(json);
    previewedSites.current = { json, hosts: (parsed.pack.sites ?? []).map((s) => s.host) };
    return {
      diff: diffPacks({ ...saved, name: local.packName }, { ...parsed.pack, name }, (id) => ruleById.get(id)?.severity),
      name,
      warnings: parsed.warnings.map((w) => words.explainWarning(w, data)),
    };
  };

  /** How the import preview names a rule: a built-in rule by its message, as the rules list does. */
  const ruleLabel = (id: string) =>
    id.startsWith('custom:') ? t('options.customRuleLabel', { id: id.slice('custom:'.length) }) : (ruleById.get(id)?.message ?? id);

  /** Shows a rule change at once; the reread after the write confirms or undoes it. */
  const patchRule = (id: string, change: (o: RuleOverride) => RuleOverride) =>
    setSettings((s) => s && { ...s, rules: { ...s.rules, [id]: change({ ...s.rules[id] }) } });

  if (loadError) {
    return (
      <main class="rc-page">
        <p class="rc-banner rc-banner--error">{t('options.loadError', { error: loadError })}</p>
      </main>
    );
  }
  if (!settings) {
    return (
      <main class="rc-page" aria-busy="true">
        <p class="rc-loading">{t('options.loading')}</p>
      </main>
    );
  }

  const policyCustom = settings.custom.filter((r) => settings.locked.custom.includes(r.id));
  /** A managed policy exists but cannot be read: everything a rule pack sets is locked (fail closed). */
  const readOnly = settings.locked.all === true;
  const lockedBy = settings.lockedBy;

  return (
    <div class="rc-page">
      <OptionsHeader
        status={status}
        managed={settings.managed}
        packName={settings.packName}
        managedError={settings.managedError}
        lockedBy={lockedBy}
      />
      <main class="rc-main">
        <OptionsSection
          id="try"
          title={t('options.section.try')}
          intro={t('options.section.tryIntro')}
        >
          <OptionsTryIt settings={settings} lint={lintSample} onCopy={copyToClipboard} />
        </OptionsSection>

        <OptionsSection
          id="rules"
          title={t('options.section.rules')}
          intro={t('options.section.rulesIntro')}
        >
          <OptionsRules
            rules={rules}
            overrides={settings.rules}
            locked={settings.locked.rules}
            lockedBy={lockedBy}
            onToggle={(id, enabled) => {
              patchRule(id, (o) => ({ ...o, enabled }));
              quietly(save(() => setRuleEnabled(id, enabled)));
            }}
            onSeverity={(id, severity: Severity | null) => {
              patchRule(id, ({ severity: _old, ...o }) => (severity ? { ...o, severity } : o));
              quietly(save(() => setRuleSeverity(id, severity)));
            }}
            onReset={(id) => quietly(save(() => resetRule(id), t('status.backToDefault')))}
          />
        </OptionsSection>

        <OptionsSection
          id="custom"
          title={t('options.section.custom')}
          intro={t('options.section.customIntro')}
        >
          <OptionsCustomRules
            local={local.custom}
            policy={policyCustom}
            overrides={settings.rules}
            lockedRules={settings.locked.rules}
            lockedBy={lockedBy}
            readOnly={readOnly}
            onToggle={(id, enabled) => {
              patchRule(`custom:${id}`, (o) => ({ ...o, enabled }));
              quietly(save(() => setRuleEnabled(`custom:${id}`, enabled)));
            }}
            onValidate={async (rule) => {
              try {
                const checked = await validateCustomRule(rule);
                return { ...checked, warnings: (await wording()).explainFields(checked.warnings) };
              } catch (err) {
                throw await plainRuleError(err);
              }
            }}
            onSave={async (rule, replaceId) => {
              try {
                await save(() => saveCustomRule(rule, replaceId), replaceId ? t('status.ruleUpdated') : t('status.ruleAdded'));
              } catch (err) {
                throw await plainRuleError(err);
              }
            }}
            onDelete={(id) => quietly(save(() => deleteCustomRule(id), t('status.ruleDeleted')))}
          />
        </OptionsSection>

        <OptionsSection
          id="guidelines"
          title={t('options.section.guidelines')}
          intro={t('options.section.guidelinesIntro')}
        >
          <OptionsGuidelines
            overrides={settings.guidelines}
            locked={settings.locked.guidelines}
            lockedBy={lockedBy}
            onSave={(id: GuidelineId, text) => save(() => setGuidelineText(id, text))}
          />
        </OptionsSection>

        <OptionsSection
          id="ignored"
          title={t('options.section.ignored')}
          intro={t('options.section.ignoredIntro')}
        >
          <OptionsAllowList
            entries={settings.allowList}
            ruleLabel={ruleLabel}
            lockedRules={settings.locked.rules}
            allLocked={readOnly}
            onRemove={(entry) => quietly(save(() => removeAllowEntry(entry), t('status.phraseFlagged')))}
          />
        </OptionsSection>

        <OptionsSection id="sites" title={t('options.section.sites')}>
          <OptionsSites
            disabledSites={settings.disabledSites}
            customDomains={settings.customDomains}
            optionalSites={optionalSites}
            coachInternalNotes={settings.coachInternalNotes}
            onEnableSite={(host) => quietly(save(() => setSiteEnabled(host, true), t('status.coachOn', { host })))}
            onInternalNotes={(on) => {
              setSettings((s) => s && { ...s, coachInternalNotes: on });
              quietly(save(() => setCoachInternalNotes(on)));
            }}
            onAddDomain={(input) => {
              // addCustomDomain asks for the permission synchronously, inside this click.
              const asked = addCustomDomain(input);
              return save(async () => {
                const r = await asked;
                if (!r.ok) throw Object.assign(new Error(r.reason), { name: 'DomainRefused' });
                return r;
              }, t('status.domainAdded')).catch((err: Error) => ({ ok: false as const, reason: err.message }));
            }}
            onRemoveDomain={(host) => quietly(save(() => removeCustomDomain(host), t('status.removed', { host })))}
            domainSites={local.domainSites}
            lockedSites={settings.locked.sites}
            lockedBy={lockedBy}
            domainAccess={domainAccess}
            onAllowDomain={(host) => {
              // Asked for synchronously, inside this click (see onAddDomain).
              const asked = allowDomains([host]);
              quietly(
                save(async () => {
                  if (!(await asked)) throw new Error(t('status.notGranted', { site: host }));
                }, t('status.allowed', { host })),
              );
            }}
            pickableSites={PICKABLE_SITES}
            onDomainSite={(host, id) => quietly(save(() => setDomainSite(host, id), t('status.domainRuns', { host, site: PICKABLE_SITES.find((s) => s.id === id)?.name ?? t('status.genericDetection') })))}
            onOptionalSite={(site, on) => {
              // Asked for synchronously, inside this click (see onAddDomain).
              const changed = setOptionalSite(site, on);
              const done = async () => {
                if ((await changed) !== on) throw new Error(t(on ? 'status.notGranted' : 'status.notGivenBack', { site: site.name }));
              };
              quietly(save(done, t(on ? 'status.siteOn' : 'status.siteOff', { site: site.name })));
            }}
          />
        </OptionsSection>

        <OptionsSection id="pack" title={t('options.section.pack')}>
          <OptionsImportExport
            packName={local.packName}
            managed={settings.managed}
            readOnly={readOnly}
            onRename={(name) => quietly(save(() => setPackName(name)))}
            onExport={async (name) => {
              // The name field saves on blur; a click on Export can beat that write.
              if (name.trim() !== (local.packName ?? '')) await save(() => setPackName(name));
              const pack = await exportRulePack();
              downloadText(packFileName(pack.name ?? null), `${JSON.stringify(pack, null, 2)}\n`);
            }}
            ruleLabel={ruleLabel}
            onPreview={previewImport}
            onImport={async (json) => {
              // The pack's domains are asked for inside the confirming click; the import goes on whatever the answer.
              const hosts = previewedSites.current?.json === json ? previewedSites.current.hosts : [];
              const asked = allowDomains(hosts);
              let imported: Awaited<ReturnType<typeof importRulePack>>;
              try {
                imported = await save(() => importRulePack(json), t('status.packImported'));
              } catch (err) {
                throw await refusedImport(err, json);
              }
              // The answer can come after the import's reread: read the access again.
              if (hosts.length) {
                void asked.then((granted) => {
                  if (granted) void reload();
                });
              }
              const [words, data] = [await wording(), readJson(json)];
              return { name: imported.name, warnings: imported.warnings.map((w) => words.explainWarning(w, data)) };
            }}
          />
        </OptionsSection>

        <OptionsSection id="language" title={t('options.section.language')}>
          <OptionsLanguage
            value={settings.uiLocale ?? 'auto'}
            onChange={(setting: UiLocaleSetting) => quietly(save(() => uiLocaleItem.setValue(setting)))}
          />
        </OptionsSection>
      </main>
      <footer class="rc-footer">
        <p>{t('options.footer')}</p>
      </footer>
    </div>
  );
}
