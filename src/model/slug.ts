/** An id made from a name: lower case, accents dropped, runs of other characters as one hyphen. */
export function slugify(name: string, fallback = 'speaker'): string {
  // ASCII (most names) needs no accent folding: the same result, without the Unicode passes.
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}
