/**
 * A byte buffer for the ASCII XML of cell rows (sheet-data.ts): pre-encoded tag pieces are
 * copied in, integers and numbers written as ASCII digits, so a cell costs no string and no
 * UTF-8 encoding. Full buffers are handed to the part (`PartWriter.writeAscii`) at row ends.
 * Chunks stay under V8's large-object size (128 KB), so their latin1 copies for the check die
 * young instead of waiting in large-object space for a full collection (20,000 cities: 245 → 196 MB).
 */
import type { PartWriter } from "./package";

/** Bytes of an ASCII text (tag pieces: encoded once, copied per cell). */
export function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) throw new Error(`internal: ${JSON.stringify(text)} is not ASCII`);
    bytes[i] = c;
  }
  return bytes;
}

const CHUNK_BYTES = 96 << 10;
/** Room kept free for one cell (a number is at most 24 characters, a tag piece a few dozen). */
const CELL_ROOM = 128;
/** Room past a chunk for the row that fills it (rows of up to 128 cells need no bigger buffer). */
const ROW_ROOM = 16 << 10;
const SCALE = 1e6;
const DIGIT_0 = 48;
const DOT = 46;
const MINUS = 45;

/**
 * The spelling of recent fractional numbers, by a hash of their bits (direct-mapped): scores,
 * rates and means repeat (an indicator has a few hundred distinct scores), and a hit costs a
 * compare and a copy instead of digit arithmetic or `String`.
 */
const CACHE_BITS = 13;
const CACHE_SLOT = 32; // bytes per slot; `String` of a double has at most 25 characters
const cacheKeys = new Float64Array(1 << CACHE_BITS).fill(NaN); // NaN equals nothing: empty
const cacheLengths = new Uint8Array(1 << CACHE_BITS);
const cacheBytes = new Uint8Array((1 << CACHE_BITS) * CACHE_SLOT);
/**
 * A number to write is staged here (`RowBytes.staged`): a double read from a Float64Array and
 * stored here stays unboxed, where passing it to a call would allocate a heap number per cell.
 */
export const STAGED = new Float64Array(1);
const doubleWords = new Uint32Array(STAGED.buffer);

/** The cache slot of the staged double: its two 32-bit halves mixed, top bits. */
function stagedSlot(): number {
  const mixed = Math.imul(
    (doubleWords[0] as number) ^ Math.imul(doubleWords[1] as number, 0x85ebca6b),
    0x9e3779b1
  );
  return mixed >>> (32 - CACHE_BITS);
}

export class RowBytes {
  private buffer = new Uint8Array(CHUNK_BYTES + ROW_ROOM);
  /** Next byte to write. */
  at = 0;

  constructor(private readonly out: PartWriter) {}

  /** Makes room for `bytes` more (a long row grows the buffer beyond a chunk). */
  room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.at + bytes));
    bigger.set(this.buffer.subarray(0, this.at));
    this.buffer = bigger;
  }

  /** Copies tag pieces (callers made room). */
  put(bytes: Uint8Array): void {
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i] as number;
    this.at = at;
  }

  /** A non-negative integer below 2^31, in decimal. */
  unsigned(value: number): void {
    const buffer = this.buffer;
    let digits = 1;
    for (let v = value; v >= 10; v = (v / 10) | 0) digits++;
    let at = this.at + digits;
    this.at = at;
    let v = value;
    do {
      const q = (v / 10) | 0;
      buffer[--at] = DIGIT_0 + v - q * 10;
      v = q;
    } while (v > 0);
  }

  /**
   * A finite number as JavaScript's `String(value)` spells it (the shortest round trip): an
   * integer below 2^31, or a value with at most six decimals below 2,147 (scores, rates, shares)
   * is written digit by digit, after checking that the decimal is the same double; any other
   * number (rare here) goes through `String`.
   */
  number(value: number): void {
    STAGED[0] = value;
    this.staged();
  }

  /** The finite number in `STAGED[0]`, as `number` writes it. */
  staged(): void {
    const value = STAGED[0] as number;
    const magnitude = Math.abs(value);
    if (Number.isInteger(value) && magnitude < 0x80000000) {
      if (value < 0) this.buffer[this.at++] = MINUS;
      this.unsigned(magnitude);
      return;
    }
    const slot = stagedSlot();
    const buffer = this.buffer;
    let at = this.at;
    if (cacheKeys[slot] === value) {
      const from = slot * CACHE_SLOT;
      const to = from + (cacheLengths[slot] as number);
      for (let k = from; k < to; k++) buffer[at++] = cacheBytes[k] as number;
      this.at = at;
      return;
    }
    this.spell(value, magnitude);
    const length = this.at - at;
    if (length > CACHE_SLOT) return;
    cacheKeys[slot] = value;
    cacheLengths[slot] = length;
    cacheBytes.set(buffer.subarray(at, this.at), slot * CACHE_SLOT);
  }

  /** A finite number that is not a small integer, spelled (see `number`). */
  private spell(value: number, magnitude: number): void {
    const scaled = Math.round(magnitude * SCALE);
    if (scaled < 0x80000000 && scaled / SCALE === magnitude) {
      if (value < 0) this.buffer[this.at++] = MINUS;
      const whole = Math.floor(scaled / SCALE);
      this.unsigned(whole);
      let fraction = scaled - whole * SCALE;
      let places = 6;
      while (fraction % 10 === 0) {
        fraction /= 10;
        places--;
      }
      const buffer = this.buffer;
      buffer[this.at++] = DOT;
      let at = this.at + places;
      this.at = at;
      for (let k = 0; k < places; k++) {
        const q = Math.floor(fraction / 10);
        buffer[--at] = DIGIT_0 + fraction - q * 10;
        fraction = q;
      }
      return;
    }
    if (!Number.isFinite(value))
      throw new Error(`internal: ${value} reached a cell (the guard blanks it)`);
    const text = String(value); // digits, ".", "-", "e", "+": ASCII
    const buffer = this.buffer;
    for (let i = 0; i < text.length; i++) buffer[this.at++] = text.charCodeAt(i);
  }

  /** Called at each row end: hands a full chunk to the part; true when it did (time to drain). */
  endRow(): boolean {
    if (this.at < CHUNK_BYTES) return false;
    this.flush();
    return true;
  }

  /** Hands what is buffered to the part (zlib keeps the array: a new one is taken). */
  flush(): void {
    if (this.at === 0) return;
    this.out.writeAscii(this.buffer.subarray(0, this.at));
    this.buffer = new Uint8Array(CHUNK_BYTES + ROW_ROOM);
    this.at = 0;
  }

  /** Forgets bytes written since `at` (a row that turned out empty). */
  rewind(at: number): void {
    this.at = at;
  }
}

export { CELL_ROOM };
