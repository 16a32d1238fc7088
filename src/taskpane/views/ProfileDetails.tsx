/** The Profile view's body: totals and ranks, dimension rates, strengths, weaknesses, peers. */
import { placeNames } from "../../layout/places";
import * as React from "react";
import { Link, Text } from "@fluentui/react-components";
import type { CityProfile, ProfileIndicator } from "../../engine/explore/profile";
import type { Framework } from "../../engine/types";
import type { PaneLanguage, Strings } from "../strings";
import { useStyles } from "../styles";
import { CompactTable } from "./CompactTable";
import { dimensionLabel } from "./weights-model";

/** A percent rate as "45.3%" ("–" when undefined). */
const percent = (rate: number | null): string => (rate === null ? "–" : `${rate.toFixed(1)}%`);
const GROUPINGS = ["region", "province", "level"] as const;

export function ProfileDetails(props: {
  profile: CityProfile;
  framework: Framework;
  maxTotal: number;
  language: PaneLanguage;
  t: Strings;
  onPeer: (city: string) => void;
}): React.JSX.Element {
  const s = useStyles();
  const { profile, framework, t } = props;
  const p = t.profile;
  const zh = props.language === "zh";
  const places = placeNames(props.language);
  const indicatorList = (id: string, caption: string, items: ProfileIndicator[]) => (
    <div className={s.section}>
      <Text as="h3" weight="semibold" id={id} className={s.heading}>
        {caption}
      </Text>
      {items.length === 0 ? (
        <Text>{p.none}</Text>
      ) : (
        <ul className={s.bulletList} aria-labelledby={id}>
          {items.map((i) => (
            <li key={i.name} className={s.wrap}>
              {p.indicator(
                zh ? i.name : i.nameEn,
                percent(i.rate),
                percent(i.nationalRate),
                i.rank
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <>
      <div className={s.card}>
        <Text weight="semibold" size={400} className={s.wrap}>
          {places.name("city", profile.city)}
        </Text>
        <Text>{p.total(profile.total, props.maxTotal)}</Text>
        <Text>{p.rank(profile.rank, profile.cities)}</Text>
        <ul className={s.list} aria-label={p.groupRanks}>
          {GROUPINGS.map((g) => {
            const name = profile[g];
            const rank = profile.groupRanks[g];
            if (name === null || rank === null) return null;
            return (
              <li key={g} className={s.wrap}>
                {p.groupRank(p.group[g], places.name(g, name), rank)}
              </li>
            );
          })}
        </ul>
      </div>
      <CompactTable
        label={p.dimensions}
        fit
        columns={[
          { header: t.explore.colDimension, kind: "text" },
          { header: p.colRate, kind: "rate" },
          { header: p.colNational, kind: "rate" },
          { header: p.colRegion, kind: "rate" },
        ]}
        rows={Object.entries(profile.dimensions).map(([name, d]) => ({
          key: name,
          cells: [
            dimensionLabel(framework, name, zh),
            percent(d.rate),
            percent(d.nationalRate),
            percent(d.regionRate),
          ],
        }))}
      />
      {indicatorList("profile-strengths", p.strengths, profile.strengths)}
      {indicatorList("profile-weaknesses", p.weaknesses, profile.weaknesses)}
      <div className={s.section}>
        <Text as="h3" weight="semibold" id="profile-peers" className={s.heading}>
          {p.peers}
        </Text>
        <ul className={s.list} aria-labelledby="profile-peers">
          {profile.peers.map((peer) => (
            <li key={peer.city}>
              <Link as="button" onClick={() => props.onPeer(peer.city)}>
                {p.peer(places.name("city", peer.city), peer.rank)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
