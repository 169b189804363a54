import { useCallback, useRef, type MutableRefObject } from 'react';
import type { Key } from 'ink';
import { keyNames, resolveAction, singleKeys, typedText, UNKNOWN_KEY_HINT, type Binding, type KeyContext } from '../keymap.js';

export interface KeyHandlers<S> {
  /** The keymap context for this state; null when this screen is not taking keys now. */
  contextOf: (s: S) => KeyContext | null;
  /** The new state for a binding, or null when it changes nothing. */
  act: (s: S, binding: Binding, names: string[]) => S | null;
  /** The new state when text is typed into the search box. */
  type: (s: S, text: string) => S;
}

/**
 * One key dispatcher for every screen (reader and library): several plain characters in one read (fast
 * typing, tmux send-keys, a paste) are typed text in the search box and one key each elsewhere; keys are
 * resolved through the keymap table; a key bound to nothing here puts `? for keys` in the footer; a footer message is cleared by the next key; keys that
 * ink-select-input handles itself are left to it. The handlers are read through a ref, so the stable
 * callback never runs a stale closure.
 */
export function useKeyDispatch<S extends { message: string | null }>(
  stateRef: MutableRefObject<S>,
  commit: (next: S) => void,
  handlers: KeyHandlers<S>,
): (input: string, key: Key) => void {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const onKey = useCallback(
    (input: string, key: Key): void => {
      const s = stateRef.current;
      const { contextOf, act, type } = handlersRef.current;
      const context = contextOf(s);
      if (context === null) return;
      const keys = context !== 'search' ? singleKeys(input, key) : null;
      if (keys) {
        for (const [k, kk] of keys) onKey(k, kk);
        return;
      }
      const names = keyNames(input, key);
      const binding = resolveAction(context, names);
      const base = s.message ? { ...s, message: null } : s;
      if (!binding) {
        if (context === 'search') {
          const text = typedText(input, key);
          if (text) commit(type(base, text));
        } else if (names.length) {
          // A key that does nothing here says where the keys are, instead of nothing.
          commit({ ...base, message: UNKNOWN_KEY_HINT });
        }
        return;
      }
      if (binding.handledBy === 'select') return;
      const next = act(base, binding, names);
      if (next) commit(next);
      else if (base !== s) commit(base);
    },
    [stateRef, commit],
  );
  return onKey;
}
