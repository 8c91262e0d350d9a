// The typed error for a content file that cannot be used: it names the file and the key to fix.
export class ContentError extends Error {
  readonly code = 'content_invalid';
  constructor(
    readonly file: string,
    readonly key: string,
    problem: string,
  ) {
    super(`${file}${key ? ` at ${key}` : ''}: ${problem}`);
    this.name = 'ContentError';
  }
}
