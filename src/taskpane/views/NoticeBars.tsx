/** Message bars the pane shows above every view: the ribbon command's outcome, repairs. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { CommandNotice } from "../../office/pane-actions";
import type { Strings } from "../strings";
import { useStyles } from "../styles";

/** What the writer's guard changed (issue 10), as a list under a title. */
export function RepairsBar({ repairs, t }: { repairs: string[]; t: Strings }): React.JSX.Element {
  const s = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={s.wrap}>
        <MessageBarTitle>{t.repairs.title(repairs.length)}</MessageBarTitle>
        <ul aria-label={t.repairs.title(repairs.length)} className={s.bulletList}>
          {repairs.map((repair, k) => (
            <li key={k}>{repair}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The sheets a generate run left out (officeMessages.sheetsLeftOut), as information. */
export function LeftOutBar({ text }: { text: string }): React.JSX.Element {
  const s = useStyles();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={s.wrap}>{text}</MessageBarBody>
    </MessageBar>
  );
}

function noticeText(notice: CommandNotice, t: Strings): React.ReactNode {
  const sheet = notice.sheet ?? "";
  switch (notice.kind) {
    case "failed":
      return (
        <>
          <MessageBarTitle>
            {notice.command === "editions" ? t.editions.commandFailed : t.command.failed}
          </MessageBarTitle>{" "}
          {notice.message}
        </>
      );
    case "no-table":
      return t.command.noTable(sheet);
    case "no-cities":
      return t.command.noCities(sheet);
    case "hidden-sheet":
      return t.command.hiddenSheet(sheet);
    case "no-sheets":
      return notice.message;
    case "editions-not-bound":
      return t.editions.notBound;
    case "repaired":
    case "left-out":
      return null;
  }
}

type Props = { notice: CommandNotice; t: Strings; onFind?: () => void; onDismiss: () => void };

/** The ribbon command's notice, with "Find a table" where that is the way out. */
export function CommandNoticeBar({ notice, t, onFind, onDismiss }: Props): React.JSX.Element {
  const s = useStyles();
  const dismiss = (
    <Button size="small" onClick={onDismiss}>
      {t.dismiss}
    </Button>
  );
  if (notice.kind === "repaired" || notice.kind === "left-out")
    return (
      <div className={s.section}>
        {notice.repairs && notice.repairs.length > 0 && (
          <RepairsBar repairs={notice.repairs} t={t} />
        )}
        {notice.leftOut && <LeftOutBar text={notice.leftOut} />}
        <div className={s.row}>{dismiss}</div>
      </div>
    );
  const findable = notice.kind === "no-table" || notice.kind === "hidden-sheet";
  return (
    <MessageBar intent={notice.kind === "failed" ? "error" : "warning"} layout="multiline">
      <MessageBarBody className={s.wrap}>{noticeText(notice, t)}</MessageBarBody>
      <MessageBarActions>
        {findable && onFind && (
          <Button size="small" onClick={onFind}>
            {t.command.find}
          </Button>
        )}
        {dismiss}
      </MessageBarActions>
    </MessageBar>
  );
}
