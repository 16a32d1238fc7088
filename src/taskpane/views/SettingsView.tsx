/** Settings: framework (bundled or imported JSON), language, rank method. */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import type { TotalsSource } from "../../engine/evaluate";
import type { RankMethod } from "../../engine/types";
import type { Pane } from "../use-pane";
import type { PaneLanguage, Strings } from "../strings";
import { useStyles } from "../styles";

const RANK_METHODS: RankMethod[] = ["competition", "dense", "ordinal"];
const TOTALS: TotalsSource[] = ["reported", "computed"];

/** Reads a chosen file as text (FileReader works in every Office webview). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file);
  });
}

type Props = { pane: Pane; t: Strings; officeLanguage: PaneLanguage };

export function SettingsView({ pane, t, officeLanguage }: Props): React.JSX.Element {
  const s = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const { framework, frameworkImport } = pane;
  const bundled = pane.prefs.framework === null || pane.prefs.framework === undefined;
  const frameworkName = pane.language === "en" ? framework.nameEn : framework.name;

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) await pane.importFramework(await readText(file), t.settings.notJson);
  };

  return (
    <section className={s.section} aria-labelledby="settings-heading">
      <Subtitle2 as="h2" id="settings-heading" className={s.heading}>
        {t.settings.heading}
      </Subtitle2>

      <div className={s.section} role="group" aria-labelledby="framework-heading">
        <Body1 as="h3" id="framework-heading" className={mergeClasses(s.heading, s.legend)}>
          {t.settings.framework}
        </Body1>
        <Body1 className={s.wrap}>
          {bundled ? t.settings.bundled : t.settings.imported(frameworkName)}
        </Body1>
        <Caption1 className={s.wrap}>
          {`${frameworkName} — ${t.settings.frameworkInfo(framework.dimensions.length, framework.indicators.length, framework.maxTotal)}`}
        </Caption1>
        <div className={s.row}>
          <Button onClick={() => fileInput.current?.click()}>{t.settings.import}</Button>
          <Button onClick={() => void pane.selectBundledFramework()} disabled={bundled}>
            {t.settings.useBundled}
          </Button>
        </div>
        <input
          ref={fileInput}
          className={s.hiddenInput}
          type="file"
          accept=".json,application/json"
          aria-label={t.settings.importLabel}
          onChange={(e) => void onFile(e)}
        />
        {frameworkImport?.ok === true && (
          <MessageBar intent="success">
            <MessageBarBody className={s.wrap}>
              {t.settings.importOk(
                frameworkImport.name,
                framework.dimensions.length,
                framework.indicators.length
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {frameworkImport?.ok === false && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={s.wrap}>
              <MessageBarTitle>{t.settings.importFailed}</MessageBarTitle>
              <ul>
                {frameworkImport.errors.map((error, k) => (
                  <li key={k}>{error}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <Field label={t.settings.language}>
        <Select
          value={pane.prefs.language ?? "auto"}
          onChange={(_, d) =>
            void pane.savePreferences({
              language: d.value === "zh" || d.value === "en" ? d.value : null,
            })
          }
        >
          <option value="auto">
            {t.settings.languageAuto(t.settings.languageNames[officeLanguage])}
          </option>
          <option value="zh">{t.settings.languageNames.zh}</option>
          <option value="en">{t.settings.languageNames.en}</option>
        </Select>
      </Field>

      <Choice
        label={t.settings.totals}
        hint={t.settings.totalsHint}
        value={pane.prefs.totals}
        labels={t.settings.totalsSources}
        options={TOTALS}
        onChange={(totals) => void pane.savePreferences({ totals })}
      />
      <Choice
        label={t.settings.rankMethod}
        value={pane.prefs.rankMethod}
        labels={t.settings.rankMethods}
        options={RANK_METHODS}
        onChange={(rankMethod) => void pane.savePreferences({ rankMethod })}
      />
    </section>
  );
}

type ChoiceProps<K extends string> = {
  label: string;
  hint?: string;
  value: K;
  options: readonly K[];
  labels: Record<K, string>;
  onChange: (value: K) => void;
};

/** A labelled radio group over a fixed set of options. */
function Choice<K extends string>(props: ChoiceProps<K>): React.JSX.Element {
  return (
    <Field label={props.label} {...(props.hint ? { hint: props.hint } : {})}>
      <RadioGroup value={props.value} onChange={(_, d) => props.onChange(d.value as K)}>
        {props.options.map((m) => (
          <Radio key={m} value={m} label={props.labels[m]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
