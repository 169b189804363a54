/**
 * A library as it loads, for the TUI: transcripts arrive one at a time from loadEach() while the view is
 * already on screen. The feed pulls them in the background (loadEach gives the event loop back every few
 * milliseconds, so keys and frames keep flowing), then merges speakers into people and builds the search
 * index. Those two steps block the event loop (about 0.15 s and 0.5 s for 2,000 files), so each waits for
 * a pause in the typing (noteActivity) and runs after a frame announcing it has been drawn.
 *
 * Views subscribe and read snapshot(); the transcript list only grows while loading, and is replaced once,
 * by the merged transcripts (same order, same quotes, `speaker.person` set).
 */
import type { LoadedTranscript } from '../load/index.js';
import type { TranscriptCache } from '../load/cache.js';
import type { Transcript } from '../model/transcript.js';
import { createSearchIndex } from '../search/index.js';
import type { SearchIndex } from '../search/types.js';
import type { LibraryPhase } from './library-rows.js';

export interface LibrarySnapshot {
  transcripts: readonly Transcript[];
  /** Files read so far and in all (from loadEach's progress). */
  done: number;
  total: number;
  phase: LibraryPhase;
  /** Why reading stopped early (a LoadError's `FILE: problem`); the files read before it are kept. */
  error: string | null;
  /** Person id → name, once speakers are merged. */
  people: ReadonlyMap<string, string> | null;
}

export interface LibraryFeedOptions {
  /** Starts loadEach (or a stand-in) with the feed's progress callback and abort signal. */
  load: (options: { onProgress: (done: number, total: number) => void; signal: AbortSignal }) => AsyncIterator<LoadedTranscript>;
  cache?: TranscriptCache | null;
  /** Replaces the search index factory (tests); by default the library's index, its words from the cache. */
  createIndex?: (transcripts: Transcript[]) => SearchIndex;
  /** Pause before each blocking step (merging, indexing), so a frame announcing it is drawn first. */
  pauseMs?: number;
  /** How long the keyboard must have been quiet before a blocking step starts (at most 5 s of waiting). */
  quietMs?: number;
}

const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class LibraryFeed {
  private loaded: LoadedTranscript[] = [];
  private iterator: AsyncIterator<LoadedTranscript>;
  private readonly controller = new AbortController();
  private readonly listeners = new Set<() => void>();
  private state: LibrarySnapshot;
  private fullIndex: SearchIndex | null = null;
  private partial: { count: number; index: SearchIndex; merged: boolean } | null = null;
  private lastActivity = -Infinity;
  private started = false;

  constructor(private readonly options: LibraryFeedOptions) {
    this.state = { transcripts: [], done: 0, total: 0, phase: 'loading', error: null, people: null };
    this.iterator = options.load({ onProgress: (done, total) => this.progress(done, total), signal: this.controller.signal });
  }

  private progress(done: number, total: number): void {
    this.state = { ...this.state, done, total };
  }

  /** Reads up to `count` transcripts now (errors propagate: nothing is on screen yet). True when no more follow. */
  async prime(count: number): Promise<boolean> {
    while (this.loaded.length < count) {
      const next = await this.iterator.next();
      if (next.done) {
        this.state = { ...this.state, phase: 'ready', transcripts: this.loaded.map((l) => l.transcript) };
        return true;
      }
      this.loaded.push(next.value);
    }
    this.state = { ...this.state, transcripts: this.loaded.map((l) => l.transcript) };
    return false;
  }

  get files(): readonly LoadedTranscript[] {
    return this.loaded;
  }

  snapshot(): LibrarySnapshot {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(next: Partial<LibrarySnapshot>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }

  /** Reads the rest in the background, then merges and indexes. Resolves when the library is ready. */
  start(): Promise<void> {
    if (this.started) return Promise.resolve();
    this.started = true;
    return this.run();
  }

  private async run(): Promise<void> {
    const pause = this.options.pauseMs ?? 30;
    if (this.state.phase === 'loading') {
      try {
        for (;;) {
          const next = await this.iterator.next();
          if (next.done) break;
          this.loaded.push(next.value);
          this.set({ transcripts: [...this.state.transcripts, next.value.transcript] });
        }
      } catch (error) {
        if (this.controller.signal.aborted) return;
        // A bad file stops the reading (as it stops the CLI); what was read stays browsable and searchable.
        this.set({ error: error instanceof Error ? error.message : String(error) });
      }
      if (this.controller.signal.aborted) return;
      if (this.loaded.length > 1) {
        this.set({ phase: 'merging' });
        await this.quiet(pause);
        if (this.controller.signal.aborted) return;
        const { libraryOf } = await import('../library/load-library.js');
        const library = await libraryOf(this.loaded);
        this.loaded = library.transcripts;
        this.set({ transcripts: this.loaded.map((l) => l.transcript), people: new Map(library.people.map((p) => [p.id, p.name])) });
      }
    }
    this.set({ phase: 'indexing' });
    await this.quiet(pause);
    if (this.controller.signal.aborted) return;
    this.fullIndex = await this.buildIndex();
    this.partial = null;
    this.set({ phase: 'ready' });
  }

  /** A key was pressed: blocking steps wait until the typing pauses. */
  noteActivity(): void {
    this.lastActivity = performance.now();
  }

  private async quiet(pause: number): Promise<void> {
    const quietMs = this.options.quietMs ?? 300;
    const deadline = performance.now() + 5000;
    await after(pause);
    for (let idle = performance.now() - this.lastActivity; idle < quietMs && performance.now() < deadline; idle = performance.now() - this.lastActivity) {
      await after(quietMs - idle);
    }
  }

  private async buildIndex(): Promise<SearchIndex> {
    // The search box may already have indexed the whole merged library; do not build it twice.
    if (this.partial?.merged && this.partial.count === this.loaded.length) return this.partial.index;
    if (this.options.createIndex) return this.options.createIndex(this.loaded.map((l) => l.transcript));
    const { indexLibrary } = await import('../library/library-index.js');
    return indexLibrary({ transcripts: this.loaded, people: [] }, this.options.cache ?? null).index;
  }

  /**
   * The index to search now: the whole library's once ready; while loading, one over what is loaded,
   * built when asked (`refresh`: rebuilt if more has arrived since) and kept until then.
   */
  index(refresh: boolean): SearchIndex {
    if (this.fullIndex) return this.fullIndex;
    const count = this.state.transcripts.length;
    if (!this.partial || (refresh && this.partial.count !== count)) {
      const transcripts = this.state.transcripts.slice();
      // Synchronous on purpose: the search box needs results now; this only happens while loading.
      this.partial = { count, index: (this.options.createIndex ?? createSearchIndex)(transcripts), merged: this.state.people !== null || this.loaded.length < 2 };
    }
    return this.partial.index;
  }

  /** Transcripts the current index covers. */
  indexedCount(): number {
    return this.fullIndex ? this.state.transcripts.length : (this.partial?.count ?? 0);
  }

  get ready(): boolean {
    return this.fullIndex !== null;
  }

  /** Stops reading (on quit). */
  stop(): void {
    this.controller.abort();
    void this.iterator.return?.(undefined);
  }
}
