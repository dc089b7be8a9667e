/** Language helpers shared by the validator and the player. */

// Scripts written right to left, by primary language subtag.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** A BCP 47 tag in the shape `ll`, `lll`, `ll-RR`, `ll-Scrp-RR` and so on. */
export const LANGUAGE_TAG =
  /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z0-9]{5,8}|\d[a-zA-Z0-9]{3}))*$/;

/**
 * The text direction of a language, from its tag, unless the course sets one.
 * @example textDirection('ar-EG') // 'rtl'
 */
export function textDirection(language: string, explicit?: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  if (explicit) return explicit;
  const [primary, script] = language.split('-');
  if (script === 'Arab' || script === 'Hebr' || script === 'Thaa' || script === 'Syrc') return 'rtl';
  if (script && /^[A-Z][a-z]{3}$/.test(script)) return 'ltr';
  return RTL_LANGUAGES.has(primary ?? '') ? 'rtl' : 'ltr';
}
