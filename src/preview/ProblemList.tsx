/** A course's problems, one line each, worded exactly as `npm run validate` prints them. */
import type { ProblemLine } from './preview-types.ts';

export function ProblemList({ problems, id }: { problems: ProblemLine[]; id?: string }) {
  return (
    <ol class="problems" id={id}>
      {problems.map((problem) => (
        <li key={problem.text} data-rule={problem.rule}>
          <code>{problem.text}</code>
        </li>
      ))}
    </ol>
  );
}

/** "1 problem", "3 problems". */
export const problemCount = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;
