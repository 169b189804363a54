import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';

/**
 * A screen's state as one object, updated synchronously through a ref, so several keys arriving in one
 * read (a paste, tmux send-keys) each see the state the previous one left. A footer message (`message`)
 * clears itself after `messageTimeout` ms unless another has replaced it.
 */
export function useCommittedState<S extends { message: string | null }>(
  initial: () => S,
  messageTimeout: number,
): { state: S; stateRef: MutableRefObject<S>; commit: (next: S) => void } {
  const [state, setState] = useState<S>(initial);
  const stateRef = useRef(state);
  const messageTimer = useRef<NodeJS.Timeout | undefined>(undefined);
  useEffect(() => () => clearTimeout(messageTimer.current), []);
  const commit = useCallback(
    (next: S) => {
      stateRef.current = next;
      setState(next);
      clearTimeout(messageTimer.current);
      if (next.message) {
        messageTimer.current = setTimeout(() => {
          if (stateRef.current.message === next.message) commit({ ...stateRef.current, message: null });
        }, messageTimeout);
        messageTimer.current.unref?.();
      }
    },
    [messageTimeout],
  );
  return { state, stateRef, commit };
}
