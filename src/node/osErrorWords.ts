// An OS error in the words a reviewer can act on, with its code for a search engine or an admin:
// "permission denied (EACCES)" rather than a stack trace.

import { FileAccessError, type FileOperation } from '../core/sidecar/storage/fileAccessError';

const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (an immutable or protected file?)',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  ELOOP: 'too many symbolic links (a link loop?)',
  EBUSY: 'the file is busy (open in another program?)',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the file name is too long',
  EIO: 'input/output error (a disk or network problem)',
  ETIMEDOUT: 'the file system did not answer in time',
  EEXIST: 'the file already exists',
  EAGAIN: 'the file is not ready (a pipe with no writer?)',
  ENXIO: 'no such device (a pipe or socket, not a file)',
};

export function osErrorWords(e: unknown): { reason: string; code?: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && WORDS[code]) return { reason: `${WORDS[code]} (${code})`, code };
  const message = e instanceof Error ? e.message : String(e);
  return { reason: code ? `${message.replace(/^\w+: /, '')}` : message, code };
}

/** Wraps any error from a file operation as a FileAccessError (one that already is one is returned as is). */
export function fileAccessError(e: unknown, path: string, operation: FileOperation): FileAccessError {
  if (e instanceof FileAccessError) return e;
  const { reason, code } = osErrorWords(e);
  return new FileAccessError(path, operation, reason, code);
}
