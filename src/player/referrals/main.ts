/** The entry of referrals.js, loaded when a contacts block first shows (see load-part.ts). */
import { registerPart } from '../load-part.ts';
import type { ReferralsPart } from './referrals-part.ts';
import { showReferrals } from './show-referrals.ts';

registerPart('referrals', { show: showReferrals } satisfies ReferralsPart);
