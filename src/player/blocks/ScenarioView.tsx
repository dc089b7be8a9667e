/**
 * A branching scenario as a conversation. Each turn shows what the learner chose ("You"),
 * the feedback on that choice, then the next line. After each choice focus moves to the
 * new turn, since the buttons just used are gone. The path lives in the engine.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ScenarioBlock, ScenarioNode } from '../../course/types.ts';
import { replayScenario, type ScenarioStep } from '../../engine/scenario.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer, useSelector } from '../use-player.ts';

export function ScenarioView({ block }: { block: ScenarioBlock }) {
  const { t, send } = usePlayer();
  const state = useSelector((s) => s.context.scenarios[block.id]);
  const { steps, current } = replayScenario(block, state);
  const log = useRef<HTMLOListElement>(null);
  const first = useRef(true);
  const path = state?.path.join() ?? '';

  // A layout effect, so focus moves with the DOM change and never later than the learner's next key.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    (log.current?.lastElementChild as HTMLElement | null)?.focus();
  }, [path]);

  return (
    <div class="block scenario">
      <h3>{block.title}</h3>
      {block.intro && <Markdown text={block.intro} />}
      <ol class="conversation" ref={log}>
        {steps.map((step, i) => (
          <li key={i} tabIndex={-1}>
            {i > 0 && <Reply step={steps[i - 1]!} />}
            <Line block={block} node={step.node} />
          </li>
        ))}
      </ol>
      {current.choices && (
        <div class="scenario-choices" role="group" aria-label={t.yourChoices}>
          {current.choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              class="button secondary choice-button"
              onClick={() => send({ type: 'scenario.choose', scenarioId: block.id, choiceId: choice.id })}
            >
              {choice.text}
            </button>
          ))}
        </div>
      )}
      {current.ending && (
        <div class="ending" data-tone={current.ending.tone}>
          <p class="tone">{t.ending[current.ending.tone]}</p>
          <h4>{current.ending.title}</h4>
          <button
            type="button"
            class="button secondary"
            onClick={() => send({ type: 'scenario.restart', scenarioId: block.id })}
          >
            {t.restartScenario}
          </button>
        </div>
      )}
    </div>
  );
}

function Line({ block, node }: { block: ScenarioBlock; node: ScenarioNode }) {
  const speaker = node.speaker && block.characters.find((c) => c.id === node.speaker);
  return (
    <div class={speaker ? 'line' : 'line narration'}>
      {speaker && <strong class="speaker">{speaker.name}</strong>}
      <Markdown text={node.text} />
    </div>
  );
}

function Reply({ step }: { step: ScenarioStep }) {
  const { t } = usePlayer();
  const choice = step.node.choices?.find((c) => c.id === step.choiceId);
  if (!choice) return null;
  return (
    <>
      <div class="line you">
        <strong class="speaker">{t.you}</strong>
        <p>{choice.text}</p>
      </div>
      {choice.feedback && (
        <div class="choice-feedback">
          <Markdown text={choice.feedback} />
        </div>
      )}
    </>
  );
}
