/** Runs `work` counting the Intl number formatters made meanwhile: each makes the browser load a locale's data. */
export function countingFormatters(work: () => void): number {
  const Real = Intl.NumberFormat;
  let made = 0;
  class Counted extends Real {
    constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      super(...args);
      made++;
    }
  }
  Intl.NumberFormat = Counted as typeof Intl.NumberFormat;
  try {
    work();
  } finally {
    Intl.NumberFormat = Real;
  }
  return made;
}
