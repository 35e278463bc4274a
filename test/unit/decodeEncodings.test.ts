// UTF-16 and UTF-32 articles are named as such (Windows "Unicode" text), not called binary.
import assert from 'node:assert/strict';
import { decodeArticle } from '../../src/core/text/decode';

const TEXT = 'Officials said 1,200 people were evacuated on Monday.\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[2 * i + (littleEndian ? 0 : 1)] = u & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = u >> 8;
  });
  return out;
}

describe('decode: encodings', () => {
  for (const [le, bom, name] of [
    [true, true, /UTF-16 LE/],
    [false, true, /UTF-16 BE/],
    [true, false, /UTF-16 LE \(no byte-order mark\)/],
    [false, false, /UTF-16 BE \(no byte-order mark\)/],
  ] as const) {
    it(`names ${name.source}`, () => {
      const r = decodeArticle(utf16(TEXT, le, bom));
      assert.equal(r.ok, false);
      assert.match(!r.ok ? r.message : '', name);
      assert.match(!r.ok ? r.message : '', /save the file as UTF-8/);
      assert.doesNotMatch(!r.ok ? r.message : '', /binary/);
    });
  }

  it('still calls a real binary file binary, and reads UTF-8 with a BOM', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
    const r = decodeArticle(png);
    assert.match(!r.ok ? r.message : '', /binary/);
    const bom = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]));
    assert.ok(bom.ok && bom.text === TEXT);
  });
});
