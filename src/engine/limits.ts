// Limits shared by the engine, the CLI, the API and the web app, so that all of them refuse the
// same input with the same words.
export const LIMITS = {
  /** The longest answer graded, in UTF-16 code units (about 30,000 words of English). */
  maxAnswerChars: 200_000,
  /** The longest question or prompt text. */
  maxQuestionChars: 4_000,
  /** The largest take-home upload, in bytes. */
  maxUploadBytes: 10 * 1024 * 1024,
} as const;
