/**
 * Office figures from the in-memory Excel fake (tests/fakes/excel), which counts context.sync()
 * calls and estimates each request's JSON payload as Office.js would send it. The whole job runs
 * as the ribbon command runs it: `generateSummary()` reads the active sheet's score range,
 * evaluates, builds the layout and writes every summary sheet and chart.
 *
 * office.syncs.N: context.sync() calls of that job. office.max_request_bytes.N: the largest
 * single request. Budgets (issue 6): syncs constant in N; no request above 4 MB.
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
    const result = await generateSummary();
    if (!result.ok) throw new Error(result.message);
    if (result.cities !== n) throw new Error(`wrote ${result.cities} cities instead of ${n}`);
    return {
      cities: n,
      syncs: fake.stats.syncs,
      maxRequestBytes: fake.stats.maxRequestBytes,
      maxResponseBytes: fake.stats.maxResponseBytes,
      requests: fake.stats.requests.length,
      reportedSyncs: result.syncs,
    };
  } finally {
    uninstall();
  }
}

export async function officeFigures(ctx: BenchContext): Promise<Figure[]> {
  const measured: OfficeMeasure[] = [];
  for (const n of OFFICE_SIZES) {
    ctx.log(`office ${n} cities (generate into the fake)`);
    measured.push(await measureOffice(n));
  }
  const base = measured[0]?.syncs;
  return measured.flatMap((m): Figure[] => {
    const constant = m.syncs === base;
    return [
      {
        name: `office.syncs.${m.cities}`,
        value: m.syncs,
        unit: "syncs",
        budget: `= office.syncs.151`,
        ok: constant,
        ...(constant
          ? {}
          : {
              note: "value syncs grow beyond ~28,000 cities to keep requests < 4 MB (src/office/batches.ts)",
            }),
        detail: { requests: m.requests, syncsReportedByWriter: m.reportedSyncs },
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
