/** What the LMS holds right now, and how full suspend_data is against the standard's limit. */
import { cmiView } from './cmi-view.ts';
import type { LmsHarness } from './lms-harness.ts';

export function CmiTable({ lms, recordLength }: { lms: LmsHarness | undefined; recordLength: number }) {
  if (!lms) {
    return (
      <>
        <p>No LMS: the course keeps its progress in this browser only (here, the preview's memory).</p>
        <SizeBar label="Progress record" length={recordLength} limit={64000} />
      </>
    );
  }
  const view = cmiView(lms.version, lms.current());
  return (
    <>
      <table class="cmi-table">
        <caption>SCORM {lms.version} values, committed or not</caption>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.element} data-element={row.element}>
              <th scope="row" title={row.element}>
                {row.label}
              </th>
              <td>{row.value || <span class="empty">(empty)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SizeBar label="suspend_data" length={view.suspendData.length} limit={view.suspendData.limit} />
    </>
  );
}

function SizeBar({ label, length, limit }: { label: string; length: number; limit: number }) {
  const share = Math.min(1, length / limit);
  return (
    <div class={share > 0.9 ? 'size-bar size-bar-full' : 'size-bar'}>
      <label for="suspend-size">
        {label}: <span data-testid="suspend-length">{length}</span> of {limit} characters (
        {Math.round(share * 1000) / 10}%)
      </label>
      <meter id="suspend-size" min={0} max={limit} high={limit * 0.9} optimum={0} value={length} />
    </div>
  );
}
