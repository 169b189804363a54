import { useEffect, useState } from 'react';
import type { LibraryFeed, LibrarySnapshot } from '../library-feed.js';

/**
 * The feed's latest snapshot, redrawn at most every `intervalMs` while transcripts pour in (a cold folder
 * delivers one every half millisecond; the screen only needs to move a few times a second). A change of
 * phase is drawn at once.
 */
export function useLibrary(feed: LibraryFeed, intervalMs = 100): LibrarySnapshot {
  const [snapshot, setSnapshot] = useState(() => feed.snapshot());
  useEffect(() => {
    let timer: NodeJS.Timeout | undefined;
    let shown = feed.snapshot();
    const flush = () => {
      timer = undefined;
      shown = feed.snapshot();
      setSnapshot(shown);
    };
    const onChange = () => {
      const now = feed.snapshot();
      // A new phase, or the merged transcripts replacing the list (same length, new objects): draw at once.
      const replaced = now.transcripts !== shown.transcripts && now.transcripts.length === shown.transcripts.length;
      if (now.phase !== shown.phase || replaced) {
        clearTimeout(timer);
        flush();
      } else timer ??= setTimeout(flush, intervalMs);
    };
    const unsubscribe = feed.subscribe(onChange);
    flush();
    void feed.start();
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [feed, intervalMs]);
  return snapshot;
}
