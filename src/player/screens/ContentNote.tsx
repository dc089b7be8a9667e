/** The course's content note: on the intro screen and again at the top of sensitive pages. */
import { Markdown } from '../Markdown.tsx';
import { usePlayer } from '../use-player.ts';

export function ContentNote() {
  const { input, t } = usePlayer();
  const note = input.course.contentNote;
  if (!note) return null;
  return (
    <div class="content-note" role="note" aria-labelledby="content-note-title">
      <h3 id="content-note-title">{note.title ?? t.contentNote}</h3>
      <Markdown text={note.body} />
    </div>
  );
}
