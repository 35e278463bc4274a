// Fills a VerdictMemory from the sidecars (`*.crosscheck.yaml`) of a folder tree on disk, and keeps it
// current one sidecar at a time. Folders that never hold articles (node_modules, dot-folders) are skipped.

import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { VerdictMemory } from '../core/memory/verdictMemory';
import { parseSidecar } from '../core/sidecar/storage/sidecarDocument';
import { SIDECAR_SUFFIX } from '../core/sidecar/storage/sidecarPath';
import { MAX_SIDECAR_BYTES } from '../core/sidecar/storage/sidecarLimits';
import { nodeFileSystem } from './nodeFileSystem';

const SKIP = new Set(['node_modules']);

/** Every sidecar path under `root` (absolute), in a stable order. */
export async function findSidecars(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIP.has(e.name)) await walk(join(dir, e.name));
      } else if (e.isFile() && e.name.endsWith(SIDECAR_SUFFIX)) out.push(join(dir, e.name));
    }
  };
  await walk(resolve(root));
  return out;
}

/** The article a sidecar belongs to: its path without `.crosscheck.yaml`. */
export function articleOfSidecar(sidecarPath: string): string {
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
}

/**
 * (Re-)reads one sidecar into the memory: set when it parses, removed when it is gone; a broken one keeps
 * what the memory had (the last good version), since a half-resolved merge should not erase a desk's memory.
 * Returns what was done.
 */
export async function refreshSidecar(memory: VerdictMemory, sidecarPath: string): Promise<'set' | 'removed' | 'broken'> {
  const article = articleOfSidecar(resolve(sidecarPath));
  let text: string;
  try {
    // The store's reader: never blocks on a FIFO, refuses a directory or a file over the size cap.
    const bytes = await nodeFileSystem.readFile(sidecarPath, { maxBytes: MAX_SIDECAR_BYTES });
    if (bytes === undefined) throw new Error('gone');
    text = new TextDecoder().decode(bytes);
  } catch {
    memory.removeSidecar(article);
    return 'removed';
  }
  const parsed = parseSidecar(text);
  if (!parsed.ok) return 'broken';
  memory.setSidecar(article, parsed.sidecar.data.verdicts);
  return 'set';
}

/** A memory of every sidecar under `root`; article paths in it are absolute. */
export async function loadVerdictMemory(root: string, memory = new VerdictMemory()): Promise<VerdictMemory> {
  for (const path of await findSidecars(root)) await refreshSidecar(memory, path);
  return memory;
}
