export { checkGraph, loadGraph, type CheckOptions, type GraphCheck } from './load-graph';
export { countGraph, type GraphCounts } from './counts';
export { GraphValidationError, formatProblem, type GraphProblem } from './problem';
