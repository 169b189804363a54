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
      if (feed.snapshot().phase !== shown.phase || feed.snapshot().transcripts.length === shown.transcripts.length && feed.snapshot().transcripts !== shown.transcripts) {
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
