/**
 * The people of a library: speakers of different transcripts who are the same person ("Aleksandr
 * Lukashenko", "Alexander Lukashenko", "A. Lukashenko") get one `person` id, so "every quote of
 * Lukashenko this year" is one filter. Names are compared as the parser compares them within a text
 * (surname with typo tolerance, given names by spelling skeleton or initial); unnamed speakers (`Reporter`)
 * never merge across transcripts. Typos and raw labels stay aliases (search finds them) but are not shown
 * as other names. Pure.
 */
import { displayName, isCleanName, otherNames } from '../model/display-name.js';
import { slugify } from '../model/slug.js';
import type { Speaker, Transcript } from '../model/transcript.js';
import { SpeakerRegistry, type Person } from '../parse/speaker-registry.js';

export interface LibraryPerson {
  /** Library-wide id (a slug of the name, made unique). */
  id: string;
  /** The most frequent clean full form of the name. */
  name: string;
  /** Every other name and alias seen across the library, typos and raw labels included: what search matches. */
  aliases: string[];
  /** The aliases to show: clean and distinct (display-name.ts). */
  otherNames: string[];
  /** A generic speaker (`Reporter`) of one transcript: never merged with another transcript's. */
  unnamed?: true;
  /** Where the person speaks: transcript index and that transcript's speaker id. */
  appearances: { transcript: number; speaker: string }[];
}

/**
 * The name to show: a clean one (no digits or brackets) when there is one, spelled out (not `A. Lukashenko`)
 * when some transcript spells it out, then the most used.
 */
function bestName(names: Map<string, number>): string | undefined {
  const initials = (name: string) => (/(^|\s)\p{L}\.(\s|$)/u.test(name) ? 1 : 0);
  const unclean = (name: string) => (isCleanName(name) ? 0 : 1);
  let best: string | undefined;
  for (const [name, count] of names) {
    if (best === undefined) best = name;
    else {
      const order = unclean(name) - unclean(best) || initials(name) - initials(best) || names.get(best)! - count || best.length - name.length;
      if (order < 0) best = name;
    }
  }
  return best;
}

/** Merges the speakers of all transcripts into people. */
export function mergeSpeakers(transcripts: readonly Transcript[]): LibraryPerson[] {
  const registry = new SpeakerRegistry();
  const unnamed = new Map<string, LibraryPerson>();
  const byPerson = new Map<Person, { appearances: LibraryPerson['appearances']; aliases: Set<string>; names: Map<string, number> }>();
  const order: (Person | LibraryPerson)[] = [];
  transcripts.forEach((t, ti) => {
    for (const s of t.speakers) {
      if (s.unnamed || s.name.split(/\s+/).length < 2) {
        // Generic speakers, and one-word names ("Host", "Mr Speaker"-like) that are too weak to merge on: one
        // person per transcript (the reporters of two press conferences are not one person).
        const key = `${ti}:${s.id}`;
        let p = unnamed.get(key);
        if (!p) {
          p = { id: '', name: s.name, aliases: [], otherNames: [], appearances: [], ...(s.unnamed ? { unnamed: true as const } : {}) };
          unnamed.set(key, p);
          order.push(p);
        }
        p.appearances.push({ transcript: ti, speaker: s.id });
        continue;
      }
      const person = registry.addName(s.name.split(/\s+/));
      let entry = byPerson.get(person);
      if (!entry) {
        entry = { appearances: [], aliases: new Set(), names: new Map() };
        byPerson.set(person, entry);
        order.push(person);
      }
      entry.appearances.push({ transcript: ti, speaker: s.id });
      for (const a of [s.name, ...s.aliases]) entry.aliases.add(a);
      entry.names.set(s.name, (entry.names.get(s.name) ?? 0) + 1);
    }
  });
  const used = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  return order.map((item) => {
    if ('appearances' in item) {
      item.id = unique(slugify(item.name, 'person'));
      return item;
    }
    const entry = byPerson.get(item)!;
    const name = bestName(entry.names) ?? registry.displayName(item);
    entry.aliases.delete(name);
    const aliases = [...entry.aliases];
    return { id: unique(slugify(name, 'person')), name: displayName(name), aliases, otherNames: otherNames(name, aliases), appearances: entry.appearances };
  });
}

/** The transcripts with each speaker's `person` set to its library-wide id. */
export function withPeople(transcripts: readonly Transcript[], people: readonly LibraryPerson[]): Transcript[] {
  const idOf = new Map<string, string>();
  for (const p of people) for (const a of p.appearances) idOf.set(`${a.transcript}\u0000${a.speaker}`, p.id);
  return transcripts.map((t, ti) => ({
    ...t,
    speakers: t.speakers.map((s): Speaker => ({ ...s, person: idOf.get(`${ti}\u0000${s.id}`) ?? s.id })),
  }));
}
