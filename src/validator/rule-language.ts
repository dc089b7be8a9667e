/**
 * Every course language needs the player's interface text in that language. Without it
 * the buttons and notices would fall back to English inside a page marked as another
 * language, which screen readers then mispronounce (WCAG 3.1.2), and learners who do not
 * read English could not find their way.
 */
import { hasInterfaceText, INTERFACE_LANGUAGES } from '../player/i18n/index.ts';
import type { Rule } from './rule-context.ts';

export const interfaceLanguage: Rule = ({ course, report }) => {
  if (hasInterfaceText(course.language)) return;
  report(['language'], 'no-interface-text', { language: course.language, available: INTERFACE_LANGUAGES });
};
