/** Which LMS the course runs in: SCORM 1.2, SCORM 2004 (both simulated by scorm-again), or none. */
import type { TrackingMode } from '../scorm/scorm-version.ts';

const CHOICES: Array<{ value: TrackingMode; label: string; hint: string }> = [
  { value: 'scorm12', label: 'SCORM 1.2', hint: 'suspend_data up to 4096 characters' },
  { value: 'scorm2004', label: 'SCORM 2004', hint: '4th edition, suspend_data up to 64000' },
  { value: 'standalone', label: 'No LMS', hint: 'opened from disk; progress stays in the browser' },
];

export function StandardPicker({
  value,
  onChange,
}: {
  value: TrackingMode;
  onChange: (standard: TrackingMode) => void;
}) {
  return (
    <fieldset class="standard-picker">
      <legend>LMS</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name="lms-standard"
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label} <span class="hint">({choice.hint})</span>
        </label>
      ))}
    </fieldset>
  );
}
