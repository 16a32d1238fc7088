/**
 * The zip package of a workbook, streamed: every part goes through `part()`, the one place the
 * validity gate sits (issue 10). Each part's XML is checked while it streams (xml-check.ts),
 * deflated by Node's zlib on its thread pool (in parallel with the XML being generated), framed
 * by fflate's streaming `Zip` and handed to the sink in writes of about a megabyte. A part is
 * compressed while the next one is generated (at most two in flight); at the end the
 * package is checked as a whole: every planned part written exactly once, content types
 * covering every part, relationship targets present. A failure throws: the caller removes what
 * it wrote, so no invalid workbook is ever left behind.
 */
import { isAscii } from "node:buffer";
import { once } from "node:events";
import * as zlib from "node:zlib";
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import { XmlCheck } from "./xml-check";

export type Sink = (chunk: Uint8Array) => void | Promise<void>;

/** A part's text output: `write` buffers, and flushes to the check and the zip in large chunks. */
export type PartWriter = {
  write(text: string): void;
  /**
   * Bytes of ASCII XML (the byte row writer of sheet-data.ts), checked like text. The array is
   * handed over: zlib reads it later, so the caller must not reuse it.
   */
  writeAscii(bytes: Uint8Array): void;
  /** Awaits the sink for everything flushed so far (call between batches of rows). */
  drain(): Promise<void>;
};

export type PartCheck = (check: XmlCheck) => void;

/**
 * A part checked and deflated elsewhere (a worker thread, docs/adr/0015-parallel-sheet-parts.md):
 * its raw deflate bytes in blocks (each its own ArrayBuffer, transferred), the CRC-32 and size
 * of its XML.
 */
export type DeflatedPart = { path: string; crc: number; size: number; blocks: Uint8Array[] };

/**
 * Deflated bytes are kept in blocks of this size as they come: never a second, joined copy of a
 * part (the worker's largest, 100,000 cities' indicator rankings, is ~20 MB deflated).
 */
const COLLECT_BLOCK = 1 << 20;

const FLUSH_CHARS = 1 << 16;
/**
 * Bytes zlib may hold per part before `drain` waits: generation runs ahead of compression
 * instead of taking turns with it (with Node's 16 KB default, every large chunk waited).
 */
const DEFLATE_QUEUE_BYTES = 1 << 21;
/** Zip bytes collected before one write to the sink (fewer awaited file writes). */
const SINK_BYTES = 1 << 20;
/** Parts whose compression may still run while the next part is generated. */
const PARTS_IN_FLIGHT = 2;

const DEFAULT_TYPES: Record<string, string> = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
};

/**
 * A zip entry compressed by node:zlib's raw deflate stream: the work runs on libuv's thread
 * pool, so compression overlaps generation (fflate's own ZipDeflate runs in JS on the main
 * thread and was 5-10 times slower here, see the ADR). fflate's Zip frames it with a data
 * descriptor, reading `crc` and `size` when the entry's final chunk arrives.
 */
class ZlibZipFile implements ZipInputFile {
  crc = 0;
  size = 0;
  readonly compression = 8;
  ondata: AsyncFlateStreamHandler = () => undefined;
  private readonly deflate: zlib.DeflateRaw;
  readonly done: Promise<void>;

  constructor(
    readonly filename: string,
    level: number,
    readonly mtime: Date
  ) {
    const options = { level, chunkSize: 1 << 16, writableHighWaterMark: DEFLATE_QUEUE_BYTES };
    this.deflate = zlib.createDeflateRaw(options);
    this.deflate.on("data", (chunk: Buffer) =>
      this.ondata(
        null,
        new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.length),
        false
      )
    );
    this.done = new Promise((resolve, reject) => {
      this.deflate.on("end", () => {
        this.ondata(null, new Uint8Array(0), true);
        resolve();
      });
      this.deflate.on("error", reject);
    });
    this.done.catch(() => undefined); // awaited by the package; never an unhandled rejection
  }

  /** Queues bytes for compression (zlib copies them; the CRC is taken here). */
  push(bytes: Uint8Array, final: boolean): void {
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.write(bytes);
    if (final) this.deflate.end();
  }

  /** Resolves when zlib's input queue is below its high-water mark again. */
  async ready(): Promise<void> {
    if (this.deflate.writableNeedDrain) await once(this.deflate, "drain");
  }
}

export class PackageWriter {
  private readonly zip: Zip;
  /** Parts kept rather than zipped (`collect`), for a worker thread to hand over. */
  private readonly collected: DeflatedPart[] | null;
  private readonly queue: Uint8Array[] = [];
  private queued = 0;
  /** Compression of parts already generated (awaited before the central directory). */
  private readonly compressing: Promise<void>[] = [];
  private readonly encoder = new TextEncoder();
  private readonly written = new Set<string>();
  private readonly targets: { from: string; part: string }[] = [];
  private failure: Error | null = null;
  private finished = false;
  bytes = 0;

  /** `planned`: part path → content type (undefined: the Default of its extension). */
  constructor(
    private readonly planned: ReadonlyMap<string, string | undefined>,
    private readonly sink: Sink,
    private readonly options: {
      level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
      mtime: Date;
      /** Keep each part's deflated bytes (`collected()`) instead of zipping them to the sink. */
      collect?: boolean;
    }
  ) {
    this.collected = options.collect ? [] : null;
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else {
        this.queue.push(chunk);
        this.queued += chunk.length;
      }
      if (final) this.finished = true;
    });
  }

  /** Streams one part: `body` writes its text; `verify` inspects the finished check (data-bar ids). */
  async part(
    path: string,
    body: (out: PartWriter) => void | Promise<void>,
    verify?: PartCheck
  ): Promise<void> {
    if (!this.planned.has(path))
      throw new Error(`internal: part ${path} is not in the package plan`);
    if (this.written.has(path)) throw new Error(`internal: part ${path} written twice`);
    this.written.add(path);
    const check = new XmlCheck(path);
    const file = new ZlibZipFile(path, this.options.level, this.options.mtime);
    if (this.collected) this.collect(file);
    else this.zip.add(file);
    let buffer = "";
    const flush = (final: boolean): void => {
      if (buffer.length > 0) check.push(buffer);
      if (buffer.length > 0 || final) file.push(this.encoder.encode(buffer), final);
      buffer = "";
    };
    const out: PartWriter = {
      write: (text) => {
        buffer += text;
        if (buffer.length >= FLUSH_CHARS) flush(false);
      },
      writeAscii: (bytes) => {
        flush(false);
        if (!isAscii(bytes)) throw new Error(`internal: ${path}: a byte row is not ASCII`);
        check.pushAscii(bytes);
        file.push(bytes, false);
      },
      drain: async () => {
        await file.ready();
        await this.drain(false);
      },
    };
    await body(out);
    flush(true);
    check.end();
    verify?.(check);
    // The next part is generated while this one is compressed (fflate's Zip holds a later
    // entry's output until the earlier ones end); at most a few parts in flight.
    this.compressing.push(file.done);
    const settled = this.compressing.length - PARTS_IN_FLIGHT;
    if (settled >= 0) await this.compressing[settled];
    await this.drain(false);
  }

  /** Keeps the deflated bytes of `file` in blocks (transferable: never a pooled buffer). */
  private collect(file: ZlibZipFile): void {
    const blocks: Uint8Array[] = [];
    let block = new Uint8Array(0);
    let used = 0;
    file.ondata = (_error, chunk, final) => {
      for (let at = 0; at < chunk.length;) {
        if (used === block.length) {
          if (used > 0) blocks.push(block);
          block = new Uint8Array(COLLECT_BLOCK);
          used = 0;
        }
        const take = Math.min(chunk.length - at, block.length - used);
        block.set(chunk.subarray(at, at + take), used);
        used += take;
        at += take;
      }
      if (!final) return;
      if (used > 0) blocks.push(block.slice(0, used)); // a copy of the exact length
      this.bytes += blocks.reduce((n, b) => n + b.length, 0);
      this.collected?.push({ path: file.filename, crc: file.crc, size: file.size, blocks });
    };
  }

  /** The parts kept so far (`collect`). */
  collectedParts(): DeflatedPart[] {
    return this.collected ?? [];
  }

  /** Adds a part deflated elsewhere (checked there) as a zip entry. */
  async append(part: DeflatedPart): Promise<void> {
    if (!this.planned.has(part.path))
      throw new Error(`internal: part ${part.path} is not in the package plan`);
    if (this.written.has(part.path)) throw new Error(`internal: part ${part.path} written twice`);
    this.written.add(part.path);
    const { crc, size } = part;
    const { mtime } = this.options;
    const entry: ZipInputFile = { filename: part.path, compression: 8, crc, size, mtime };
    this.zip.add(entry); // sets entry.ondata
    const last = part.blocks.length - 1;
    if (last < 0) entry.ondata?.(null, new Uint8Array(0), true);
    part.blocks.forEach((b, i) => entry.ondata?.(null, b as Uint8Array<ArrayBuffer>, i === last));
    await this.drain(false);
  }

  /** Records that `from` (a part) refers to `part` (resolved path), checked at the end. */
  refersTo(from: string, part: string): void {
    this.targets.push({ from, part });
  }

  /** Hands the zip bytes collected so far to the sink: in chunks of about a megabyte, or all (`all`). */
  private async drain(all: boolean): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.queued === 0 || (!all && this.queued < SINK_BYTES)) return;
    const chunks = this.queue.splice(0);
    const chunk = chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
    this.queued = 0;
    this.bytes += chunk.length;
    await this.sink(chunk);
  }

  /** Checks the package as a whole, then writes the zip's central directory. */
  async finish(): Promise<void> {
    const missing = [...this.planned.keys()].filter((p) => !this.written.has(p));
    if (missing.length > 0) throw new Error(`internal: parts not written: ${missing.join(", ")}`);
    for (const [path, type] of this.planned) {
      const extension = path.slice(path.lastIndexOf(".") + 1);
      if (type === undefined && DEFAULT_TYPES[extension] === undefined)
        throw new Error(`internal: no content type for ${path}`);
    }
    for (const t of this.targets) {
      if (!this.written.has(t.part))
        throw new Error(`internal: ${t.from} refers to ${t.part}, which is not in the package`);
    }
    await Promise.all(this.compressing);
    if (this.collected) return;
    this.zip.end();
    await this.drain(true);
    if (!this.finished) throw new Error("internal: the zip stream did not finish");
  }
}

/** [Content_Types].xml for a package plan: Defaults for rels and xml, an Override per typed part. */
export function contentTypesXml(planned: ReadonlyMap<string, string | undefined>): string {
  const defaults = Object.entries(DEFAULT_TYPES)
    .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`)
    .join("");
  const overrides = [...planned]
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([path, type]) => `<Override PartName="/${path}" ContentType="${type}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults}${overrides}</Types>`
  );
}
