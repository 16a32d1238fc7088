/**
 * Office figures from the in-memory Excel fake (tests/fakes/excel), which counts context.sync()
 * calls and estimates each request's JSON payload as Office.js would send it. The whole job runs
 * as the ribbon command runs it: `generateSummary()` reads the active sheet's score range,
 * evaluates, builds the layout and writes every summary sheet and chart (`omitSheets: []`).
 *
 * office.syncs.N: context.sync() calls of that job. office.max_request_bytes.N: the largest
 * single request. office.total_request_bytes.N: all requests together (the writes);
 * office.total_response_bytes.N: all responses (mostly the read of the score table). Budgets: no
 * request above 4 MB (issue 6); syncs at most ceil(requests / 4 MB) + ceil(responses / 4 MB) + 8,
 * the floor the 4 MB payload limit sets plus the job's fixed steps (issue 12). The read's bytes
 * come back as responses before anything can be computed, so they cannot share the writes' syncs:
 * each direction has its own floor (requests alone would leave the ~6 read syncs of 100,000
 * cities unaccounted for).
 */
import { generateSummary } from "../../src/office/generate";
import { createFakeExcel } from "../../tests/fakes/excel";
import type { BenchContext, Figure } from "../harness";
import { syntheticGrid } from "../synthetic";

export const OFFICE_SIZES = [151, 20_000, 100_000] as const;
export const MAX_REQUEST_BYTES = 4_000_000;

export type OfficeMeasure = {
  cities: number;
  syncs: number;
  maxRequestBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  maxResponseBytes: number;
  requests: number;
  reportedSyncs: number;
};

/** Runs the whole generate job on an N-city score sheet in a fresh fake. */
export async function measureOffice(n: number): Promise<OfficeMeasure> {
  const fake = createFakeExcel({ sheets: ["Scores"] });
  fake.setCells("Scores", "A1", syntheticGrid(n));
  fake.resetStats();
  const uninstall = fake.install();
  try {
    // Every sheet, as before ADR 0014's default (which leaves out the indicator rankings above 1 M cells).
    const result = await generateSummary({ omitSheets: [] });
    if (!result.ok) throw new Error(result.message);
    if (result.cities !== n) throw new Error(`wrote ${result.cities} cities instead of ${n}`);
    return {
      cities: n,
      syncs: fake.stats.syncs,
      maxRequestBytes: fake.stats.maxRequestBytes,
      totalRequestBytes: fake.stats.requests.reduce((sum, r) => sum + r.requestBytes, 0),
      totalResponseBytes: fake.stats.requests.reduce((sum, r) => sum + r.responseBytes, 0),
      maxResponseBytes: fake.stats.maxResponseBytes,
      requests: fake.stats.requests.length,
      reportedSyncs: result.syncs,
    };
  } finally {
    uninstall();
  }
}

/** The fewest syncs the 4 MB payload limit allows for the bytes moved, plus 8 for the job's steps. */
export function syncFloor(
  m: Pick<OfficeMeasure, "totalRequestBytes" | "totalResponseBytes">
): number {
  const floor = (bytes: number): number => Math.ceil(bytes / MAX_REQUEST_BYTES);
  return floor(m.totalRequestBytes) + floor(m.totalResponseBytes) + 8;
}

export async function officeFigures(ctx: BenchContext): Promise<Figure[]> {
  const measured: OfficeMeasure[] = [];
  for (const n of OFFICE_SIZES) {
    ctx.log(`office ${n} cities (generate into the fake)`);
    measured.push(await measureOffice(n));
  }
  return measured.flatMap((m): Figure[] => {
    const floor = syncFloor(m);
    return [
      {
        name: `office.syncs.${m.cities}`,
        value: m.syncs,
        unit: "syncs",
        budget: `≤ ceil(bytes / 4 MB) + 8 = ${floor}`,
        ok: m.syncs <= floor,
        detail: { requests: m.requests, syncsReportedByWriter: m.reportedSyncs },
      },
      { name: `office.total_request_bytes.${m.cities}`, value: m.totalRequestBytes, unit: "bytes" },
      {
        name: `office.total_response_bytes.${m.cities}`,
        value: m.totalResponseBytes,
        unit: "bytes",
      },
      {
        name: `office.max_request_bytes.${m.cities}`,
        value: m.maxRequestBytes,
        unit: "bytes",
        budget: `≤ ${MAX_REQUEST_BYTES.toLocaleString("en-US")}`,
        ok: m.maxRequestBytes <= MAX_REQUEST_BYTES,
        detail: { maxResponseBytes: m.maxResponseBytes },
      },
    ];
  });
}
