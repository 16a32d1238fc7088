/**
 * Shared by the explore views (Weights, Robustness, Profile): writing a sheet through the pane's
 * `explore` actions, with a busy state, the outcome (links to the sheets written) or the error.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Link,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import type { Dataset } from "../../engine/types";
import type { ExploreActions } from "../../office/write-explore";
import type { GenerateOutcome } from "../../office/pane-actions";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import type { Pane } from "../use-pane";
import { RepairsBar } from "./NoticeBars";

/**
 * useState whose value outlives the view (kept in the pane's `viewMemory` under `key`), so a
 * tab switch does not lose the user's weights, run or city. `initial` applies the first time.
 */
export function useRemembered<T>(
  pane: Pane,
  key: string,
  initial: () => T
): [T, React.Dispatch<React.SetStateAction<T>>] {
  const memory = pane.viewMemory;
  const [value, setValue] = React.useState<T>(() =>
    memory.has(key) ? (memory.get(key) as T) : initial()
  );
  React.useEffect(() => {
    memory.set(key, value);
  }, [memory, key, value]);
  return [value, setValue];
}

type WriteState = { busy: boolean; outcome: GenerateOutcome | null; error: string | null };

export function useExploreWrite(pane: Pane) {
  const [state, setState] = React.useState<WriteState>({ busy: false, outcome: null, error: null });
  const write = React.useCallback(
    async (work: (explore: ExploreActions) => Promise<GenerateOutcome>) => {
      const explore = pane.explore;
      if (!explore) return;
      setState({ busy: true, outcome: null, error: null });
      try {
        setState({ busy: false, outcome: await work(explore), error: null });
      } catch (e) {
        setState({ busy: false, outcome: null, error: e instanceof Error ? e.message : String(e) });
      }
    },
    [pane.explore]
  );
  return { ...state, write, available: pane.explore !== null };
}

export type ExploreWrite = ReturnType<typeof useExploreWrite>;

/** A write button with its spinner, then the result (sheets as links) or the error. */
export function WriteSheetButton(props: {
  writer: ExploreWrite;
  pane: Pane;
  t: Strings;
  label: string;
  disabled?: boolean;
  onWrite: () => void;
}): React.JSX.Element {
  const s = useStyles();
  const { writer, pane, t } = props;
  const { outcome } = writer;
  return (
    <div className={s.section}>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={props.disabled === true || writer.busy || !writer.available}
          onClick={props.onWrite}
        >
          {props.label}
        </Button>
        {writer.busy && <Spinner size="tiny" label={t.explore.writing} />}
      </div>
      <Caption1 className={mergeClasses(s.muted, s.wrap)}>
        {writer.available ? t.explore.rewriteHint : t.explore.noWriter}
      </Caption1>
      {writer.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={s.wrap}>
            <MessageBarTitle>{t.explore.writeFailed}</MessageBarTitle> {writer.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={s.wrap}>
            {t.explore.written(outcome.sheets.length, outcome.activated)}{" "}
            {outcome.sheets.slice(0, 3).map((sheet) => (
              <Link
                key={sheet}
                as="button"
                inline
                aria-label={t.generate.goToSheet(sheet)}
                onClick={() => void pane.activateSheet(sheet)}
              >
                {sheet}
              </Link>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.repairs && outcome.repairs.length > 0 && (
        <RepairsBar repairs={outcome.repairs} t={t} />
      )}
    </div>
  );
}

/** An explore view's section: heading, optional intro, then the view's body for the bound data. */
export function ExploreSection(props: {
  id: string;
  heading: string;
  intro?: string;
  pane: Pane;
  t: Strings;
  children: (dataset: Dataset) => React.ReactNode;
}): React.JSX.Element {
  const s = useStyles();
  const { dataset } = props.pane;
  return (
    <section className={s.section} aria-labelledby={props.id}>
      <Subtitle2 as="h2" id={props.id} className={s.heading}>
        {props.heading}
      </Subtitle2>
      {props.intro && <Body1 className={s.wrap}>{props.intro}</Body1>}
      {dataset ? (
        props.children(dataset)
      ) : (
        <Caption1 className={s.wrap}>{props.t.explore.needBinding}</Caption1>
      )}
    </section>
  );
}

/** What an explore view's body gets: the bound data and the pane. */
export type ExploreBodyProps = { dataset: Dataset; pane: Pane; t: Strings };

/**
 * An explore view: its section (heading, optional intro, and without bound data the empty
 * state) around `Body`, which renders only once data is bound.
 */
export function exploreView(
  id: string,
  texts: (t: Strings) => { heading: string; intro?: string },
  Body: React.ComponentType<ExploreBodyProps>
): (props: { pane: Pane; t: Strings }) => React.JSX.Element {
  return function ExploreView({ pane, t }) {
    const { heading, intro } = texts(t);
    return (
      <ExploreSection id={id} heading={heading} intro={intro} pane={pane} t={t}>
        {(dataset) => <Body dataset={dataset} pane={pane} t={t} />}
      </ExploreSection>
    );
  };
}
