/**
 * Profile (城市画像, issue 13): pick a city (Fluent Combobox with search); its total and rank,
 * ranks in its region, province and level, each dimension's rate against the national and
 * regional means, strengths, weaknesses and peers (src/engine/explore/profile.ts); "Write profile
 * sheet" inserts the command line's one-page profile with its radar chart, and a batch writes
 * the profiles of the city's region or level.
 */
import { placeNames } from "../../layout/places";
import * as React from "react";
import { Button, Caption1, Combobox, Field, Option, Text } from "@fluentui/react-components";
import { evaluate } from "../../engine/evaluate";
import type { Evaluation, Grouping } from "../../engine/evaluation-types";
import { cityProfile } from "../../engine/explore/profile";
import { useStyles } from "../styles";
import type { ExploreBodyProps } from "./explore-write";
import { exploreView, useExploreWrite, useRemembered, WriteSheetButton } from "./explore-write";
import { ProfileDetails } from "./ProfileDetails";

/** Options listed at once (a long list is narrowed by typing). */
const MAX_OPTIONS = 50;
const normalize = (text: string): string => text.normalize("NFKC").trim().toLowerCase();

/** Cities (input order) of city k's group, in rank order. */
export function groupMembers(evaluation: Evaluation, k: number, grouping: Grouping): number[] {
  const column = evaluation.columns[grouping];
  const name = column[k];
  if (name === null || name === undefined) return [];
  return Array.from(evaluation.columns.order).filter((c) => column[c] === name);
}

function ProfilePicker({ dataset, pane, t }: ExploreBodyProps) {
  const s = useStyles();
  const { rankMethod, totals } = pane.prefs;
  const evaluation = React.useMemo(
    () => evaluate(dataset, { method: rankMethod, totals }),
    [dataset, rankMethod, totals]
  );
  const names = evaluation.columns.city;
  // English names in English (src/layout/places.ts); the search finds either name.
  const places = React.useMemo(() => placeNames(pane.language), [pane.language]);
  const shown = (c: number): string => places.name("city", names[c] ?? "");
  // The city by name, kept across tab switches and data changes; the top city at first.
  const [selected, setSelected] = useRemembered<string | null>(pane, "profile.city", () => null);
  const found = selected !== null ? names.indexOf(selected) : -1;
  const k = found >= 0 ? found : (evaluation.columns.order[0] ?? null);
  const [query, setQuery] = React.useState(k !== null ? shown(k) : "");
  const writer = useExploreWrite(pane);

  const options = React.useMemo(() => {
    const key = normalize(query);
    const all = Array.from(evaluation.columns.order);
    const exact = k !== null && places.name("city", names[k] ?? "") === query;
    const matches = (c: number): boolean =>
      normalize(names[c] ?? "").includes(key) ||
      normalize(places.name("city", names[c] ?? "")).includes(key);
    const matching = key === "" || exact ? all : all.filter(matches);
    return matching.slice(0, MAX_OPTIONS);
  }, [evaluation, names, places, query, k]);

  const profile = React.useMemo(
    () => (k !== null ? cityProfile(evaluation, k) : null),
    [evaluation, k]
  );
  const choose = (city: number): void => {
    setSelected(names[city] ?? null);
    setQuery(shown(city));
  };
  const write = (cities: number[]): void =>
    void writer.write((explore) =>
      explore.writeProfiles({ evaluation, cities, language: pane.language })
    );

  return (
    <>
      <Field label={t.profile.city}>
        <Combobox
          freeform
          placeholder={t.profile.placeholder}
          value={query}
          selectedOptions={k !== null ? [String(k)] : []}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, d) => {
            if (d.optionValue !== undefined) choose(Number(d.optionValue));
          }}
        >
          {options.map((c) => (
            <Option key={c} value={String(c)} text={shown(c)}>
              {`${shown(c)} · ${evaluation.columns.rank[c] ?? ""}`}
            </Option>
          ))}
          {options.length === 0 && (
            <Option disabled value="" text="">
              {t.profile.noMatch}
            </Option>
          )}
        </Combobox>
      </Field>
      {profile && k !== null && (
        <>
          <ProfileDetails
            profile={profile}
            framework={dataset.framework}
            maxTotal={evaluation.framework.maxTotal}
            language={pane.language}
            t={t}
            onPeer={(city) => {
              const c = names.indexOf(city);
              if (c >= 0) choose(c);
            }}
          />
          <WriteSheetButton
            writer={writer}
            pane={pane}
            t={t}
            label={t.profile.write}
            onWrite={() => write([k])}
          />
          <div className={s.section}>
            <Text weight="semibold">{t.profile.batch}</Text>
            <div className={s.row}>
              {(["region", "level"] as const).map((grouping) => {
                const members = groupMembers(evaluation, k, grouping);
                const name = evaluation.columns[grouping][k];
                if (!name || members.length < 2) return null;
                return (
                  <Button
                    key={grouping}
                    size="small"
                    className={s.wrap}
                    disabled={writer.busy || !writer.available}
                    onClick={() => write(members)}
                  >
                    {t.profile.writeGroup(
                      t.profile.group[grouping],
                      places.name(grouping, name),
                      members.length
                    )}
                  </Button>
                );
              })}
            </div>
            <Caption1 className={s.muted}>{t.explore.rewriteHint}</Caption1>
          </div>
        </>
      )}
    </>
  );
}

export const ProfileView = exploreView(
  "profile-heading",
  (t) => ({ heading: t.profile.heading }),
  ProfilePicker
);
