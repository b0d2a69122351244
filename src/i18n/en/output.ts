/** English messages of `--out FILE`. */
import type { Area } from '../nl/index.js';

export const output: Area<'output'> = {
  failed: (path: string, reason: string) => `Cannot write ${path}: ${reason}.`,
  failedHint: 'Give with --out a file name in an existing folder where you may write, for example --out terugkoppeling.md.',
  reason: {
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'part of the path is not a folder',
    EISDIR: 'that is a folder',
    EACCES: 'you may not write there',
    EPERM: 'you may not write there',
    EROFS: 'that disk is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'your disk quota is used up',
    symlink: 'that is a symbolic link; k80 replaces only a regular file',
    special: 'that is not a regular file (but for example a device or a pipe); k80 replaces only a regular file',
    agenda: 'that is inside the folder agenda/, which holds only the content of the agenda',
    git: 'that is inside the folder .git/ of the repository',
  },
  reasonOther: (code: string) => `system error ${code}`,
};
