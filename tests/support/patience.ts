/**
 * How long a step that must happen may take before a test calls it a failure. It bounds
 * a wait for a state (a screen, a focus, a value), never a pause: every wait returns as
 * soon as the state shows. Long, because the suite runs beside other work on two cores
 * (load average 15 has been seen), where a render that takes 20 ms alone can take seconds.
 */
export const PATIENCE = 30_000;

/** `expect.poll` and `vi.waitFor` options with that bound. */
export const UNTIL = { timeout: PATIENCE, interval: 50 } as const;
