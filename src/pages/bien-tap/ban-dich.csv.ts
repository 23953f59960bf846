import type { APIRoute } from 'astro';
import { statusCsv } from '../../collections/translation-status.ts';
import { getSiteData } from '../../site/data.ts';

/** The translation-status report as CSV (UTF-8 with BOM, for Excel). */
export const GET: APIRoute = async () =>
  new Response(statusCsv((await getSiteData()).translationReport), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
