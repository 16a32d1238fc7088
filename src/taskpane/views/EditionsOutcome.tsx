/** The result of a comparison: the sheet written (a link that activates it) and the notes, or the problems. */
import * as React from "react";
import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { problemText, type CompareOutcome } from "../../office/editions";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import type { Pane } from "../use-pane";
import { RepairsBar } from "./NoticeBars";

type Props = { outcome: CompareOutcome; pane: Pane; t: Strings };

export function EditionOutcome({ outcome, pane, t }: Props): React.JSX.Element {
  const s = useStyles();
  const te = t.editions;
  if (!outcome.ok)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={s.wrap}>
          <MessageBarTitle>{te.failed}</MessageBarTitle>
          <ul className={s.bulletList} aria-label={te.failed}>
            {outcome.problems.map((p, k) => (
              <li key={k}>{problemText(p, pane.language)}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  const first = outcome.labels[0] ?? "";
  const last = outcome.labels[outcome.labels.length - 1] ?? "";
  return (
    <div className={s.section}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody className={s.wrap}>
          {te.done(outcome.sheet, first, last)}{" "}
          <Link
            as="button"
            aria-label={te.goToSheet(outcome.sheet)}
            onClick={() => void pane.activateSheet(outcome.sheet)}
          >
            {outcome.sheet}
          </Link>
        </MessageBarBody>
      </MessageBar>
      {outcome.repairs.length > 0 && <RepairsBar repairs={outcome.repairs} t={t} />}
      {outcome.notes.length > 0 && (
        <>
          <Text as="h3" weight="semibold" size={300} id="edition-notes" className={s.heading}>
            {te.notes}
          </Text>
          <ul className={s.bulletList} aria-labelledby="edition-notes">
            {outcome.notes.map((note, k) => (
              <li key={k}>
                <Caption1 className={s.wrap}>{note}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
