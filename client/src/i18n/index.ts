import { en } from './en.js';
import { zh } from './zh.js';

/** The UI languages: Chinese first (the default), English as the switch. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type MessageKey = keyof typeof zh;
export type Params = Record<string, string | number>;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

/**
 * The message for `key` in `lang`, with `{name}` placeholders filled from `params`; `{name|one|other}`
 * picks a word by number (English plurals: "{count} active {count|project|projects}").
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key] ?? zh[key] ?? key;
  if (!params) return template;
  return template
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) => (name in params ? (Number(params[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** `name` or `nameEn` of an entity, whichever suits the language (Chinese when there is no English). */
export function localName(lang: Lang, entity: { name: string; nameEn?: string | null }): string {
  return lang === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}
