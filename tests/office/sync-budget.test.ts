/**
 * The writer's sync budget through the whole job (read → engine → layout → write) on synthetic
 * score sheets: the same number of context.sync() calls for 151 and 20,000 cities, and no
 * request (or response) above 4 MB at 100,000 cities — which takes more value syncs (batches.ts).
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
};

async function measure(cities: number): Promise<Measure> {
  return withFake({ sheets: ["Scores"] }, async (fake) => {
    fake.setCells("Scores", "A1", syntheticGrid(cities));
    fake.resetStats();
    const result = await generateSummary();
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
          `${m.cities} cities: ${m.syncs} syncs (${m.valueSyncs} value syncs), max request ${m.maxRequest} B, max response ${m.maxResponse} B`
      )
      .join("\n")
  );
});

test("151 and 20,000 cities take the same number of syncs, each request under 4 MB", async () => {
  const small = await measure(151);
  const large = await measure(20_000);
  measured.push(small, large);
  // 1 (source) + 1 + MIN_READ_SYNCS (read) + MIN_VALUE_SYNCS + 3 (write)
  const expected = 1 + 1 + MIN_READ_SYNCS + MIN_VALUE_SYNCS + 3;
  expect(small.syncs).toBe(expected);
  expect(large.syncs).toBe(expected);
  expect(large.valueSyncs).toBe(MIN_VALUE_SYNCS);
  expect(large.maxRequest).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(large.maxResponse).toBeLessThan(REQUEST_LIMIT_BYTES);
}, 120_000);

test("100,000 cities: no request or response above 4 MB (more value syncs than K)", async () => {
  const huge = await measure(100_000);
  measured.push(huge);
  expect(huge.maxRequest).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(huge.maxResponse).toBeLessThan(REQUEST_LIMIT_BYTES);
  // Beyond K × budget the number of value syncs grows with the data, as documented in batches.ts.
  expect(huge.valueSyncs).toBeGreaterThan(MIN_VALUE_SYNCS);
}, 600_000);
