/** The task pane: a header with the bound table, compact tab navigation and one view per tab. */
import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import type { ExcelActions } from "../office/pane-actions";
import { strings } from "./strings";
import type { PaneLanguage } from "./strings";
import { useStyles } from "./styles";
import { TabBar } from "./TabBar";
import { usePane } from "./use-pane";

// The Explore and Editions views load on first use, in chunks of their own: the pane opens
// without their code (sliders, search, the Monte Carlo; bundle budget in BENCHMARKS.md).
const WeightsView = React.lazy(async () => ({
  default: (await import("./views/WeightsView")).WeightsView,
}));
const RobustnessView = React.lazy(async () => ({
  default: (await import("./views/RobustnessView")).RobustnessView,
}));
const ProfileView = React.lazy(async () => ({
  default: (await import("./views/ProfileView")).ProfileView,
}));
const EditionsView = React.lazy(async () => ({
  default: (await import("./views/EditionsView")).EditionsView,
}));
import { FindView, where } from "./views/FindView";
import { GenerateView } from "./views/GenerateView";
import { MapView } from "./views/MapView";
import { CommandNoticeBar } from "./views/NoticeBars";
import { SampleView } from "./views/SampleView";
import { SettingsView } from "./views/SettingsView";
import { ValidateView } from "./views/ValidateView";

export type TabKey =
  "find" | "map" | "validate" | "generate" | ExploreTab | "editions" | "sample" | "settings";
type ExploreTab = "weights" | "robustness" | "profile";
const EXPLORE_TABS: ExploreTab[] = ["weights", "robustness", "profile"];
const TABS: TabKey[] = [
  "find",
  "map",
  "validate",
  "generate",
  "editions",
  "sample",
  "settings",
  ...EXPLORE_TABS,
];

export type AppProps = {
  actions: ExcelActions;
  /** From Office.context.displayLanguage; the Settings view can override it. */
  officeLanguage: PaneLanguage;
  initialTab?: TabKey;
};

export function App({ actions, officeLanguage, initialTab }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane actions={actions} officeLanguage={officeLanguage} initialTab={initialTab} />
    </FluentProvider>
  );
}

function Pane({ actions, officeLanguage, initialTab }: AppProps): React.JSX.Element {
  const s = useStyles();
  const pane = usePane(actions, officeLanguage);
  const t = strings(pane.language);
  const [tab, setTab] = React.useState<TabKey>(initialTab ?? "find");

  React.useEffect(() => {
    document.documentElement.lang = pane.language === "zh" ? "zh-CN" : "en";
  }, [pane.language]);

  // A workbook without a bound table starts where the user can get one.
  const startedWith = React.useRef(false);
  React.useEffect(() => {
    if (!pane.ready || startedWith.current) return;
    startedWith.current = true;
    if (!initialTab && pane.data) setTab("validate");
  }, [pane.ready, pane.data, initialTab]);

  // The ribbon's "Compare editions" without bound editions opens the pane here; its "Generate
  // summary" with no sheet chosen, at the choice of sheets.
  React.useEffect(() => {
    if (pane.notice?.kind === "editions-not-bound") setTab("editions");
    if (pane.notice?.kind === "no-sheets") setTab("generate");
  }, [pane.notice]);

  if (!pane.ready) {
    return (
      <div className={s.root}>
        <Spinner label={t.loading} />
      </div>
    );
  }
  const view: Record<TabKey, React.JSX.Element> = {
    find: <FindView pane={pane} t={t} />,
    map: <MapView pane={pane} t={t} onFind={() => setTab("find")} />,
    validate: <ValidateView pane={pane} t={t} />,
    generate: <GenerateView pane={pane} t={t} />,
    editions: <EditionsView pane={pane} t={t} actions={actions} />,
    sample: <SampleView pane={pane} t={t} onValidate={() => setTab("validate")} />,
    settings: <SettingsView pane={pane} t={t} officeLanguage={officeLanguage} />,
    weights: <WeightsView pane={pane} t={t} />,
    robustness: <RobustnessView pane={pane} t={t} />,
    profile: <ProfileView pane={pane} t={t} />,
  };

  return (
    <div className={s.root}>
      <header className={s.header}>
        <Title3 as="h1" className={s.heading}>
          {t.appTitle}
        </Title3>
        <Caption1 className={s.wrap} aria-live="polite">
          {pane.data && pane.dataset
            ? t.bound(where(pane.data.table), pane.dataset.cities.length)
            : t.notBound}
        </Caption1>
      </header>
      <TabBar
        tabs={TABS}
        labels={t.tabs}
        selected={tab}
        onSelect={setTab}
        label={t.navLabel}
        moreLabel={t.moreTabs}
      />
      <main className={s.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {pane.error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={s.wrap}>
              <MessageBarTitle>{t.errorPrefix}</MessageBarTitle> {pane.error}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={pane.dismissError}>
                {t.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {pane.notice && (
          <CommandNoticeBar
            notice={pane.notice}
            t={t}
            onDismiss={pane.dismissNotice}
            {...(tab !== "find" ? { onFind: () => setTab("find") } : {})}
          />
        )}
        <React.Suspense fallback={<Spinner size="small" label={t.loading} />}>
          {view[tab]}
        </React.Suspense>
      </main>
    </div>
  );
}
