/**
 * Flags through meow, with parley's own strictness on top: unknown flags, a flag missing its value,
 * an empty string value, repeated flags and a --limit that is not a positive whole number are usage
 * errors (exit 2) reported in parley's one-line form rather than meow's own messages.
 *
 * meow is lenient where parley is not: it matches long flags in any case (`--JSON`), reads `--limit=` as 0
 * and `--limit 0x10` as 16. So flag names are checked as typed, and number flags are taken from meow as
 * strings and read here: whole decimal numbers only.
 *
 * meow and its dependencies are 250 KB of JavaScript, about 30 ms of start-up on this machine — more than
 * half of what `parley search` may take. A command line with no flag at all (`parley search tango`) has
 * nothing for meow to do, so meow is imported only when some argument starts with `-`.
 */

export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: string,
    /** Whether the line ends with `(see parley COMMAND --help)`. */
    readonly pointToHelp = true,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type FlagType = 'string' | 'boolean' | 'number';
export interface FlagSpec {
  type: FlagType;
  shortFlag?: string;
}

export type FlagValues = Record<string, string | boolean | number | undefined>;

export interface ParsedArgs {
  input: string[];
  flags: FlagValues;
}

export async function parseArgs(command: string, argv: readonly string[], spec: Record<string, FlagSpec>, version: string): Promise<ParsedArgs> {
  if (!argv.some((arg) => arg.startsWith('-') && arg !== '-')) return { input: [...argv], flags: { help: false, version: false } };
  const { default: meow } = await import('meow');
  const flags: Record<string, FlagSpec> = { ...spec, help: { type: 'boolean', shortFlag: 'h' }, version: { type: 'boolean' } };
  // meow reads numbers leniently (hex, exponents, an empty value as 0): it gets them as strings.
  const meowFlags = Object.fromEntries(Object.entries(flags).map(([name, f]) => [name, f.type === 'number' ? { ...f, type: 'string' as const } : f]));
  const known = new Set<string>();
  for (const [name, f] of Object.entries(flags)) {
    known.add(name);
    known.add(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    if (f.shortFlag) known.add(f.shortFlag);
  }
  // A value flag at the very end, or followed by another flag, has no value (meow would drop it silently).
  const separator = argv.indexOf('--');
  const options = separator === -1 ? argv : argv.slice(0, separator);
  options.forEach((arg, i) => {
    const name = arg.startsWith('--') ? arg.slice(2) : arg.length === 2 && arg.startsWith('-') ? arg.slice(1) : null;
    if (name === null || name.includes('=')) return;
    const entry = Object.entries(flags).find(([n, f]) => n === name || f.shortFlag === name);
    if (!entry || entry[1].type === 'boolean') return;
    const next = options[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-\d/.test(next))) throw new UsageError(`${arg} needs a value`, command);
  });

  let cli;
  try {
    cli = meow({
      argv: [...argv],
      importMeta: import.meta,
      pkg: { name: 'parley', version },
      flags: meowFlags,
      allowUnknownFlags: true,
      autoHelp: false,
      autoVersion: false,
      description: false,
      booleanDefault: undefined,
    });
  } catch (error) {
    throw new UsageError(String((error as Error).message).split('\n')[0].replace(/`/g, ''), command);
  }
  // Short flags as meow read them; long flags as typed, since meow matches them in any case (`--JSON` is
  // --json) and renames them (`--No-cache` is noCache): names must be typed as documented.
  const shown = Object.keys(cli.unnormalizedFlags)
    .filter((k) => k.length === 1 && !known.has(k))
    .map((k) => `-${k}`);
  for (const arg of options) {
    if (!arg.startsWith('--') || arg === '--') continue;
    const name = arg.slice(2).split('=')[0];
    const negated = name.startsWith('no-') ? name.slice(3) : null;
    const isKnown = known.has(name) || (negated !== null && known.has(negated) && flags[negated]?.type === 'boolean');
    if (!isKnown && !shown.includes(`--${name}`)) shown.push(`--${name}`);
  }
  if (shown.length) throw new UsageError(`unknown flag${shown.length > 1 ? 's' : ''} ${shown.join(', ')}`, command);
  const values: FlagValues = {};
  for (const [name, f] of Object.entries(spec)) {
    const value = (cli.flags as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (f.type === 'string' && (typeof value !== 'string' || !value.trim())) throw new UsageError(`--${name} needs a non-empty value`, command);
    if (f.type === 'number') {
      values[name] = wholeNumber(value, name, command);
      continue;
    }
    values[name] = value as string | boolean | number;
  }
  values.help = Boolean(cli.flags.help);
  values.version = Boolean(cli.flags.version);
  return { input: cli.input.map(String), flags: values };
}

/** A number flag's value as typed: whole decimal digits only (not `0x10`, `1e3`, `2.5`, `-3`, or nothing). */
function wholeNumber(value: unknown, name: string, command: string): number {
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`--${name} needs a value`, command);
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number of 1 or more (got ${value})`, command);
  return n;
}

export function positiveInteger(value: number | undefined, name: string, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} must be a whole number of 1 or more (got ${value})`, command);
  return value;
}
