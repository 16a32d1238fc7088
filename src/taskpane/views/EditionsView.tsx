/**
 * Editions (issue 14): bind several sheets as editions (sheet, label, framework), optionally with
 * the report's 2011-2015 history, and write the comparison sheet ("Compare", or the ribbon's
 * "Compare editions" once editions are bound).
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { Add16Regular, Delete16Regular } from "@fluentui/react-icons";
import { problemText, type EditionBinding } from "../../office/editions";
import type { ExcelActions } from "../../office/pane-actions";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import type { Pane } from "../use-pane";
import { EditionOutcome } from "./EditionsOutcome";
import { useEditions } from "./use-editions";

type Props = { pane: Pane; t: Strings; actions: ExcelActions };

/** Fields as wide as the card and no wider: a long sheet or framework name is cut, not scrolled. */
const useEditionStyles = makeStyles({
  card: { minWidth: 0 },
  field: { minWidth: 0, maxWidth: "100%" },
  control: { width: "100%", minWidth: 0, maxWidth: "100%" },
  native: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export function EditionsView({ pane, t, actions }: Props): React.JSX.Element {
  const s = useStyles();
  const te = t.editions;
  const editions = useEditions(actions, pane);
  const { setup, sheets } = editions;
  const started = setup.editions.length > 0 || setup.reportHistory;

  return (
    <section className={s.section} aria-labelledby="editions-heading">
      <Subtitle2 as="h2" id="editions-heading" className={s.heading}>
        {te.heading}
      </Subtitle2>
      <Body1 className={s.wrap}>{te.intro}</Body1>
      {sheets && sheets.length === 0 && <Caption1>{te.noSheets}</Caption1>}
      <ol className={s.list} aria-label={te.heading}>
        {setup.editions.map((edition, i) => (
          <li key={i}>
            <EditionCard
              index={i}
              edition={edition}
              sheets={sheets ?? []}
              frameworkName={
                pane.language === "en" && pane.framework.nameEn
                  ? pane.framework.nameEn
                  : pane.framework.name
              }
              t={t}
              onChange={(edit) => editions.update(i, edit)}
              onRemove={() => editions.remove(i)}
            />
          </li>
        ))}
      </ol>
      <div className={s.row}>
        <Button
          size="small"
          icon={<Add16Regular />}
          onClick={editions.add}
          disabled={!sheets || sheets.length === 0}
        >
          {te.add}
        </Button>
      </div>
      <Checkbox
        checked={setup.reportHistory}
        onChange={(_, d) => editions.setReportHistory(d.checked === true)}
        label={te.reportHistory}
      />
      {started && editions.order.length > 0 && (
        <Caption1 className={s.wrap}>{te.order(editions.order.join(te.separator))}</Caption1>
      )}
      {started && editions.problems.length > 0 && (
        <ul className={s.bulletList} aria-label={te.failed}>
          {editions.problems.map((p, k) => (
            <li key={k}>
              <Caption1>{problemText(p, pane.language)}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={() => void editions.compare()}
          disabled={editions.running || editions.problems.length > 0}
        >
          {editions.running ? te.comparing : te.compare}
        </Button>
      </div>
      {editions.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={s.wrap}>
            <MessageBarTitle>{t.errorPrefix}</MessageBarTitle> {editions.error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={editions.dismissError}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {editions.outcome && !editions.running && (
        <EditionOutcome outcome={editions.outcome} pane={pane} t={t} />
      )}
    </section>
  );
}

type CardProps = {
  index: number;
  edition: EditionBinding;
  sheets: string[];
  frameworkName: string;
  t: Strings;
  onChange: (edit: Partial<EditionBinding>) => void;
  onRemove: () => void;
};

/** One edition: its sheet, label and framework. */
function EditionCard(props: CardProps): React.JSX.Element {
  const s = useStyles();
  const x = useEditionStyles();
  const { edition, t, index } = props;
  const te = t.editions;
  const title = edition.label.trim() || te.edition(index + 1);
  // A sheet that is gone stays listed, so the choice shows what was stored.
  const choices = props.sheets.includes(edition.sheet)
    ? props.sheets
    : [edition.sheet, ...props.sheets];
  return (
    <div className={mergeClasses(s.card, x.card)} role="group" aria-label={title}>
      <div className={s.row}>
        <Text weight="semibold">{title}</Text>
        <Button
          size="small"
          appearance="subtle"
          icon={<Delete16Regular />}
          aria-label={te.remove(title)}
          onClick={props.onRemove}
        />
      </div>
      <Field label={te.sheet} size="small" className={x.field}>
        <Select
          size="small"
          className={x.control}
          select={{ className: x.native }}
          value={edition.sheet}
          onChange={(_, d) => props.onChange({ sheet: d.value })}
        >
          {choices.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={te.label} size="small" className={x.field}>
        <Input
          size="small"
          className={x.control}
          value={edition.label}
          onChange={(_, d) => props.onChange({ label: d.value })}
        />
      </Field>
      <Field label={te.framework} size="small" className={x.field}>
        <Select
          size="small"
          className={x.control}
          select={{ className: x.native }}
          value={edition.framework}
          onChange={(_, d) =>
            props.onChange({ framework: d.value === "bundled" ? "bundled" : "table" })
          }
        >
          <option value="table">{te.frameworkTable(props.frameworkName)}</option>
          <option value="bundled">{te.frameworkBundled}</option>
        </Select>
      </Field>
    </div>
  );
}
