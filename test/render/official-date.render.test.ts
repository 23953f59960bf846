import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import OfficialDate from '../../src/components/OfficialDate.astro';
import { calendarDate } from '../../src/calendar/dates.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
/** Renders with the dev-only data-astro-source-* attributes removed. */
const render = async (date: Date) =>
  (await container.renderToString(OfficialDate, { props: { date } })).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

describe('OfficialDate', () => {
  it.each([
    [calendarDate(2020, 3, 5), '<time datetime="2020-03-05">ngày 05 tháng 3 năm 2020</time>'],
    [calendarDate(2021, 1, 1), '<time datetime="2021-01-01">ngày 01 tháng 01 năm 2021</time>'],
    [calendarDate(2025, 12, 15), '<time datetime="2025-12-15">ngày 15 tháng 12 năm 2025</time>'],
  ])('renders %s as the official Vietnamese date with a machine-readable datetime', async (date, html) => {
    expect(await render(date)).toBe(html);
  });
  it('refuses an invalid date', async () => {
    await expect(render(new Date('ngày mai'))).rejects.toThrow('Invalid date');
  });
});
