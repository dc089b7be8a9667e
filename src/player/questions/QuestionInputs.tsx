/** The input for each question type. All native controls: radios, checkboxes, selects and buttons. */
import type { Question } from '../../course/types.ts';
import { ChoiceInputs } from './ChoiceInputs.tsx';
import { MatchingInputs } from './MatchingInputs.tsx';
import { OrderingInputs } from './OrderingInputs.tsx';

export interface InputProps<Q extends Question = Question> {
  question: Q;
  value: string[];
  disabled: boolean;
  /** The id of the prompt, which names the group. */
  labelledBy: string;
  onChange: (value: string[]) => void;
}

export function QuestionInputs(props: InputProps) {
  const { question } = props;
  if (question.type === 'matching') return <MatchingInputs {...props} question={question} />;
  if (question.type === 'ordering') return <OrderingInputs {...props} question={question} />;
  return <ChoiceInputs {...props} question={question} />;
}
