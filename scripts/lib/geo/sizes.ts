import { gzipSync } from 'node:zlib';

export interface FileSize {
  raw: number;
  gzip: number;
}

/** Raw and gzip (level 9) byte counts, the latter being what a browser downloads. */
export function sizeOf(content: string): FileSize {
  const bytes = Buffer.from(content, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** "12.3 KB" with one decimal, 1 KB = 1024 bytes. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
