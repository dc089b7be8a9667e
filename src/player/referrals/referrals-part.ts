/**
 * The referral directory is a part of its own (referrals.js), loaded when a contacts block
 * first shows: no first screen has one, so player.js carries none of its code. Types, and
 * the one key both sides share; the part's code stays out of player.js.
 */
import type { DeviceStore } from '../device-store.ts';
import type { Dictionary } from '../i18n/en.ts';
import type { PlayerInput } from '../player-input.ts';

/** The device-store key of the learner's region. No block id can hold "#", so it never meets a block's answers. */
export const REGION_KEY = '#region';

export interface ReferralsInput {
  /** The organisation's regions and services, and the course, whose language names the services' languages. */
  input: Pick<PlayerInput, 'organisation' | 'course'>;
  /** The heading level of "Services near you"; each service's name is one under it. */
  level: 3 | 4;
  /** Makes the directory's element ids unique on the page. */
  idPrefix: string;
  /** The player's device store, where the learner's region is remembered (REGION_KEY) for every block. */
  store: DeviceStore;
  t: Pick<Dictionary, 'services' | 'choose' | 'phone' | 'email' | 'website' | 'hours' | 'opensInNewTab'>;
}

export interface ReferralsPart {
  /** Fills `host` with the directory and keeps it in step with the region; returns the function that stops it. */
  show(host: HTMLElement, input: ReferralsInput): () => void;
}
