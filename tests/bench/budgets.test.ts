/**
 * The deterministic budgets of issue 6, as the benchmark measures them (bench/figures/*): bundle
 * sizes, context.sync() counts and request sizes. Timings are never tested (see BENCHMARKS.md).
 *
 * Bundles are read from dist/ when it is up to date (CI builds before testing); otherwise a
 * production build runs into a temporary directory first.
 */
import { BUNDLE_BUDGET_KB, bundleDirectory, bundleSizes } from "../../bench/figures/bundle";
import { MAX_REQUEST_BYTES, measureOffice, syncFloor } from "../../bench/figures/office";

describe("bundle sizes (gzip, office.js excluded)", () => {
  let sizes: ReturnType<typeof bundleSizes>;
  beforeAll(() => {
    sizes = bundleSizes(bundleDirectory().dir);
  }, 600_000);

  test(`functions ≤ ${BUNDLE_BUDGET_KB.functions} KB`, () => {
    expect(sizes.functions.gzipKb).toBeLessThanOrEqual(BUNDLE_BUDGET_KB.functions as number);
  });

  test(`taskpane ≤ ${BUNDLE_BUDGET_KB.taskpane} KB`, () => {
    expect(sizes.taskpane.gzipKb).toBeLessThanOrEqual(BUNDLE_BUDGET_KB.taskpane as number);
  });

  test("commands exists and is not empty", () => {
    expect(sizes.commands.bytes).toBeGreaterThan(0);
  });
});

describe("Office requests (generate summary into the in-memory Excel fake)", () => {
  test("context.sync() calls at the floor the 4 MB limit sets, for 151 and 20,000 cities", async () => {
    const small = await measureOffice(151);
    const large = await measureOffice(20_000);
    expect(large.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    // Issue 12: syncs stay near the floor the 4 MB request limit sets for the bytes sent.
    expect(large.totalRequestBytes).toBeGreaterThan(small.totalRequestBytes * 50);
    expect(small.syncs).toBeLessThanOrEqual(syncFloor(small));
    expect(large.syncs).toBeLessThanOrEqual(syncFloor(large));
  }, 300_000);

  // No request above 4 MB at 100,000 cities: tests/office/sync-budget.test.ts (one 100,000-city run is enough).
});
