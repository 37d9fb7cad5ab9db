// Typed errors with stable codes. Stages throw; only cli/main.ts exits.

export type ErrorCode =
  | 'E_NO_INPUT' // a path that does not exist, an empty folder, nothing usable
  | 'E_READ' // a file that cannot be read
  | 'E_BINARY' // not text
  | 'E_ENCODING' // not valid UTF-8
  | 'E_EMPTY' // a file with no text
  | 'E_JSONL' // a malformed JSONL line
  | 'E_FORMAT' // a file that is not what its name says (a graph that is not a graph)
  | 'E_WRITE' // an output that cannot be written
  | 'E_CACHE' // a cache that cannot be used (rebuilt)
  | 'E_ANALYZE' // a document the analysis failed on (a bug: reported, skipped)
  | 'E_USAGE'; // bad command-line use

export class EntigraphError extends Error {
  override readonly name = 'EntigraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The file (and line) the problem is in, as the user named it. */
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
  }
}

/** Problems in one input that a folder run skips (with a warning) unless --strict. */
export const SKIPPABLE: ReadonlySet<ErrorCode> = new Set(['E_READ', 'E_BINARY', 'E_ENCODING', 'E_EMPTY', 'E_JSONL', 'E_ANALYZE']);
