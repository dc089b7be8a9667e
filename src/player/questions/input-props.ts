/** What every question's input component is given. */
import type { Question } from '../../course/types.ts';

/** After a knowledge check is answered: the correct response, and whether to show it. */
export interface Marks {
  /** The correct response, in the form the question's value takes. */
  correct: readonly string[];
  /** The tries are used up (or the answer is right): mark the correct answer too. */
  reveal: boolean;
}

export interface InputProps<Q extends Question = Question> {
  question: Q;
  value: string[];
  disabled: boolean;
  /** The id of the prompt, which names the group. */
  labelledBy: string;
  onChange: (value: string[]) => void;
  /** Present while feedback shows: each answer is marked right or wrong. */
  marks?: Marks | undefined;
}
