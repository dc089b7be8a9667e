/** The correct answer to each question, beside the player, for reviewing a course quickly. */
import { textDirection } from '../course/language.ts';
import type { Course } from '../course/types.ts';
import { answerKey } from './answer-key.ts';

export function AnswerKey({ course }: { course: Course }) {
  const entries = answerKey(course);
  if (!entries.length) return <p>This course has no questions.</p>;
  return (
    <details class="answer-key">
      <summary>Show the correct answers ({entries.length} questions)</summary>
      <ol lang={course.language} dir={textDirection(course.language, course.direction)}>
        {entries.map((entry) => (
          <li key={entry.questionId} data-question={entry.questionId}>
            <p class="answer-where">
              {entry.where} · <code>{entry.questionId}</code>
            </p>
            <p>{entry.prompt}</p>
            {entry.ordered ? <ol>{lines(entry.answer)}</ol> : <ul>{lines(entry.answer)}</ul>}
          </li>
        ))}
      </ol>
    </details>
  );
}

const lines = (answer: string[]) => answer.map((line) => <li key={line}>{line}</li>);
