export { checkGraph, loadGraph, type CheckOptions, type GraphCheck } from './load-graph';
export { reportGraph, type GraphReport } from './report';
export { graphVersion } from './graph-version';
export { countGraph, type GraphCounts } from './counts';
export { GraphValidationError, formatProblem, type GraphProblem } from './problem';
