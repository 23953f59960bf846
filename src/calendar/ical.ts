/**
 * Writes the calendar as iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets without
 * splitting a character, TEXT values escaped, a VTIMEZONE for Asia/Ho_Chi_Minh, all-day entries as
 * VALUE=DATE with an exclusive DTEND, observances as one yearly-repeating VEVENT each, and UIDs
 * that stay the same from build to build so that subscribed calendars update instead of duplicating.
 */
import { addDays, occurrencesOf, TIME_ZONE, type CalendarEntry } from './calendar.ts';

export interface IcalEntry extends CalendarEntry {
  /** Place as one line, e.g. "Nhà văn hóa, Phường Đông Kinh, Lạng Sơn". */
  location?: string | undefined;
  /** Plain text; may contain line breaks. */
  description?: string | undefined;
  /** Absolute URL of the entry on the site. */
  url?: string | undefined;
}

export interface IcalOptions {
  /** Calendar name shown by calendar apps. */
  name: string;
  /** Host name for the UIDs, e.g. binhdanggioi.example.org. */
  host: string;
  /** The build's today: observances repeat from this year, and it is the DTSTAMP. */
  today: Date;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into pieces of at most 75 octets, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation line starts with a space, leaving 74.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

const compactDate = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');
const localDateTime = (date: Date, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`;

/** The VEVENT lines of one entry. */
function eventLines(entry: IcalEntry, options: IcalOptions, stamp: string): string[] {
  const year = options.today.getUTCFullYear();
  const occurrence = occurrencesOf(entry, entry.kind === 'event' ? -Infinity : year, entry.kind === 'event' ? Infinity : year)[0];
  if (!occurrence) return [];
  const lines = ['BEGIN:VEVENT', `UID:${entry.kind === 'event' ? entry.slug : `${entry.slug}-hang-nam`}@${options.host}`, `DTSTAMP:${stamp}`];
  if (occurrence.startTime) {
    lines.push(`DTSTART;TZID=${TIME_ZONE}:${localDateTime(occurrence.start, occurrence.startTime)}`);
    if (occurrence.endTime) lines.push(`DTEND;TZID=${TIME_ZONE}:${localDateTime(occurrence.end, occurrence.endTime)}`);
    else if (occurrence.end > occurrence.start) lines.push(`DTEND;TZID=${TIME_ZONE}:${localDateTime(addDays(occurrence.end, 1), '00:00')}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(occurrence.start)}`, `DTEND;VALUE=DATE:${compactDate(addDays(occurrence.end, 1))}`);
  }
  if (entry.kind === 'observance') lines.push('RRULE:FREQ=YEARLY');
  lines.push(`SUMMARY:${escapeText(entry.title)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.url) lines.push(`URL:${entry.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The whole .ics file. */
export function icalendar(entries: readonly IcalEntry[], options: IcalOptions): string {
  const stamp = `${compactDate(options.today)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${options.host}//Lich binh dang gioi//VI`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    'BEGIN:VTIMEZONE',
    `TZID:${TIME_ZONE}`,
    'BEGIN:STANDARD',
    'DTSTART:19750613T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...[...entries].sort((a, b) => a.slug.localeCompare(b.slug)).flatMap((entry) => eventLines(entry, options, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
