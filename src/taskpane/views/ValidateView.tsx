/** Validate: the engine's issues grouped by severity; each names city, indicator and cell. */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import type { Severity, ValidationIssue } from "../../engine/types";
import { issueText, itemNameIn } from "../../engine/messages";
import { SeverityIcon, useSeverityEdge } from "../severity";
import type { Pane } from "../use-pane";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import { groupIssues } from "../table-model";

/**
 * The message without its leading cell address ("Sheet1!D3: …"), which the entry's location
 * already shows; messages placed by row and column (no cell) keep their place.
 */
export function withoutCell(text: string, cell: string | null | undefined): string {
  if (!cell) return text;
  for (const separator of [": ", "："]) {
    if (!text.startsWith(cell + separator)) continue;
    const rest = text.slice(cell.length + separator.length);
    // A sentence of its own now: "The reported total …", not "the reported total …".
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return text;
}

/** Entries shown per severity; the rest is counted. */
const SHOWN = 200;

export function ValidateView({ pane, t }: { pane: Pane; t: Strings }): React.JSX.Element {
  const s = useStyles();
  const { data, dataset } = pane;
  if (!data || !dataset) {
    return (
      <section className={s.section} aria-labelledby="validate-heading">
        <Subtitle2 as="h2" id="validate-heading" className={s.heading}>
          {t.validate.heading}
        </Subtitle2>
        <Body1>{t.validate.needBinding}</Body1>
      </section>
    );
  }
  const groups = groupIssues(dataset.issues);
  const count = (severity: ValidationIssue["severity"]): number =>
    dataset.issues.filter((i) => i.severity === severity).length;

  // The engine's catalogue words every issue (with the computed sum in total mismatches).
  const describe = (issue: ValidationIssue): string =>
    withoutCell(issueText(issue, pane.language, dataset.framework), issue.cell);
  const whereOf = (issue: ValidationIssue): string =>
    [
      issue.cell,
      issue.city,
      issue.indicator && itemNameIn(issue.indicator, pane.language, dataset.framework),
    ]
      .filter(Boolean)
      .join(" · ");

  return (
    <section className={s.section} aria-labelledby="validate-heading">
      <Subtitle2 as="h2" id="validate-heading" className={s.heading}>
        {t.validate.heading}
      </Subtitle2>
      <div className={s.row}>
        {dataset.issues.length > 0 && (
          <Text role="status" weight="semibold">
            {t.validate.counts(count("error"), count("warning"))}
          </Text>
        )}
        <Button size="small" onClick={() => void pane.reread()} disabled={pane.busy !== null}>
          {t.validate.reread}
        </Button>
      </div>
      {dataset.issues.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t.validate.clean(dataset.cities.length)}</MessageBarBody>
        </MessageBar>
      )}
      {groups.length > 0 && <Caption1 className={s.muted}>{t.validate.selectHint}</Caption1>}
      {groups.map((group) => (
        <div key={group.severity} className={s.section}>
          <Text
            as="h3"
            weight="semibold"
            size={300}
            id={`issues-${group.severity}`}
            className={mergeClasses(s.heading, s.iconRow)}
          >
            <SeverityIcon severity={group.severity} />
            {`${t.validate.severity[group.severity]} (${group.issues.length})`}
          </Text>
          <ul className={s.list} aria-labelledby={`issues-${group.severity}`}>
            {group.issues.slice(0, SHOWN).map((issue, k) => (
              <li key={k}>
                <IssueEntry
                  issue={issue}
                  severityLabel={t.validate.severityOne[issue.severity]}
                  where={whereOf(issue)}
                  text={describe(issue)}
                  onSelect={(cell) => void pane.selectCell(cell)}
                />
              </li>
            ))}
          </ul>
          {group.issues.length > SHOWN && (
            <Caption1>{t.validate.more(group.issues.length - SHOWN)}</Caption1>
          )}
        </div>
      ))}
    </section>
  );
}

type EntryProps = {
  issue: ValidationIssue;
  severityLabel: string;
  where: string;
  text: string;
  onSelect: (cell: string) => void;
};

/** One issue: severity icon, where (cell · city · indicator) and what; a click selects the cell. */
function IssueEntry({
  issue,
  severityLabel,
  where,
  text,
  onSelect,
}: EntryProps): React.JSX.Element {
  const s = useStyles();
  const edge = useSeverityEdge();
  const severity: Severity = issue.severity;
  const content = (
    <span className={s.iconRow}>
      <SeverityIcon severity={severity} label={severityLabel} />
      <span className={s.issueText}>
        <span className={s.issueWhere}>{where || issue.code}</span>
        <span className={s.wrap}>{text}</span>
      </span>
    </span>
  );
  if (!issue.cell) return <div className={mergeClasses(s.card, edge[severity])}>{content}</div>;
  const cell = issue.cell;
  return (
    <Button
      appearance="subtle"
      className={mergeClasses(s.issueButton, edge[severity])}
      onClick={() => onSelect(cell)}
    >
      {content}
    </Button>
  );
}
