import { useEffect } from 'react';
import type { IndexedCore } from '../data/selectors';
import { vocabularyOf } from '../state/url-vocabulary';
import { startStoryListener } from './story';

/** Lets the host page move this embed (story mode, src/embed/story.ts) while the embed is shown. */
export function useStoryMode(data: IndexedCore): void {
  useEffect(() => startStoryListener({ vocabulary: vocabularyOf(data.bundle) }), [data]);
}
