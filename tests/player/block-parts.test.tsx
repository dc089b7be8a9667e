// @vitest-environment jsdom
/**
 * Issue 16: which part draws a block is said in two places. `isActivity` (course/kinds.ts)
 * decides whether a page waits for activities.js; Block.tsx decides what it draws from it.
 * A block type added to one and not the other would be drawn before its part arrived (and
 * show nothing) or waited for in vain. This test holds them together for every block type.
 */
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_TYPES } from '../../src/course/blocks-schema.ts';
import { isActivity } from '../../src/course/kinds.ts';
import { packageKey } from '../../src/course/package-key.ts';
import type { Block as BlockData } from '../../src/course/types.ts';
import { indexCourse } from '../../src/engine/course-index.ts';
import { Block } from '../../src/player/blocks/Block.tsx';
import { createDeviceStore } from '../../src/player/device-store.ts';
import { createFormats } from '../../src/player/format.ts';
import type { PlayerInput } from '../../src/player/player-input.ts';
import { type Player, PlayerContext } from '../../src/player/use-player.ts';
import { drive, freeSample, makeSession } from './helpers.tsx';

const parts = () => (globalThis as { PssParts?: Record<string, unknown> }).PssParts!;
// Registered by helpers.tsx, as the author preview does; a test that takes it away puts it back.
const registered = parts().activities;
afterEach(() => {
  parts().activities = registered;
});

/** Every block of the free sample, which has every block type, with a session standing on its page. */
function sampleBlocks(): { block: BlockData; input: PlayerInput }[] {
  const { course } = freeSample();
  return indexCourse(course).pages.flatMap(({ page }) => {
    const input = makeSession(course);
    drive(input, { type: 'course.start' }, { type: 'nav.goto', pageId: page.id });
    return page.blocks.map((block) => ({ block, input }));
  });
}

/** What Block draws for `block` alone, in the player's context as App gives it. */
function drawn(block: BlockData, input: PlayerInput): string {
  const player: Player = {
    input,
    t: input.ui,
    fmt: createFormats(input.course.language),
    store: createDeviceStore(packageKey(input.organisation.id, input.course), input.learnerKey),
    send: (event) => input.actor.send(event),
  };
  const { container, unmount } = render(
    <PlayerContext.Provider value={player}>
      <Block block={block} />
    </PlayerContext.Provider>,
  );
  const html = container.innerHTML;
  unmount();
  return html;
}

describe('the part each block type is drawn from', () => {
  const samples = sampleBlocks();

  it('has a sample of every block type', () => {
    expect(new Set(samples.map(({ block }) => block.type))).toEqual(new Set(BLOCK_TYPES));
  });

  it('draws every block once its part is there', () => {
    const empty = samples.filter(({ block, input }) => drawn(block, input) === '').map(({ block }) => block.type);
    expect(empty).toEqual([]);
  });

  it('draws from activities.js exactly the block types a page waits for it for', () => {
    delete parts().activities;
    const mismatched = samples
      .filter(({ block, input }) => (drawn(block, input) === '') !== isActivity(block))
      .map(({ block }) => `${block.type} (${isActivity(block) ? 'waited for' : 'not waited for'})`);
    expect(mismatched).toEqual([]);
  });
});
