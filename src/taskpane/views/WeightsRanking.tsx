/** The Weights view's live ranking: rank, city, change against the framework (▲▼), total. */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import { CompactTable, useTableStyles } from "./CompactTable";
import type { RankedRow } from "./weights-model";

export const TOP_ROWS = 20;
/** Above this many cities "show all" becomes "show more" (rows are real DOM rows). */
const SHOW_ALL_UP_TO = 1000;
const MORE_ROWS = 200;

function Change({ change, t }: { change: number; t: Strings }): React.JSX.Element {
  const s = useTableStyles();
  const text =
    change > 0 ? t.explore.up(change) : change < 0 ? t.explore.down(-change) : t.explore.same;
  return (
    <span
      className={change > 0 ? s.up : change < 0 ? s.down : undefined}
      aria-label={t.explore.changeLabel(change)}
    >
      {text}
    </span>
  );
}

export function WeightsRanking(props: {
  rows: RankedRow[];
  cities: number;
  shown: number;
  onShow: (count: number) => void;
  t: Strings;
  /** The city's name as shown (English names in English: src/layout/places.ts). */
  cityName: (city: string) => string;
}): React.JSX.Element {
  const s = useStyles();
  const { rows, cities, shown, t } = props;
  return (
    <div className={s.section}>
      <CompactTable
        label={t.weights.ranking}
        columns={[
          { header: t.explore.colRank, kind: "narrow" },
          { header: t.explore.colCity, kind: "text" },
          { header: t.explore.colChange, kind: "change" },
          { header: t.explore.colTotal, kind: "number" },
        ]}
        rows={rows.map((row) => ({
          key: row.index,
          cells: [
            row.rank,
            props.cityName(row.city),
            <Change key="change" change={row.change} t={t} />,
            row.total.toFixed(2),
          ],
        }))}
      />
      <div className={s.row}>
        {shown < cities && cities <= SHOW_ALL_UP_TO && (
          <Button size="small" onClick={() => props.onShow(cities)}>
            {t.weights.showAll(cities)}
          </Button>
        )}
        {shown < cities && cities > SHOW_ALL_UP_TO && (
          <Button size="small" onClick={() => props.onShow(shown + MORE_ROWS)}>
            {t.weights.showMore(Math.min(MORE_ROWS, cities - shown))}
          </Button>
        )}
        {shown > TOP_ROWS && (
          <Button size="small" onClick={() => props.onShow(TOP_ROWS)}>
            {t.weights.showTop(TOP_ROWS)}
          </Button>
        )}
      </div>
    </div>
  );
}
