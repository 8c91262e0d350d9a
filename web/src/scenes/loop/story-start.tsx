// Starting a behavioral round from a story of the story bank: the API fills the round's draft with the
// story's STAR fields told as one answer, and the round remembers which story it was.
import { loopsApi } from '../../api/client.js';
import { StoryPicker } from '../../components/story-picker.js';

export function StoryStart({
  loopId,
  position,
  hasAnswer,
  storyId,
  onStarted,
}: {
  loopId: string;
  position: number;
  hasAnswer: boolean;
  storyId: string | null;
  onStarted: (answer: string, storyId: string) => void;
}) {
  return (
    <StoryPicker
      hasAnswer={hasAnswer}
      storyId={storyId}
      onUse={async (story) => {
        const draft = await loopsApi.saveDraft(loopId, position, { storyId: story });
        onStarted(draft.answer, story);
      }}
    />
  );
}
