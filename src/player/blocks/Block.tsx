/** One content block, by type. */
import { isQuestion } from '../../course/kinds.ts';
import type { Block as BlockData } from '../../course/types.ts';
import { KnowledgeCheck } from '../questions/KnowledgeCheck.tsx';
import { CalloutBlock } from './CalloutBlock.tsx';
import { ChecklistBlock } from './ChecklistBlock.tsx';
import { ContactsBlock } from './ContactsBlock.tsx';
import { ImageBlock } from './ImageBlock.tsx';
import { LikertBlock } from './LikertBlock.tsx';
import { MediaBlock } from './MediaBlock.tsx';
import { PlanBlock } from './PlanBlock.tsx';
import { ReflectionBlock } from './ReflectionBlock.tsx';
import { RevealBlock } from './RevealBlock.tsx';
import { ScenarioView } from './ScenarioView.tsx';
import { TextBlock } from './TextBlock.tsx';

export function Block({ block }: { block: BlockData }) {
  if (isQuestion(block)) return <KnowledgeCheck question={block} />;
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
      return <ScenarioView block={block} />;
    case 'reflection':
      return <ReflectionBlock block={block} />;
    case 'checklist':
      return <ChecklistBlock block={block} />;
    case 'plan':
      return <PlanBlock block={block} />;
    case 'contacts':
      return <ContactsBlock block={block} />;
    case 'likert':
      return <LikertBlock block={block} />;
  }
}
