/** The entry of ending.js: the assessment, the summary and the completion screen. */
import { registerPart } from '../load-part.ts';
import { AssessmentIntro } from '../screens/AssessmentIntro.tsx';
import { AssessmentQuestion } from '../screens/AssessmentQuestion.tsx';
import { AssessmentResult } from '../screens/AssessmentResult.tsx';
import { SummaryScreen } from '../screens/SummaryScreen.tsx';
import { addStyles } from './add-styles.ts';
import css from './ending.css?inline';
import type { EndingPart } from './part-types.ts';

addStyles('ending', css);
registerPart('ending', { AssessmentIntro, AssessmentQuestion, AssessmentResult, SummaryScreen } satisfies EndingPart);
