/** One thing wrong with graph/, located so a reviewer can jump to it. */
export interface GraphProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export function formatProblem(problem: GraphProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Thrown when graph/ does not validate; carries every problem, not just the first. */
export class GraphValidationError extends Error {
  constructor(readonly problems: readonly GraphProblem[]) {
    super(
      `graph/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n') +
        '\nFix them and run `npm run graph:check` again.',
    );
    this.name = 'GraphValidationError';
  }
}
