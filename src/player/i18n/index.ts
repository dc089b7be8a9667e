/** Picks the interface language from the course's primary language subtag, falling back to English. */
import { ar } from './ar.ts';
import { type Dictionary, en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

const DICTIONARIES: Record<string, Dictionary> = { ar, en, es, fr };

/** The primary language subtags the player's interface is written in. */
export const INTERFACE_LANGUAGES = Object.keys(DICTIONARIES).sort();

/** Whether the player has interface text for a course language. */
export function hasInterfaceText(language: string): boolean {
  return language.split('-')[0]!.toLowerCase() in DICTIONARIES;
}

/** @example dictionaryFor('fr-CA') === fr */
export function dictionaryFor(language: string): Dictionary {
  return DICTIONARIES[language.split('-')[0]!.toLowerCase()] ?? en;
}
