/**
 * XState's `setup`, down to the one thing the course machine takes from it: `createMachine`
 * with the machine's guards and actions (issue 16). XState's own `setup` also returns every
 * action creator (sendTo, raise, log, cancel, spawnChild…), so all of them stayed in
 * player.js: 0.8 kB gzipped the learner downloaded for nothing. Called exactly as XState's,
 * `setup({ types, guards, actions }).createMachine(config)`, with the same types; only
 * `createMachine` may be used from what it returns (tests/engine/machine-setup.test.ts).
 */
import { createMachine, type setup as xstateSetup } from 'xstate';

export const setup = ((implementations: Parameters<typeof createMachine>[1]) => ({
  createMachine: (config: Parameters<typeof createMachine>[0]) => createMachine(config, implementations),
})) as unknown as typeof xstateSetup;
