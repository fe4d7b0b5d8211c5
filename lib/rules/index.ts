/** Built-in rule packs, validated and compiled once when first used. */
import { compilePack, type CompiledPack } from '../checker/pack';
import type { Lang } from '../checker/types';
import { EN } from './en';
import { FR } from './fr';
import { SV } from './sv';
import { ZH } from './zh';
import type { LangPack, RuleInfo } from './types';

export const SOURCE_PACKS: Partial<Record<Lang, LangPack>> = { en: EN, fr: FR, sv: SV, zh: ZH };

/** Compiled packs by language; a language without a pack gets no findings. */
export const PACKS: Partial<Record<Lang, CompiledPack>> = {};
for (const [lang, pack] of Object.entries(SOURCE_PACKS)) {
  // Compiled on first use: a waking service worker checking English replies never pays for the others.
  // Trusted: test/unit/rules-meta.test.ts validates every built-in pack against the schema.
  let compiled: CompiledPack | undefined;
  Object.defineProperty(PACKS, lang, { enumerable: true, get: () => (compiled ??= compilePack(pack!, { trusted: true })) });
}

export const BUILTIN_RULE_IDS: Set<string> = new Set(
  Object.values(SOURCE_PACKS).flatMap((p) => p!.rules.map((r) => r.id)),
);

/** Old rule id → current id, so team packs survive renames (applied by ./pack.ts and lib/settings). */
export { RULE_RENAMES } from './renames';

export function builtinRules(lang: Lang): RuleInfo[] {
  return (SOURCE_PACKS[lang]?.rules ?? []).map((r) => ({
    id: r.id,
    category: r.category,
    severity: r.severity,
    guideline: r.guideline,
    message: r.message,
    examples: r.examples,
  }));
}
