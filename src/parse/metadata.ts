/** Dates and places a text states about itself. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** How far before its year a date can start ("September. 30, 2023" and some blanks). */
const LONGEST_LEAD = 64;

/** The first match at or after `from`. */
function firstFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date (with a year) in the text, as YYYY-MM-DD. */
export function findDate(fullText: string): string | null {
  // A meeting's date is stated near the top; later dates are history, not the date of the text.
  const text = fullText.slice(0, 4000);
  // Every form has a four-digit year, so no date starts long before the first one.
  const year = /\d{4}/.exec(text);
  if (!year) return null;
  const from = Math.max(0, year.index - LONGEST_LEAD);
  const candidates: { at: number; value: string | null }[] = [];
  const a = firstFrom(DAY_MONTH_YEAR, text, from);
  if (a) candidates.push({ at: a.index, value: iso(+a[3], monthNumber(a[2]), +a[1]) });
  const b = firstFrom(MONTH_DAY_YEAR, text, from);
  if (b) candidates.push({ at: b.index, value: iso(+b[3], monthNumber(b[1]), +b[2]) });
  const c = firstFrom(ISO, text, from);
  if (c) candidates.push({ at: c.index, value: iso(+c[1], +c[2], +c[3]) });
  candidates.sort((x, y) => x.at - y.at);
  return candidates.find((x) => x.value)?.value ?? null;
}

/**
 * A place line: a short block right after the title with no sentence in it ("Aboard Air Force One /
 * En Route to Denver, Colorado"), or a dateline ("SOCHI, 15 September –").
 */
/** How a dateline starts: tested first, so the Unicode regex below (costly to compile) runs on datelines only. */
const DATELINE_START = /^[A-Z][A-Z .'-]{2,40},/;

export function findPlace(blockLines: string[]): string | null {
  if (!DATELINE_START.test(blockLines[0])) return null;
  const dateline = /^([A-Z][A-Z .'-]{2,40}),\s+(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:\s+\([^)]{1,30}\))?\s*[–—-]/u.exec(blockLines[0]);
  if (dateline) return dateline[1].toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  return null;
}
