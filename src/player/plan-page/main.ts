/** The entry of plan-page.js, loaded only when a learner downloads their plan as a page (see load-part.ts). */
import { registerPart } from '../load-part.ts';
import { planPage } from './plan-page.ts';
import type { PlanPagePart } from './plan-page-part.ts';

registerPart('plan-page', { planPage } satisfies PlanPagePart);
