/**
 * Robustness (稳健性, issue 13): runs, spread and seed; a Monte Carlo over the dimension weights
 * in time slices (robustness-run.ts) with progress and Cancel; each city's 5–95 % rank interval,
 * the Sobol' indices of each dimension weight, and "Write robustness sheet" (the command line's
 * sheet, src/layout/explore/robustness.ts).
 */
import { placeNames } from "../../layout/places";
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  SpinButton,
} from "@fluentui/react-components";
import type { WeightLevel } from "../../engine/explore/score-matrix";
import { exploreMessages as x } from "../../engine/messages/explore";
import { DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_SPREAD } from "../../engine/explore/monte-carlo";
import { useStyles } from "../styles";
import type { ExploreBodyProps } from "./explore-write";
import { exploreView, useExploreWrite, useRemembered, WriteSheetButton } from "./explore-write";
import {
  runRobustness,
  type RobustnessOutcome,
  type RobustnessSettings,
  type RunProgress,
} from "./robustness-run";
import { CompactTable } from "./CompactTable";
import { dimensionLabel } from "./weights-model";

const MAX_RUNS = 100_000;
const MAX_SPREAD = 0.9;
const SHOWN_CITIES = 20;

type RunState =
  | { kind: "idle" }
  | { kind: "running"; progress: RunProgress }
  | { kind: "cancelled" }
  | { kind: "done"; outcome: RobustnessOutcome };

function numberField(
  label: string,
  hint: string,
  value: number,
  range: { min: number; max: number; step: number },
  onChange: (v: number) => void
): React.JSX.Element {
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        value={value}
        {...range}
        onChange={(_, d) => {
          const v = d.value ?? (d.displayValue !== undefined ? Number(d.displayValue) : NaN);
          if (Number.isFinite(v)) onChange(Math.min(range.max, Math.max(range.min, v)));
        }}
      />
    </Field>
  );
}

function RobustnessRunner({ dataset, pane, t }: ExploreBodyProps) {
  const s = useStyles();
  const r = t.robustness;
  const [settings, setSettings] = useRemembered<RobustnessSettings>(
    pane,
    "robustness.settings",
    () => ({ runs: DEFAULT_RUNS, spread: DEFAULT_SPREAD, seed: DEFAULT_SEED })
  );
  // The last result stays across tab switches while the data is the same (a run in progress
  // is cancelled by leaving the view).
  const [last, setLast] = useRemembered<{
    dataset: ExploreBodyProps["dataset"];
    outcome: RobustnessOutcome;
  } | null>(pane, "robustness.outcome", () => null);
  const [state, setState] = React.useState<RunState>(() =>
    last && last.dataset === dataset ? { kind: "done", outcome: last.outcome } : { kind: "idle" }
  );
  const cancel = React.useRef(false);
  const writer = useExploreWrite(pane);
  // Leaving the view stops a run.
  React.useEffect(() => () => void (cancel.current = true), []);

  const start = async (): Promise<void> => {
    cancel.current = false;
    setState({ kind: "running", progress: { fraction: 0, phase: "monteCarlo" } });
    const outcome = await runRobustness(dataset, settings, {
      onProgress: (progress) => setState({ kind: "running", progress }),
      cancelled: () => cancel.current,
    });
    setState(outcome ? { kind: "done", outcome } : { kind: "cancelled" });
    if (outcome) setLast({ dataset, outcome });
  };
  const running = state.kind === "running";
  const set = (change: Partial<RobustnessSettings>): void =>
    setSettings((x) => ({ ...x, ...change }));
  const zh = pane.language === "zh";
  const l = pane.language;
  const level: WeightLevel = settings.level ?? "dimension";
  const index = (v: number | null): string => (v === null ? "–" : v.toFixed(3));

  return (
    <>
      <div className={s.row}>
        {numberField(
          r.runs,
          r.runsHint,
          settings.runs,
          { min: 1, max: MAX_RUNS, step: 100 },
          (runs) => set({ runs: Math.round(runs) })
        )}
        {numberField(
          r.spread,
          r.spreadHint,
          settings.spread,
          { min: 0, max: MAX_SPREAD, step: 0.05 },
          (spread) => set({ spread })
        )}
        {numberField(r.seed, "", settings.seed, { min: 0, max: 2 ** 31 - 1, step: 1 }, (seed) =>
          set({ seed: Math.round(seed) })
        )}
      </div>
      <Field
        label={x.paneVaryLevel[l]()}
        hint={level === "indicator" ? x.paneVaryIndicatorsHint[l]() : undefined}
      >
        <RadioGroup
          layout="horizontal"
          value={level}
          disabled={running}
          onChange={(_, d) => set({ level: d.value as WeightLevel })}
        >
          <Radio value="dimension" label={x.paneVaryDimensions[l]()} />
          <Radio value="indicator" label={x.paneVaryIndicators[l]()} />
        </RadioGroup>
      </Field>
      <div className={s.row}>
        <Button appearance="primary" disabled={running} onClick={() => void start()}>
          {running ? r.running : r.run}
        </Button>
        {running && <Button onClick={() => (cancel.current = true)}>{r.cancel}</Button>}
      </div>
      {running && (
        <Field
          label={r.progress}
          hint={x.panePhase[l]({
            phase: state.progress.phase,
            percent: Math.floor(state.progress.fraction * 100),
          })}
        >
          <ProgressBar value={state.progress.fraction} thickness="large" />
        </Field>
      )}
      {state.kind === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{r.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <>
          <Caption1 className={s.muted}>
            {r.summary(
              state.outcome.result.runs,
              state.outcome.result.spread,
              state.outcome.result.seed
            )}
            {state.outcome.result.level === "indicator" &&
              ` · ${x.paneLevelSummary[l]({ level: "indicator" })}`}
          </Caption1>
          <CompactTable
            label={r.heading}
            columns={[
              { header: t.explore.colRank, kind: "narrow" },
              { header: t.explore.colCity, kind: "text" },
              { header: r.colInterval, kind: "text" },
              { header: r.colTop10, kind: "number" },
            ]}
            rows={state.outcome.result.cities.slice(0, SHOWN_CITIES).map((c) => ({
              key: `${c.rank}-${c.city}`,
              cells: [
                c.rank,
                placeNames(pane.language).name("city", c.city),
                `${c.p05.toFixed(1)}–${c.p95.toFixed(1)}`,
                `${Math.round(c.top10 * 100)}%`,
              ],
            }))}
          />
          <CompactTable
            label={r.sensitivity}
            columns={[
              { header: t.explore.colDimension, kind: "text" },
              { header: r.colFirst, kind: "number" },
              { header: r.colTotalIndex, kind: "number" },
            ]}
            rows={Object.entries(state.outcome.sensitivity).map(([name, v]) => ({
              key: name,
              cells: [dimensionLabel(dataset.framework, name, zh), index(v.first), index(v.total)],
            }))}
          />
          <WriteSheetButton
            writer={writer}
            pane={pane}
            t={t}
            label={r.write}
            onWrite={() =>
              void writer.write((explore) =>
                explore.writeRobustness({ ...state.outcome, language: pane.language })
              )
            }
          />
        </>
      )}
    </>
  );
}

export const RobustnessView = exploreView(
  "robustness-heading",
  (t) => t.robustness,
  RobustnessRunner
);
