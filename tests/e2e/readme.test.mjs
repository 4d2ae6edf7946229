// The commands of the README and of docs/ work exactly as written, from the repository root:
// every `cargo run …` line of their shell blocks (and the inline `cargo run …` of their
// text) is run through bash and what it prints is checked against what they say it prints;
// every other line of their `sh` blocks is run too (a single test, a self-test), except the
// test command and the build, which are this run itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'))
  .map((f) => ({ name: `docs/${f}`, text: readFileSync(join(root, 'docs', f), 'utf8') }));
const pages = [{ name: 'README.md', text: readme }, ...docs];
/** What the test command runs itself: named in the pages, not run again here. */
const RUN_BY_THE_TEST_COMMAND = ['bash scripts/serve.sh', 'bash scripts/test.sh'];
// The README's workbooks are written there (on a fresh clone it is not there yet).
mkdirSync(join(root, 'tests/output'), { recursive: true });

/** The lines of the `sh` blocks of `text`, comments removed. */
function shLines(text) {
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n'))
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

/** The `cargo run` commands of `text` (the README's when none is given), as written:
 * shell-block lines and inline code. */
function commands(text = readme) {
  const inline = [...text.matchAll(/`(cargo run [^`]+)`/g)].map((m) => m[1]);
  return [...shLines(text), ...inline].filter((l) => l.startsWith('cargo run'));
}

/** Every `cargo run` command of the README and docs/, each once. */
function allCommands() {
  return [...new Set(pages.flatMap((p) => commands(p.text)))];
}

function run(command) {
  const r = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('the README shows the checker; docs/ its text table, its diff, its workbook and the benchmarks', () => {
  assert.ok(commands().length >= 2, `README cargo run lines: ${commands().join(' | ')}`);
  const all = allCommands();
  assert.ok(all.length >= 8, `cargo run lines found: ${all.join(' | ')}`);
  for (const c of all) assert.match(c, /^cargo run --release -p declaration /, `${c} names its package`);
  for (const kind of [' diff ', ' xlsx ', ' schema ', '--format text', '--codes', '--example bench']) {
    assert.ok(all.some((c) => c.includes(kind)), `a command with ${kind}`);
  }
});

test('the README stays the user\'s page: at most 250 lines, the build internals in docs/', () => {
  const lines = readme.split('\n').length;
  assert.ok(lines <= 250, `README.md has ${lines} lines`);
  for (const doc of ['architecture', 'adding-a-field', 'building', 'formats', 'testing', 'performance']) {
    assert.ok(docs.some((d) => d.name === `docs/${doc}.md`), `docs/${doc}.md`);
    assert.ok(readme.includes(`docs/${doc}.md`), `the README links docs/${doc}.md`);
  }
});

test('every other command of the README and docs/ runs, exactly as written', () => {
  const others = [...new Set(pages.flatMap((p) => shLines(p.text)))]
    .filter((l) => !l.startsWith('cargo run') && !RUN_BY_THE_TEST_COMMAND.includes(l));
  assert.ok(others.length >= 3, `other commands: ${others.join(' | ')}`);
  for (const command of others) {
    const { code, out, err } = run(command);
    assert.equal(code, 0, `${command}\n  exit ${code}\n${out.slice(-500)}\n${err.slice(-500)}`);
    console.log(`docs command ok: ${command}`);
  }
});

test('every cargo run line of the README and docs/ works from the repository root', () => {
  for (const command of allCommands()) {
    const { code, out, err } = run(command);
    const row = `${command}\n  exit ${code}; stderr: ${err.split('\n').filter((l) => !/^\s*(Compiling|Finished|Running|Blocking)/.test(l)).join(' ').slice(0, 300)}`;
    if (command.includes('--example bench')) {
      assert.equal(code, 0, row);
      assert.match(out, /validate/, row);
    } else if (command.includes(' schema ')) {
      assert.equal(code, 0, row);
      const schema = JSON.parse(out);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', row);
      assert.match(schema.title, /照会事項/, row);
    } else if (command.includes(' xlsx ') || command.includes(' --xlsx ')) {
      assert.equal(code, 0, row);
      const file = command.split(' ').pop();
      assert.equal(readFileSync(join(root, file)).subarray(0, 2).toString(), 'PK', `${row}: ${file} is an .xlsx`);
    } else if (command.includes(' diff ')) {
      assert.equal(code, 0, row);
      assert.ok(out.startsWith('\ufeff変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明'), row);
      assert.match(out, /令和6年2月28日/, row);
    } else if (command.includes('--format csv') && command.includes('--codes')) {
      assert.equal(code, 1, row);
      const rows = out.replace(/^\ufeff/, '').trim().split('\r\n');
      assert.equal(rows[0], 'file,municipality,contractor,declaration_date,complete,overall,C1,C2,C3,C4,C5,C6,C7,C8,S5,S6,S7,integrity,expiring,exported_at,body_sha256,error', row);
      assert.equal(rows.length, 4, row);
      assert.match(rows.find((r) => r.includes('/draft.json')), /,false,incomplete,/, row);
      assert.match(rows.find((r) => r.includes('/noncompliant.json')), /,true,not_met,/, row);
      assert.match(rows.find((r) => r.includes('/compliant.json')), /,true,met,(met,){11}absent,/, row);
    } else if (command.includes('--format csv')) {
      // In the words a city files (issue 31).
      assert.equal(code, 1, row);
      const rows = out.replace(/^\ufeff/, '').trim().split('\r\n');
      assert.equal(rows[0], 'ファイル,地方公共団体,受託者,申告日,記入完了,総合判定,C1,C2,C3,C4,C5,C6,C7,C8,S5,S6,S7,改変の確認,期限が近い証明書,書き出し日時,本文ハッシュ,読み取りエラー', row);
      assert.equal(rows.length, 4, row);
      assert.match(rows.find((r) => r.includes('/draft.json')), /,いいえ,未完了,/, row);
      assert.match(rows.find((r) => r.includes('/noncompliant.json')), /,はい,不適合,/, row);
      assert.match(rows.find((r) => r.includes('/compliant.json')), /,はい,適合,(適合,){11}ハッシュなし（改変の有無を確認できません）,/, row);
    } else if (command.includes('--format text')) {
      // The fixtures: one complete and compliant, two not (exit 1, as the README says).
      assert.equal(code, 1, row);
      for (const f of ['compliant.json', 'noncompliant.json', 'draft.json']) assert.match(out, new RegExp(f), row);
    } else {
      assert.equal(code, 1, row);
      const lines = out.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(lines.length, 3, row);
      const compliant = lines.find((l) => l.file.endsWith('compliant.json') && !l.file.includes('non'));
      assert.equal(compliant.complete, true, row);
      assert.equal(compliant.conditions.C1, 'met', row);
      for (const l of lines) for (const e of l.errors) assert.ok(e.path && e.ja && e.en, row);
    }
    console.log(`README command ok: ${command} (exit ${code})`);
  }
});

test('the command the README used to show fails, so the test above can fail', () => {
  // Without -p, cargo looks for the binary in the app package only.
  const { code, err } = run('cargo run --release --bin declaration-check -- tests/fixtures/compliant.json');
  assert.notEqual(code, 0);
  assert.match(err, /no bin target named `declaration-check`/);
});
