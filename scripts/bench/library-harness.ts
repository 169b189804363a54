// In-process half of scripts/bench/library.mjs (bundled by it with esbuild): loads a library through the
// warm cache, builds its search index once (by tokenising, as the TUI does; with `pack`, from the cache's
// search pack), then times each keystroke of a few typed queries as the TUI runs them (limit 50).
// Prints one JSON line: load and index times, per-keystroke times, peak RSS. One index per process, so
// the peak RSS is that of one index.
import { indexLibrary } from '../../src/library/library-index.js';
import { loadLibrary } from '../../src/library/load-library.js';
import { cacheFromEnv } from '../../src/load/cache.js';
import { createSearchIndex } from '../../src/search/index.js';
import { typeEachPrefix } from './lib/typing.js';

const [dir, mode] = process.argv.slice(2);
const TYPED = ['gas storage deadlines', 'the contractors promised', '@lukashenko weather', 'prices must come down', 'tnago budget', 'regions need more support', 'we checked every site'];
const SEARCH_LIMIT = 50;

const t0 = performance.now();
const cache = cacheFromEnv();
const library = await loadLibrary([dir], { cache });
const t1 = performance.now();
const { index, pack } = mode === 'pack' ? indexLibrary(library, cache) : { index: createSearchIndex(library.transcripts.map((l) => l.transcript)), pack: 'none' };
const t2 = performance.now();

const keystrokes = typeEachPrefix(index, TYPED, SEARCH_LIMIT);
const quotes = library.transcripts.reduce((n, l) => n + l.transcript.quotes.length, 0);
console.log(JSON.stringify({ quotes, transcripts: library.transcripts.length, loadMs: t1 - t0, indexMs: t2 - t1, pack, keystrokes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
