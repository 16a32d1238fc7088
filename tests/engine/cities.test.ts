import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
  CHINA_CITIES,
  CHINA_PROVINCES,
  chinaCityTable,
  createCityTable,
  layerCityTables,
  lookupCity,
  lookupNormalizedCity,
  normalizeCityName,
  resolveCity,
  type CityEntry,
} from "../../src/engine/cities";

const ROOT = path.resolve(__dirname, "../..");

/** tests/fixtures/cities-2015.csv: city, region, province, level of the report's 151 cities. */
function readFixture(): { city: string; region: string; province: string; level: string }[] {
  const text = fs.readFileSync(path.join(ROOT, "tests/fixtures/cities-2015.csv"), "utf8");
  const [header, ...rows] = text.trim().split(/\r?\n/);
  expect(header).toBe("city,region,province,level,province_source,region_table");
  return rows.map((line) => {
    const [city = "", region = "", province = "", level = ""] = line.split(",");
    return { city, region, province, level };
  });
}

const countLevel = (level: string) => CHINA_CITIES.filter((c) => c.level === level).length;

describe("bundled table of mainland China's cities", () => {
  test("is up to date with scripts/build-city-table.js and its source CSVs", () => {
    const script = path.join(ROOT, "scripts/build-city-table.js");
    expect(() => execFileSync("node", [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  test("holds the 4 municipalities and the 333 prefecture-level divisions", () => {
    expect(CHINA_CITIES).toHaveLength(337);
    expect(CHINA_CITIES.filter((c) => c.level !== "直辖市")).toHaveLength(333);
    expect(CHINA_PROVINCES).toHaveLength(31);
  });

  test("has 4 直辖市, 5 计划单列市, 27 省会 and 301 地级市", () => {
    // Report line 310: 4 个直辖市、5 个计划单列市、27 个省会城市 (all of them are in the table).
    expect(countLevel("直辖市")).toBe(4);
    expect(countLevel("计划单列市")).toBe(5);
    expect(countLevel("省会")).toBe(27);
    expect(countLevel("地级市")).toBe(301);
    const names = (level: string) =>
      CHINA_CITIES.filter((c) => c.level === level)
        .map((c) => c.short)
        .sort();
    expect(names("直辖市")).toEqual(["上海", "北京", "天津", "重庆"].sort());
    expect(names("计划单列市")).toEqual(["大连", "青岛", "宁波", "厦门", "深圳"].sort());
    for (const capital of ["拉萨", "乌鲁木齐", "呼和浩特", "南宁", "银川", "西宁", "海口"]) {
      expect(lookupCity(capital)?.level).toBe("省会");
    }
  });

  test("has no placeholder rows and unique codes, names and short names", () => {
    const placeholders = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];
    expect(CHINA_CITIES.filter((c) => placeholders.includes(c.name))).toEqual([]);
    for (const key of ["code", "name", "short"] as const) {
      expect(new Set(CHINA_CITIES.map((c) => c[key])).size).toBe(337);
    }
  });

  test("short names equal to a province's are only the municipalities and 吉林市", () => {
    // 海南藏族自治州 is shortened to 海南州 so that "海南" stays the province (handled below).
    const provinces = new Set(CHINA_PROVINCES.map((p) => p.short));
    const clashes = CHINA_CITIES.filter((c) => provinces.has(c.short)).map((c) => c.name);
    expect(clashes.sort()).toEqual(["上海市", "北京市", "吉林市", "天津市", "重庆市"].sort());
    expect(lookupCity("吉林")).toMatchObject({ name: "吉林市", province: "吉林", level: "地级市" });
  });

  test("assigns each province to the report's region", () => {
    const regions: Record<string, string> = {
      华东: "上海 江苏 浙江 安徽 福建 江西 山东",
      华南: "广东 广西 海南",
      华北: "北京 天津 河北 山西 内蒙古",
      东北: "辽宁 吉林 黑龙江",
      华中: "河南 湖北 湖南",
      西北: "陕西 甘肃 青海 宁夏 新疆",
      西南: "重庆 四川 贵州 云南 西藏",
    };
    for (const [region, provinces] of Object.entries(regions)) {
      for (const province of provinces.split(" ")) {
        expect(CHINA_PROVINCES.find((p) => p.short === province)?.region).toBe(region);
        const cities = CHINA_CITIES.filter((c) => c.province === province);
        expect(cities.length).toBeGreaterThan(0);
        expect(cities.every((c) => c.region === region)).toBe(true);
      }
    }
  });

  test.each([
    ["石家庄市", "石家庄"],
    ["延边朝鲜族自治州", "延边"],
    ["恩施土家族苗族自治州", "恩施"],
    ["海西蒙古族藏族自治州", "海西"],
    ["大理白族自治州", "大理"],
    ["黔西南布依族苗族自治州", "黔西南"],
    ["西双版纳傣族自治州", "西双版纳"],
    ["博尔塔拉蒙古自治州", "博尔塔拉"],
    ["克孜勒苏柯尔克孜自治州", "克孜勒苏"],
    ["伊犁哈萨克自治州", "伊犁"],
    ["海南藏族自治州", "海南州"],
    ["大兴安岭地区", "大兴安岭"],
    ["锡林郭勒盟", "锡林郭勒"],
    ["乌鲁木齐市", "乌鲁木齐"],
    ["北京市", "北京"],
  ])("shortens %s to %s", (name, short) => {
    expect(CHINA_CITIES.find((c) => c.name === name)?.short).toBe(short);
  });

  test("gives provinces their short names as the report writes them", () => {
    const short = (name: string) => CHINA_PROVINCES.find((p) => p.name === name)?.short;
    expect(short("河北省")).toBe("河北");
    expect(short("内蒙古自治区")).toBe("内蒙古");
    expect(short("广西壮族自治区")).toBe("广西");
    expect(short("新疆维吾尔自治区")).toBe("新疆");
    expect(short("宁夏回族自治区")).toBe("宁夏");
    expect(short("西藏自治区")).toBe("西藏");
    expect(lookupCity("石家庄")).toMatchObject({ code: "1301", province: "河北", region: "华北" });
  });
});

describe("lookupNormalizedCity", () => {
  test("finds normalised names as lookupCity does, and does not normalise again", () => {
    for (const name of ["杭州", "杭州市", "延边州", "阿里地区", "海南", "Gotham"])
      expect(lookupNormalizedCity(name)).toBe(lookupCity(name));
    expect(lookupCity("杭\u3000州")?.name).toBe("杭州市");
    expect(lookupNormalizedCity("杭\u3000州")).toBeUndefined();
    const layered = layerCityTables(createCityTable([]), chinaCityTable());
    expect(layered.lookupNormalized("宁波")).toBe(lookupCity("宁波"));
  });
});

describe("normalizeCityName", () => {
  test("applies NFKC and removes all whitespace", () => {
    expect(normalizeCityName("杭　州")).toBe("杭州");
    expect(normalizeCityName(" 杭州市\r\n")).toBe("杭州市");
    expect(normalizeCityName("杭\u00A0州\t")).toBe("杭州");
    expect(normalizeCityName("\uFEFF杭\u200B州")).toBe("杭州");
    expect(normalizeCityName("ＡＢＣ１２")).toBe("ABC12");
  });
});

describe("lookupCity / resolveCity", () => {
  test.each(["杭州市", "杭州", "杭　州", " 杭州 ", "\t杭州市\u00A0"])(
    "resolves %p to 杭州市",
    (name) => {
      expect(lookupCity(name)?.name).toBe("杭州市");
      expect(resolveCity(name)).toEqual({ ok: true, city: lookupCity("杭州") });
    }
  );

  test.each(["延边朝鲜族自治州", "延边", "延边州", "延边自治州", "延　边"])(
    "resolves %p to 延边朝鲜族自治州",
    (name) => {
      expect(lookupCity(name)).toMatchObject({ name: "延边朝鲜族自治州", province: "吉林" });
    }
  );

  test.each([
    ["阿里地区", "阿里"],
    ["阿里", "阿里"],
    ["兴安盟", "兴安"],
    ["兴安", "兴安"],
    ["北京市", "北京"],
    ["北京", "北京"],
    ["海南州", "海南州"],
    ["海南藏族自治州", "海南州"],
  ])("resolves %p (short %p)", (name, short) => {
    expect(lookupCity(name)?.short).toBe(short);
  });

  test("an unknown name is an error naming the input, never a guess", () => {
    expect(resolveCity("Gotham")).toEqual({
      ok: false,
      reason: "unknown",
      message: 'Unknown city "Gotham": not a prefecture-level or higher city of mainland China',
    });
    expect(lookupCity("Gotham")).toBeUndefined();
    // Near misses do not resolve: a typo, a county-level city, a suffix the city does not have.
    for (const name of ["杭洲", "义乌", "石河子", "大理市", "杭州地区", "杭"]) {
      const r = resolveCity(name);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`"${name}"`);
    }
  });

  test("a province name is unknown, with a hint; 海南 is ambiguous", () => {
    const hebei = resolveCity("河北省");
    expect(hebei.ok).toBe(false);
    if (!hebei.ok)
      expect(hebei.message).toMatch(/^Unknown city "河北省": .*\(河北 is a province\)$/);
    const hainan = resolveCity("海南");
    expect(hainan).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!hainan.ok) expect(hainan.message).toContain("海南藏族自治州");
    expect(lookupCity("海南")).toBeUndefined();
  });

  test("an empty name is an error", () => {
    expect(resolveCity(" \u3000")).toEqual({
      ok: false,
      reason: "empty",
      message: "City name is empty",
    });
  });

  test("every city resolves by its full name and by its short name", () => {
    for (const city of CHINA_CITIES) {
      expect(lookupCity(city.name)).toBe(city);
      expect(lookupCity(city.short)).toBe(city);
    }
    expect(chinaCityTable()).toBe(chinaCityTable());
  });
});

describe("consistency with the 2015 report's 151 cities (tests/fixtures/cities-2015.csv)", () => {
  const fixture = readFixture();

  test("the fixture has 151 cities: 4 直辖市, 5 计划单列市, 27 省会, 115 地级市", () => {
    // Report line 511: 直辖市及计划单列市 9 个, 省会城市 27 个, 地级市 115 个.
    expect(fixture).toHaveLength(151);
    const count = (level: string) => fixture.filter((c) => c.level === level).length;
    expect([count("直辖市"), count("计划单列市"), count("省会"), count("地级市")]).toEqual([
      4, 5, 27, 115,
    ]);
  });

  test("every city resolves, with the fixture's region, province and level", () => {
    const mismatches: string[] = [];
    for (const row of fixture) {
      const city = lookupCity(row.city);
      const got = city ? `${city.region},${city.province},${city.level}` : "unresolved";
      const want = `${row.region},${row.province},${row.level}`;
      if (got !== want) mismatches.push(`${row.city}: table ${got}, fixture ${want}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe("createCityTable / layerCityTables", () => {
  const entry = (name: string, province: string | null, region: string | null): CityEntry => ({
    name,
    province,
    region,
    level: "县级市",
  });

  test("a dataset's own table overrides the bundled one and adds cities", () => {
    const own = createCityTable(
      [entry("义乌市", "浙江", "华东"), entry("杭州市", "浙江", "浙北")],
      {
        scope: "a city of this dataset",
      }
    );
    const table = layerCityTables(own, chinaCityTable());
    expect(table.lookup("义乌")?.name).toBe("义乌市");
    expect(table.lookup("杭州")?.region).toBe("浙北");
    expect(table.lookup("宁波")?.level).toBe("计划单列市");
    const gotham = table.resolve("Gotham");
    expect(gotham.ok).toBe(false);
    if (!gotham.ok) expect(gotham.reason).toBe("unknown");
  });

  test("a spelling shared by two entries is ambiguous; a full name beats a short form", () => {
    const table = createCityTable([
      entry("朝阳市", "辽宁", null),
      entry("朝阳", "北京", null),
      entry("新城市", "甲", null),
      entry("新城地区", "乙", null),
    ]);
    expect(table.lookup("朝阳")?.province).toBe("北京");
    expect(table.lookup("朝阳市")?.province).toBe("辽宁");
    const r = table.resolve("新城");
    expect(r).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!r.ok)
      expect(r.message).toBe(
        'Ambiguous city "新城": could be 新城市 (甲) or 新城地区 (乙); write the full name'
      );
    expect(table.lookup("新城市")?.province).toBe("甲");
  });
});
