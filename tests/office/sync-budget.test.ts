/**
 * The writer's sync budget through the whole job (read → engine → layout → write) on synthetic
 * score sheets: context.sync() calls within ceil(bytes moved / 4 MB) + 8 (issue 12), and no
 * request or response above 4 MB at 151, 20,000 and 100,000 cities (batches.ts, read-scores.ts).
 */
import { MIN_VALUE_SYNCS, REQUEST_LIMIT_BYTES } from "../../src/office/batches";
import { MIN_READ_SYNCS } from "../../src/office/read-scores";
import { generateSummary } from "../../src/office/generate";
import { syntheticGrid, withFake } from "./helpers";

type Measure = {
  cities: number;
  syncs: number;
  requests: number;
  maxRequest: number;
  maxResponse: number;
  valueSyncs: number;
  /** Request and response bytes of the whole job. */
  requestBytes: number;
  responseBytes: number;
};

async function measure(cities: number): Promise<Measure> {
  return withFake({ sheets: ["Scores"] }, async (fake) => {
    fake.setCells("Scores", "A1", syntheticGrid(cities));
    fake.resetStats();
    // Every sheet: the largest write (unset, the ribbon leaves out the indicator rankings above
    // 1 million cells, as the pane does: ADR 0014).
    const result = await generateSummary({ omitSheets: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.cities).toBe(cities);
    expect(fake.stats.syncs).toBe(result.syncs);
    return {
      cities,
      syncs: fake.stats.syncs,
      requests: fake.stats.requests.length,
      maxRequest: fake.stats.maxRequestBytes,
      maxResponse: fake.stats.maxResponseBytes,
      valueSyncs: result.valueSyncs,
      requestBytes: fake.stats.requests.reduce((n, r) => n + r.requestBytes, 0),
      responseBytes: fake.stats.requests.reduce((n, r) => n + r.responseBytes, 0),
    };
  });
}

const measured: Measure[] = [];
afterAll(() => {
  // The figures quoted in src/office/README.md.
  console.log(
    measured
      .map(
        (m) =>
          `${m.cities} cities: ${m.syncs} syncs (${m.valueSyncs} value syncs, floor ${floor(m)}), ${m.requestBytes} B up, ${m.responseBytes} B down, max request ${m.maxRequest} B, max response ${m.maxResponse} B`
      )
      .join("\n")
  );
});

/**
 * The floor the 4 MB payload limit sets, plus the job's fixed steps (issue 12): the read's
 * responses come before any write, so each direction has its own floor (bench/figures/office.ts).
 */
const floor = (m: Measure): number =>
  Math.ceil(m.requestBytes / REQUEST_LIMIT_BYTES) +
  Math.ceil(m.responseBytes / REQUEST_LIMIT_BYTES) +
  8;

test("151 and 20,000 cities: syncs at the floor the 4 MB limit sets, each request under 4 MB", async () => {
  const small = await measure(151);
  const large = await measure(20_000);
  measured.push(small, large);
  // 1 (source) + 1 + 1 (read) + 1 + 3 (write): one read and one value sync hold the 2015 table.
  expect(small.syncs).toBe(1 + 1 + MIN_READ_SYNCS + MIN_VALUE_SYNCS + 3);
  expect(small.syncs).toBeLessThanOrEqual(floor(small));
  expect(large.syncs).toBeLessThanOrEqual(floor(large));
  expect(large.valueSyncs).toBeGreaterThan(MIN_VALUE_SYNCS);
  expect(large.maxRequest).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(large.maxResponse).toBeLessThan(REQUEST_LIMIT_BYTES);
}, 120_000);

test("100,000 cities: no request or response above 4 MB, syncs at the floor", async () => {
  const huge = await measure(100_000);
  measured.push(huge);
  expect(huge.maxRequest).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(huge.maxResponse).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(huge.syncs).toBeLessThanOrEqual(floor(huge));
}, 600_000);
