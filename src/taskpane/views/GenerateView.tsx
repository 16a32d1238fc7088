/** Generate: the summary's size and sheet choice (SheetChoice.tsx), one button, a progress bar with stages, the result, the stale notice and auto-refresh. */
import * as React from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Switch,
  Text,
} from "@fluentui/react-components";
import { leftOutText } from "../../office/left-out";
import type { Pane } from "../use-pane";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import { LeftOutBar, RepairsBar } from "./NoticeBars";
import { SheetChoice, SizingNote, useSheetSelection } from "./SheetChoice";

export function GenerateView({ pane, t }: { pane: Pane; t: Strings }): React.JSX.Element {
  const s = useStyles();
  const [confirming, setConfirming] = React.useState(false);
  const { dataset, generation } = pane;
  const selection = useSheetSelection(pane);
  const errors = dataset ? dataset.issues.filter((i) => i.severity === "error").length : 0;
  const start = (): void => {
    if (errors > 0) setConfirming(true);
    else void pane.generate();
  };
  const leftOut = generation.outcome?.leftOut
    ? leftOutText(generation.outcome.leftOut, pane.language)
    : null;
  const stage = generation.progress
    ? (t.generate.stage[generation.progress.stage] ?? generation.progress.stage)
    : "";

  return (
    <section className={s.section} aria-labelledby="generate-heading">
      <Subtitle2 as="h2" id="generate-heading" className={s.heading}>
        {t.generate.heading}
      </Subtitle2>
      {!dataset && <Body1>{t.generate.needBinding}</Body1>}
      {selection === "sizing" && <SizingNote pane={pane} />}
      {selection && selection !== "sizing" && <SheetChoice pane={pane} selection={selection} />}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={start}
          disabled={
            !dataset ||
            generation.running ||
            (selection !== "sizing" && selection?.noneChosen === true)
          }
        >
          {generation.running ? t.generate.running : t.generate.button}
        </Button>
      </div>
      {generation.progress && (
        <Field
          label={t.generate.progress}
          hint={`${stage} · ${Math.round(generation.progress.percent)}%`}
        >
          <ProgressBar
            value={Math.min(1, Math.max(0, generation.progress.percent / 100))}
            thickness="large"
          />
        </Field>
      )}
      {generation.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={s.wrap}>
            <MessageBarTitle>{t.generate.failed}</MessageBarTitle> {generation.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {generation.stale && !generation.running && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={s.wrap}>{t.generate.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void pane.generate()}>
              {t.generate.refresh}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {generation.outcome && !generation.running && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={s.wrap}>
            {t.generate.done(generation.outcome.sheets.length, generation.outcome.activated)}
          </MessageBarBody>
        </MessageBar>
      )}
      {leftOut && !generation.running && <LeftOutBar text={leftOut} />}
      {generation.outcome?.repairs && generation.outcome.repairs.length > 0 && (
        <RepairsBar repairs={generation.outcome.repairs} t={t} />
      )}
      {generation.outcome && (
        <div className={s.section}>
          <Text as="h3" weight="semibold" size={300} id="sheets-written" className={s.heading}>
            {t.generate.sheetsWritten}
          </Text>
          <ul className={s.list} aria-labelledby="sheets-written">
            {generation.outcome.sheets.map((sheet) => (
              <li key={sheet}>
                <Link
                  as="button"
                  className={s.wrap}
                  aria-label={t.generate.goToSheet(sheet)}
                  onClick={() => void pane.activateSheet(sheet)}
                >
                  {sheet}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Switch
        checked={pane.prefs.autoRefresh}
        onChange={(_, d) => void pane.savePreferences({ autoRefresh: d.checked })}
        label={t.generate.autoRefresh}
      />
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.generate.confirmTitle}</DialogTitle>
            <DialogContent>{t.generate.confirmBody(errors)}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void pane.generate();
                }}
              >
                {t.generate.confirm}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t.generate.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
