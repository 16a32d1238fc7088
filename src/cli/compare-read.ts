/**
 * Reading one edition for `smartcity compare`: a full score table through `readInput` (exactly
 * as `smartcity summarize` reads it), else a published list (rank, city, total or rate).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { framework2015 } from "../engine/bundled";
import { decodeTable, detectDelimiter, parseTable } from "../engine/csv";
import {
  editionFromEvaluation,
  findPublishedHeader,
  publishedEdition,
  readPublishedList,
  type Edition,
} from "../engine/editions";
import { evaluate } from "../engine/evaluate";
import { editionsMessages as e } from "../engine/messages/editions";
import type { MessageLanguage } from "../engine/messages";
import { detectTable, type Cell } from "../engine/table";
import type { Framework } from "../engine/types";
import { chooseSheet } from "./choose-sheet";
import { LIMITS } from "./limits";
import { readFrameworkFile, readInput } from "./read-input";
import { validationReport } from "./report";

export type EditionRequest = {
  file: string;
  label: string;
  framework?: string;
  topN: number;
  allowInvalid: boolean;
  cwd: string;
  language: MessageLanguage;
};

/** `lines` go to stderr either way; `invalid`: validation errors stopped the read (exit 1). */
export type EditionRead =
  | { ok: true; edition: Edition; lines: string[] }
  | { ok: false; invalid: boolean; lines: string[] };

/** The file's first sheet or text table as a grid, or null when it cannot be read as one. */
async function gridOf(
  file: string,
  framework: Framework,
  request: EditionRequest
): Promise<Cell[][] | null> {
  const resolved = path.resolve(request.cwd, file);
  try {
    const stat = await fs.stat(resolved);
    if (!stat.isFile() || stat.size > LIMITS.inputBytes) return null;
    const bytes = await fs.readFile(resolved);
    if (/\.(xlsx|xlsm)$/iu.test(file)) {
      const chosen = chooseSheet(bytes, file, framework, undefined, request.language);
      return chosen.ok ? chosen.grid : null;
    }
    const decoded = decodeTable(bytes);
    if (!decoded.ok) return null;
    const parsed = parseTable(decoded.text, detectDelimiter(decoded.text), LIMITS);
    return parsed.ok ? parsed.rows : null;
  } catch {
    return null;
  }
}

async function readPublished(
  request: EditionRequest,
  framework: Framework,
  maxTotal: number | null
): Promise<EditionRead | null> {
  const { file, language: l } = request;
  const grid = await gridOf(file, framework, request);
  if (grid === null || detectTable(grid, framework) !== null) return null;
  const header = findPublishedHeader(grid);
  if (header === null) return null;
  const list = readPublishedList(grid, header);
  const lines = [
    e.readAsPublished[l]({ file, rows: list.rows.length }),
    ...list.problems.map((p) => e.publishedRowProblem[l]({ file, row: p.row, problem: p.problem })),
  ];
  if (list.problems.length > 0 && !request.allowInvalid) return { ok: false, invalid: true, lines };
  if (list.rows.length === 0) return { ok: false, invalid: false, lines };
  return { ok: true, edition: publishedEdition(request.label, list.rows, { maxTotal }), lines };
}

/** Reads one edition: a full table first, else a published list; else readInput's messages. */
export async function readEdition(request: EditionRequest): Promise<EditionRead> {
  const l = request.language;
  let framework = framework2015();
  let maxTotal: number | null = null;
  if (request.framework !== undefined) {
    const read = await readFrameworkFile(request.framework, request.cwd, l);
    if (!read.ok) return { ok: false, invalid: false, lines: read.messages };
    framework = read.framework;
    maxTotal = framework.maxTotal;
  }
  const read = await readInput({
    input: request.file,
    framework: request.framework,
    cwd: request.cwd,
    language: l,
  });
  if (!read.ok) {
    const published = await readPublished(request, framework, maxTotal);
    return published ?? { ok: false, invalid: false, lines: read.messages };
  }
  const { dataset } = read;
  const lines = [...read.notes];
  if (dataset.issues.length > 0)
    lines.push(...validationReport(dataset.issues, request.file, l, dataset.framework));
  if (dataset.issues.some((i) => i.severity === "error") && !request.allowInvalid)
    return { ok: false, invalid: true, lines };
  const edition = editionFromEvaluation(request.label, evaluate(dataset), request.topN);
  return { ok: true, edition, lines };
}
