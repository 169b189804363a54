/** An id made from a name: lower case, accents dropped, runs of other characters as one hyphen. */
export function slugify(name: string, fallback = 'speaker'): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}
