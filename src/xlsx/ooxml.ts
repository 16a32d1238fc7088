/**
 * Small helpers for the XML parts of an .xlsx package (a zip of XML files), without a DOM:
 * namespaces, relationship and content types, escaping, a tag scanner (used by the tests to read
 * packages back), relationships and part paths.
 */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMl: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
} as const;

export const REL_TYPE = {
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  hyperlink: `${NS.rel}/hyperlink`,
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  table: `${NS.rel}/table`,
  officeDocument: `${NS.rel}/officeDocument`,
  coreProperties:
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProperties: `${NS.rel}/extended-properties`,
} as const;

const SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml";
/** Content types of the parts the writer emits. */
export const CONTENT_TYPE = {
  workbook: `${SPREADSHEET}.sheet.main+xml`,
  worksheet: `${SPREADSHEET}.worksheet+xml`,
  styles: `${SPREADSHEET}.styles+xml`,
  sharedStrings: `${SPREADSHEET}.sharedStrings+xml`,
  table: `${SPREADSHEET}.table+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
} as const;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
const NEEDS_ATTRIBUTE_ESCAPE = /[&<>"'\t\n\r]/;
const NEEDS_TEXT_ESCAPE = /[&<>\r]/;

/**
 * Escapes text for XML attribute values (and content): markup characters, and tab / line
 * breaks as references so attribute normalisation keeps them. Characters XML 1.0 forbids are
 * not removed here: the layout guard replaces them, and the package check refuses any left.
 */
export function escapeXml(text: string): string {
  return NEEDS_ATTRIBUTE_ESCAPE.test(text)
    ? text.replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string)
    : text;
}

/** Escapes element content: &, <, > and CR (which parsers would otherwise turn into LF). */
export function escapeText(text: string): string {
  return NEEDS_TEXT_ESCAPE.test(text)
    ? text.replace(/[&<>\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string)
    : text;
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
