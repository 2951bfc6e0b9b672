/**
 * Writes files so that a reader (the app's import, git, the next build) sees either the old
 * bytes or the new ones, never a half-written file: each file is written in full to a temporary
 * file beside it, flushed to disk, and only then renamed over the target (a rename within one
 * folder is atomic on POSIX file systems and NTFS). A full disk or a killed process therefore
 * leaves the previous file intact and at most a stray temporary file, which is removed on error.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicFile {
  path: string;
  text: string;
}

/** The low-level writes, replaceable by tests that simulate a full disk. */
export interface WriteOps {
  /** Writes all of `data` to the file descriptor or throws (ENOSPC on a full disk). */
  write: (fd: number, data: Buffer) => void;
}

const realOps: WriteOps = {
  write: (fd, data) => {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  },
};

/** The temporary file for `path`: hidden, in the same folder (so the rename never crosses disks). */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/**
 * Writes every file, or none: all temporary files are written and flushed first; only when all
 * succeeded are they renamed into place. On any failure the temporary files are removed, the
 * targets are untouched, and the original error is rethrown (so its code, e.g. ENOSPC, and path
 * reach the message).
 */
export function writeFilesAtomic(files: readonly AtomicFile[], ops: WriteOps = realOps): void {
  const temps: string[] = [];
  try {
    for (const { path, text } of files) {
      const temp = tempPathFor(path);
      temps.push(temp);
      const fd = openSync(temp, 'w');
      try {
        ops.write(fd, Buffer.from(text, 'utf8'));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  files.forEach(({ path }, i) => renameSync(temps[i] as string, path));
}
