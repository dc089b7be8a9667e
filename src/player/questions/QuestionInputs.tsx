/** The input for each question type. All native controls: radios, checkboxes, selects and buttons. */
import { ChoiceInputs } from './ChoiceInputs.tsx';
import type { InputProps } from './input-props.ts';
import { MatchingInputs } from './MatchingInputs.tsx';
import { OrderingInputs } from './OrderingInputs.tsx';

export function QuestionInputs(props: InputProps) {
  const { question } = props;
  if (question.type === 'matching') return <MatchingInputs {...props} question={question} />;
  if (question.type === 'ordering') return <OrderingInputs {...props} question={question} />;
  return <ChoiceInputs {...props} question={question} />;
}
