/** Reads the built sample's communication report back: its CSV files and its summary table. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ROOT } from './astro.ts';
import { SAMPLE_DIST, page } from './sample.ts';
import { reportCsvUrl, type ReportCsvPart } from '../../src/site/routes.ts';

/** One CSV file of a period's report, parsed; throws unless it starts with the BOM Excel needs. */
export function reportCsvRows(period: string, part: ReportCsvPart = 'bao-cao'): string[][] {
  const text = readFileSync(join(ROOT, SAMPLE_DIST, reportCsvUrl(period, part)), 'utf8');
  if (text.charCodeAt(0) !== 0xfeff) throw new Error(`${reportCsvUrl(period, part)} does not start with a UTF-8 BOM`);
  const rows: string[][] = parse(text, { bom: true, relax_column_count: true });
  return rows;
}

/** The summary of the main CSV, after its "Chỉ tiêu,Số lượng" row: label → number. */
export const summaryOf = (rows: string[][]): Record<string, number> =>
  Object.fromEntries(rows.slice(rows.findIndex((r) => r[0] === 'Chỉ tiêu') + 1).map(([k, v]) => [k, Number(v)]));

/** The printed page's summary table (#tong-hop): label → number. */
export const tableOf = (path: string): Record<string, number> =>
  Object.fromEntries(
    page(path)
      .querySelectorAll('#tong-hop tbody tr')
      .map((tr) => [tr.querySelectorAll('td')[0]!.text.trim(), Number(tr.querySelectorAll('td')[1]!.text)]),
  );
