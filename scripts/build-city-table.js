#!/usr/bin/env node
/**
 * Generates src/data/china-cities.ts, the bundled table of all prefecture-level and higher cities
 * of mainland China (4 municipalities + 333 prefecture-level divisions), from the copies of the
 * National Bureau of Statistics division codes in assets/data/ (china-provinces.csv,
 * china-prefectures.csv; collected by the public dataset modood/Administrative-divisions-of-China).
 *
 *   node scripts/build-city-table.js          write src/data/china-cities.ts
 *   node scripts/build-city-table.js --check  exit 1 if the file is missing or out of date
 *
 * English names: regions, levels and provinces from the maps below; cities romanised with
 * pinyin-pro (a devDependency: the generated file is committed, so nothing runs at run time),
 * with the customary names of non-Chinese place names and the polyphones fixed by hand
 * (ROMAN_EXCEPTIONS); cities sharing a romanisation (苏州 / 宿州 Suzhou) get their province.
 * Every rule below is explained where it is applied; the script fails loudly (exit 1) when the
 * source does not give exactly 337 cities or a short or English name is not unique.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PROVINCES_CSV = "assets/data/china-provinces.csv";
const PREFECTURES_CSV = "assets/data/china-prefectures.csv";
const OUTPUT = "src/data/china-cities.ts";

/** Rows of the source that are placeholders for a municipality's or province's districts, not cities. */
const PLACEHOLDERS = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

/** Short names of the 5 autonomous regions (the rule "strip 省/市" covers the other 26). */
const PROVINCE_SHORT_EXCEPTIONS = {
  内蒙古自治区: "内蒙古",
  广西壮族自治区: "广西",
  西藏自治区: "西藏",
  宁夏回族自治区: "宁夏",
  新疆维吾尔自治区: "新疆",
};

/** The report's 7 regions by province (METHOD.md, "Groups"). */
const REGIONS = {
  华东: ["上海", "江苏", "浙江", "安徽", "福建", "江西", "山东"],
  华南: ["广东", "广西", "海南"],
  华北: ["北京", "天津", "河北", "山西", "内蒙古"],
  东北: ["辽宁", "吉林", "黑龙江"],
  华中: ["河南", "湖北", "湖南"],
  西北: ["陕西", "甘肃", "青海", "宁夏", "新疆"],
  西南: ["重庆", "四川", "贵州", "云南", "西藏"],
};

/** English names of the 7 regions. */
const REGION_EN = {
  华东: "East China",
  华南: "South China",
  华北: "North China",
  东北: "Northeast",
  华中: "Central China",
  西北: "Northwest",
  西南: "Southwest",
};

/** English names of the 4 levels (计划单列市: "cities specifically designated in the state plan"). */
const LEVEL_EN = {
  直辖市: "Municipality",
  计划单列市: "Separately planned city",
  省会: "Provincial capital",
  地级市: "Prefecture-level city",
};

/** English names of the 31 provinces (陕西 Shaanxi and 山西 Shanxi as officially spelt). */
const PROVINCE_EN = {
  北京: "Beijing",
  天津: "Tianjin",
  河北: "Hebei",
  山西: "Shanxi",
  内蒙古: "Inner Mongolia",
  辽宁: "Liaoning",
  吉林: "Jilin",
  黑龙江: "Heilongjiang",
  上海: "Shanghai",
  江苏: "Jiangsu",
  浙江: "Zhejiang",
  安徽: "Anhui",
  福建: "Fujian",
  江西: "Jiangxi",
  山东: "Shandong",
  河南: "Henan",
  湖北: "Hubei",
  湖南: "Hunan",
  广东: "Guangdong",
  广西: "Guangxi",
  海南: "Hainan",
  重庆: "Chongqing",
  四川: "Sichuan",
  贵州: "Guizhou",
  云南: "Yunnan",
  西藏: "Tibet",
  陕西: "Shaanxi",
  甘肃: "Gansu",
  青海: "Qinghai",
  宁夏: "Ningxia",
  新疆: "Xinjiang",
};

/**
 * Romanisations pinyin does not give: customary names of Mongolian, Uyghur, Tibetan and other
 * place names, and 海南州 (the prefecture, not the province). Polyphones pinyin-pro reads right
 * (重庆 Chongqing, 长沙 Changsha, 厦门 Xiamen, 蚌埠 Bengbu, 六安 Lu'an, 丽水 Lishui, 东莞
 * Dongguan) were checked one by one in the generated table.
 */
const ROMAN_EXCEPTIONS = {
  呼和浩特: "Hohhot",
  乌鲁木齐: "Urumqi",
  拉萨: "Lhasa",
  哈尔滨: "Harbin",
  齐齐哈尔: "Qiqihar",
  香港: "Hong Kong",
  澳门: "Macao",
  呼伦贝尔: "Hulunbuir",
  鄂尔多斯: "Ordos",
  巴彦淖尔: "Bayannur",
  乌兰察布: "Ulanqab",
  锡林郭勒: "Xilingol",
  阿拉善: "Alxa",
  兴安: "Hinggan",
  大兴安岭: "Da Hinggan Ling",
  喀什: "Kashgar",
  克拉玛依: "Karamay",
  吐鲁番: "Turpan",
  博尔塔拉: "Bortala",
  巴音郭楞: "Bayingolin",
  阿克苏: "Aksu",
  克孜勒苏: "Kizilsu",
  和田: "Hotan",
  伊犁: "Ili",
  阿勒泰: "Altay",
  日喀则: "Shigatse",
  林芝: "Nyingchi",
  昌都: "Qamdo",
  那曲: "Nagqu",
  阿里: "Ngari",
  果洛: "Golog",
  海南州: "Hainan Prefecture",
  西双版纳: "Xishuangbanna",
};

/** Pinyin of a short name as a place name: syllables joined, capitalised, "'" before a, o, e. */
function romanise(short) {
  if (Object.prototype.hasOwnProperty.call(ROMAN_EXCEPTIONS, short)) return ROMAN_EXCEPTIONS[short];
  const { pinyin } = require("pinyin-pro");
  const syllables = pinyin(short, { toneType: "none", type: "array" });
  const joined = syllables
    .map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? "'" + syllable : syllable))
    .join("");
  if (!/^[a-zü']+$/.test(joined)) throw new Error(`Cannot romanise "${short}": ${joined}`);
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** English names of all cities, unique: a romanisation shared by several cities gets the province. */
function englishNames(cities) {
  const byRoman = new Map();
  for (const c of cities) {
    c.en = romanise(c.short);
    byRoman.set(c.en, (byRoman.get(c.en) || 0) + 1);
  }
  for (const c of cities) {
    if (byRoman.get(c.en) > 1) c.en = `${c.en} (${PROVINCE_EN[c.province]})`;
  }
}

const MUNICIPALITIES = ["北京市", "天津市", "上海市", "重庆市"];
/** Cities specifically designated in the state plan (计划单列市). */
const PLAN_CITIES = ["大连市", "青岛市", "宁波市", "厦门市", "深圳市"];
/** The 27 provincial capitals (the 4 municipalities are their own capitals and not counted). */
const CAPITALS = {
  河北: "石家庄市",
  山西: "太原市",
  内蒙古: "呼和浩特市",
  辽宁: "沈阳市",
  吉林: "长春市",
  黑龙江: "哈尔滨市",
  江苏: "南京市",
  浙江: "杭州市",
  安徽: "合肥市",
  福建: "福州市",
  江西: "南昌市",
  山东: "济南市",
  河南: "郑州市",
  湖北: "武汉市",
  湖南: "长沙市",
  广东: "广州市",
  广西: "南宁市",
  海南: "海口市",
  四川: "成都市",
  贵州: "贵阳市",
  云南: "昆明市",
  西藏: "拉萨市",
  陕西: "西安市",
  甘肃: "兰州市",
  青海: "西宁市",
  宁夏: "银川市",
  新疆: "乌鲁木齐市",
};

/**
 * Short names the rule below would get wrong or make ambiguous. 海南藏族自治州 (青海) would
 * shorten to "海南", the name of a province: it is shortened the way it is usually written, 海南州.
 */
const CITY_SHORT_EXCEPTIONS = {
  海南藏族自治州: "海南州",
};

/** Suffixes of prefecture-level names, longest first. */
const CITY_SUFFIXES = ["自治州", "地区", "盟", "市"];

/**
 * The 55 minority nationalities as they appear inside official names. In an autonomous prefecture's
 * name they follow the place name, each as "X族" (延边朝鲜族自治州) or, for a few, bare
 * (博尔塔拉蒙古自治州, 伊犁哈萨克自治州, 克孜勒苏柯尔克孜自治州).
 */
const NATIONALITIES = [
  "蒙古",
  "回",
  "藏",
  "维吾尔",
  "苗",
  "彝",
  "壮",
  "布依",
  "朝鲜",
  "满",
  "侗",
  "瑶",
  "白",
  "土家",
  "哈尼",
  "哈萨克",
  "傣",
  "黎",
  "傈僳",
  "佤",
  "畲",
  "高山",
  "拉祜",
  "水",
  "东乡",
  "纳西",
  "景颇",
  "柯尔克孜",
  "土",
  "达斡尔",
  "仫佬",
  "羌",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "塔吉克",
  "怒",
  "乌孜别克",
  "俄罗斯",
  "鄂温克",
  "德昂",
  "保安",
  "裕固",
  "京",
  "塔塔尔",
  "独龙",
  "鄂伦春",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
];
/** Endings stripped from an autonomous prefecture's place name: "X族" for every nationality, bare
 * X only for names of 2+ characters (a bare one-character 白/水/土 could end a place name). */
const NATIONALITY_ENDINGS = [
  ...NATIONALITIES.map((n) => n + "族"),
  ...NATIONALITIES.filter((n) => n.length >= 2),
].sort((a, b) => b.length - a.length);

/**
 * Short name of a prefecture-level division. Rule: drop the suffix 自治州/地区/盟/市; for an
 * autonomous prefecture, then drop the nationalities from the end, one at a time, as long as at
 * least 2 characters remain (海西蒙古族藏族自治州 → 海西蒙古族藏族 → 海西蒙古族 → 海西).
 * Exceptions first.
 */
function cityShortName(name) {
  if (Object.prototype.hasOwnProperty.call(CITY_SHORT_EXCEPTIONS, name)) {
    return CITY_SHORT_EXCEPTIONS[name];
  }
  const suffix = CITY_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  if (!suffix) throw new Error(`No known suffix on prefecture name "${name}"`);
  let short = name.slice(0, -suffix.length);
  if (suffix !== "自治州") return short;
  for (;;) {
    const ending = NATIONALITY_ENDINGS.find(
      (e) => short.endsWith(e) && short.length - e.length >= 2
    );
    if (!ending) return short;
    short = short.slice(0, -ending.length);
  }
}

/** Short name of a province-level division: 河北省 → 河北, 北京市 → 北京, autonomous regions by map. */
function provinceShortName(name) {
  if (Object.prototype.hasOwnProperty.call(PROVINCE_SHORT_EXCEPTIONS, name)) {
    return PROVINCE_SHORT_EXCEPTIONS[name];
  }
  const m = /^(.{2,})[省市]$/.exec(name);
  if (!m) throw new Error(`Cannot shorten province name "${name}"`);
  return m[1];
}

/** Minimal CSV reader for the two source files: comma-separated, fields optionally double-quoted. */
function readCsv(relPath) {
  const text = fs.readFileSync(path.join(ROOT, relPath), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const parse = (line) =>
    line.split(",").map((f) =>
      f
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .replace(/""/g, '"')
    );
  const header = parse(lines[0]);
  return lines.slice(1).map((line) => {
    const fields = parse(line);
    if (fields.length !== header.length) throw new Error(`${relPath}: bad row "${line}"`);
    return Object.fromEntries(header.map((h, i) => [h, fields[i]]));
  });
}

function regionOf(province) {
  const region = Object.keys(REGIONS).find((r) => REGIONS[r].includes(province));
  if (!region) throw new Error(`Province "${province}" is in none of the 7 regions`);
  return region;
}

function buildCities() {
  const provinces = new Map(
    readCsv(PROVINCES_CSV).map((p) => [p.code, { name: p.name, short: provinceShortName(p.name) }])
  );
  if (provinces.size !== 31) throw new Error(`Expected 31 provinces, found ${provinces.size}`);

  const cities = [];
  for (const [code, p] of provinces) {
    if (MUNICIPALITIES.includes(p.name)) {
      cities.push({ code, name: p.name, short: p.short, province: p.short, level: "直辖市" });
    }
  }
  for (const row of readCsv(PREFECTURES_CSV)) {
    if (PLACEHOLDERS.has(row.name)) continue;
    const province = provinces.get(row.provinceCode);
    if (!province) throw new Error(`Unknown province code ${row.provinceCode} of ${row.name}`);
    if (MUNICIPALITIES.includes(province.name)) {
      throw new Error(`Unexpected non-placeholder row ${row.name} under ${province.name}`);
    }
    const level = PLAN_CITIES.includes(row.name)
      ? "计划单列市"
      : CAPITALS[province.short] === row.name
        ? "省会"
        : "地级市";
    cities.push({
      code: row.code,
      name: row.name,
      short: cityShortName(row.name),
      province: province.short,
      level,
    });
  }
  for (const c of cities) c.region = regionOf(c.province);
  englishNames(cities);
  cities.sort((a, b) => a.code.localeCompare(b.code));
  checkCities(cities);
  return { provinces: [...provinces.entries()], cities };
}

/** Fails unless the table has the counts the issue states and unique names. */
function checkCities(cities) {
  const count = (level) => cities.filter((c) => c.level === level).length;
  const expect = { total: 337, 直辖市: 4, 计划单列市: 5, 省会: 27 };
  const actual = {
    total: cities.length,
    直辖市: count("直辖市"),
    计划单列市: count("计划单列市"),
    省会: count("省会"),
  };
  for (const k of Object.keys(expect)) {
    if (expect[k] !== actual[k]) throw new Error(`Expected ${expect[k]} ${k}, found ${actual[k]}`);
  }
  for (const key of ["code", "name", "short", "en"]) {
    const seen = new Set();
    for (const c of cities) {
      if (seen.has(c[key])) throw new Error(`Duplicate ${key} "${c[key]}"`);
      seen.add(c[key]);
    }
  }
}

/** A string map as a TypeScript object literal, formatted as prettier formats it. */
function objectLiteral(map) {
  const entries = Object.entries(map).map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`);
  return `{\n${entries.join("\n")}\n}`;
}

function render({ provinces, cities }) {
  const q = JSON.stringify;
  const cityLines = cities.map(
    (c) =>
      `  { code: ${q(c.code)}, name: ${q(c.name)}, short: ${q(c.short)}, en: ${q(c.en)}, province: ${q(c.province)}, region: ${q(c.region)}, level: ${q(c.level)} },`
  );
  const provinceLines = provinces.map(
    ([code, p]) =>
      `  { code: ${q(code)}, name: ${q(p.name)}, short: ${q(p.short)}, en: ${q(PROVINCE_EN[p.short])}, region: ${q(regionOf(p.short))} },`
  );
  return `// GENERATED FILE, do not edit: run \`node scripts/build-city-table.js\`.
// Source: ${PROVINCES_CSV} and ${PREFECTURES_CSV}
// (National Bureau of Statistics division codes, as collected by the public dataset
// modood/Administrative-divisions-of-China). Region: the 2015 report's 7 regions by province.
// Level: 直辖市 (4), 计划单列市 (5), 省会 (27), 地级市 (the rest, including 地区, 盟 and 自治州).
// Municipalities carry their 2-digit province code.

/** The 2015 report's 7 regions, assigned by province. */
export type ChinaRegion = "华东" | "华南" | "华北" | "东北" | "华中" | "西北" | "西南";

/** Administrative level as the 2015 report groups cities. */
export type CityLevel = "直辖市" | "计划单列市" | "省会" | "地级市";

/** A province-level division of mainland China. */
export interface ProvinceInfo {
  /** 2-digit official code. */
  readonly code: string;
  /** Official name, e.g. "广西壮族自治区". */
  readonly name: string;
  /** Short name as the report writes it, e.g. "广西". */
  readonly short: string;
  /** English name, e.g. "Guangxi", "Inner Mongolia". */
  readonly en: string;
  readonly region: ChinaRegion;
}

/** A prefecture-level or higher city of mainland China. */
export interface CityInfo {
  /** Official code: 4 digits, or the 2-digit province code for a municipality. */
  readonly code: string;
  /** Full official name, e.g. "石家庄市", "延边朝鲜族自治州". */
  readonly name: string;
  /** Short name, e.g. "石家庄", "延边"; unique in the table. */
  readonly short: string;
  /** English name (pinyin or the customary name), e.g. "Shijiazhuang", "Hohhot"; unique. */
  readonly en: string;
  /** Short name of the province, e.g. "河北", "内蒙古"; a municipality is its own province. */
  readonly province: string;
  readonly region: ChinaRegion;
  readonly level: CityLevel;
}

/** English names of the 7 regions. */
export const REGION_NAMES_EN: Readonly<Record<ChinaRegion, string>> = ${objectLiteral(REGION_EN)};

/** English names of the 4 levels. */
export const LEVEL_NAMES_EN: Readonly<Record<CityLevel, string>> = ${objectLiteral(LEVEL_EN)};

/** The 31 province-level divisions. */
export const CHINA_PROVINCES: readonly ProvinceInfo[] = [
${provinceLines.join("\n")}
];

/** All ${cities.length} prefecture-level and higher cities, by code. */
// prettier-ignore
export const CHINA_CITIES: readonly CityInfo[] = [
${cityLines.join("\n")}
];
`;
}

function main() {
  const output = render(buildCities());
  const target = path.join(ROOT, OUTPUT);
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    if (current !== output) {
      console.error(`${OUTPUT} is out of date: run node scripts/build-city-table.js`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date.`);
    return;
  }
  fs.writeFileSync(target, output, "utf8");
  console.log(`Wrote ${OUTPUT}.`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`build-city-table: ${err.message}`);
    process.exit(1);
  }
}

module.exports = { cityShortName, provinceShortName, buildCities, romanise };
