/**
 * Offline checks of manifest.xml (the online `npm run validate` service needs a network and
 * misses unresolved resids): identity, shared-runtime wiring, resources, URLs, element order.
 */
import { spawnSync } from "child_process";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import * as fs from "fs";
import * as path from "path";

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

const root = path.resolve(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");

/** Parses with element order preserved into a plain tree. */
function parse(text: string): XmlNode[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
  });
  const convert = (items: Ordered[]): XmlNode[] =>
    items
      .filter((item) => !("#text" in item) && !("?xml" in item))
      .map((item) => {
        const name = Object.keys(item).find((key) => key !== ":@")!;
        const kids = item[name] as Ordered[];
        const text = kids
          .filter((k) => "#text" in k)
          .map((k) => String(k["#text"]))
          .join("")
          .trim();
        return { name, attrs: item[":@"] ?? {}, children: convert(kids), text };
      });
  return convert(parser.parse(text) as Ordered[]);
}

function* walk(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

const child = (node: XmlNode, name: string): XmlNode => {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
};
const at = (node: XmlNode, ...names: string[]): XmlNode => names.reduce(child, node);

const app = parse(xml).find((n) => n.name === "OfficeApp")!;
const all = [...walk(app)];
const host = at(app, "VersionOverrides", "Hosts", "Host");
const resources = at(app, "VersionOverrides", "Resources");

/** Resource ids by kind: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
const defined = (group: string): Map<string, string> =>
  new Map(child(resources, group).children.map((r) => [r.attrs.id!, r.attrs.DefaultValue!]));
const images = defined("bt:Images");
const urls = defined("bt:Urls");
const shortStrings = defined("bt:ShortStrings");
const longStrings = defined("bt:LongStrings");

/** Which resource kind a resid on each element must name. */
const RESID_KIND: Record<string, Map<string, string>> = {
  "bt:Image": images,
  SourceLocation: urls,
  Runtime: urls,
  FunctionFile: urls,
  LearnMoreUrl: urls,
  Label: shortStrings,
  Title: shortStrings,
  Namespace: shortStrings,
  Description: longStrings,
};

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  const xmllint = spawnSync("xmllint", ["--version"]);
  (xmllint.error ? it.skip : it)("passes xmllint --noout (when xmllint is installed)", () => {
    const run = spawnSync("xmllint", ["--noout", manifestPath], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("is a task pane app with a GUID id and an n.n.n.n version", () => {
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(child(app, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(app, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, "DisplayName").attrs.DefaultValue).toBe("SmartCity Scorecard");
    expect(at(app, "Hosts", "Host").attrs.Name).toBe("Workbook");
  });

  it("keeps the schema's element order under OfficeApp", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = app.children.map((c) => c.name);
    expect(present.filter((n) => !order.includes(n))).toEqual([]);
    expect(present).toEqual(order.filter((n) => present.includes(n)));
    expect(host.children.map((c) => c.name)).toEqual([
      "Runtimes",
      "AllFormFactors",
      "DesktopFormFactor",
    ]);
  });

  it("asks for ReadWriteDocument, the shared runtime and ExcelApi 1.7", () => {
    expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
    const sets = at(app, "Requirements", "Sets").children.map((s) => s.attrs);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
    expect(sets).toContainEqual({ Name: "ExcelApi", MinVersion: "1.7" });
  });

  it("runs functions, task pane and commands in one long-lived page", () => {
    const runtime = at(host, "Runtimes", "Runtime");
    expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const functions = at(host, "AllFormFactors", "ExtensionPoint");
    expect(functions.attrs["xsi:type"]).toBe("CustomFunctions");
    expect(at(functions, "Page", "SourceLocation").attrs.resid).toBe("Taskpane.Url");
    expect(at(host, "DesktopFormFactor", "FunctionFile").attrs.resid).toBe("Taskpane.Url");
    expect(urls.get("Taskpane.Url")).toMatch(/\/taskpane\.html$/);
    expect(at(app, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(
      urls.get("Taskpane.Url")
    );
    const script = at(functions, "Script", "SourceLocation").attrs.resid!;
    const metadata = at(functions, "Metadata", "SourceLocation").attrs.resid!;
    expect(urls.get(script)).toMatch(/\/functions\.js$/);
    expect(urls.get(metadata)).toMatch(/\/functions\.json$/);
  });

  it("declares the SMARTCITY namespace", () => {
    const namespace = all.find((n) => n.name === "Namespace")!;
    expect(shortStrings.get(namespace.attrs.resid!)).toBe("SMARTCITY");
  });

  it("resolves every resid to a resource of the right kind", () => {
    const used = all.filter((n) => n.attrs.resid !== undefined);
    expect(used.length).toBeGreaterThan(10);
    const unresolved = used
      .filter((n) => !(RESID_KIND[n.name] ?? urls).has(n.attrs.resid!))
      .map((n) => `<${n.name} resid="${n.attrs.resid}">`);
    expect(unresolved).toEqual([]);
  });

  it("uses https for every URL", () => {
    const values = all.flatMap((n) => [n.text, ...Object.values(n.attrs)]);
    const links = values.filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
    const namespaces = /^http:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//;
    expect(links.filter((v) => !namespaces.test(v) && !v.startsWith("https://"))).toEqual([]);
    expect(links.filter((v) => v.startsWith("https://")).length).toBeGreaterThan(5);
  });

  it("has three ribbon buttons: open the task pane, run generateSummary and compareEditions", () => {
    const buttons = all.filter((n) => n.name === "Control");
    const labels = buttons.map((b) => shortStrings.get(child(b, "Label").attrs.resid!));
    expect(labels).toEqual(["Open SmartCity", "Generate summary", "Compare editions"]);
    const [open, generate, editions] = buttons.map((b) => child(b, "Action"));
    expect(open!.attrs["xsi:type"]).toBe("ShowTaskpane");
    const commands = fs.readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
    for (const [action, name] of [
      [generate, "generateSummary"],
      [editions, "compareEditions"],
    ] as const) {
      expect(action!.attrs["xsi:type"]).toBe("ExecuteFunction");
      expect(child(action!, "FunctionName").text).toBe(name);
      expect(commands).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*"${name}"`));
    }
  });

  it("points every icon at a PNG in assets/ of that size", () => {
    const iconUrls = [
      ...images.values(),
      child(app, "IconUrl").attrs.DefaultValue!,
      child(app, "HighResolutionIconUrl").attrs.DefaultValue!,
    ];
    for (const url of iconUrls) {
      const file = path.join(root, "assets", path.basename(new URL(url).pathname));
      expect(fs.existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      const png = fs.readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
