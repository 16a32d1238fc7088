/** The Generate view's sheet list (SheetChoice.tsx): a checkbox per sheet, one for the widest sheets, the chosen cells and their estimate. Loaded on first opening. */
import * as React from "react";
import { Body1, Checkbox } from "@fluentui/react-components";
import { paneMessages as m } from "../../engine/messages/pane";
import { chosenCells, insertSeconds } from "../../office/insert-estimate";
import { useStyles } from "../styles";
import type { SheetChoiceProps } from "./SheetChoice";

export function SheetList({ pane, selection }: SheetChoiceProps): React.JSX.Element {
  const { plan, omitted } = selection;
  const s = useStyles();
  const l = pane.language;
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
    <>
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
    </>
  );
}
