/**
 * The problem collector: every check writes into one shared list through a collector that knows
 * where in the document it stands, so a check never builds paths by hand and every problem of a
 * document is reported at once (a sender fixes a whole document in one round, not one field per
 * round).
 */
import type { FieldProblem } from "../../shared/errors.js";

export type PathSegment = string | number;

export class ProblemCollector {
  private constructor(
    private readonly sink: FieldProblem[],
    private readonly segments: readonly PathSegment[],
  ) {}

  /** A collector at the document's root; its problems are the result of a validation. */
  static root(): ProblemCollector {
    return new ProblemCollector([], []);
  }

  /** A collector for a key or a list index below the current position, writing to the same list. */
  at(...segments: PathSegment[]): ProblemCollector {
    return new ProblemCollector(this.sink, [...this.segments, ...segments]);
  }

  /** The eHOKS JSON path of the current position: keys and list indexes joined with dots ("" is the document). */
  get path(): string {
    return this.segments.join(".");
  }

  report(message: string): void {
    this.sink.push({ path: this.path, message });
  }

  /** Every problem reported through this collector or any collector derived from it. */
  get problems(): FieldProblem[] {
    return [...this.sink];
  }
}
