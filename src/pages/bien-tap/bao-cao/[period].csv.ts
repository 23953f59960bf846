import type { APIRoute } from 'astro';
import { activityCsv, indicatorCsv, reportCsv, type Report } from '../../../site/report.ts';
import { reportPaths } from '../../../site/report-data.ts';
import { REPORT_CSV_PARTS, type ReportCsvPart } from '../../../site/routes.ts';
import { getSiteData } from '../../../site/data.ts';

export const getStaticPaths = async () =>
  (await reportPaths()).flatMap(({ params, props }) => REPORT_CSV_PARTS.map((part) => ({ params: { period: `${part}-${params.period}` }, props: { ...props, part } })));

/**
 * One period's report as CSV files (UTF-8 with BOM, for Excel): the materials and the summary;
 * the activities (the layout a commune imports from its villages); the indicators.
 */
export const GET: APIRoute = async ({ props }) => {
  const { report, part } = props as { report: Report; part: ReportCsvPart };
  const body = part === 'hoat-dong' ? activityCsv(report) : part === 'chi-tieu' ? indicatorCsv(report) : reportCsv(report, (await getSiteData()).settings.baseUrl);
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
