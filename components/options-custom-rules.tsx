import { useState } from 'preact/hooks';
import type { CustomRule, RuleOverride } from '../lib/checker/types';
import { t } from '../lib/i18n';
import { OptionsCustomForm, type FieldMessages } from './options-custom-form';
import { OptionsCustomRuleRow } from './options-custom-rule-row';

export interface OptionsCustomRulesProps {
  /** The agent's own custom rules, as saved. */
  local: CustomRule[];
  /** Custom rules from the administrator's pack (read-only). */
  policy: CustomRule[];
  overrides: Record<string, RuleOverride>;
  /** Rule ids (`custom:<id>`) whose switch the policy sets. */
  lockedRules: readonly string[];
  /** Who set the locks. */
  lockedBy?: string;
  /** The policy cannot be read: the agent's own rules are shown, not applied, and cannot be changed. */
  readOnly?: boolean;
  onToggle: (id: string, enabled: boolean) => void;
  onSave: (rule: CustomRule, replaceId?: string) => Promise<void>;
  onValidate: (rule: CustomRule) => Promise<{ warnings: FieldMessages }>;
  onDelete: (id: string) => void;
}

/** The team's own phrases and patterns, with the form that adds or edits one. */
export function OptionsCustomRules({ local, policy, overrides, lockedRules, lockedBy, readOnly, onToggle, onSave, onValidate, onDelete }: OptionsCustomRulesProps) {
  const [editing, setEditing] = useState<string | null>(null);
  // A new key after each added rule empties the form.
  const [formKey, setFormKey] = useState(0);
  const policyIds = new Set(policy.map((r) => r.id));
  const rows = [...policy.map((rule) => ({ rule, locked: true })), ...local.filter((r) => !policyIds.has(r.id)).map((rule) => ({ rule, locked: false }))];
  const edited = editing === null ? undefined : local.find((r) => r.id === editing);

  return (
    <div class="rc-custom-rules">
      {rows.length ? (
        <ul class="rc-rule-list rc-card">
          {rows.map(({ rule, locked }) => (
            <OptionsCustomRuleRow
              key={rule.id}
              rule={rule}
              locked={locked}
              switchLocked={locked || lockedRules.includes(`custom:${rule.id}`)}
              lockedBy={lockedBy}
              readOnly={readOnly && !locked}
              enabled={overrides[`custom:${rule.id}`]?.enabled ?? true}
              onToggle={(on) => onToggle(rule.id, on)}
              onEdit={() => {
                setEditing(rule.id);
                requestAnimationFrame(() => document.getElementById('edit-id')?.focus());
              }}
              onDelete={() => {
                if (editing === rule.id) setEditing(null);
                onDelete(rule.id);
              }}
            />
          ))}
        </ul>
      ) : (
        <p class="rc-empty">{t('custom.empty')}</p>
      )}
      {readOnly ? (
        <p class="rc-empty" data-rc-readonly="">
          {t('custom.readOnly')}
        </p>
      ) : edited ? (
        <OptionsCustomForm
          key={`edit:${edited.id}`}
          initial={edited}
          onValidate={onValidate}
          onSave={async (rule, replaceId) => {
            await onSave(rule, replaceId);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <OptionsCustomForm
          key={`new:${formKey}`}
          onValidate={onValidate}
          onSave={async (rule) => {
            await onSave(rule);
            setFormKey((k) => k + 1);
          }}
        />
      )}
    </div>
  );
}
