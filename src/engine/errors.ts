// Typed engine errors: a `code` named after what went wrong, and a message that says how to fix it.
export type EngineErrorCode =
  | 'answer_empty'
  | 'answer_too_long'
  | 'question_too_long'
  | 'unknown_kind'
  | 'unknown_level'
  | 'signal_invalid';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
