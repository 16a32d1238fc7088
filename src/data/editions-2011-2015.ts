/**
 * The 2015 report's published comparisons of editions (issue 14), copied exactly from the report
 * text (第五届中国智慧城市发展水平评估报告); `line` is the 1-based line of that text. Names are as
 * printed, whitespace removed (line 798 breaks "宁波杭州湾 新区"). Rates are percent as printed.
 * Checked against tests/fixtures/report-2015/editions.json by tests/editions/report-history.test.ts.
 * Units that are not prefecture-level cities (浦东新区, 海淀区, 宁波杭州湾新区, 昆山, 义乌, 寿光,
 * 万宁) are kept as printed.
 */

/** A printed row: rank and the cities at that rank (several when tied in one cell). */
export type PrintedRow = { line: number; rank: number; cities: string[]; ratePercent?: number };

/** 图表 12 (the list of figures calls it 图表 14) "历届中国智慧城市发展水平评估前十名对比表", line 788. */
export const HISTORY_TABLE = {
  table: "图表 12 历届中国智慧城市发展水平评估前十名对比表",
  line: 788,
  /** Edition ordinal names as printed in the header (line 790). */
  editions: [
    "第一届(2011年)",
    "第二届(2012年)",
    "第三届(2013年)",
    "第四届(2014年)",
    "第五届(2015年)",
  ],
  years: ["2011", "2012", "2013", "2014", "2015"],
  /** rows[i].cities[e]: the city at `rank` in edition e. */
  rows: [
    { line: 791, rank: 1, cities: ["宁波市", "无锡市", "无锡市", "无锡市", "无锡市"] },
    { line: 792, rank: 2, cities: ["佛山市", "广州市", "浦东新区", "上海市", "上海市"] },
    { line: 795, rank: 3, cities: ["广州市", "浦东新区", "宁波市", "北京市", "北京市"] },
    { line: 796, rank: 4, cities: ["上海市", "扬州市", "上海市", "宁波市", "杭州市"] },
    { line: 797, rank: 5, cities: ["扬州市", "宁波市", "杭州市", "深圳市", "宁波市"] },
    { line: 798, rank: 6, cities: ["宁波杭州湾新区", "佛山市", "北京市", "浦东新区", "深圳市"] },
    { line: 799, rank: 7, cities: ["浦东新区", "北京市", "深圳市", "广州市", "珠海市"] },
    { line: 800, rank: 8, cities: ["深圳市", "杭州市", "广州市", "南京市", "佛山市"] },
    { line: 801, rank: 9, cities: ["北京市", "上海市", "佛山市", "杭州市", "厦门市"] },
    { line: 802, rank: 10, cities: ["南京市", "深圳市", "厦门市", "青岛市", "广州市"] },
  ] as { line: number; rank: number; cities: string[] }[],
};

/** A dimension's 2014 and 2015 top ten by score rate, as printed side by side. */
export type DimensionTopTable = {
  id: string;
  table: string;
  line: number;
  rows2014: PrintedRow[];
  rows2015: PrintedRow[];
};

export const DIMENSION_TOP_TABLES: DimensionTopTable[] = [
  {
    id: "infra",
    table: "图表25 2014年与2015年智慧基础设施前十名对比表",
    line: 1462,
    rows2014: [
      { line: 1466, rank: 1, cities: ["无锡"], ratePercent: 81.8 },
      { line: 1467, rank: 2, cities: ["浦东新区"], ratePercent: 81 },
      { line: 1468, rank: 3, cities: ["杭州"], ratePercent: 80.1 },
      { line: 1469, rank: 4, cities: ["上海"], ratePercent: 77.6 },
      { line: 1470, rank: 5, cities: ["深圳"], ratePercent: 76.7 },
      { line: 1471, rank: 6, cities: ["北京"], ratePercent: 73.4 },
      { line: 1472, rank: 7, cities: ["佛山"], ratePercent: 72.8 },
      { line: 1473, rank: 8, cities: ["天津"], ratePercent: 70.5 },
      { line: 1474, rank: 9, cities: ["厦门"], ratePercent: 70.1 },
      { line: 1475, rank: 10, cities: ["南京"], ratePercent: 69.8 },
    ],
    rows2015: [
      { line: 1466, rank: 1, cities: ["宁波"], ratePercent: 94.02 },
      { line: 1467, rank: 2, cities: ["无锡"], ratePercent: 93.5 },
      { line: 1468, rank: 3, cities: ["杭州"], ratePercent: 86.79 },
      { line: 1469, rank: 4, cities: ["广州"], ratePercent: 85.68 },
      { line: 1470, rank: 5, cities: ["上海"], ratePercent: 85.39 },
      { line: 1471, rank: 6, cities: ["深圳"], ratePercent: 83.04 },
      { line: 1472, rank: 7, cities: ["北京"], ratePercent: 82.27 },
      { line: 1473, rank: 8, cities: ["苏州"], ratePercent: 81.69 },
      { line: 1474, rank: 9, cities: ["潍坊"], ratePercent: 78.03 },
      { line: 1475, rank: 10, cities: ["佛山"], ratePercent: 76.84 },
    ],
  },
  {
    id: "gov",
    table: "图表41 2014年与2015年智慧管理前十名对比表",
    line: 2038,
    rows2014: [
      { line: 2042, rank: 1, cities: ["无锡"], ratePercent: 72.5 },
      { line: 2043, rank: 2, cities: ["广州"], ratePercent: 70 },
      { line: 2044, rank: 3, cities: ["北京"], ratePercent: 65 },
      { line: 2045, rank: 4, cities: ["上海"], ratePercent: 62.5 },
      { line: 2046, rank: 4, cities: ["浦东新区"], ratePercent: 62.5 },
      { line: 2047, rank: 6, cities: ["青岛"], ratePercent: 60 },
      { line: 2048, rank: 6, cities: ["宁波"], ratePercent: 60 },
      { line: 2049, rank: 6, cities: ["成都"], ratePercent: 60 },
      { line: 2050, rank: 6, cities: ["温州"], ratePercent: 60 },
      { line: 2051, rank: 10, cities: ["厦门"], ratePercent: 57.5 },
      { line: 2052, rank: 10, cities: ["海淀区"], ratePercent: 57.5 },
    ],
    rows2015: [
      { line: 2042, rank: 1, cities: ["宁波"], ratePercent: 84.13 },
      { line: 2043, rank: 1, cities: ["杭州"], ratePercent: 84.13 },
      { line: 2044, rank: 3, cities: ["无锡"], ratePercent: 78.63 },
      { line: 2045, rank: 3, cities: ["合肥"], ratePercent: 78.63 },
      { line: 2046, rank: 5, cities: ["惠州"], ratePercent: 77 },
      { line: 2047, rank: 6, cities: ["珠海"], ratePercent: 76.75 },
      { line: 2048, rank: 7, cities: ["衢州"], ratePercent: 76.5 },
      { line: 2049, rank: 8, cities: ["潍坊"], ratePercent: 75.75 },
      { line: 2050, rank: 8, cities: ["温州"], ratePercent: 75.75 },
      { line: 2051, rank: 10, cities: ["金华"], ratePercent: 75.5 },
    ],
  },
  {
    id: "services",
    table: "图表54 2014年与2015年智慧服务前十名对比表",
    line: 2634,
    rows2014: [
      { line: 2639, rank: 1, cities: ["上海"], ratePercent: 77.5 },
      { line: 2640, rank: 2, cities: ["北京"], ratePercent: 75 },
      { line: 2641, rank: 3, cities: ["无锡"], ratePercent: 67.5 },
      { line: 2642, rank: 4, cities: ["广州"], ratePercent: 60 },
      { line: 2643, rank: 5, cities: ["南京"], ratePercent: 57.5 },
      { line: 2644, rank: 6, cities: ["重庆"], ratePercent: 55 },
      { line: 2645, rank: 6, cities: ["青岛"], ratePercent: 55 },
      { line: 2646, rank: 8, cities: ["深圳"], ratePercent: 50 },
      { line: 2647, rank: 8, cities: ["宁波"], ratePercent: 50 },
      { line: 2648, rank: 8, cities: ["贵阳"], ratePercent: 50 },
    ],
    rows2015: [
      { line: 2639, rank: 1, cities: ["上海"], ratePercent: 75 },
      { line: 2640, rank: 2, cities: ["北京"], ratePercent: 72.5 },
      { line: 2641, rank: 2, cities: ["武汉"], ratePercent: 72.5 },
      { line: 2642, rank: 4, cities: ["佛山"], ratePercent: 70 },
      { line: 2643, rank: 4, cities: ["深圳"], ratePercent: 70 },
      { line: 2644, rank: 6, cities: ["无锡"], ratePercent: 67.5 },
      { line: 2645, rank: 6, cities: ["汕头"], ratePercent: 67.5 },
      { line: 2646, rank: 8, cities: ["湛江"], ratePercent: 60 },
      { line: 2647, rank: 9, cities: ["杭州"], ratePercent: 52.5 },
      { line: 2648, rank: 9, cities: ["宁波"], ratePercent: 52.5 },
      { line: 2652, rank: 9, cities: ["广州"], ratePercent: 52.5 },
    ],
  },
  {
    id: "economy",
    table: "图表64 2014年与2015年智慧经济前十名对比表",
    line: 3128,
    rows2014: [
      { line: 3133, rank: 1, cities: ["海淀区"], ratePercent: 70 },
      { line: 3134, rank: 1, cities: ["浦东新区"], ratePercent: 70 },
      { line: 3135, rank: 3, cities: ["无锡"], ratePercent: 63.3 },
      { line: 3136, rank: 4, cities: ["宁波"], ratePercent: 60 },
      { line: 3137, rank: 5, cities: ["北京"], ratePercent: 53.3 },
      { line: 3138, rank: 5, cities: ["深圳"], ratePercent: 53.3 },
      { line: 3139, rank: 5, cities: ["昆山"], ratePercent: 53.3 },
      { line: 3140, rank: 8, cities: ["上海"], ratePercent: 50 },
      { line: 3141, rank: 8, cities: ["杭州"], ratePercent: 50 },
      { line: 3145, rank: 8, cities: ["苏州"], ratePercent: 50 },
    ],
    rows2015: [
      { line: 3133, rank: 1, cities: ["北京"], ratePercent: 77.03 },
      { line: 3134, rank: 2, cities: ["深圳"], ratePercent: 76.96 },
      { line: 3135, rank: 3, cities: ["杭州"], ratePercent: 72.27 },
      { line: 3136, rank: 4, cities: ["上海"], ratePercent: 68.57 },
      { line: 3137, rank: 5, cities: ["广州"], ratePercent: 64.06 },
      { line: 3138, rank: 6, cities: ["苏州"], ratePercent: 59.62 },
      { line: 3139, rank: 7, cities: ["无锡"], ratePercent: 59.58 },
      { line: 3140, rank: 8, cities: ["南京"], ratePercent: 59.08 },
      { line: 3141, rank: 9, cities: ["厦门"], ratePercent: 58.81 },
      { line: 3145, rank: 10, cities: ["成都"], ratePercent: 56.29 },
    ],
  },
  {
    id: "people",
    table: "图表 77 2014 年与 2015 年智慧人群前十名对比表",
    line: 3705,
    rows2014: [
      { line: 3710, rank: 1, cities: ["深圳"], ratePercent: 97 },
      { line: 3711, rank: 2, cities: ["义乌"], ratePercent: 85 },
      { line: 3712, rank: 3, cities: ["杭州"], ratePercent: 82 },
      { line: 3713, rank: 4, cities: ["南京"], ratePercent: 78 },
      { line: 3714, rank: 4, cities: ["佛山"], ratePercent: 78 },
      { line: 3715, rank: 4, cities: ["无锡"], ratePercent: 78 },
      { line: 3716, rank: 7, cities: ["宁波"], ratePercent: 76 },
      { line: 3717, rank: 8, cities: ["温州"], ratePercent: 75 },
      { line: 3718, rank: 9, cities: ["广州"], ratePercent: 74 },
      { line: 3719, rank: 10, cities: ["浦东新区"], ratePercent: 73 },
    ],
    rows2015: [
      { line: 3710, rank: 1, cities: ["深圳"], ratePercent: 84.67 },
      { line: 3711, rank: 2, cities: ["厦门"], ratePercent: 79.05 },
      { line: 3712, rank: 3, cities: ["北京"], ratePercent: 78.34 },
      { line: 3713, rank: 4, cities: ["南京"], ratePercent: 75.55 },
      { line: 3714, rank: 5, cities: ["珠海"], ratePercent: 73.37 },
      { line: 3715, rank: 6, cities: ["西安"], ratePercent: 73.23 },
      { line: 3716, rank: 7, cities: ["济南"], ratePercent: 71.53 },
      { line: 3717, rank: 8, cities: ["杭州"], ratePercent: 71.5 },
      { line: 3718, rank: 9, cities: ["昆明"], ratePercent: 69.78 },
      { line: 3719, rank: 10, cities: ["上海"], ratePercent: 67.83 },
    ],
  },
  {
    id: "support",
    table: "图表87 2014年与2015年保障体系前十名对比表",
    line: 4158,
    rows2014: [
      { line: 4166, rank: 1, cities: ["宁波"], ratePercent: 90 },
      { line: 4167, rank: 2, cities: ["佛山"], ratePercent: 85 },
      { line: 4168, rank: 2, cities: ["无锡"], ratePercent: 85 },
      { line: 4169, rank: 4, cities: ["北京"], ratePercent: 80 },
      { line: 4170, rank: 4, cities: ["湘潭"], ratePercent: 80 },
      { line: 4171, rank: 6, cities: ["杭州"], ratePercent: 75 },
      {
        line: 4172,
        rank: 7,
        cities: [
          "上海",
          "深圳",
          "长春",
          "大连",
          "南京",
          "青岛",
          "贵阳",
          "珠海",
          "舟山",
          "秦皇岛",
          "万宁",
          "寿光",
          "邯郸",
        ],
        ratePercent: 70,
      },
    ],
    rows2015: [
      { line: 4166, rank: 1, cities: ["上海"], ratePercent: 92 },
      { line: 4167, rank: 2, cities: ["无锡"], ratePercent: 85.33 },
      { line: 4168, rank: 3, cities: ["宁波"], ratePercent: 82 },
      { line: 4169, rank: 4, cities: ["深圳"], ratePercent: 73.33 },
      { line: 4170, rank: 5, cities: ["北京"], ratePercent: 66.67 },
      { line: 4171, rank: 6, cities: ["杭州"], ratePercent: 63.33 },
      { line: 4172, rank: 7, cities: ["珠海"], ratePercent: 60 },
      { line: 4173, rank: 7, cities: ["南京"], ratePercent: 60 },
      { line: 4174, rank: 9, cities: ["天津"], ratePercent: 56.67 },
      { line: 4175, rank: 9, cities: ["重庆"], ratePercent: 56.67 },
    ],
  },
];

/**
 * The 2014 national dimension rates, line 314 (METHOD.md: the conclusions print the 2014 figures;
 * the chapters confirm, e.g. line 2632: 2015 智慧服务 23.3 %, 4.85 points below 2014).
 */
export const NATIONAL_RATES_2014 = {
  line: 314,
  ratePercent: {
    infra: 46.92,
    support: 46,
    people: 44.7,
    gov: 40.55,
    economy: 31.4,
    services: 28.15,
  } as Record<string, number>,
};

/** Dimension weights of 2014 where the report states them (2015: framework-2015.json). */
export const WEIGHTS_2014: { id: string; weight: number; line: number }[] = [
  { id: "infra", weight: 25, line: 1459 },
  { id: "support", weight: 10, line: 4156 },
];
