// Turns a file's bytes into article text, or says precisely why it cannot.

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; message: string; line?: number };

/**
 * Decodes UTF-8 strictly. The BOM is dropped, as VS Code drops it from the document text, so offsets
 * agree with the editor. Binary files (a NUL byte) and invalid UTF-8 are refused with the place of the
 * first bad byte.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodeResult {
  const tooLarge = sizeProblem(bytes.length, maxBytes);
  if (tooLarge) return { ok: false, message: tooLarge };
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { ok: false, message: `encoded as ${utf16}, not UTF-8; save the file as UTF-8` };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, message: `binary file (NUL byte at offset ${nul}), not an article`, line: lineOfByte(bytes, nul) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      ok: false,
      message: `not valid UTF-8 (bad byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at offset ${bad}); save the file as UTF-8`,
      line: lineOfByte(bytes, bad),
    };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
}

/**
 * The name of a UTF-16 or UTF-32 encoding the bytes are in (by their byte-order mark, or, without one, by
 * the zero bytes every ASCII character then carries), so the message can say "save as UTF-8" instead of
 * calling a Windows "Unicode" text file binary.
 */
export function utf16Encoding(bytes: Uint8Array): string | undefined {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32 LE';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 BE';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 LE';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 BE';
  // No BOM: English text in UTF-16 has a zero in (nearly) every other byte, always on the same side.
  const sample = Math.min(b.length - (b.length % 2), 4096);
  if (sample < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'UTF-16 LE (no byte-order mark)';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'UTF-16 BE (no byte-order mark)';
  return undefined;
}

/** An article over the size limit is refused before it is read: the message, or undefined when it fits. */
export function sizeProblem(size: number, maxBytes = DEFAULT_MAX_BYTES): string | undefined {
  if (size <= maxBytes) return undefined;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return `file is ${mb(size)} MB, over the ${mb(maxBytes)} MB limit for one article (--max-size)`;
}

/** 0-based line of a byte offset */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}
