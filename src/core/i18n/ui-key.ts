import type it from './ui/it.json';

/** Plural variants are stored as `key_one`, `key_other`… (i18next's JSON v4); callers name the base key. */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type BaseKey<K extends string> = K extends `${infer B}${PluralSuffix}` ? B : K;

/** A UI string key, checked against the Italian file (the key-parity test keeps the English one equal). */
export type UiKey = BaseKey<keyof typeof it & string>;
export type UiVars = Readonly<Record<string, string | number>>;
/** Resolved strings of one locale, key → text; what an island receives as its `strings` prop. */
export type UiStrings = Readonly<Record<string, string>>;
