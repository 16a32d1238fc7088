/**
 * Weights (权重, issue 13): a number box and a slider per dimension, expandable to its indicators;
 * the ranking follows every change (WeightsModel: computed totals, FastRanker; docs/explore.md,
 * "Rescaling rule"); reset to the framework; "Write scenario sheet" writes the command line's
 * scenario sheet (src/layout/explore/scenario.ts), replacing the previous one.
 */
import { placeNames } from "../../layout/places";
import * as React from "react";
import { Button, Caption1, mergeClasses, Subtitle2, Text } from "@fluentui/react-components";
import type { Framework } from "../../engine/types";
import { exploreMessages as x } from "../../engine/messages/explore";
import { useStyles } from "../styles";
import type { ExploreBodyProps } from "./explore-write";
import { exploreView, useExploreWrite, useRemembered, WriteSheetButton } from "./explore-write";
import { WeightGroup } from "./WeightGroup";
import {
  dimensionWeights,
  frameworkBonusWeights,
  frameworkWeights,
  roundWeight,
  WeightsModel,
  withBonusWeight,
  withDimensionWeight,
} from "./weights-model";
import { TOP_ROWS, WeightsRanking } from "./WeightsRanking";

/** Indicator and bonus weights of a scenario, in framework order. */
type ScenarioWeights = { weights: number[]; bonus: number[] };

const frameworkScenarioWeights = (framework: Framework): ScenarioWeights => ({
  weights: frameworkWeights(framework),
  bonus: frameworkBonusWeights(framework),
});

function WeightsEditor({ dataset, pane, t }: ExploreBodyProps) {
  const s = useStyles();
  const { framework } = dataset;
  const l = pane.language;
  const zh = l === "zh";
  // Kept across tab switches; another framework (Settings) starts again from its own weights.
  const [stored, setStored] = useRemembered(pane, "weights.scenario", () => ({
    framework,
    ...frameworkScenarioWeights(framework),
  }));
  const { weights, bonus } =
    stored.framework === framework ? stored : frameworkScenarioWeights(framework);
  const setScenario = (change: (current: ScenarioWeights) => Partial<ScenarioWeights>): void =>
    setStored((x) => {
      const current = x.framework === framework ? x : frameworkScenarioWeights(framework);
      return { framework, weights: current.weights, bonus: current.bonus, ...change(current) };
    });
  const setWeights = (change: (current: number[]) => number[]): void =>
    setScenario((c) => ({ weights: change(c.weights) }));
  const setBonus = (change: (current: number[]) => number[]): void =>
    setScenario((c) => ({ bonus: change(c.bonus) }));
  const [open, setOpen] = useRemembered<ReadonlySet<string>>(pane, "weights.open", () => new Set());
  const toggle = (id: string): void =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const [shown, setShown] = useRemembered(pane, "weights.shown", () => TOP_ROWS);
  const writer = useExploreWrite(pane);

  const model = React.useMemo(() => new WeightsModel(dataset), [dataset]);
  const rows = React.useMemo(() => {
    model.update(weights, bonus);
    return model.top(shown);
  }, [model, weights, bonus, shown]);

  const dims = dimensionWeights(framework, weights);
  const bonusTotal = bonus.reduce((sum, b) => sum + b, 0);
  const maxTotal = roundWeight(dims.reduce((sum, d) => sum + d, 0) + bonusTotal);
  const changed =
    weights.some((w, j) => w !== framework.indicators[j]?.weight) ||
    bonus.some((w, j) => w !== framework.bonus[j]?.weight);
  const nameOf = (item: { name: string; nameEn: string }): string =>
    zh ? item.name : item.nameEn || item.name;

  return (
    <>
      <fieldset className={s.fieldGroup}>
        <legend className={s.legend}>{t.weights.dimensions}</legend>
        {framework.dimensions.map((d, i) => {
          const members = d.indicators.map((ind) => framework.indicators.indexOf(ind));
          return (
            <WeightGroup
              key={d.id}
              id={d.id}
              name={nameOf(d)}
              labelOf={t.weights.weightOf}
              frameworkWeight={d.weight}
              weight={dims[i] ?? 0}
              maxTotal={framework.maxTotal}
              onChange={(v) =>
                setWeights((current) => withDimensionWeight(framework, current, i, v))
              }
              items={d.indicators.map((ind, m) => ({
                id: ind.id,
                name: nameOf(ind),
                frameworkWeight: ind.weight,
                weight: weights[members[m] as number] ?? 0,
              }))}
              itemsLabel={t.weights.indicators(d.indicators.length)}
              onItemChange={(m, v) =>
                setWeights((current) => current.map((w, j) => (j === members[m] ? v : w)))
              }
              expanded={open.has(d.id)}
              onToggle={() => toggle(d.id)}
            />
          );
        })}
      </fieldset>
      {framework.bonus.length > 0 && (
        <fieldset className={s.fieldGroup}>
          <legend className={s.legend}>{x.paneBonusWeights[l]()}</legend>
          <WeightGroup
            id="bonus-group"
            name={x.paneBonusGroup[l]()}
            labelOf={t.weights.weightOf}
            frameworkWeight={framework.bonus.reduce((sum, b) => sum + b.weight, 0)}
            weight={bonusTotal}
            maxTotal={framework.maxTotal}
            onChange={(v) => setBonus((current) => withBonusWeight(framework, current, v))}
            items={framework.bonus.map((b, j) => ({
              id: b.id,
              name: nameOf(b),
              frameworkWeight: b.weight,
              weight: bonus[j] ?? 0,
            }))}
            itemsLabel={x.paneBonusItems[l]({ items: framework.bonus.length })}
            onItemChange={(j, v) => setBonus((current) => current.map((w, i) => (i === j ? v : w)))}
            expanded={open.has("bonus-group")}
            onToggle={() => toggle("bonus-group")}
          />
        </fieldset>
      )}
      <div className={s.row}>
        <Text weight="semibold">{t.weights.maxTotal(maxTotal, framework.maxTotal)}</Text>
        <Button
          size="small"
          disabled={!changed}
          onClick={() => setScenario(() => frameworkScenarioWeights(framework))}
        >
          {t.weights.reset}
        </Button>
      </div>
      <Subtitle2 as="h3" className={s.heading}>
        {t.weights.ranking}
      </Subtitle2>
      <Caption1 className={mergeClasses(s.muted, s.wrap)}>{t.weights.rankingHint}</Caption1>
      <WeightsRanking
        rows={rows}
        cities={model.cities}
        shown={shown}
        onShow={setShown}
        t={t}
        cityName={(city) => placeNames(pane.language).name("city", city)}
      />
      <WriteSheetButton
        writer={writer}
        pane={pane}
        t={t}
        label={t.weights.write}
        onWrite={() =>
          void writer.write((explore) =>
            explore.writeScenario({
              dataset,
              indicatorWeights: weights,
              bonusWeights: bonus,
              language: pane.language,
              rankMethod: pane.prefs.rankMethod,
            })
          )
        }
      />
    </>
  );
}

export const WeightsView = exploreView("weights-heading", (t) => t.weights, WeightsEditor);
