/**
 * One group of the Weights view: a dimension, or the bonus, with its own weight (number box and
 * slider) and a toggle that shows the weight of each of its items (indicators or bonus items).
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { controlMax, WeightControl } from "./WeightControl";

const useGroupStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  items: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  toggle: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
});

/** An item of a group: id, shown name, framework weight and current weight. */
export type WeightItem = { id: string; name: string; frameworkWeight: number; weight: number };

export function WeightGroup(props: {
  id: string;
  name: string;
  /** Accessible name of an input for `name` ("Weight of …"). */
  labelOf: (name: string) => string;
  frameworkWeight: number;
  weight: number;
  /** The framework's maximum total (sets the sliders' range). */
  maxTotal: number;
  onChange: (weight: number) => void;
  items: WeightItem[];
  /** The toggle's text ("6 indicators"). */
  itemsLabel: string;
  onItemChange: (item: number, weight: number) => void;
  expanded: boolean;
  onToggle: () => void;
}): React.JSX.Element {
  const w = useGroupStyles();
  const { id, expanded } = props;
  return (
    <div className={w.group}>
      <WeightControl
        id={`weight-${id}`}
        name={props.name}
        label={props.labelOf(props.name)}
        value={props.weight}
        max={controlMax(props.frameworkWeight, props.maxTotal)}
        step={0.5}
        strong
        onChange={props.onChange}
      />
      <Button
        className={w.toggle}
        appearance="transparent"
        size="small"
        icon={expanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={expanded}
        aria-controls={`items-${id}`}
        onClick={props.onToggle}
      >
        {props.itemsLabel}
      </Button>
      {expanded && (
        <div id={`items-${id}`} className={w.items}>
          {props.items.map((item, i) => (
            <WeightControl
              key={item.id}
              id={`weight-${item.id}`}
              name={item.name}
              label={props.labelOf(item.name)}
              value={item.weight}
              max={controlMax(item.frameworkWeight, props.maxTotal)}
              step={0.1}
              onChange={(v) => props.onItemChange(i, v)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
