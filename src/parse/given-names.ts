/**
 * A person's gender as their given name tells it ("Olena", "Giorgia", "Margit" are women's names), from the
 * given-name lists of gender-detection-from-name (US, Italian, Spanish, French, German and Turkish name data).
 * Its lists take tens of milliseconds to load, so they are loaded on first use only: most texts never need
 * them (a pronoun needs a gender only when people of unknown gender compete for it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type GetGender = (name: string) => 'male' | 'female' | 'unknown';
let getGender: GetGender | null = null;

const known = new Map<string, 'm' | 'f' | null>();

export function genderOfGivenName(given: string): 'm' | 'f' | null {
  let gender = known.get(given);
  if (gender === undefined) {
    gender = lookUp(given);
    if (known.size > 50_000) known.clear();
    known.set(given, gender);
  }
  return gender;
}

function lookUp(given: string): 'm' | 'f' | null {
  if (!/^\p{L}{2,}$/u.test(given)) return null;
  // A runtime read (not bundled): the lists stay out of the CLI bundle and its start-up.
  getGender ??= loadLists();
  const g = getGender(given.normalize('NFD').replace(/\p{M}/gu, ''));
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}

const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'];
const ENTRY = /\['([^'\\]+)',\s*'(male|female)'\]/g;

/**
 * The package's own look-up keeps one gender per name and list: the last written. Its lists give many names
 * both ("Florent", "Yuri", "Jean"), so they are read here and each list votes: male, female, or neither when it
 * gives both. A name the lists split evenly is of unknown gender ("Florent" is not a woman's name because the
 * French list writes its female entry last; "Yuri" is a man's: the Spanish and Italian lists say so, the English says a woman's, the French both).
 */
function loadLists(): GetGender {
  try {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('gender-detection-from-name')), 'names');
    const votes = new Map<string, number>();
    for (const language of LANGUAGES) {
      const inList = new Map<string, number>();
      for (const m of readFileSync(path.join(dir, `${language}.js`), 'utf8').matchAll(ENTRY)) inList.set(m[1], (inList.get(m[1]) ?? 0) | (m[2] === 'male' ? 1 : 2));
      for (const [name, both] of inList) votes.set(name, (votes.get(name) ?? 0) + (both === 1 ? 1 : both === 2 ? -1 : 0));
    }
    // A release that wrote its lists another way: its own look-up, as it is.
    if (votes.size < 1000) return (require('gender-detection-from-name') as { getGender: GetGender }).getGender;
    return (name) => {
      const v = votes.get(name.toLowerCase());
      return v === undefined || v === 0 ? 'unknown' : v > 0 ? 'male' : 'female';
    };
  } catch {
    // Without the lists (a copy of the bundle moved away from its node_modules), genders stay unknown.
    return () => 'unknown';
  }
}
