/**
 * Weights (权重, issue 13): a number box and a slider per dimension, expandable to its indicators;
 * the ranking follows every change (WeightsModel: computed totals, FastRanker; docs/explore.md,
 * "Rescaling rule"); reset to the framework; "Write scenario sheet" writes the command line's
 * scenario sheet (src/layout/explore/scenario.ts), replacing the previous one.
 */
import { placeNames } from "../../layout/places";
import * as React from "react";
import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import type { Dataset } from "../../engine/types";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import type { Pane } from "../use-pane";
import { ExploreSection, useExploreWrite, useRemembered, WriteSheetButton } from "./explore-write";
import { controlMax, WeightControl } from "./WeightControl";
import {
  dimensionWeights,
  frameworkWeights,
  roundWeight,
  WeightsModel,
  withDimensionWeight,
} from "./weights-model";
import { TOP_ROWS, WeightsRanking } from "./WeightsRanking";

const useWeightsStyles = makeStyles({
  dimension: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  indicators: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  toggle: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
});

export function WeightsView({ pane, t }: { pane: Pane; t: Strings }): React.JSX.Element {
  return (
    <ExploreSection
      id="weights-heading"
      heading={t.weights.heading}
      intro={t.weights.intro}
      pane={pane}
      t={t}
    >
      {(dataset) => <WeightsEditor dataset={dataset} pane={pane} t={t} />}
    </ExploreSection>
  );
}

function WeightsEditor({ dataset, pane, t }: { dataset: Dataset; pane: Pane; t: Strings }) {
  const s = useStyles();
  const w = useWeightsStyles();
  const { framework } = dataset;
  const zh = pane.language === "zh";
  // Kept across tab switches; another framework (Settings) starts again from its own weights.
  const [stored, setStored] = useRemembered(pane, "weights.values", () => ({
    framework,
    weights: frameworkWeights(framework),
  }));
  const weights = stored.framework === framework ? stored.weights : frameworkWeights(framework);
  const setWeights = (change: (current: number[]) => number[]): void =>
    setStored((x) => ({
      framework,
      weights: change(x.framework === framework ? x.weights : frameworkWeights(framework)),
    }));
  const [open, setOpen] = useRemembered<ReadonlySet<string>>(pane, "weights.open", () => new Set());
  const [shown, setShown] = useRemembered(pane, "weights.shown", () => TOP_ROWS);
  const writer = useExploreWrite(pane);

  const model = React.useMemo(() => new WeightsModel(dataset), [dataset]);
  const rows = React.useMemo(() => {
    model.update(weights);
    return model.top(shown);
  }, [model, weights, shown]);

  const dims = dimensionWeights(framework, weights);
  const bonus = framework.bonus.reduce((sum, b) => sum + b.weight, 0);
  const maxTotal = roundWeight(dims.reduce((sum, d) => sum + d, 0) + bonus);
  const changed = weights.some((x, j) => x !== framework.indicators[j]?.weight);
  const setIndicator = (j: number, value: number): void =>
    setWeights((current) => current.map((x, i) => (i === j ? value : x)));

  return (
    <>
      <fieldset className={s.fieldGroup}>
        <legend className={s.legend}>{t.weights.dimensions}</legend>
        {framework.dimensions.map((d, i) => {
          const name = zh ? d.name : d.nameEn;
          const expanded = open.has(d.id);
          return (
            <div key={d.id} className={w.dimension}>
              <WeightControl
                id={`weight-${d.id}`}
                name={name}
                label={t.weights.weightOf(name)}
                value={dims[i] ?? 0}
                max={controlMax(d.weight, framework.maxTotal)}
                step={0.5}
                strong
                onChange={(v) =>
                  setWeights((current) => withDimensionWeight(framework, current, i, v))
                }
              />
              <Button
                className={w.toggle}
                appearance="transparent"
                size="small"
                icon={expanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                aria-expanded={expanded}
                aria-controls={`indicators-${d.id}`}
                onClick={() =>
                  setOpen((o) => {
                    const next = new Set(o);
                    if (!next.delete(d.id)) next.add(d.id);
                    return next;
                  })
                }
              >
                {t.weights.indicators(d.indicators.length)}
              </Button>
              {expanded && (
                <div id={`indicators-${d.id}`} className={w.indicators}>
                  {d.indicators.map((ind) => {
                    const j = framework.indicators.indexOf(ind);
                    const indName = zh ? ind.name : ind.nameEn;
                    return (
                      <WeightControl
                        key={ind.id}
                        id={`weight-${ind.id}`}
                        name={indName}
                        label={t.weights.weightOf(indName)}
                        value={weights[j] ?? 0}
                        max={controlMax(ind.weight, framework.maxTotal)}
                        step={0.1}
                        onChange={(v) => setIndicator(j, v)}
                      />
                    );
                  })}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className={s.row}>
        <Text weight="semibold">{t.weights.maxTotal(maxTotal, framework.maxTotal)}</Text>
        <Button
          size="small"
          disabled={!changed}
          onClick={() => setWeights(() => frameworkWeights(framework))}
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
              language: pane.language,
              rankMethod: pane.prefs.rankMethod,
            })
          )
        }
      />
    </>
  );
}
