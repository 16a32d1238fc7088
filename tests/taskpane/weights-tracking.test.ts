/**
 * The explore sheets and the summary keep separate records (src/office/write-explore.ts): writing
 * either never deletes the other's sheets; a scenario rerun replaces only the scenario sheet, a
 * profile only its own city's sheet. Over the in-memory Excel fake, with the 2015 sample.
 */
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { findCityIndex } from "../../src/engine/explore/profile";
import { generateForPane } from "../../src/office/pane-generate";
import { createExploreActions } from "../../src/office/write-explore";
import { createFakeExcel } from "../fakes/excel";

jest.setTimeout(120_000);

test("summary, scenario and profile sheets replace only their own kind", async () => {
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  const uninstall = fake.install();
  const names = (): string[] => fake.snapshot({ formats: false }).sheets.map((s) => s.name);
  try {
    const dataset = dataset2015();
    const summary = () =>
      generateForPane({ dataset, language: "en", rankMethod: "competition", onProgress: () => {} });
    const explore = createExploreActions();
    const weights = dataset.framework.indicators.map((i, j) => (j === 0 ? i.weight * 2 : i.weight));
    const scenario = () =>
      explore.writeScenario({
        dataset,
        indicatorWeights: weights,
        language: "en",
        rankMethod: "competition",
      });
    const evaluation = evaluate(dataset);
    const city = (name: string): number => findCityIndex(evaluation, name) as number;

    const written = (await summary()).sheets;
    await scenario();
    await explore.writeProfiles({ evaluation, cities: [city("无锡")], language: "en" });
    await explore.writeProfiles({ evaluation, cities: [city("上海")], language: "en" });
    const all = ["Sheet1", ...written, "Scenario", "Profile Wuxi", "Profile Shanghai"];
    expect(names()).toEqual(all);

    await scenario();
    await explore.writeProfiles({ evaluation, cities: [city("无锡")], language: "en" });
    await summary();
    expect(names().sort()).toEqual([...all].sort());
    expect(names()).toHaveLength(all.length);
  } finally {
    uninstall();
  }
});
