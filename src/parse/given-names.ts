/**
 * A person's gender as their given name tells it ("Olena", "Giorgia", "Margit" are women's names), from the
 * given-name lists of gender-detection-from-name (US, Italian, Spanish, French, German and Turkish name data).
 * Its lists take tens of milliseconds to load, so they are loaded on first use only: most texts never need
 * them (a pronoun needs a gender only when people of unknown gender compete for it).
 */
import { createRequire } from 'node:module';

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
  // A runtime require (not bundled): the lists stay out of the CLI bundle and its start-up.
  getGender ??= loadLists();
  const g = getGender(given.normalize('NFD').replace(/\p{M}/gu, ''));
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}

function loadLists(): GetGender {
  try {
    return (createRequire(import.meta.url)('gender-detection-from-name') as { getGender: GetGender }).getGender;
  } catch {
    // Without the lists (a copy of the bundle moved away from its node_modules), genders stay unknown.
    return () => 'unknown';
  }
}
