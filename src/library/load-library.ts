/**
 * A library: every transcript of the inputs (a folder is one library), with speakers merged into people
 * across transcripts, so `@lukashenko` and `--speaker` find the same person under every spelling.
 *
 * The CLI loads it whole with loadLibrary(). A UI that must draw before a large folder is read uses the
 * two halves instead:
 *
 *   const loaded = [];
 *   for await (const t of loadEach(inputs, { cache, onProgress: (done, total) => …, signal })) loaded.push(t);
 *   const library = await libraryOf(loaded);   // people merged, speaker.person set
 *
 * One transcript (the bundled one, one file) is returned as it is: there is nobody to merge, and the
 * merging code is not even loaded.
 */
import { loadEach, type LoadedTranscript, type LoadOptions } from '../load/index.js';
import { otherNames } from '../model/display-name.js';
import type { LibraryPerson } from './merge-speakers.js';

export type { LibraryPerson } from './merge-speakers.js';

export interface Library {
  transcripts: LoadedTranscript[];
  /** People across the transcripts; with one transcript, one person per speaker. */
  people: LibraryPerson[];
}

function onePerSpeaker(loaded: readonly LoadedTranscript[]): LibraryPerson[] {
  return loaded.flatMap((l, ti) =>
    l.transcript.speakers.map((s) => ({ id: s.person ?? s.id, name: s.name, aliases: s.aliases, otherNames: otherNames(s.name, s.aliases), appearances: [{ transcript: ti, speaker: s.id }] })),
  );
}

/** Loaded transcripts → a library: with more than one, speakers merged and `speaker.person` set. */
export async function libraryOf(loaded: readonly LoadedTranscript[]): Promise<Library> {
  if (loaded.length < 2) return { transcripts: [...loaded], people: onePerSpeaker(loaded) };
  const { mergeSpeakers, withPeople } = await import('./merge-speakers.js');
  const transcripts = loaded.map((l) => l.transcript);
  const people = mergeSpeakers(transcripts);
  const merged = withPeople(transcripts, people);
  return { transcripts: loaded.map((l, i) => ({ ...l, transcript: merged[i] })), people };
}

/** FILE|DIR|- arguments → the library (see loadEach for the options). */
export async function loadLibrary(inputs: readonly string[], options: LoadOptions = {}): Promise<Library> {
  const loaded: LoadedTranscript[] = [];
  for await (const l of loadEach(inputs, options)) loaded.push(l);
  return libraryOf(loaded);
}
