/**
 * The pane's tab bar on one row at any width: tabs that do not fit move into a "More" menu
 * (Fluent `Overflow` + `Menu`, as Fluent's "TabList with overflow" pattern). The selected tab has
 * the highest priority, so it always stays on the bar.
 */
import * as React from "react";
import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";

const useTabBarStyles = makeStyles({
  bar: {
    flexWrap: "nowrap",
    minWidth: 0,
    overflow: "hidden",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: { flexShrink: 0, whiteSpace: "nowrap" },
  more: { flexShrink: 0, minWidth: "auto", alignSelf: "center" },
});

type TabBarProps<K extends string> = {
  tabs: readonly K[];
  labels: Record<K, string>;
  selected: K;
  onSelect: (tab: K) => void;
  /** Accessible names of the navigation and of the "More" button. */
  label: string;
  moreLabel: string;
};

export function TabBar<K extends string>(props: TabBarProps<K>): React.JSX.Element {
  const s = useTabBarStyles();
  const { tabs, labels, selected, onSelect } = props;
  return (
    <Overflow minimumVisible={2}>
      <TabList
        className={s.bar}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, d) => onSelect(d.value as K)}
        aria-label={props.label}
      >
        {tabs.map((key) => (
          <OverflowItem key={key} id={key} priority={key === selected ? 2 : 1}>
            <Tab className={s.tab} value={key} id={`tab-${key}`} aria-controls={`panel-${key}`}>
              {labels[key]}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs {...props} />
      </TabList>
    </Overflow>
  );
}

/** The "More" button and its menu of the tabs that overflow; absent while every tab fits. */
function MoreTabs<K extends string>(props: TabBarProps<K>): React.JSX.Element | null {
  const s = useTabBarStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          className={s.more}
          appearance="transparent"
          size="small"
          icon={<MoreHorizontal20Regular />}
          aria-label={`${props.moreLabel} (${overflowCount})`}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {props.tabs.map((key) => (
            <OverflowTabItem key={key} id={key} onClick={() => props.onSelect(key)}>
              {props.labels[key]}
            </OverflowTabItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu entry for a tab that does not fit on the bar (nothing while it is visible). */
function OverflowTabItem(props: {
  id: string;
  onClick: () => void;
  children: string;
}): React.JSX.Element | null {
  const visible = useIsOverflowItemVisible(props.id);
  if (visible) return null;
  return <MenuItem onClick={props.onClick}>{props.children}</MenuItem>;
}
