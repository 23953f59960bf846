/** Activities on calendar events (type, audiences, participants) and plan indicators: what the schemas accept and how they explain a refusal. */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityWarnings } from '../../../src/collections/activity-warnings.ts';
import type { CheckedEntry } from '../../../src/collections/problems.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { indicatorSchema } from '../../../src/schemas/indicator.ts';
import { ROOT } from '../../helpers/astro.ts';
import { invalidCases, prepareInvalidCase } from '../../helpers/invalid-cases.ts';

const event = { title: 'Hội nghị', kind: 'event', date: '2026-11-14', commune: 'Xã A', province: 'Lạng Sơn' };
const issuesOf = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  data: object,
) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('activities on events', () => {
  it('accept a type, audiences and participants split by sex', () => {
    const parsed = eventSchema.parse({
      ...event,
      activity: 'hoi-nghi',
      audiences: ['can-bo-cong-chuc'],
      participants: { total: 50, women: 30, men: 20 },
      village: 'Thôn 1',
    });
    expect(parsed).toMatchObject({
      activity: 'hoi-nghi',
      audiences: ['can-bo-cong-chuc'],
      participants: { total: 50, women: 30, men: 20 },
    });
    expect(eventSchema.parse(event).audiences).toEqual([]);
  });
  it('refuse women and men adding up to more than the total', () => {
    expect(issuesOf(eventSchema, { ...event, activity: 'hoi-nghi', participants: { total: 40, women: 30, men: 20 } })).toEqual([
      { path: 'participants.total', message: expect.stringContaining('(50) lớn hơn tổng số người tham dự (40)') },
    ]);
  });
  it('refuse participants without an activity type, and an activity on a yearly observance', () => {
    expect(issuesOf(eventSchema, { ...event, participants: { total: 10 } })).toEqual([
      { path: 'activity', message: expect.stringContaining('cần chọn "Loại hoạt động"') },
    ]);
    expect(issuesOf(eventSchema, { title: 'Ngày Gia đình', kind: 'observance', yearlyStart: '28/6', activity: 'sinh-hoat' })).toEqual([
      { path: 'activity', message: expect.stringContaining('không phải một hoạt động') },
    ]);
  });
  it('name an unknown activity type or audience with the choices', () => {
    const problems = issuesOf(eventSchema, { ...event, activity: 'hop-mat', audiences: ['tre-em'] });
    expect(problems.map((p) => p.path).sort()).toEqual(['activity', 'audiences.0']);
    expect(problems.find((p) => p.path === 'activity')!.message).toContain('tap-huan (Tập huấn)');
    expect(problems.find((p) => p.path === 'audiences.0')!.message).toContain('Đối tượng "tre-em" không có trong danh sách');
  });
  it('read a participants group the CMS saved blank as no count, and a total left blank beside a split as missing', () => {
    expect(eventSchema.parse({ ...event, activity: 'hoi-nghi', participants: { total: '', women: null } }).participants).toBeUndefined();
    expect(eventSchema.parse({ ...event, activity: 'hoi-nghi', participants: {} }).participants).toBeUndefined();
    expect(eventSchema.parse({ ...event, activity: 'hoi-nghi', participants: { total: 12, men: '' } }).participants).toEqual({ total: 12 });
    expect(issuesOf(eventSchema, { ...event, activity: 'hoi-nghi', participants: { total: '', women: 5 } })).toEqual([
      { path: 'participants.total', message: expect.stringContaining('Tổng số người tham dự phải là một số') },
    ]);
  });
  it('refuse a negative or fractional count', () => {
    expect(issuesOf(eventSchema, { ...event, activity: 'tap-huan', participants: { total: -1 } })[0]!.message).toContain(
      'không được là số âm',
    );
    expect(issuesOf(eventSchema, { ...event, activity: 'tap-huan', participants: { total: 2.5 } })[0]!.message).toContain('số nguyên');
  });
});

describe('activity warnings', () => {
  const entry = (data: Record<string, unknown>): CheckedEntry =>
    ({
      file: { collection: 'events', lang: 'vi', slug: 'x', path: 'content/events/vi/x.yaml', lineOf: () => 7 },
      data,
    }) as unknown as CheckedEntry;
  const today = new Date('2026-11-20T00:00:00Z');
  it('warn about an activity that took place without a participant count, not about a future one or a counted one', () => {
    const past = entry({ kind: 'event', activity: 'hoi-nghi', date: new Date('2026-11-10T00:00:00Z') });
    const future = entry({ kind: 'event', activity: 'hoi-nghi', date: new Date('2026-11-25T00:00:00Z') });
    const running = entry({
      kind: 'event',
      activity: 'tap-huan',
      date: new Date('2026-11-19T00:00:00Z'),
      endDate: new Date('2026-11-21T00:00:00Z'),
    });
    const counted = entry({ kind: 'event', activity: 'hoi-nghi', date: new Date('2026-11-10T00:00:00Z'), participants: { total: 5 } });
    const notActivity = entry({ kind: 'event', date: new Date('2026-11-10T00:00:00Z') });
    const warnings = activityWarnings([past, future, running, counted, notActivity], today);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ path: 'content/events/vi/x.yaml', line: 7, field: 'participants', fieldTitle: 'Số người tham dự' });
    expect(warnings[0]!.message).toContain('chưa có số người tham dự');
  });
});

describe('plan indicators', () => {
  const base = { title: 'Tỷ lệ xã tổ chức truyền thông', plan: '1790/QĐ-TTg', target: '100% xã', assessed: '2026-11-15' };
  it('accept a met indicator with its result', () => {
    expect(indicatorSchema.parse({ ...base, status: 'dat', result: '20/20 xã' })).toMatchObject({ status: 'dat', result: '20/20 xã' });
  });
  it.each(['chua-dat', 'khong-danh-gia'])('require the reason when the status is %s', (status) => {
    const problems = issuesOf(indicatorSchema, { ...base, status, result: '18/20 xã' });
    expect(problems).toEqual([{ path: 'reason', message: expect.stringContaining('cần ghi "Nguyên nhân"') }]);
  });
  it('require a result unless it cannot be assessed', () => {
    expect(issuesOf(indicatorSchema, { ...base, status: 'dat' })).toEqual([
      { path: 'result', message: expect.stringContaining('cần ghi "Kết quả"') },
    ]);
    expect(issuesOf(indicatorSchema, { ...base, status: 'khong-danh-gia', reason: 'Chưa có số liệu' })).toEqual([]);
  });
  it('refuse a plan number that is not a document number', () => {
    expect(issuesOf(indicatorSchema, { ...base, plan: 'kế hoạch tỉnh', status: 'dat', result: 'x' })[0]).toMatchObject({ path: 'plan' });
  });
});

describe('npm run check:content', () => {
  it('stops on an indicator "không đánh giá được" without a reason, with a Vietnamese message naming the file and the field', () => {
    const testCase = invalidCases().find((c) => c.name === 'indicator-without-reason')!;
    const contentDir = prepareInvalidCase(testCase);
    const run = spawnSync(process.execPath, [join(ROOT, 'src/build/cli/check-content.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: relative(ROOT, contentDir) },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('indicators/vi/chi-tieu-mau.yaml');
    expect(run.stderr).toContain('Nguyên nhân');
    expect(run.stderr).toContain('cần ghi "Nguyên nhân"');
  });
});
