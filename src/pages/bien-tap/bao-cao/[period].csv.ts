import type { APIRoute } from 'astro';
import { reportCsv, type Report } from '../../../site/report.ts';
import { reportPaths } from '../../../site/report-data.ts';
import { getSiteData } from '../../../site/data.ts';

export const getStaticPaths = async () =>
  (await reportPaths()).map(({ params, props }) => ({ params: { period: `bao-cao-${params.period}` }, props }));

/** One period's report as CSV (UTF-8 with BOM, for Excel): one row per material, then the summary. */
export const GET: APIRoute = async ({ props }) =>
  new Response(reportCsv((props as { report: Report }).report, (await getSiteData()).settings.baseUrl), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
