/** Undoes hide-fetch-from-yoga.ts once Ink (and yoga) have loaded. */
import { savedFetch } from './hide-fetch-from-yoga.js';

if (savedFetch?.configurable) Object.defineProperty(globalThis, 'fetch', savedFetch);
