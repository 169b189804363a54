/**
 * JSON output. Strings are kept exactly (so offsets such as `matches` and `start`/`end` stay true and the
 * output of `parse --json` is a valid transcript), but nothing a terminal would act on is ever written
 * raw: JSON.stringify escapes C0 controls (ESC becomes \u001b), and this escapes DEL, the C1 controls
 * (U+0080–U+009F, including the 8-bit CSI U+009B), bidirectional overrides and line/paragraph separators.
 */
import type { Quote, Section, Speaker, Transcript } from '../model/transcript.js';
import type { Library } from '../library/load-library.js';
import type { LoadedTranscript } from '../load/index.js';

const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface TranscriptRef {
  title: string;
  date: string | null;
  file: string;
}

export function transcriptRef(loaded: LoadedTranscript): TranscriptRef {
  return { title: loaded.transcript.title, date: loaded.transcript.date, file: loaded.file };
}

export interface QuoteEntry {
  quote: Quote;
  speaker: Speaker | null;
  section: Section | null;
  /** The quote's paragraph, counted from 1 as everywhere parley shows it (text output, the TUI's `#`). */
  paragraphNumber: number;
  transcript: TranscriptRef;
}

export function speakersJson(loaded: readonly LoadedTranscript[]): unknown[] {
  return loaded.flatMap((l) => speakerCounts(l.transcript).map(({ speaker, quotes, kinds }) => ({ ...speaker, quotes, kinds, transcript: transcriptRef(l) })));
}

export function sectionsJson(loaded: readonly LoadedTranscript[]): unknown[] {
  return loaded.flatMap((l) => sectionCounts(l.transcript).map(({ section, quotes }) => ({ ...section, quotes, transcript: transcriptRef(l) })));
}

/** Quote kinds counted, as printed: direct, indirect, turn. */
const noKinds = (): Record<string, number> => ({ direct: 0, indirect: 0, turn: 0 });

/** Each speaker's quotes counted by kind, in one pass over the quotes (not one per speaker). */
function kindsBySpeaker(t: Transcript): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const q of t.quotes) {
    if (q.speaker === null) continue;
    let kinds = out.get(q.speaker);
    if (!kinds) out.set(q.speaker, (kinds = noKinds()));
    kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  }
  return out;
}

export function speakerCounts(t: Transcript): { speaker: Speaker; quotes: number; kinds: Record<string, number> }[] {
  const bySpeaker = kindsBySpeaker(t);
  return t.speakers.map((speaker) => {
    const kinds = { ...(bySpeaker.get(speaker.id) ?? noKinds()) };
    return { speaker, quotes: Object.values(kinds).reduce((a, b) => a + b, 0), kinds };
  });
}

/**
 * The quotes of each section (by their paragraph's `section`), grouped in one pass: printing a section's
 * quotes must not scan every quote again for each section (a long article has thousands of both).
 */
export function quotesBySection(t: Transcript): Map<string, Quote[]> {
  const sectionOfParagraph = new Map(t.paragraphs.map((p) => [p.id, p.section]));
  const out = new Map<string, Quote[]>();
  for (const q of t.quotes) {
    const section = sectionOfParagraph.get(q.paragraph);
    if (section === undefined) continue;
    const list = out.get(section);
    if (list) list.push(q);
    else out.set(section, [q]);
  }
  return out;
}

export function sectionCounts(t: Transcript): { section: Section; quotes: number }[] {
  const bySection = quotesBySection(t);
  return t.sections.map((section) => ({ section, quotes: bySection.get(section.id)?.length ?? 0 }));
}

export interface PersonCount {
  person: string;
  name: string;
  /** Every form seen (typos and raw labels included): what search matches. */
  aliases: string[];
  /** The clean, distinct other names: what listings show. */
  otherNames: string[];
  /** A generic speaker (`Reporter`) of one transcript. */
  unnamed?: true;
  roles: string[];
  quotes: number;
  kinds: Record<string, number>;
  /** Transcripts the person speaks in. */
  transcripts: number;
}

/** The people of a library with their quotes counted across transcripts, most quotes first. */
export function personCounts(library: Library): PersonCount[] {
  // Per transcript, once: each speaker's kinds and role (not a scan of every quote per appearance).
  const perTranscript = library.transcripts.map(({ transcript: t }) => ({ kinds: kindsBySpeaker(t), roles: new Map(t.speakers.map((s) => [s.id, s.role])) }));
  const counts = library.people.map((p): PersonCount => {
    const kinds = noKinds();
    const roles = new Set<string>();
    const inTranscripts = new Set<number>();
    for (const a of p.appearances) {
      const { kinds: bySpeaker, roles: roleOf } = perTranscript[a.transcript];
      const role = roleOf.get(a.speaker);
      if (role) roles.add(role);
      inTranscripts.add(a.transcript);
      for (const [kind, n] of Object.entries(bySpeaker.get(a.speaker) ?? {})) kinds[kind] = (kinds[kind] ?? 0) + n;
    }
    return { person: p.id, name: p.name, aliases: p.aliases, otherNames: p.otherNames, ...(p.unnamed ? { unnamed: true as const } : {}), roles: [...roles], quotes: kinds.direct + kinds.indirect + kinds.turn, kinds, transcripts: inTranscripts.size };
  });
  return counts.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

/** `parley speakers DIR --json`: one entry per person, with where they speak. */
export function peopleJson(library: Library): unknown[] {
  const byId = new Map(library.people.map((p) => [p.id, p]));
  return personCounts(library).map((c) => ({
    ...c,
    speakers: byId.get(c.person)!.appearances.map((a) => ({ id: a.speaker, transcript: transcriptRef(library.transcripts[a.transcript]) })),
  }));
}

/**
 * safeJson(value) + '\n' as a sequence of chunks: objects and arrays down to `depth` levels are written member
 * by member, deeper values with safeJson, so a huge array of quotes is never one string (V8 refuses strings
 * over about 512 M characters: `Invalid string length`). Joined, the chunks are exactly safeJson(value) + '\n'.
 */
export function* safeJsonChunks(value: unknown, depth = 2): Generator<string> {
  yield* jsonChunks(value, '', depth);
  yield '\n';
}

function* jsonChunks(value: unknown, indent: string, depth: number): Generator<string> {
  const json = value as { toJSON?: unknown } | null;
  if (depth <= 0 || json === null || typeof json !== 'object' || typeof json.toJSON === 'function') {
    // JSON strings hold no raw line breaks, so indenting every line of the value is safe.
    yield safeJson(value).replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (!json.length) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < json.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      const item = json[i];
      yield* jsonChunks(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner, depth - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(json)) {
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${safeJson(key)}: `;
    first = false;
    yield* jsonChunks(member, inner, depth - 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}
