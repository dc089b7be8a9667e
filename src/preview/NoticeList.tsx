/** What the tracker told the learner (saving failed, recovered, browser only…), with the detail the learner does not see. */
import type { NoticeEntry } from './preview-session.ts';

export function NoticeList({ notices }: { notices: NoticeEntry[] }) {
  if (!notices.length) return <p>None in this session.</p>;
  return (
    <ul class="notice-list">
      {notices.map((notice) => (
        <li
          key={notice.n}
          class={notice.kind === 'save-failed' || notice.kind === 'lms-unavailable' ? 'error-text' : undefined}
        >
          <strong>{notice.kind}</strong>: {notice.detail}
        </li>
      ))}
    </ul>
  );
}
