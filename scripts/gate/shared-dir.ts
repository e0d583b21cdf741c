/**
 * The gate's directories shared by all replicas (revocations, activity): usable means the gate can create a file in
 * it. Production creates only the last level, so a mistyped path fails at start instead of quietly splitting the
 * replicas between two directories.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Create `dir` (only its last level when `required`) and prove it is writable; throws the file system's error. */
export async function checkWritableDir(dir: string, required: boolean): Promise<void> {
  await mkdir(dir, { recursive: !required }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const probe = join(dir, `.probe-${process.pid}-${randomBytes(6).toString('hex')}`);
  await writeFile(probe, '', { flag: 'wx' });
  await unlink(probe);
}
