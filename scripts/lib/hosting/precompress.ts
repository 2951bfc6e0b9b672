import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing; images are already compressed. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|csv|xml)$/;
/** Below this, a compressed copy saves less than a network packet. */
const MIN_BYTES = 1024;

function isCompressible(path: string, size: number): boolean {
  return COMPRESSIBLE.test(path) && size >= MIN_BYTES;
}

/**
 * Writes `file.br` (Brotli, best quality) and `file.gz` (gzip -9) next to `file`, each only if
 * smaller, so servers that can (nginx gzip_static/brotli_static, Apache rewrite rules) send
 * them without compressing on every request. Returns the suffixes written.
 */
export function precompressFile(file: string): string[] {
  const source = readFileSync(file);
  if (!isCompressible(file, source.length)) return [];
  const written: string[] = [];
  const brotli = brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
  if (brotli.length < source.length) {
    writeFileSync(`${file}.br`, brotli);
    written.push('.br');
  }
  const gzip = gzipSync(source, { level: 9 });
  if (gzip.length < source.length) {
    writeFileSync(`${file}.gz`, gzip);
    written.push('.gz');
  }
  return written;
}
