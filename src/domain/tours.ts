/**
 * A guided tour: a teacher's walk through part of the graph, one step at a time. Tours only
 * point at concepts and relations by id; what the graph says about them stays in the graph.
 */
export interface Tour {
  /** Kebab-case, the same as the tour's file name under graph/tours/. */
  readonly id: string;
  readonly title: string;
  /** Who the tour is written for, in the author's words. */
  readonly audience: string;
  readonly summary: string;
  readonly steps: readonly TourStep[];
}

export interface TourStep {
  readonly title: string;
  readonly narration: string;
  /** Concept ids drawn in this step; never empty. */
  readonly show: readonly string[];
  /** The part of `show` to emphasise. */
  readonly highlight: readonly string[];
  /** Relation ids drawn in this step; each joins concepts of `show` or the question's answer. */
  readonly relations: readonly string[];
  readonly question?: TourQuestion;
  /** A case for the class to explain: the presenter reveals the explanations the graph ranks. */
  readonly case?: TourCase;
}

/** A case on a tour step: findings to explain, asking "what explains this?". */
export interface TourCase {
  /** Concept ids, each drawn in the step's `show`. */
  readonly findings: readonly string[];
}

/** Predict, then reveal: the answer is a concept the step does not show until the vote is in. */
export interface TourQuestion {
  readonly prompt: string;
  /** A concept id, not in the step's `show`. */
  readonly answer: string;
}
