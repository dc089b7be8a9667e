/**
 * The plan's printable page is a part of its own (plan-page.js), loaded when the learner
 * downloads it. Types only here, so player.js carries none of its code.
 */
import type { ContactSet } from '../../course/types.ts';
import type { PlanSection } from '../device-answers.ts';
import type { Dictionary } from '../i18n/en.ts';

export interface PlanPageInput {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  intro?: string | undefined;
  sections: PlanSection[];
  contacts: ContactSet;
  t: Pick<Dictionary, 'nothingYet' | 'supportTitle' | 'phone' | 'email' | 'website' | 'hours'>;
}

export interface PlanPagePart {
  /** The whole HTML page, ready to save. */
  planPage(input: PlanPageInput): string;
}
