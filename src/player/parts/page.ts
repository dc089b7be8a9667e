/** The entry of page.js: a lesson's pages, their blocks and the contents list, loaded as soon as the first screen is live. */
import { ContentsNav } from '../frame/ContentsNav.tsx';
import { registerPart } from '../load-part.ts';
import { PageScreen } from '../screens/PageScreen.tsx';
import { addStyles } from './add-styles.ts';
import css from './page.css?inline';
import type { PagePart } from './part-types.ts';

addStyles('page', css);
registerPart('page', { PageScreen, ContentsNav } satisfies PagePart);
