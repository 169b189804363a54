/**
 * The one-shot commands. Each takes its parsed arguments and returns the text for stdout and an exit
 * status (0 results, 1 none, as grep does); errors are thrown (LoadError, UsageError) and reported by
 * main.ts. No React or Ink in here: `parley search` must start fast.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadLibrary, type Library } from '../library/load-library.js';
import type { TranscriptCache } from '../load/cache.js';
import { createSearchIndex } from '../search/index.js';
import { PARTIAL_NOTE, queryCutNote } from '../search/query.js';
import { loadInputs, LoadError, type LoadedTranscript } from '../load/index.js';
import { writeOutputFile, type Output } from '../load/write.js';
import type { SearchHit, SearchIndex } from '../search/types.js';
import { positiveInteger, UsageError, type FlagSpec, type FlagValues } from './args.js';
import { outline, outlines } from './outline.js';
import { peopleJson, safeJsonChunks, sectionsJson, speakersJson, transcriptRef, type QuoteEntry } from './print-json.js';
import { quotesMarkdown } from './print-markdown.js';
import { peopleText, quotesText, sectionsText, speakersText, type QuoteLine } from './print-text.js';
import { isQuoteRef, quoteTsv } from './print-tsv.js';
import { styleFor } from './style.js';

export interface CommandResult {
  /** A string, or chunks made one at a time as they are written (a large output is never one string). */
  stdout: Output;
  status: number;
}

export interface CommandContext {
  stdin: NodeJS.ReadableStream;
  stdout: { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Where PARLEY_CACHE_STATS reports go (stderr). */
  report?: (line: string) => void;
}

export const DEFAULT_LIMIT = 20;

export const FLAGS: Record<string, Record<string, FlagSpec>> = {
  main: { cache: { type: 'boolean' } },
  search: { speaker: { type: 'string', shortFlag: 's' }, section: { type: 'string' }, limit: { type: 'number', shortFlag: 'n' }, json: { type: 'boolean' }, cache: { type: 'boolean' } },
  quotes: {
    speaker: { type: 'string', shortFlag: 's' },
    section: { type: 'string' },
    id: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    cache: { type: 'boolean' },
  },
  speakers: { json: { type: 'boolean' }, cache: { type: 'boolean' } },
  sections: { json: { type: 'boolean' }, cache: { type: 'boolean' } },
  parse: { json: { type: 'boolean' }, output: { type: 'string', shortFlag: 'o' }, force: { type: 'boolean' }, cache: { type: 'boolean' } },
};

function toLines(loaded: readonly LoadedTranscript[], hits: readonly SearchHit[], withMatches: boolean): QuoteLine[] {
  return hits.map((h) => ({
    loaded: loaded[h.doc.transcript],
    quote: h.doc.quote,
    speaker: h.doc.speaker,
    section: h.doc.section,
    paragraphIndex: h.doc.paragraphIndex,
    matches: withMatches && h.doc.in === 'quote' ? h.matches : undefined,
    narration: h.doc.in === 'narration' ? { text: h.doc.text, matches: withMatches ? h.matches : [] } : undefined,
  }));
}

function entry(loaded: readonly LoadedTranscript[], hit: SearchHit): QuoteEntry {
  return { quote: hit.doc.quote, speaker: hit.doc.speaker, section: hit.doc.section, paragraphNumber: hit.doc.paragraphIndex + 1, transcript: transcriptRef(loaded[hit.doc.transcript]) };
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Each item's printed text in turn, separated as `items.map(print).join(separator)` would be. */
function* eachPrinted<T>(items: readonly T[], print: (item: T) => string, separator = '\n'): Generator<string> {
  for (let i = 0; i < items.length; i++) yield (i ? separator : '') + print(items[i]);
}

/**
 * The inputs as one library: text files through the transcript cache (not with --no-cache), speakers
 * merged across transcripts. PARLEY_CACHE_STATS=1 reports the cache's hits, misses and writes.
 */
export async function loadForCommand(input: readonly string[], flags: FlagValues, ctx: CommandContext): Promise<Library & { cache: TranscriptCache | null }> {
  // Loaded only when there are files to cache: the bundled transcript's one-shot search must start fast.
  const cache = flags.cache === false || !input.length || input.every((f) => f === '-') ? null : (await import('../load/cache.js')).cacheFromEnv(ctx.env);
  const library = await loadLibrary(input, { stdin: ctx.stdin, cache });
  if (cache && ctx.env.PARLEY_CACHE_STATS) {
    const { hits, misses, writes } = cache.stats;
    ctx.report?.(`parley: cache: ${hits} hits, ${misses} misses, ${writes} written (${cache.dir})`);
  }
  return { ...library, cache };
}

/** The library's search index, its words from the cache's search pack when they are still valid. */
async function indexFor(library: Library & { cache: TranscriptCache | null }, ctx: CommandContext): Promise<SearchIndex> {
  if (!library.cache || library.transcripts.length < 2) return createSearchIndex(library.transcripts.map((l) => l.transcript));
  const { indexLibrary } = await import('../library/library-index.js');
  const { index, pack } = indexLibrary(library, library.cache);
  if (library.cache && ctx.env.PARLEY_CACHE_STATS) ctx.report?.(`parley: search pack: ${pack}`);
  return index;
}

export async function search(input: string[], flags: FlagValues, ctx: CommandContext): Promise<CommandResult> {
  const [query, ...files] = input;
  if (query === undefined) throw new UsageError('search needs a QUERY', 'search');
  if (!query.trim()) throw new UsageError('the QUERY is empty', 'search');
  const limit = positiveInteger(flags.limit as number | undefined, 'limit', 'search') ?? DEFAULT_LIMIT;
  const library = await loadForCommand(files, flags, ctx);
  const loaded = library.transcripts;
  const index = await indexFor(library, ctx);
  const cutNote = queryCutNote(query);
  if (cutNote) ctx.report?.(`parley: ${cutNote}`);
  const hits = index.search(query, { speaker: str(flags.speaker), section: str(flags.section), limit });
  // Closest results still count as results (status 0): something is shown, and stderr says what it is.
  const status = hits.length ? 0 : 1;
  if (hits.length && hits.every((h) => !h.complete)) ctx.report?.(`parley: ${PARTIAL_NOTE}`);
  if (flags.json) {
    return {
      stdout: safeJsonChunks(
        hits.map((h) => ({
          ...entry(loaded, h),
          score: Number(h.score.toFixed(4)),
          in: h.doc.in,
          ...(h.doc.in === 'narration' ? { paragraph: h.doc.text } : {}),
          matches: h.matches,
          complete: h.complete,
        })),
      ),
      status,
    };
  }
  const style = styleFor(ctx.stdout, ctx.env);
  return { stdout: eachPrinted(toLines(loaded, hits, true), (line) => quotesText([line], style, loaded.length > 1)), status };
}

const QUOTE_FORMATS = ['text', 'json', 'markdown', 'tsv'] as const;
type QuoteFormat = (typeof QUOTE_FORMATS)[number];

/** `--format F`, or the older `--json` / `--markdown`; only one of them. */
function quoteFormat(flags: FlagValues): QuoteFormat {
  if (flags.json && flags.markdown) throw new UsageError('--json and --markdown cannot be used together', 'quotes');
  const named: QuoteFormat | undefined = flags.json ? 'json' : flags.markdown ? 'markdown' : undefined;
  const format = str(flags.format);
  if (format === undefined) return named ?? 'text';
  if (!QUOTE_FORMATS.includes(format as QuoteFormat)) throw new UsageError(`--format must be one of ${QUOTE_FORMATS.join(', ')} (got ${format})`, 'quotes');
  if (named && named !== format) throw new UsageError(`--format ${format} and --${named} cannot be used together`, 'quotes');
  return format as QuoteFormat;
}

export async function quotes(input: string[], flags: FlagValues, ctx: CommandContext): Promise<CommandResult> {
  const format = quoteFormat(flags);
  const library = await loadForCommand(input, flags, ctx);
  const loaded = library.transcripts;
  const index = await indexFor(library, ctx);
  const speaker = str(flags.speaker);
  const section = str(flags.section);
  const id = str(flags.id);
  const inLibrary = loaded.length > 1;
  // Filters go through the search index so `--speaker` means the same here as in `parley search`.
  let hits: SearchHit[] = speaker || section ? index.search('', { speaker, section }) : index.docs.map((doc) => ({ doc, score: 1, matches: [], complete: true }));
  if (id !== undefined) {
    // The id as `--format tsv` prints it: `q12`, or `lib/talks.txt#q12` in a library (`talks.txt#q12` and
    // `q12` alone also do, matching every transcript that fits).
    hits = hits.filter((h) => isQuoteRef(toLines(loaded, [h], false)[0], id));
  }
  const status = hits.length ? 0 : 1;
  // One quote at a time: the output of a large library is far bigger than any one string may be.
  if (format === 'json') return { stdout: safeJsonChunks(hits.map((h) => entry(loaded, h))), status };
  if (format === 'markdown') return { stdout: eachPrinted(toLines(loaded, hits, false), (line) => quotesMarkdown([line])), status };
  if (format === 'tsv') return { stdout: eachPrinted(toLines(loaded, hits, false), (line) => quoteTsv(line, inLibrary), ''), status };
  const style = styleFor(ctx.stdout, ctx.env);
  return { stdout: eachPrinted(toLines(loaded, hits, false), (line) => quotesText([line], style, inLibrary)), status };
}

export async function speakers(input: string[], flags: FlagValues, ctx: CommandContext): Promise<CommandResult> {
  const library = await loadForCommand(input, flags, ctx);
  if (library.transcripts.length > 1) {
    if (flags.json) return { stdout: safeJsonChunks(peopleJson(library)), status: 0 };
    return { stdout: peopleText(library), status: 0 };
  }
  const loaded = library.transcripts;
  if (flags.json) return { stdout: safeJsonChunks(speakersJson(loaded)), status: 0 };
  return { stdout: speakersText(loaded), status: 0 };
}

export async function sections(input: string[], flags: FlagValues, ctx: CommandContext): Promise<CommandResult> {
  const { transcripts: loaded } = await loadForCommand(input, flags, ctx);
  if (flags.json) return { stdout: safeJsonChunks(sectionsJson(loaded)), status: 0 };
  return { stdout: sectionsText(loaded), status: 0 };
}

/** JSON when asked (`--json`) or when OUT's name says so (`-o out.json`); the outline otherwise. */
function wantsJson(flags: FlagValues, output: string | undefined): boolean {
  return flags.json === true || (output !== undefined && /\.json$/i.test(output));
}

const isDirectory = (file: string): boolean => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/**
 * `parse FILE…`: one FILE prints (or writes to `-o OUT`) its outline, or JSON with --json or an OUT ending in
 * `.json`. Several FILEs need `-o DIR`: each is written to DIR/NAME.json (JSON always: an outline saved among
 * transcripts would read as one), DIR made when missing; two FILEs of one NAME are refused before anything
 * is written. `-o DIR` with one FILE does the same.
 */
export async function parse(input: string[], flags: FlagValues, ctx: CommandContext): Promise<CommandResult> {
  if (!input.length) throw new UsageError('parse needs a FILE', 'parse');
  for (const file of input) {
    if (file !== '-' && isDirectory(file)) throw new LoadError(file, 'is a directory (parse takes files)');
  }
  const output = str(flags.output);
  const toDir = output !== undefined && output !== '-' && (input.length > 1 || isDirectory(output));
  if (input.length > 1 && !toDir) throw new UsageError('several FILEs need -o DIR (each is written to DIR/NAME.json)', 'parse');
  // `-o all.json` with several FILEs reads as "one file": refused rather than made a folder of that name.
  if (input.length > 1 && output && !isDirectory(output) && (existsSync(output) || /\.json$/i.test(output)))
    throw new UsageError(`-o ${output}: several FILEs need a folder (-o DIR), each written to DIR/NAME.json`, 'parse');
  if (toDir) {
    if (input.includes('-')) throw new UsageError('- (stdin) has no name to write under -o DIR; give one FILE and -o OUT', 'parse');
    const targets = input.map((file) => path.join(output, `${path.basename(file).replace(/\.(txt|md|json)$/i, '')}.json`));
    const twice = targets.find((t, i) => targets.indexOf(t) !== i);
    if (twice) throw new UsageError(`two FILEs would both be written to ${twice}`, 'parse');
    mkdirSync(output, { recursive: true });
    for (let i = 0; i < input.length; i++) {
      const [loaded] = await loadInputs([input[i]], { stdin: ctx.stdin });
      await writeOutputFile(targets[i], safeJsonChunks(loaded.transcript), { notOver: input, force: flags.force === true });
    }
    return { stdout: '', status: 0 };
  }
  const [file] = input;
  const [loaded] = await loadInputs([file], { stdin: ctx.stdin });
  const text = wantsJson(flags, output) ? safeJsonChunks(loaded.transcript) : outline(loaded.transcript);
  if (output && output !== '-') {
    await writeOutputFile(output, text, { notOver: [file], force: flags.force === true });
    return { stdout: '', status: 0 };
  }
  return { stdout: text, status: 0 };
}

/** `parley [FILE|DIR…]` without a terminal: the outline of each transcript. */
export function browseWithoutTerminal(loaded: readonly LoadedTranscript[]): CommandResult {
  return { stdout: outlines(loaded), status: 0 };
}
