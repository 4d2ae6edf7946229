// What the build scripts share: every file under a built dist/ (scripts/sw.mjs lists them
// for the precache, scripts/compress.mjs compresses them).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dist` (or its folder `dir`), relative to `dist` with `/` separators, sorted. */
export async function filesUnder(dist, dir = '') {
  const entries = await readdir(join(dist, dir), { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(dist, rel) : [rel];
  }));
  return nested.flat().sort();
}
