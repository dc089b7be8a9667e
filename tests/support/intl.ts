/**
 * Counts the Intl objects a page makes: the first of each kind loads a locale's data, 60 to
 * 250 ms on a slow phone (issue 16). Number formatters, language names and lists, and dates.
 */
const KINDS = ['NumberFormat', 'DisplayNames', 'ListFormat', 'DateTimeFormat'] as const;

/** Starts counting; `stop` puts the real constructors back and says how many were made. */
export function watchIntl(): { stop: () => number } {
  let made = 0;
  const real = KINDS.map((kind) => [kind, Intl[kind]] as const);
  for (const [kind, Real] of real) {
    // A subclass, so `instanceof` and every method behave as the real one's.
    const Counted = class extends (Real as new (...args: unknown[]) => object) {
      constructor(...args: unknown[]) {
        super(...args);
        made++;
      }
    };
    Object.assign(Intl, { [kind]: Counted });
  }
  return {
    stop: () => {
      for (const [kind, Real] of real) Object.assign(Intl, { [kind]: Real });
      return made;
    },
  };
}

/** Runs `work` counting the Intl objects made meanwhile. */
export function countingFormatters(work: () => void): number {
  const watch = watchIntl();
  let made = 0;
  try {
    work();
  } finally {
    made = watch.stop();
  }
  return made;
}
