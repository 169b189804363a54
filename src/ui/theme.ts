/**
 * Colours. Only the 16 named ANSI colours are used, so a 16-colour terminal shows the same thing as a
 * true-colour one. With NO_COLOR set (https://no-color.org) no colour is emitted at all and emphasis falls
 * back to bold, underline and inverse, which every terminal has.
 */

export type ColorName = 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'redBright' | 'greenBright' | 'yellowBright' | 'blueBright' | 'magentaBright' | 'cyanBright';

/** Speaker colours, in the order speakers are listed. White, grey and black are kept for the UI itself. */
export const SPEAKER_PALETTE: readonly ColorName[] = [
  'cyan',
  'yellow',
  'magenta',
  'green',
  'blue',
  'red',
  'cyanBright',
  'yellowBright',
  'magentaBright',
  'greenBright',
  'blueBright',
  'redBright',
];

export interface Theme {
  color: boolean;
  /** Colour of a speaker by list position, or undefined without colour. */
  speakerColor(index: number): ColorName | undefined;
  accent: ColorName | undefined;
  muted: 'gray' | undefined;
}

export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}

export function createTheme(color: boolean): Theme {
  return {
    color,
    speakerColor: (index) => (color && index >= 0 ? SPEAKER_PALETTE[index % SPEAKER_PALETTE.length] : undefined),
    accent: color ? 'cyan' : undefined,
    muted: color ? 'gray' : undefined,
  };
}
