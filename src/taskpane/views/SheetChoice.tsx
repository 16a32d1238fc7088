/**
 * The Generate view's size section (issue 12, "Office.js at scale"): the table's size, the cells
 * each summary sheet writes, an estimate of the insert time and a choice of sheets. Above
 * SLOW_INSERT_CELLS the widest sheets are left out by default and the list is open; below, the
 * list is collapsed. The choice is stored in the pane's preferences (docs/adr/0014-large-summary-sheet-choice.md).
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { paneMessages as m } from "../../engine/messages/pane";
import type { Grid } from "../../engine/table";
import {
  insertSeconds,
  omissionOf,
  SLOW_INSERT_CELLS,
  type SummaryPlan,
} from "../../office/insert-estimate";
import type { Pane } from "../use-pane";
import { useStyles } from "../styles";
import { useSummaryPlan } from "./use-summary-plan";

/** The list of sheets with their checkboxes loads on first opening (its own chunk: the pane's bundle budget). */
const SheetList = React.lazy(async () => ({ default: (await import("./SheetList")).SheetList }));

export type SheetSelection = {
  plan: SummaryPlan;
  /** Keys left out, as the view shows them (may be every sheet: then nothing can be generated). */
  omitted: string[];
  noneChosen: boolean;
};

/** Widest row of the bound grid (its column count). */
function gridColumns(grid: Grid): number {
  let columns = 0;
  for (const row of grid) columns = row.length > columns ? row.length : columns;
  return columns;
}

/**
 * The plan of the pane's dataset and the sheets its stored choice leaves out; "sizing" while a
 * large table is sized (use-summary-plan.ts).
 */
export function useSheetSelection(pane: Pane): SheetSelection | "sizing" | null {
  const { dataset, language, prefs } = pane;
  const plan = useSummaryPlan(dataset, {
    language,
    rankMethod: prefs.rankMethod,
    totals: prefs.totals,
  });
  if (plan === null || plan === "sizing") return plan;
  const stored = omissionOf(prefs.omitSheets);
  const omitted =
    stored === "auto"
      ? plan.slow
        ? plan.sheets.filter((s) => s.wide).map((s) => s.key)
        : []
      : plan.sheets.filter((s) => stored.includes(s.key)).map((s) => s.key);
  return { plan, omitted, noneChosen: omitted.length === plan.sheets.length };
}

/** Shown in place of the size section while a large table is sized. */
export function SizingNote({ pane }: { pane: Pane }): React.JSX.Element {
  return <Spinner size="tiny" labelPosition="after" label={m.sizing[pane.language]()} />;
}

export type SheetChoiceProps = { pane: Pane; selection: SheetSelection };

export function SheetChoice({ pane, selection }: SheetChoiceProps): React.JSX.Element {
  const s = useStyles();
  const { plan, omitted, noneChosen } = selection;
  const l = pane.language;
  const chosen = plan.sheets.length - omitted.length;

  return (
    <div className={s.section}>
      <Body1 className={s.wrap}>
        {m.tableSize[l]({
          cities: plan.cities,
          columns: pane.data ? gridColumns(pane.data.grid) : 0,
          cells: plan.cells,
        })}
      </Body1>
      {plan.slow && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={s.wrap}>
            <MessageBarTitle>{m.slowTitle[l]()}</MessageBarTitle>{" "}
            {m.slowBody[l]({
              cells: plan.cells,
              seconds: insertSeconds(plan.cells),
              threshold: SLOW_INSERT_CELLS,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {/* Remounted when the size crosses the threshold, so the list opens (or closes) with it. */}
      <Accordion key={String(plan.slow)} collapsible defaultOpenItems={plan.slow ? ["sheets"] : []}>
        <AccordionItem value="sheets">
          <AccordionHeader>
            {m.sheetsHeading[l]({ sheets: chosen, of: plan.sheets.length })}
          </AccordionHeader>
          <AccordionPanel>
            <React.Suspense fallback={<Spinner size="tiny" />}>
              <SheetList pane={pane} selection={selection} />
            </React.Suspense>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {noneChosen && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={s.wrap}>{m.noSheetChosen[l]()}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
