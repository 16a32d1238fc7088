/** Find & bind: scan the workbook for score tables and bind one. */
import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
} from "@fluentui/react-components";
import type { ScanCandidate, TableRef } from "../../office/pane-actions";
import type { Pane } from "../use-pane";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import { sheetRef } from "../../engine/text";

export const where = (t: TableRef): string => `${sheetRef(t.sheet)}!${t.address}`;

export function FindView({ pane, t }: { pane: Pane; t: Strings }): React.JSX.Element {
  const s = useStyles();
  const [boundMessage, setBoundMessage] = React.useState<string | null>(null);
  const total = pane.framework.indicators.length;
  const bound = pane.data?.table;
  const isBound = (c: ScanCandidate): boolean =>
    bound !== undefined && bound.sheet === c.sheet && bound.address === c.address;

  const bind = async (c: ScanCandidate): Promise<void> => {
    setBoundMessage(null);
    if (await pane.bindTable(c)) setBoundMessage(t.find.bindDone(where(c)));
  };

  return (
    <section className={s.section} aria-labelledby="find-heading">
      <Subtitle2 as="h2" id="find-heading" className={s.heading}>
        {t.find.heading}
      </Subtitle2>
      <Body1 className={s.wrap}>{t.find.intro}</Body1>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void pane.scan()} disabled={pane.busy !== null}>
          {t.find.scan}
        </Button>
        {pane.busy === "scan" && <Spinner size="tiny" label={t.find.scanning} />}
      </div>
      <Switch
        checked={pane.includeHidden}
        onChange={(_, d) => pane.setIncludeHidden(d.checked)}
        label={t.find.includeHidden}
      />
      {boundMessage && (
        <MessageBar intent="success">
          <MessageBarBody className={s.wrap}>{boundMessage}</MessageBarBody>
        </MessageBar>
      )}
      {pane.candidates && pane.candidates.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody className={s.wrap}>{t.find.none}</MessageBarBody>
        </MessageBar>
      )}
      {pane.candidates && pane.candidates.length > 0 && (
        <>
          <Caption1 role="status">{t.find.candidates(pane.candidates.length)}</Caption1>
          <ul className={s.list} aria-label={t.find.candidates(pane.candidates.length)}>
            {pane.candidates.map((c) => (
              <li key={`${c.sheet}!${c.address}`} className={s.card}>
                <Body1 className={s.issueWhere}>{where(c)}</Body1>
                <Caption1 className={s.wrap}>
                  {[
                    t.find.matched(c.matched, total),
                    t.find.rows(c.dataRows),
                    c.mapping.headerRows === 2 ? t.find.twoRowHeader : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Caption1>
                {c.unmatchedIndicators.length > 0 && (
                  <Caption1 className={s.wrap}>
                    {t.find.missing(c.unmatchedIndicators.join(", "))}
                  </Caption1>
                )}
                <div className={s.row}>
                  <Button
                    size="small"
                    aria-label={t.find.bindLabel(where(c))}
                    onClick={() => void bind(c)}
                    disabled={pane.busy !== null}
                  >
                    {t.find.bind}
                  </Button>
                  {c.hidden && (
                    <Badge appearance="tint" color="warning">
                      {t.find.hiddenSheet}
                    </Badge>
                  )}
                  {isBound(c) && (
                    <Badge appearance="tint" color="success">
                      {t.find.boundHere}
                    </Badge>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
