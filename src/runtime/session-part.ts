/** The entry of session.js: the LMS connection and the progress record, loaded once the first screen is live (see session.ts). */
import { registerPart } from '../player/load-part.ts';
import { connectSession } from './connect-session.ts';

export interface SessionPart {
  connectSession: typeof connectSession;
}

registerPart('session', { connectSession } satisfies SessionPart);
