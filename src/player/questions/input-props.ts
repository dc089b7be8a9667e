/** What every question's input component is given. */
import type { Question } from '../../course/types.ts';

export interface InputProps<Q extends Question = Question> {
  question: Q;
  value: string[];
  disabled: boolean;
  /** The id of the prompt, which names the group. */
  labelledBy: string;
  onChange: (value: string[]) => void;
}
