/** A problem with one input: which file, and what is wrong with it, in one line. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'LoadError';
  }
}
