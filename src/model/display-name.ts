/**
 * Names as shown to people, apart from names as searched. A speaker's aliases keep every form the text used
 * (a typo such as `Aleksandr Lukashe4nko`, a raw label such as `Edward Miliband (Doncaster North) (Lab)`), so
 * `@lukashe4nko` still finds the quotes; lists of other names show only the clean, distinct ones.
 */
import { editDistance } from './edit-distance.js';

/** A name without its parenthesised parts (constituency, party, `(retranslated)`), when something is left. */
export function displayName(name: string): string {
  if (!/\(/.test(name)) return name;
  const bare = name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return bare || name.trim();
}

/** A name fit to show: letters, spaces and name punctuation only (no digits, brackets, colons). */
export function isCleanName(name: string): boolean {
  return /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(name.trim());
}

const fold = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** One form is a slip of the other: a letter or two apart in names long enough for that to mean a typo. */
function isTypoOf(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x !== y && Math.min(x.length, y.length) >= 6 && editDistance(x, y, 1) <= 1;
}

/**
 * The other names to show beside `name`: each alias as displayName gives it, clean, not the name itself
 * (in any case), not a one-letter slip of the name or of an alias already shown; first seen first.
 */
export function otherNames(name: string, aliases: readonly string[]): string[] {
  const shown: string[] = [];
  const seen = new Set([fold(displayName(name))]);
  for (const alias of aliases) {
    const form = displayName(alias);
    if (!isCleanName(form) || seen.has(fold(form))) continue;
    if ([name, ...shown].some((other) => isTypoOf(form, other))) continue;
    seen.add(fold(form));
    shown.push(form);
  }
  return shown;
}
