/** One weight of the Weights view: name, a number box and a slider (Fluent SpinButton + Slider). */
import * as React from "react";
import { makeStyles, Slider, SpinButton, Text, tokens } from "@fluentui/react-components";
import { roundWeight } from "./weights-model";

const useWeightStyles = makeStyles({
  control: { display: "flex", flexDirection: "column", minWidth: 0 },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  number: { width: "84px", flexShrink: 0 },
  slider: { width: "100%", minWidth: 0 },
});

export type WeightControlProps = {
  id: string;
  name: string;
  /** Accessible name of the inputs ("Weight of …"). */
  label: string;
  value: number;
  max: number;
  /** Slider step. */
  step: number;
  onChange: (value: number) => void;
  strong?: boolean;
};

/** Largest weight a control offers: room for tripling a small weight or doubling a large one. */
export const controlMax = (frameworkWeight: number, total: number): number =>
  Math.max(
    Math.ceil(frameworkWeight * 3),
    Math.min(Math.ceil(total), Math.ceil(frameworkWeight * 2) + 10)
  );

export function WeightControl(props: WeightControlProps): React.JSX.Element {
  const s = useWeightStyles();
  const { value, max, onChange } = props;
  const set = (next: number | null | undefined): void => {
    if (next === null || next === undefined || !Number.isFinite(next)) return;
    onChange(Math.min(Math.max(0, next), max));
  };
  return (
    <div className={s.control}>
      <div className={s.head}>
        <Text
          id={`${props.id}-name`}
          className={s.name}
          weight={props.strong ? "semibold" : "regular"}
        >
          {props.name}
        </Text>
        <SpinButton
          className={s.number}
          size="small"
          value={roundWeight(value)}
          min={0}
          max={max}
          step={1}
          aria-label={props.label}
          onChange={(_, d) =>
            set(d.value ?? (d.displayValue !== undefined ? Number(d.displayValue) : null))
          }
        />
      </div>
      <Slider
        className={s.slider}
        size="small"
        min={0}
        max={max}
        step={props.step}
        value={Math.min(value, max)}
        aria-label={props.label}
        onChange={(_, d) => set(d.value)}
      />
    </div>
  );
}
