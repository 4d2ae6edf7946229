// The built site serves the JSON Schemas of the three exchange formats under schema/ (issue
// 15): each is the CLI's `declaration-check schema KIND`, sent as JSON, a draft 2020-12
// schema whose $id names where it is served; the service worker does not precache them
// (they are for the city's systems, not the app). Whether files pass them is
// scripts/schema_check.py's part, after these tests, over what these tests exported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root, dist, serve } from './support.mjs';

const cli = join(root, 'target/release/declaration-check');

test('the site serves the three schemas as the CLI prints them, and the service worker leaves them out', async () => {
  const server = await serve();
  try {
    for (const kind of ['declaration', 'review', 'part']) {
      const res = await fetch(`${server.url}schema/${kind}.schema.json`);
      assert.equal(res.status, 200, kind);
      assert.equal(res.headers.get('content-type'), 'application/json');
      const served = await res.json();
      const printed = JSON.parse(execFileSync(cli, ['schema', kind], { encoding: 'utf8' }));
      assert.deepEqual(served, printed, `${kind}: the site's file is the CLI's`);
      assert.equal(served.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.ok(served.$id.endsWith(`/schema/${kind}.schema.json`), served.$id);
      assert.match(served.title, /[ぁ-んァ-ン一-龠]/, `${kind}: a Japanese title`);
    }
  } finally {
    await server.close();
  }
  const sw = await readFile(join(dist, 'sw.js'), 'utf8');
  assert.ok(sw.includes('"index.html"'), 'the precache list is there');
  assert.ok(!sw.includes('schema/'), 'no schema in the precache list');
});
