/**
 * Small helpers for editing the XML parts of an .xlsx package (a zip of XML files) without a DOM:
 * escaping, top-level child elements, relationships and content types. They rely only on the
 * XML grammar (quoted attributes, <?…?>, <!--…-->, CDATA), not on how a writer lays out its XML.
 */
import type JSZip from "jszip";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMl: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

export const REL_TYPE = {
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  hyperlink: `${NS.rel}/hyperlink`,
} as const;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters even escaped
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, "")
  );
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(
      e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    );
  });
}

export type Tag = {
  /** Qualified name, e.g. "hyperlink" or "c:chart". */
  name: string;
  kind: "open" | "close" | "empty";
  /** Offsets of "<" and one past ">" in the document. */
  start: number;
  end: number;
  /** Attribute values, unescaped. */
  attributes: Record<string, string>;
};

const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every element tag of a document, in order (comments, CDATA and declarations skipped). */
export function tags(xml: string): Tag[] {
  const out: Tag[] = [];
  for (const m of xml.matchAll(TAG)) {
    const name = m[2];
    if (name === undefined) continue;
    const attributes: Record<string, string> = {};
    for (const a of (m[3] ?? "").matchAll(ATTRIBUTE))
      attributes[a[1] as string] = unescapeXml(a[2] ?? a[3] ?? "");
    const start = m.index ?? 0;
    out.push({
      name,
      kind: m[1] === "/" ? "close" : m[4] === "/" ? "empty" : "open",
      start,
      end: start + m[0].length,
      attributes,
    });
  }
  return out;
}

/** Tags of the root element's direct children (open or empty tags), with the root tag first. */
export function rootAndChildren(xml: string): { root: Tag; children: Tag[] } {
  const all = tags(xml);
  const root = all[0];
  if (!root || root.kind !== "open") throw new Error("XML part has no root element with children");
  return { root, children: childTags(all.slice(1), 1) };
}

/** The tags at `depth` 1 among `list`, which starts at nesting `depth` inside the root. */
function childTags(list: readonly Tag[], depth: number): Tag[] {
  const children: Tag[] = [];
  for (const tag of list) {
    if (tag.kind === "open") {
      if (depth === 1) children.push(tag);
      depth += 1;
    } else if (tag.kind === "close") depth -= 1;
    else if (depth === 1) children.push(tag);
  }
  return children;
}

/**
 * Inserts `element` as a direct child of the root, before the first child named in `before`
 * (the schema's order), else before the root's closing tag. `after`, when given, names a
 * direct child of the root whose content is skipped unscanned (a worksheet's huge <sheetData>).
 */
export function insertChild(
  xml: string,
  element: string,
  before: readonly string[],
  after?: string
): string {
  let from = 0;
  if (after !== undefined) {
    const close = xml.indexOf(`</${after}>`);
    const empty = close < 0 ? new RegExp(`<${after}(\\s[^>]*)?/>`).exec(xml) : null;
    from = close >= 0 ? close + after.length + 3 : empty ? empty.index + empty[0].length : 0;
  }
  const children =
    from > 0
      ? childTags(tags(xml.slice(from)), 1).map((t) => ({ ...t, start: t.start + from }))
      : rootAndChildren(xml).children;
  const next = children.find((c) => before.includes(c.name));
  const at = next ? next.start : xml.lastIndexOf("</");
  return xml.slice(0, at) + element + xml.slice(at);
}

export type Relationship = { id: string; type: string; target: string; targetMode?: string };

export function parseRelationships(xml: string): Relationship[] {
  return tags(xml)
    .filter((t) => t.name === "Relationship")
    .map((t) => ({
      id: t.attributes.Id ?? "",
      type: t.attributes.Type ?? "",
      target: t.attributes.Target ?? "",
      targetMode: t.attributes.TargetMode,
    }));
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.targetMode ? ` TargetMode="${escapeXml(r.targetMode)}"` : ""}/>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${items}</Relationships>`;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part ("../x" allowed). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** A relationship id not used in `rels`: rId<max+1>. */
export function nextRelationshipId(rels: readonly Relationship[]): string {
  const max = Math.max(0, ...rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)));
  return `rId${max + 1}`;
}

export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The package has no part ${path}`);
  return file.async("string");
}

/** Worksheet part paths by sheet name, from xl/workbook.xml and its relationships. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readPart(zip, "xl/workbook.xml");
  const rels = parseRelationships(await readPart(zip, "xl/_rels/workbook.xml.rels"));
  const parts = new Map<string, string>();
  for (const sheet of tags(workbook).filter((t) => t.name === "sheet")) {
    const rel = rels.find((r) => r.id === sheet.attributes["r:id"]);
    if (rel && sheet.attributes.name !== undefined)
      parts.set(sheet.attributes.name, resolveTarget("xl/workbook.xml", rel.target));
  }
  return parts;
}

/** Adds `<Override PartName="/path" ContentType="…"/>` entries to [Content_Types].xml. */
export async function addContentTypes(
  zip: JSZip,
  overrides: readonly { part: string; contentType: string }[]
): Promise<void> {
  const xml = await readPart(zip, "[Content_Types].xml");
  const items = overrides
    .map(
      (o) =>
        `<Override PartName="/${escapeXml(o.part)}" ContentType="${escapeXml(o.contentType)}"/>`
    )
    .join("");
  const close = xml.lastIndexOf("</Types>");
  if (close < 0) throw new Error("[Content_Types].xml has no </Types>");
  zip.file("[Content_Types].xml", xml.slice(0, close) + items + xml.slice(close));
}
