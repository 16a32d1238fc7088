/**
 * The zip layer of the .xlsx reader: the central directory, and one entry at a time inflated in
 * small pieces (fflate) so a part is never held whole, or, for a part read to its end, inflated at
 * once by node's native zlib (several times faster: a 100,000-row sheet) and handed on in pieces.
 * Sizes are checked against a budget before inflating (declared size) and while inflating
 * (actual size): a zip bomb stops at the limit.
 */
import { Inflate } from "fflate";
import * as zlib from "node:zlib";

/** What went wrong reading an .xlsx input; the command line words it (messages/cli.ts). */
export type XlsxProblem =
  | { kind: "not-zip" }
  | { kind: "legacy" }
  | { kind: "damaged"; reason: string }
  | { kind: "too-large"; part: string; limit: number }
  | { kind: "rows" | "columns"; sheet: string; cell: string; limit: number }
  | { kind: "cell-length"; sheet: string; cell: string; length: number; limit: number };

export class XlsxReadError extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(problem.kind);
  }
}

const damaged = (reason: string): XlsxReadError => new XlsxReadError({ kind: "damaged", reason });

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

/** Bytes the entries read so far may still unpack to (shared by every part of one workbook). */
export type UnpackBudget = { remaining: number; limit: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const MAX_ENTRIES = 100_000;
const PIECE = 16 * 1024;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
const names = new TextDecoder("utf-8");

/** A part name as stored or referenced: no leading slash, compared case-insensitively (OPC). */
export const partKey = (name: string): string => name.replace(/^\/+/u, "").toLowerCase();

function findEndOfDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === EOCD) return at;
  }
  return -1;
}

/** The entries of a zip archive by part key. Throws XlsxReadError when the bytes are not one. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  if (OLE2.every((b, i) => bytes[i] === b)) throw new XlsxReadError({ kind: "legacy" });
  if (bytes.length < 4 || u32(bytes, 0) !== LOCAL) throw new XlsxReadError({ kind: "not-zip" });
  const end = findEndOfDirectory(bytes);
  if (end < 0)
    throw damaged("the zip directory at the end of the file is missing; the file may be cut short");
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const at = u64(bytes, end - 12);
    if (u32(bytes, at) !== ZIP64_EOCD) throw damaged("the zip64 directory is missing");
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  if (count > MAX_ENTRIES) throw damaged(`the zip lists ${count} entries`);
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL)
      throw damaged("the zip directory is cut short");
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    if (u16(bytes, at + 8) & 1) throw new XlsxReadError({ kind: "legacy" });
    readZip64Sizes(bytes, at + 46 + nameLength, extraLength, entry);
    entries.set(partKey(entry.name), entry);
    at += 46 + nameLength + extraLength + u16(bytes, at + 32);
  }
  return entries;
}

/** Sizes and offset past 4 GB live in the zip64 extra field (id 1), in this order when needed. */
function readZip64Sizes(bytes: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        const value = u64(bytes, field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    }
    at += 4 + size;
  }
}

/**
 * Streams an entry's bytes to `consume` in pieces; `consume` returns false to stop early (the
 * rest is never inflated). Throws XlsxReadError when the entry is damaged or goes past the budget.
 */
export function streamEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: UnpackBudget,
  consume: (piece: Uint8Array) => boolean,
  toEnd = false
): void {
  const tooLarge = (): XlsxReadError =>
    new XlsxReadError({ kind: "too-large", part: entry.name, limit: budget.limit });
  if (entry.size > budget.remaining) throw tooLarge();
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL)
    throw damaged(`${entry.name} is missing from the archive`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name} is cut short`);
  const data = bytes.subarray(start, end);
  let produced = 0;
  let stopped = false;
  const take = (piece: Uint8Array): void => {
    if (stopped || piece.length === 0) return;
    produced += piece.length;
    if (produced > entry.size)
      throw damaged(`${entry.name} unpacks to more than its size in the zip directory`);
    budget.remaining -= piece.length;
    if (budget.remaining < 0) throw tooLarge();
    stopped = !consume(piece);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length && !stopped; at += PIECE * 4)
      take(data.subarray(at, Math.min(data.length, at + PIECE * 4)));
  } else if (entry.method === 8) {
    try {
      if (toEnd) {
        // The declared size is within the budget (checked above); more output is refused.
        // One output chunk of the declared size: no joining of pieces (a copy of the whole).
        const whole = zlib.inflateRawSync(data, {
          maxOutputLength: Math.max(1, entry.size),
          chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, entry.size),
        });
        // Plain Uint8Array views (not Buffers): the scanner sees one kind of array (fast).
        for (let at = 0; at < whole.length && !stopped; at += PIECE * 4) {
          const length = Math.min(whole.length - at, PIECE * 4);
          take(new Uint8Array(whole.buffer, whole.byteOffset + at, length));
        }
      } else {
        const inflate = new Inflate((piece) => take(piece));
        for (let at = 0; at < data.length && !stopped; at += PIECE)
          inflate.push(
            data.subarray(at, Math.min(data.length, at + PIECE)),
            at + PIECE >= data.length
          );
        if (data.length === 0) inflate.push(new Uint8Array(0), true);
      }
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        throw damaged(`${entry.name} unpacks to more than its size in the zip directory`);
      throw damaged(`${entry.name}: ${(e as Error).message}`);
    }
  } else {
    throw damaged(`${entry.name} uses compression method ${entry.method}`);
  }
  if (!stopped && produced !== entry.size)
    throw damaged(
      `${entry.name} unpacks to ${produced} bytes, not the ${entry.size} its directory says`
    );
}
