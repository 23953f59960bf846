/**
 * `npm run reach` as an agency runs it: in a copy of the project (its package.json, src/ and the
 * shipped content, committed in a new git repository), on the sample nginx logs of
 * test/fixtures/reach/, which are full of addresses, user agents and search terms.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/reach');
const LOGS = [join(FIXTURES, 'access.log'), join(FIXTURES, 'access.log.2.gz')];
let copy = '';

/** The environment of a person's shell: none of the test runner's CONTENT_DIR or SITE_TODAY. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !['CONTENT_DIR', 'SITE_TODAY', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST')),
);
const npm = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '--silent', 'reach', '--', ...args], { cwd: copy, env, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};
const git = (...args: string[]) => spawnSync('git', args, { cwd: copy, encoding: 'utf8' }).stdout;
const counts = () => readFileSync(join(copy, 'content/reach/daily.csv'), 'utf8');

/** Everything in the sample logs that belongs to a visitor: addresses, user agents, referrers, search terms. */
function visitorFacts(): string[] {
  const text = `${readFileSync(LOGS[0]!, 'utf8')}\n${gunzipSync(readFileSync(LOGS[1]!)).toString('utf8')}`;
  const facts = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^(\S+) .*?"[A-Z]+ [^?" ]*(\?[^" ]*)? [^"]*" \d+ \S+ "([^"]*)" "([^"]*)"/.exec(line);
    if (!m) continue;
    facts.add(m[1]!);
    if (m[2]) facts.add(m[2]);
    if (m[3] !== '-') facts.add(m[3]!);
    if (m[4] !== '-') facts.add(m[4]!);
  }
  return [...facts];
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'reach-cli-'));
  for (const path of ['package.json', 'src', 'content']) cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  spawnSync(
    'sh',
    [
      '-c',
      'printf "node_modules\\n" > .gitignore && git init -q -b main && git add . && git -c user.name=T -c user.email=t@example.org commit -qm copy',
    ],
    { cwd: copy },
  );
}, 60_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run reach', () => {
  it('is the package script the README documents', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.reach).toBe('node src/build/cli/reach.ts');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('`npm run reach -- <log files…>`');
  });

  it('writes daily counts and nothing about any visitor, leaves out counts below the threshold, and commits the file', () => {
    const before = counts();
    expect(before).toContain(',mẫu\r\n');
    const run = npm(...LOGS);
    expect(run.status, run.output).toBe(0);
    const csv = counts();
    expect(csv).toBe(
      '\uFEFFNgày,Loại,Trang hoặc mã,Lượt,Dữ liệu mẫu\r\n' +
        '2026-12-03,trang,/,10,\r\n' +
        '2026-12-03,trang,/chien-dich/ngay-gia-dinh-2026/,10,\r\n' +
        '2026-12-03,trang,/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/,12,\r\n' +
        '2026-12-03,mã,WQGF,11,\r\n' +
        '2026-12-04,trang,/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/,15,\r\n' +
        '2026-12-04,mã,5RKX,10,\r\n',
    );
    // Below the threshold, so absent: the Tày page (3 views), the Mông page (2), WQGF on 04/12 (9 hits).
    expect(csv).not.toContain('/tyz/');
    expect(csv).not.toContain('/hmn-Latn-VN/');
    expect(csv).not.toMatch(/2026-12-04,mã,WQGF/);
    const facts = visitorFacts();
    expect(facts.length).toBeGreaterThan(15);
    for (const where of [csv, run.output]) {
      for (const fact of facts) expect(where, fact).not.toContain(fact);
      expect(where).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/);
      expect(where).not.toMatch(/\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b/i);
      expect(where).not.toMatch(/Mozilla|Android|iPhone|Googlebot|curl\/|utm_|q=|tu-khoa|google\.com|zalo\.me/);
    }
    expect(csv).not.toContain('?');
    expect(run.output).toContain('Đã xóa dữ liệu mẫu');
    expect(run.output).toContain('Ngày Gia đình Việt Nam');
    expect(run.output).toContain('WQGF → /tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/ (vi): 11 lượt');
    expect(git('status', '--porcelain')).toBe('');
    expect(git('log', '--format=%s', '-1')).toContain('npm run reach');
  }, 60_000);

  it('changes nothing when run again on the same logs', () => {
    const first = counts();
    const commits = git('rev-list', '--count', 'HEAD');
    const run = npm(LOGS[1]!, LOGS[0]!);
    expect(run.status, run.output).toBe(0);
    expect(counts()).toBe(first);
    expect(git('rev-list', '--count', 'HEAD')).toBe(commits);
  }, 60_000);

  it('takes a higher threshold from --threshold, for recorded days only with --replace, and refuses one below 5', () => {
    const kept = npm('--threshold', '12', ...LOGS);
    expect(kept.status, kept.output).toBe(0);
    expect(kept.output).toContain('Ngày 2026-12-03: nhật ký lần này có 12 lượt, ít hơn 43 lượt đã ghi');
    const run = npm('--threshold', '12', '--replace', ...LOGS);
    expect(run.status, run.output).toBe(0);
    expect(counts()).not.toMatch(/,1[01],\r\n/);
    expect(counts()).toContain('2026-12-04,trang,/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/,15,');
    const low = npm('--threshold', '3', LOGS[0]!);
    expect(low.status).toBe(1);
    expect(low.output).toContain('--threshold 3: ngưỡng phải là số nguyên từ 5 trở lên');
  }, 60_000);

  it('reads a Netlify drain, writing no address, user agent, referrer or search term from it', () => {
    const file = join(FIXTURES, 'netlify-traffic.ndjson');
    const run = npm('--replace', file);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`${file} (netlify): 25 dòng, đếm 22 lượt; bỏ qua 1 dòng không đúng định dạng (dòng đầu tiên: 1).`);
    const csv = counts();
    expect(csv).toContain('2026-12-04,trang,/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/,11,\r\n');
    expect(csv).toContain('2026-12-04,mã,WQGF,10,\r\n');
    const records = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const facts = new Set<string>();
    for (const r of records) {
      for (const key of ['client_ip', 'user_agent', 'referrer', 'request_id', 'site_id', 'deploy_id'])
        if (typeof r[key] === 'string') facts.add(r[key]);
      const query = typeof r.url === 'string' ? /\?.*$/.exec(r.url)?.[0] : undefined;
      if (query) facts.add(query);
    }
    expect(facts.size).toBeGreaterThan(12);
    for (const where of [csv, run.output]) {
      for (const fact of facts) expect(where, fact).not.toContain(fact);
      expect(where).not.toMatch(/binhdanggioi\.example\.org|utm_|zalo\.me/);
    }
    expect(git('status', '--porcelain')).toBe('');
  }, 60_000);

  it('warns, naming the file, that lines without a user agent were not counted', () => {
    const file = join(copy, 'netlify-no-pii.ndjson');
    writeFileSync(
      file,
      `${JSON.stringify({ log_type: 'traffic', method: 'GET', url: '/', status_code: 200, timestamp: '2026-12-05T01:00:00Z' })}\n`,
    );
    const run = npm(file);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`${file}: Không dòng nào có thông tin trình duyệt (user agent), nên không lượt nào được đếm`);
    expect(run.output).toContain('Exclude personally identifiable information (PII)');
    rmSync(file);
  }, 60_000);

  it('stops on a bad file with a Vietnamese message naming it, and writes nothing', () => {
    const before = counts();
    const missing = npm(LOGS[0]!, 'khong-co.log');
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('khong-co.log: không mở được tệp');
    expect(missing.output).toContain('Chưa ghi gì');
    const unknown = npm(join(FIXTURES, 'iis-w3c.log'));
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain(`${join(FIXTURES, 'iis-w3c.log')}, dòng 1: không nhận ra định dạng nhật ký`);
    expect(npm().output).toContain('Cách dùng: npm run reach --');
    expect(counts()).toBe(before);
    // A counts file edited by hand into a mistake is named with its line, and left as it is.
    const broken = `${before}2026-12-05,trang,/a/,mười,\r\n`;
    writeFileSync(join(copy, 'content/reach/daily.csv'), broken);
    const refused = npm(LOGS[0]!);
    expect(refused.status).toBe(1);
    const line = broken.trim().split('\r\n').length;
    expect(refused.output).toContain(`content/reach/daily.csv, dòng ${line}: số lượt "mười" phải là số nguyên dương.`);
    expect(counts()).toBe(broken);
  }, 60_000);
});
