/** An activity on the public calendar: its type shows; its participant count only when the agency turns it on. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CalendarEntry from '../../src/components/CalendarEntry.astro';
import { useTranslations } from '../../src/i18n/index.ts';
import { eventSchema } from '../../src/schemas/event.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const entry = {
  ...eventSchema.parse({
    title: 'Sinh hoạt chi hội',
    kind: 'event',
    date: '2026-06-26',
    commune: 'Xã A',
    province: 'Lạng Sơn',
    activity: 'sinh-hoat',
    participants: { total: 35, women: 30, men: 5 },
  }),
  slug: 'sinh-hoat',
};
const occurrence = { entry, id: 'sinh-hoat', start: entry.date!, end: entry.date! };
const render = (showParticipants?: boolean) =>
  container.renderToString(CalendarEntry, {
    props: { occurrence, today: new Date('2026-11-20T00:00:00Z'), ...(showParticipants === undefined ? {} : { showParticipants }) },
    // CalendarEntry reads only lang and t of the page's locals.
    locals: { lang: 'vi', t: useTranslations('vi') } as unknown as App.Locals,
  });

describe('CalendarEntry for an activity', () => {
  it('names the activity type and keeps the participant count off by default', async () => {
    const html = await render();
    expect(html).toContain('Sinh hoạt chi hội, họp thôn');
    expect(html).not.toContain('Số người tham dự');
    expect(html).not.toContain('35');
  });
  it('shows the count, split by sex, when the agency turns showParticipants on', async () => {
    expect(await render(true)).toContain('Số người tham dự: 35 (nữ 30, nam 5)');
  });
});
