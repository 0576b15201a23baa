// Plural forms chosen by each language's own rules (Intl.PluralRules): English has two, Arabic six.
import { LOCALE_TAGS } from './locale';
import type { Lang } from './names';

/** A text for each plural category the language uses; `other` is always given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules | null>();

/** The category of `count` in `lang`; Intl's root rule ('other' for all) where the runtime has no rules for it. */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (r === undefined) {
    const tag = LOCALE_TAGS[lang];
    r = Intl.PluralRules.supportedLocalesOf(tag).length > 0 ? new Intl.PluralRules(tag) : null;
    rules.set(lang, r);
  }
  return r ? r.select(count) : 'other';
}

/** The form for `count`: "1 problem" / "3 problems"; "مشكلة واحدة" / "مشكلتان" / "٣ مشكلات"… */
export function plural(count: number, lang: Lang, forms: PluralForms): string {
  return pickForm(pluralCategory(count, lang), forms);
}

/** The form for a category already known (a casualty claim carries its figure's). */
export function pickForm(category: Intl.LDMLPluralRule, forms: PluralForms): string {
  return forms[category] ?? forms.other;
}
