/**
 * One content block, by type. The blocks a learner answers or writes in come from
 * activities.js, which the page's screen waits for when the page has one (Screen.tsx).
 */
import { isQuestion } from '../../course/kinds.ts';
import type { Block as BlockData } from '../../course/types.ts';
import { registeredPart } from '../load-part.ts';
import type { ActivitiesPart } from '../parts/part-types.ts';
import { CalloutBlock } from './CalloutBlock.tsx';
import { ContactsBlock } from './ContactsBlock.tsx';
import { ImageBlock } from './ImageBlock.tsx';
import { MediaBlock } from './MediaBlock.tsx';
import { RevealBlock } from './RevealBlock.tsx';
import { TextBlock } from './TextBlock.tsx';

export function Block({ block }: { block: BlockData }) {
  const activities = registeredPart<ActivitiesPart>('activities');
  if (isQuestion(block)) return activities && <activities.KnowledgeCheck question={block} />;
  switch (block.type) {
    case 'text':
      return <TextBlock block={block} />;
    case 'image':
      return <ImageBlock block={block} />;
    case 'audio':
    case 'video':
      return <MediaBlock block={block} />;
    case 'callout':
      return <CalloutBlock block={block} />;
    case 'reveal':
      return <RevealBlock block={block} />;
    case 'scenario':
      return activities && <activities.ScenarioView block={block} />;
    case 'reflection':
      return activities && <activities.ReflectionBlock block={block} />;
    case 'checklist':
      return activities && <activities.ChecklistBlock block={block} />;
    case 'plan':
      return activities && <activities.PlanBlock block={block} />;
    case 'contacts':
      return <ContactsBlock block={block} />;
    case 'likert':
      return activities && <activities.LikertBlock block={block} />;
  }
}
