/**
 * Every call the tracker made to the simulated LMS, newest first, with the error code
 * each earned. Non-zero codes stand out: they are what an LMS administrator would see.
 */
import { useState } from 'preact/hooks';
import type { LmsHarness } from './lms-harness.ts';

const MAX_VALUE = 60;

export function ApiLog({ lms }: { lms: LmsHarness | undefined }) {
  const [errorsOnly, setErrorsOnly] = useState(false);
  if (!lms) return <p>No LMS, so no API calls.</p>;
  const failed = lms.calls.filter((call) => call.code !== '0');
  const shown = (errorsOnly ? failed : lms.calls).slice().reverse();
  return (
    <>
      <p>
        {lms.calls.length} calls,{' '}
        <span class={failed.length ? 'error-text' : undefined}>{failed.length} with an error code</span>.{' '}
        <label class="log-filter">
          <input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.currentTarget.checked)} /> Only
          calls with errors
        </label>
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <div class="log-scroll" tabIndex={0} role="region" aria-label="API calls, newest first">
        <table class="api-log">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Method</th>
              <th scope="col">Element</th>
              <th scope="col">Value</th>
              <th scope="col">Result</th>
              <th scope="col">Error</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((call) => (
              <tr key={call.n} class={call.code === '0' ? undefined : 'log-error'} data-method={call.method}>
                <td>{call.n}</td>
                <td>{call.method}</td>
                <td>{call.element}</td>
                <td title={call.value.length > MAX_VALUE ? call.value : undefined}>
                  {call.value.length > MAX_VALUE
                    ? `${call.value.slice(0, MAX_VALUE)}… (${call.value.length} chars)`
                    : call.value}
                </td>
                <td>{call.result}</td>
                <td>{call.code === '0' ? '0' : <strong>{call.code}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
