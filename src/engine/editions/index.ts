/** Editions over time (issue 14): build editions, compare them (docs/editions.md). */
export { compareEditions } from "./compare";
export {
  DEFAULT_TOP_N,
  editionFromEvaluation,
  publishedEdition,
  topRows,
  type PublishedRow,
} from "./edition";
export { reportEditions } from "./report-history";
export type * from "./types";
export {
  findPublishedHeader,
  readPublishedList,
  type PublishedColumns,
  type PublishedList,
  type PublishedProblem,
} from "./published-list";
