/**
 * Imported by run.tsx before Ink, together with restore-fetch.ts after it. Node 20's global `fetch` is a
 * lazy getter that loads undici on first touch; yoga-layout's loader touches it at start-up (to fetch its
 * wasm from a data: URL it can just as well decode in place), which costs 25-40 ms before the first frame.
 * Hiding `fetch` while yoga initialises makes it take the synchronous path; restore-fetch.ts puts the
 * original property back untouched (the getter is never called).
 */
export const savedFetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
if (savedFetch?.configurable) Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
