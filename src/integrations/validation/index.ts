export { validateCollections } from './loader';
export {
  ContentValidationError,
  formatProblem,
  recordedProblems,
  type ContentProblem,
} from './problems';
