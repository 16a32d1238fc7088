/** Try it: insert the bundled 2015 appendix into a new sheet and bind it. */
import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import type { Pane } from "../use-pane";
import type { Strings } from "../strings";
import { useStyles } from "../styles";

export function SampleView({
  pane,
  t,
  onValidate,
}: {
  pane: Pane;
  t: Strings;
  onValidate: () => void;
}): React.JSX.Element {
  const s = useStyles();
  const [inserted, setInserted] = React.useState<string | null>(null);
  const insert = async (): Promise<void> => {
    setInserted(null);
    setInserted(await pane.insertSample());
  };
  return (
    <section className={s.section} aria-labelledby="sample-heading">
      <Subtitle2 as="h2" id="sample-heading" className={s.heading}>
        {t.sample.heading}
      </Subtitle2>
      <Body1 className={s.wrap}>{t.sample.intro}</Body1>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void insert()} disabled={pane.busy !== null}>
          {t.sample.button}
        </Button>
        {(pane.busy === "sample" || pane.busy === "bind") && (
          <Spinner size="tiny" label={t.sample.inserting} />
        )}
      </div>
      {inserted && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={s.wrap}>{t.sample.done(inserted)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onValidate}>
              {t.sample.next}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
