/**
 * A commune imports its villages' activity records: the report's activities CSV (or the same
 * columns from a spreadsheet) becomes event files that pass the event schema; refusals name the
 * file, the row and the column in Vietnamese. The CLI runs as `npm run activities:import` runs
 * it, on a copy of the content folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importActivities } from '../../../src/calendar/activity-import.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { ACTIVITY_CSV_HEADER, activityCsv, buildReport, periodsOfYear, type ReportSources } from '../../../src/site/report.ts';
import { ROOT } from '../../helpers/astro.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const campaigns = new Map([
  ['thang-hanh-dong-2026', 'thang-hanh-dong-2026'],
  ['tháng hành động 2026', 'thang-hanh-dong-2026'],
]);
/** A village site's report: two activities, one with participants split by sex. */
const villageSources: ReportSources = {
  languages: ['vi'],
  campaigns: new Map([['thang-hanh-dong-2026', 'Tháng hành động 2026']]),
  legal: [],
  quizzes: [],
  materials: [],
  activities: [
    {
      slug: 'hop-thon',
      title: 'Họp thôn về phòng, chống bạo lực gia đình',
      type: 'sinh-hoat',
      date: d('2026-11-16'),
      commune: 'Xã Hữu Kiên',
      province: 'Lai Châu',
      village: 'Bản Nà Ca',
      audiences: ['cha-me', 'dan-toc-thieu-so'],
      participants: { total: 42, women: 30, men: 12 },
      campaign: 'thang-hanh-dong-2026',
    },
    {
      slug: 'loa',
      title: 'Phát thanh loa',
      type: 'phat-thanh-loa',
      date: d('2026-11-18'),
      commune: 'Xã Hữu Kiên',
      province: 'Lai Châu',
      village: 'Bản Nà Ca',
      audiences: [],
    },
  ],
};
const villageCsv = activityCsv(buildReport(villageSources, periodsOfYear(2026)[1], d('2026-11-20')));
const sheet = (rows: string[][]) => `\uFEFF${stringify([[...ACTIVITY_CSV_HEADER], ...rows], { record_delimiter: '\r\n' })}`;
const row = (over: Partial<Record<(typeof ACTIVITY_CSV_HEADER)[number], string>>) =>
  ACTIVITY_CSV_HEADER.map(
    (column) =>
      over[column] ??
      (
        {
          Ngày: '2026-11-16',
          'Tên hoạt động': 'Họp thôn',
          'Loại hoạt động': 'Sinh hoạt chi hội, họp thôn',
          'Xã, phường, đặc khu': 'Xã A',
          'Tỉnh, thành phố': 'Lạng Sơn',
        } as Record<string, string>
      )[column] ??
      '',
  );

describe('importActivities', () => {
  it("turns a village's activities CSV back into events that pass the schema, with the same figures", () => {
    const result = importActivities(villageCsv, 'ban-na-ca.csv', campaigns);
    expect(result.problems).toEqual([]);
    expect(result.activities.map((a) => a.slug)).toEqual([
      '2026-11-16-ban-na-ca-hop-thon-ve-phong-chong-bao-luc-gia-dinh',
      '2026-11-18-ban-na-ca-phat-thanh-loa',
    ]);
    const first = eventSchema.parse(parseYaml(result.activities[0]!.yaml));
    expect(first).toMatchObject({
      kind: 'event',
      activity: 'sinh-hoat',
      village: 'Bản Nà Ca',
      commune: 'Xã Hữu Kiên',
      audiences: ['cha-me', 'dan-toc-thieu-so'],
      participants: { total: 42, women: 30, men: 12 },
      source: 'Nhập từ tệp ban-na-ca.csv, dòng 2',
    });
    expect(first.date).toEqual(d('2026-11-16'));
    // The village's sheet names the campaign by its title; the commune has it under the same title.
    expect(first.campaign).toBe('thang-hanh-dong-2026');
    expect(result.notes).toEqual([]);
    const elsewhere = importActivities(villageCsv, 'ban-na-ca.csv', new Map());
    expect(eventSchema.parse(parseYaml(elsewhere.activities[0]!.yaml)).campaign).toBeUndefined();
    expect(elsewhere.notes).toEqual([
      'ban-na-ca.csv, dòng 2: trang không có chiến dịch "Tháng hành động 2026", hoạt động được nhập không kèm chiến dịch.',
    ]);
    expect(eventSchema.parse(parseYaml(result.activities[1]!.yaml)).participants).toBeUndefined();
  });
  it('reads dates as a Vietnamese spreadsheet saves them, thousands with dots, and labels typed in any case', () => {
    const result = importActivities(
      sheet([
        row({
          Ngày: '5/12/2026',
          'Loại hoạt động': 'hội nghị',
          'Đối tượng': 'cán bộ, công chức; NGƯỜI LAO ĐỘNG',
          'Tổng số người tham dự': '1.200',
          'Chiến dịch': 'thang-hanh-dong-2026',
        }),
      ]),
      'xa.csv',
      campaigns,
    );
    expect(result.problems).toEqual([]);
    expect(parseYaml(result.activities[0]!.yaml)).toMatchObject({
      date: '2026-12-05',
      activity: 'hoi-nghi',
      audiences: ['can-bo-cong-chuc', 'nguoi-lao-dong'],
      participants: { total: 1200 },
      campaign: 'thang-hanh-dong-2026',
    });
  });
  it('refuses bad rows naming the file, the row and the column, and keeps nothing from that sheet', () => {
    const result = importActivities(
      sheet([
        row({}),
        row({ 'Loại hoạt động': 'Liên hoan', 'Tên hoạt động': 'Một' }),
        row({ 'Tên hoạt động': 'Hai', 'Đối tượng': 'Trẻ em' }),
        row({ 'Tên hoạt động': 'Ba', 'Tổng số người tham dự': '10', 'Trong đó nữ': '8', 'Trong đó nam': '5' }),
        row({ 'Tên hoạt động': 'Bốn', Ngày: '2026-13-01' }),
        row({}),
      ]),
      'thon.csv',
      campaigns,
    );
    expect(result.problems).toHaveLength(5);
    expect(result.problems[0]).toMatch(/^thon\.csv, dòng 3, cột "Loại hoạt động": "Liên hoan" không phải loại hoạt động có sẵn/);
    expect(result.problems[1]).toMatch(/^thon\.csv, dòng 4, cột "Đối tượng": "Trẻ em" không có trong danh sách đối tượng/);
    expect(result.problems[2]).toMatch(/^thon\.csv, dòng 5, cột "Tổng số người tham dự": Số nữ và số nam cộng lại \(13\)/);
    expect(result.problems[3]).toMatch(/^thon\.csv, dòng 6, cột "Ngày": Không đọc được ngày "2026-13-01"/);
    expect(result.problems[4]).toMatch(/^thon\.csv, dòng 7, cột "Tên hoạt động": trùng với dòng 2/);
  });
  it('refuses a sheet without the required columns, or that is not CSV', () => {
    expect(importActivities('Ngày,Tên\r\n2026-11-16,Họp\r\n', 'sai.csv', campaigns).problems[0]).toContain(
      'sai.csv: thiếu cột "Tên hoạt động", "Loại hoạt động", "Xã, phường, đặc khu", "Tỉnh, thành phố".',
    );
    expect(importActivities('"a,b\n', 'hong.csv', campaigns).problems[0]).toContain('hong.csv: không đọc được tệp CSV');
    expect(importActivities(sheet([]), 'rong.csv', campaigns).problems[0]).toContain('rong.csv: bảng không có dòng hoạt động nào');
  });
});

describe('npm run activities:import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'activities-import-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'src/build/cli/activities-import.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content' },
    });
  const events = () => readdirSync(join(dir, 'content/events/vi')).sort();

  it('adds one file per activity, leaves them alone on a second run, and keeps a file an editor changed', () => {
    const before = events();
    writeFileSync(join(dir, 'ban-na-ca.csv'), villageCsv);
    const first = cli('ban-na-ca.csv');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('đã thêm 2 hoạt động');
    const added = events().filter((name) => !before.includes(name));
    expect(added).toEqual([
      '2026-11-16-ban-na-ca-hop-thon-ve-phong-chong-bao-luc-gia-dinh.yaml',
      '2026-11-18-ban-na-ca-phat-thanh-loa.yaml',
    ]);
    const path = join(dir, 'content/events/vi', added[0]!);
    writeFileSync(path, readFileSync(path, 'utf8').replace('total: 42', 'total: 45'));
    const second = cli('ban-na-ca.csv');
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('đã thêm 0 hoạt động');
    expect(second.stdout).toContain('giữ nguyên tệp đang có');
    expect(readFileSync(path, 'utf8')).toContain('total: 45');
  });
  it('writes nothing from a sheet with a refused row, and says why in Vietnamese', () => {
    const before = events();
    writeFileSync(
      join(dir, 'sai.csv'),
      sheet([row({ 'Tên hoạt động': 'Đúng' }), row({ 'Tên hoạt động': 'Sai', 'Loại hoạt động': 'Liên hoan' })]),
    );
    const run = cli('sai.csv');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Chưa nhập tệp sai.csv; chưa ghi tệp nào');
    expect(run.stderr).toContain('sai.csv, dòng 3, cột "Loại hoạt động"');
    expect(events()).toEqual(before);
  });
});
