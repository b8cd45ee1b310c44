import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { assertSafeKey, type FileStorage, StoredFileMissingError } from './file-storage.js';

/** Files under one root folder (DATA_DIR/storage). Writes go to a temp file and are renamed into place. */
export class LocalDiskStorage implements FileStorage {
  readonly kind = 'local' as const;

  constructor(private readonly root: string) {}

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, data);
    await rename(temp, path);
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      throw this.translate(error, key);
    }
  }

  async stream(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch (error) {
      throw this.translate(error, key);
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    return join(this.root, ...key.split('/'));
  }

  private translate(error: unknown, key: string): unknown {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? new StoredFileMissingError(key) : error;
  }
}
