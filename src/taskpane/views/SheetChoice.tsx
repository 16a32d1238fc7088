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
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { paneMessages as m } from "../../engine/messages/pane";
import type { Grid } from "../../engine/table";
import {
  chosenCells,
  insertSeconds,
  omissionOf,
  planSummary,
  SLOW_INSERT_CELLS,
  type SummaryPlan,
} from "../../office/insert-estimate";
import type { Pane } from "../use-pane";
import { useStyles } from "../styles";

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

/** The plan of the pane's dataset and the sheets its stored choice leaves out. */
export function useSheetSelection(pane: Pane): SheetSelection | null {
  const { dataset, language } = pane;
  const plan = React.useMemo(
    () => (dataset && dataset.cities.length > 0 ? planSummary(dataset, { language }) : null),
    [dataset, language]
  );
  if (!plan) return null;
  const stored = omissionOf(pane.prefs.omitSheets);
  const omitted =
    stored === "auto"
      ? plan.slow
        ? plan.sheets.filter((s) => s.wide).map((s) => s.key)
        : []
      : plan.sheets.filter((s) => stored.includes(s.key)).map((s) => s.key);
  return { plan, omitted, noneChosen: omitted.length === plan.sheets.length };
}

export function SheetChoice({
  pane,
  selection,
}: {
  pane: Pane;
  selection: SheetSelection;
}): React.JSX.Element {
  const s = useStyles();
  const l = pane.language;
  const { plan, omitted, noneChosen } = selection;
  const wide = plan.sheets.filter((sheet) => sheet.wide);
  const wideLeftOut = wide.length > 0 && wide.every((sheet) => omitted.includes(sheet.key));
  const cells = chosenCells(plan, omitted);
  const chosen = plan.sheets.length - omitted.length;
  const save = (next: string[]): void => void pane.savePreferences({ omitSheets: next });
  const toggleSheet = (key: string, include: boolean): void =>
    save(include ? omitted.filter((k) => k !== key) : [...omitted, key]);
  const toggleWide = (leaveOut: boolean): void => {
    const wideKeys = wide.map((sheet) => sheet.key);
    const rest = omitted.filter((k) => !wideKeys.includes(k));
    save(leaveOut ? [...rest, ...wideKeys] : rest);
  };

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
            {wide.length > 0 && (
              <Checkbox
                checked={wideLeftOut}
                onChange={(_, d) => toggleWide(d.checked === true)}
                label={m.leaveOutWide[l]({ sheets: wide.map((sheet) => sheet.name) })}
              />
            )}
            <ul
              className={s.list}
              aria-label={m.sheetsHeading[l]({ sheets: chosen, of: plan.sheets.length })}
            >
              {plan.sheets.map((sheet) => (
                <li key={sheet.key}>
                  <Checkbox
                    checked={!omitted.includes(sheet.key)}
                    onChange={(_, d) => toggleSheet(sheet.key, d.checked === true)}
                    label={m.sheetLabel[l]({ name: sheet.name, cells: sheet.cells })}
                  />
                </li>
              ))}
            </ul>
            <Body1 className={s.wrap}>
              {m.chosenEstimate[l]({
                sheets: chosen,
                of: plan.sheets.length,
                cells,
                seconds: insertSeconds(cells),
              })}
            </Body1>
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
