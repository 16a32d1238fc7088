/**
 * Three score-table layouts the pane must find and map without help, built from the 2015
 * appendix (151 cities): the report's two-row header, English headers in another column order,
 * and a table with extra non-score columns. Each says where every field really is.
 */
import { framework2015 } from "../../src/engine/bundled";
import type { Cell } from "../../src/engine/table";
import { sampleGrid } from "./mock-actions";

export type DetectionCase = {
  name: string;
  /** Cells from A1. */
  rows: Cell[][];
  /** 0-based sheet row of the first header row and of the first city. */
  headerTop: number;
  dataRow: number;
  /** Sheet columns (0-based) of the city, each indicator (framework order), bonus and total. */
  city: number;
  indicators: number[];
  bonus: number;
  total: number;
  province?: number;
};

const f = framework2015();
/** Appendix data rows: rank, city, 16 scores, bonus, total. */
const appendix = (): Cell[][] => sampleGrid().slice(1);

/** The report's appendix header: title, a dimension row over the indicator row, marks and line breaks. */
function twoRowHeader(): DetectionCase {
  const dimensionRow: Cell[] = ["排名", "城市"];
  const indicatorRow: Cell[] = ["", ""];
  for (const d of f.dimensions) {
    d.indicators.forEach((ind, k) => {
      dimensionRow.push(k === 0 ? d.name : null);
      const i = f.indicators.indexOf(ind);
      // Headers as typed in reports: a line break, a full-width weight note, a full-width space.
      indicatorRow.push(
        i === 0
          ? "基础网络\n建设水平"
          : i === 1
            ? `${ind.name}（${ind.weight}分）`
            : i === 2
              ? "城市云平台\u3000应用情况"
              : ind.name
      );
    });
  }
  dimensionRow.push("加分项", "总分");
  indicatorRow.push(null, null);
  return {
    name: "two-row header (dimension row over indicator row)",
    rows: [
      ["附录：第五届（2015）中国智慧城市发展水平评估得分"],
      [],
      dimensionRow,
      indicatorRow,
      ...appendix(),
    ],
    headerTop: 2,
    dataRow: 4,
    city: 1,
    indicators: f.indicators.map((_, i) => 2 + i),
    bonus: 18,
    total: 19,
  };
}

/** English headers, columns shuffled: City, Total, the indicators in reverse order, Bonus. */
function englishShuffled(): DetectionCase {
  const n = f.indicators.length;
  const header: Cell[] = [
    "City",
    "Total",
    ...[...f.indicators].reverse().map((x) => x.nameEn),
    "Bonus",
  ];
  const rows = appendix().map((r) => [
    r[1] ?? null,
    r[19] ?? null,
    ...r.slice(2, 2 + n).reverse(),
    r[18] ?? null,
  ]);
  return {
    name: "English headers in another column order",
    rows: [header, ...rows],
    headerTop: 0,
    dataRow: 1,
    city: 0,
    indicators: f.indicators.map((_, i) => 2 + (n - 1 - i)),
    bonus: 2 + n,
    total: 1,
  };
}

/** Extra non-score columns between and after the scores. */
function extraColumns(): DetectionCase {
  const header: Cell[] = [
    "序号",
    "城市",
    "省份",
    "常住人口(万人)",
    "GDP（亿元）",
    ...f.indicators.map((x) => x.name),
    "备注",
    "加分项",
    "总分",
  ];
  const rows = appendix().map((r, k) => [
    k + 1,
    r[1] ?? null,
    "",
    1000 + k,
    5000.5 + k,
    ...r.slice(2, 18),
    k % 7 === 0 ? "复核" : "",
    r[18] ?? null,
    r[19] ?? null,
  ]);
  return {
    name: "extra non-score columns",
    rows: [header, ...rows],
    headerTop: 0,
    dataRow: 1,
    city: 1,
    indicators: f.indicators.map((_, i) => 5 + i),
    bonus: 22,
    total: 23,
    province: 2,
  };
}

export const DETECTION_CASES: DetectionCase[] = [twoRowHeader(), englishShuffled(), extraColumns()];
