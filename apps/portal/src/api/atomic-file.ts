import { type FileHandle, open, rename } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Replaces `file` with `data` so that after a crash the file holds either the old or the new bytes,
 * never a mix, and once this resolves the new bytes are on disk: temp file, fsync, rename, fsync of
 * the directory (which makes the rename itself durable).
 */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, "w", 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  await syncDirectory(dirname(file));
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; there the rename is as durable as it gets.
    if (process.platform !== "win32") throw error;
  } finally {
    await handle?.close();
  }
}
