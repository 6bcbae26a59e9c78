/** One bad row of an imported file: its line (the header is line 1), the column, what was expected. */
export interface RowError {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

/** The records read from a file, and every bad row; a file with any error is rejected whole. */
export interface ParsedFile<T> {
  readonly records: T[];
  readonly errors: RowError[];
  /** Data rows read. */
  readonly rows: number;
  /** The line of each record, in the same order, when the parser knows it. */
  readonly lines?: number[];
}
