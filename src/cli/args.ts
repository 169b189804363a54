/**
 * Flags through meow, with parley's own strictness on top: unknown flags, a flag missing its value,
 * an empty string value, repeated flags and a --limit that is not a positive whole number are usage
 * errors (exit 2) reported in parley's one-line form rather than meow's own messages.
 *
 * meow and its dependencies are 250 KB of JavaScript, about 30 ms of start-up on this machine — more than
 * half of what `parley search` may take. A command line with no flag at all (`parley search tango`) has
 * nothing for meow to do, so meow is imported only when some argument starts with `-`.
 */

export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: string,
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
      flags,
      allowUnknownFlags: true,
      autoHelp: false,
      autoVersion: false,
      description: false,
      booleanDefault: undefined,
    });
  } catch (error) {
    throw new UsageError(String((error as Error).message).split('\n')[0].replace(/`/g, ''), command);
  }
  const unknown = Object.keys(cli.unnormalizedFlags).filter((k) => !known.has(k));
  if (unknown.length) {
    // As typed: meow reads --no-x as x = false.
    const shown = unknown.map((k) => (k.length === 1 ? `-${k}` : options.includes(`--no-${k}`) && !options.includes(`--${k}`) ? `--no-${k}` : `--${k}`));
    throw new UsageError(`unknown flag${shown.length > 1 ? 's' : ''} ${shown.join(', ')}`, command);
  }
  const values: FlagValues = {};
  for (const [name, f] of Object.entries(spec)) {
    const value = (cli.flags as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (f.type === 'string' && (typeof value !== 'string' || !value.trim())) throw new UsageError(`--${name} needs a non-empty value`, command);
    if (f.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) throw new UsageError(`--${name} needs a number`, command);
    values[name] = value as string | boolean | number;
  }
  values.help = Boolean(cli.flags.help);
  values.version = Boolean(cli.flags.version);
  return { input: cli.input.map(String), flags: values };
}

export function positiveInteger(value: number | undefined, name: string, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} must be a whole number of 1 or more (got ${value})`, command);
  return value;
}
