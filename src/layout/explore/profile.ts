/**
 * Sheet "profile.<city>" (画像 / Profile, issue 13): a one-page printable profile of one city:
 * summary (total, ranks overall and in its region, province and level), dimension table with
 * national and regional mean rates and a radar chart of the three, strengths, weaknesses and peers
 * (docs/explore.md, "Profiles"). Rates are fractions with a percent format (src/layout/README.md).
 */
import type { CityProfile, ProfileIndicator } from "../../engine/explore/profile";
import { exploreMessages as x } from "../../engine/messages/explore";
import { placeNames } from "../places";
import { uniqueSheetNames, validSheetName } from "../ranges";
import { anchorAt, SheetBuilder } from "../sheet-builder";
import { FORMATS, TAB_COLORS } from "../styles";
import type { CellValue, Language, SheetLayout } from "../types";

const fraction = (percent: number | null): number | null =>
  percent === null ? null : percent / 100;

/**
 * One profile sheet per city of a batch (a region, province or level), in the given order: sheet
 * names made Excel-valid and unique ignoring case (≤ 31 characters), keys distinct.
 */
export function profileSheets(profiles: readonly CityProfile[], language: Language): SheetLayout[] {
  const places = placeNames(language);
  const names = uniqueSheetNames(
    profiles.map((p) => x.profileSheet[language]({ city: places.name("city", p.city) }))
  );
  return profiles.map((p, i) => profileSheet(p, language, names[i], `profile.${i + 1}.${p.city}`));
}

export function profileSheet(
  profile: CityProfile,
  language: Language,
  name?: string,
  key?: string
): SheetLayout {
  const l = language;
  const places = placeNames(l);
  const city = places.name("city", profile.city); // English names in the English sheet
  const b = new SheetBuilder(
    key ?? `profile.${city}`,
    name ?? validSheetName(x.profileSheet[l]({ city })),
    x.profileTitle[l]({ city }),
    l
  );
  b.tabColor = TAB_COLORS.dimension;
  const summaryRows: CellValue[][] = [
    [x.fieldTotal[l](), profile.total],
    [x.fieldRank[l](), `${profile.rank} / ${profile.cities}`],
    [x.fieldRegion[l](), profile.region && places.name("region", profile.region)],
    [x.fieldRegionRank[l](), profile.groupRanks.region],
    [x.fieldProvince[l](), profile.province && places.name("province", profile.province)],
    [x.fieldProvinceRank[l](), profile.groupRanks.province],
    [x.fieldLevel[l](), profile.level && places.name("level", profile.level)],
    [x.fieldLevelRank[l](), profile.groupRanks.level],
  ];
  const summary = b.table({
    key: "summary",
    row: 2,
    column: 0,
    columns: [{ header: x.profileKey[l]() }, { header: city }],
    rows: summaryRows,
    firstColumnStyle: "rowHeader",
  });
  const names = Object.keys(profile.dimensions);
  const dimensions = b.table({
    key: "dimensions",
    row: summary.end + 1,
    column: 0,
    tableName: "scProfileDimensions",
    columns: [
      { header: x.colDimension[l]() },
      { header: x.colScore[l](), format: FORMATS.score },
      { header: x.colRank[l](), format: FORMATS.integer },
      { header: city, format: FORMATS.rate },
      { header: x.colNationalRate[l](), format: FORMATS.rate },
      { header: x.colRegionRate[l](), format: FORMATS.rate },
    ],
    rows: names.map((name) => {
      const d = profile.dimensions[name];
      return [
        l === "en" ? (profile.dimensionNamesEn[name] ?? name) : name,
        d?.score ?? null,
        d?.rank ?? null,
        fraction(d?.rate ?? null),
        fraction(d?.nationalRate ?? null),
        fraction(d?.regionRate ?? null),
      ];
    }),
  });
  if (names.length > 0) {
    b.chart({
      key: "radar",
      type: "radar",
      title: x.radarChart[l]({ city }),
      categoriesRange: dimensions.dataRange(0),
      series: [3, 4, 5].map((j) => ({
        name: (dimensions.block.values[0]?.[j] as string | undefined) ?? "",
        nameRange: dimensions.headerCell(j),
        valuesRange: dimensions.dataRange(j),
      })),
      valueAxisNumberFormat: "0%",
      valueAxisMin: 0,
      legend: "bottom",
      anchor: anchorAt(2, 7, 18, 7),
    });
  }
  const indicatorTable = (key: string, row: number, caption: string, items: ProfileIndicator[]) =>
    b.table({
      key,
      row,
      column: 0,
      caption,
      columns: [
        { header: x.colIndicator[l]() },
        { header: city, format: FORMATS.rate },
        { header: x.colNationalRate[l](), format: FORMATS.rate },
        { header: x.colDifference[l](), format: FORMATS.score },
        { header: x.colRank[l](), format: FORMATS.integer },
      ],
      rows: items.map((i) => [
        l === "en" && i.nameEn ? i.nameEn : i.name,
        i.rate / 100,
        i.nationalRate / 100,
        i.difference,
        i.rank,
      ]),
    });
  const strengths = indicatorTable(
    "strengths",
    dimensions.end + 1,
    x.strengthsCaption[l](),
    profile.strengths
  );
  const weaknesses = indicatorTable(
    "weaknesses",
    strengths.end + 1,
    x.weaknessesCaption[l](),
    profile.weaknesses
  );
  b.table({
    key: "peers",
    row: weaknesses.end + 1,
    column: 0,
    caption: x.peersCaption[l](),
    columns: [
      { header: x.colCity[l]() },
      { header: x.colRank[l](), format: FORMATS.integer },
      { header: x.colTotal[l](), format: FORMATS.score },
      { header: x.colDistance[l](), format: FORMATS.score },
    ],
    rows: profile.peers.map((p) => [places.name("city", p.city), p.rank, p.total, p.distance]),
  });
  const sheet = b.build();
  sheet.print = { orientation: "portrait", fitToWidth: true, headerText: sheet.title };
  return sheet;
}
