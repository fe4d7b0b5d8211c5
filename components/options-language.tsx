/**
 * "Language of Reply Coach": the language of the extension's own UI (card, counter, popup, these
 * pages). Automatic follows the browser's languages. Each language is named in itself, so it can
 * be found whatever the page is shown in. DOM contract for the end-to-end tests: select#ui-locale.
 */
import { t, UI_LOCALE_SETTINGS, type UiLocaleSetting } from '../lib/i18n';

/** Each language in its own words (never translated). */
const NATIVE_NAME: Record<Exclude<UiLocaleSetting, 'auto'>, string> = {
  en: 'English',
  fr: 'Français',
  sv: 'Svenska',
  zh_TW: '繁體中文（台灣）',
  zh_HK: '繁體中文（香港）',
};

export interface OptionsLanguageProps {
  value: UiLocaleSetting;
  onChange: (setting: UiLocaleSetting) => void;
}

export function OptionsLanguage({ value, onChange }: OptionsLanguageProps) {
  return (
    <div class="rc-card rc-setting" id="language-setting">
      <div class="rc-setting__text">
        <label class="rc-setting__title" for="ui-locale">
          {t('language.label')}
        </label>
        <p class="rc-setting__hint" id="ui-locale-hint">
          {t('language.hint')}
        </p>
      </div>
      <select
        id="ui-locale"
        class="rc-select"
        value={value}
        aria-describedby="ui-locale-hint"
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as UiLocaleSetting)}
      >
        {UI_LOCALE_SETTINGS.map((s) => (
          <option key={s} value={s} lang={s === 'auto' ? undefined : s.replace('_', '-')}>
            {s === 'auto' ? t('language.auto') : NATIVE_NAME[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
