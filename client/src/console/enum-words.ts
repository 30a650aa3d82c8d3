import { translate, type Lang, type MessageKey } from '../i18n/index.js';

const ENUM_KEYS = ['stage', 'scale', 'level', 'projectStage', 'evidence', 'role'] as const;

/**
 * A result cell holding one of the product's enum values (INFERRED, SMALL, NEGOTIATING …) as the
 * UI names it in `lang` (推断, 小型, 在谈 …); any other text as it is.
 */
export function enumWord(lang: Lang, text: string): string {
  if (!/^[A-Z][A-Z_]+$/.test(text)) return text;
  for (const prefix of ENUM_KEYS) {
    const key = `${prefix}.${text}` as MessageKey;
    const word = translate(lang, key);
    if (word !== key) return word;
  }
  return text;
}
