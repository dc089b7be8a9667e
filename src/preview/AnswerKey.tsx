/** The correct answer to each question, beside the player, for reviewing a course quickly. */
import type { Course } from '../course/types.ts';
import { answerKey } from './answer-key.ts';

export function AnswerKey({ course }: { course: Course }) {
  const entries = answerKey(course);
  if (!entries.length) return <p>This course has no questions.</p>;
  return (
    <details class="answer-key">
      <summary>Show the correct answers ({entries.length} questions)</summary>
      <ol>
        {entries.map((entry) => (
          <li key={entry.questionId} data-question={entry.questionId}>
            <p class="answer-where">
              {entry.where} · <code>{entry.questionId}</code>
            </p>
            <p>{entry.prompt}</p>
            <ul>
              {entry.answer.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
