import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assign, createActor, setup as xstateSetup } from 'xstate';
import { setup } from '../../src/engine/machine-setup.ts';

const implementations = {
  guards: { open: ({ context }: { context: { n: number } }) => context.n < 2 },
  actions: { count: assign({ n: ({ context }: { context: { n: number } }) => context.n + 1 }) },
};
const config = {
  context: { n: 0 },
  initial: 'a',
  states: { a: { on: { go: { guard: 'open', actions: 'count', target: 'a', reenter: true } } } },
} as const;

describe("the engine's setup", () => {
  it('builds the same machine as XState’s own setup', () => {
    const ours = setup(implementations as never).createMachine(config as never);
    const theirs = xstateSetup(implementations as never).createMachine(config as never);
    expect(JSON.stringify(ours.definition)).toBe(JSON.stringify(theirs.definition));
    const run = (machine: typeof ours) => {
      const actor = createActor(machine).start();
      for (let i = 0; i < 3; i++) actor.send({ type: 'go' } as never);
      return actor.getSnapshot().context;
    };
    expect(run(ours)).toEqual(run(theirs as never));
    expect(run(ours)).toEqual({ n: 2 });
  });

  it('hands back createMachine only, and the engine takes nothing else from it', () => {
    expect(Object.keys(setup({}))).toEqual(['createMachine']);
    const dir = join(import.meta.dirname, '../../src/engine');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'machine-setup.ts')) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const use of text.matchAll(/\bsetup\([\s\S]*?\}\)\.(\w+)/g)) expect(use[1], file).toBe('createMachine');
      expect(text, file).not.toMatch(/import \{[^}]*\bsetup\b[^}]*\} from 'xstate'/);
    }
  });
});
