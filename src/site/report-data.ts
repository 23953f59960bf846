/**
 * The communication report's inputs, picked from the loaded site data: every published version of
 * every material with what the report counts, the campaigns, the legal library and the quizzes.
 * The figures themselves are computed in src/site/report.ts.
 */
import { faqPairs } from './faq.ts';
import { contentRoot } from '../collections/root.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { citationsOf } from '../legal/citations.ts';
import { legalNumberKey } from '../legal/number.ts';
import { cachedLinks } from '../permalinks/links-data.ts';
import { readReachFile } from '../reach/reach-data.ts';
import { ownCode, posterUrl } from '../permalinks/posters.ts';
import { buildReport, reportPeriods, type Report, type ReportPeriod, type ReportSources } from './report.ts';
import { legalUrl, materialUrl, quizUrl } from './routes.ts';
import { getSiteData } from './data.ts';

let sources: Promise<ReportSources> | undefined;

async function load(): Promise<ReportSources> {
  const site = await getSiteData();
  const links = cachedLinks(process.cwd(), contentRoot());
  const vi = <T extends { lang: string }>(items: readonly T[]) => items.filter((item) => item.lang === DEFAULT_LANGUAGE);
  const reach = readReachFile(process.cwd(), contentRoot());
  return {
    ...(reach.rows.length > 0 ? { reach: { rows: reach.rows, codes: links.resolution.codes, threshold: site.settings.reachThreshold } } : {}),
    languages: site.languages,
    materials: site.materials
      .filter((item) => !item.isFallback)
      .map((item) => {
        const { data } = item.entry;
        return {
          slug: item.slug,
          lang: item.lang,
          title: data.title,
          campaign: data.campaign,
          kind: data.kind,
          published: data.published,
          url: materialUrl(item.lang, item.slug),
          legalKeys: [...citationsOf(item)],
          qaPairs: data.kind === 'qa' ? faqPairs(item.entry.body ?? '', (number) => number).length : 0,
          ...(item.lang === DEFAULT_LANGUAGE ? {} : { reviewed: data.translation?.reviewed === true }),
          posterUrl: ownCode(links, `materials/${item.slug}`, item.lang) ? posterUrl(item.lang, item.slug, 'a4') : undefined,
          loudspeaker: data.loudspeaker !== undefined,
          recording: data.recording !== undefined,
          audiences: item.source.data.audiences,
        };
      }),
    campaigns: new Map(vi(site.campaigns).map((c) => [c.slug, c.entry.data.title])),
    legal: vi(site.legal).map((doc) => ({
      key: legalNumberKey(doc.entry.data.number),
      number: doc.entry.data.number,
      title: doc.entry.data.title,
      url: legalUrl(doc.lang, doc.slug),
    })),
    activities: site.events.flatMap((event) =>
      event.kind === 'event' && event.activity && event.date
        ? [
            {
              slug: event.slug,
              title: event.title,
              type: event.activity,
              date: event.date,
              endDate: event.endDate,
              commune: event.commune ?? '',
              province: event.province ?? '',
              village: event.village,
              audiences: event.audiences,
              participants: event.participants,
              campaign: event.campaign,
              source: event.source,
            },
          ]
        : [],
    ),
    indicators: site.indicators.map((indicator) => {
      const doc = site.legalByNumber(DEFAULT_LANGUAGE, indicator.plan);
      return {
        slug: indicator.slug,
        title: indicator.title,
        plan: indicator.plan,
        planUrl: doc ? legalUrl(doc.lang, doc.slug) : undefined,
        target: indicator.target,
        result: indicator.result,
        status: indicator.status,
        reason: indicator.reason,
        assessed: indicator.assessed,
      };
    }),
    quizzes: vi(site.quizzes).map((quiz) => ({
      slug: quiz.slug,
      title: quiz.entry.data.title,
      questions: quiz.entry.data.questions.length,
      url: quizUrl(quiz.lang, quiz.slug),
    })),
  };
}

export function getReportSources(): Promise<ReportSources> {
  sources ??= load();
  return sources;
}

/** Every period with content up to the build's today, newest first. */
export async function getReportPeriods(): Promise<ReportPeriod[]> {
  const [site, input] = await Promise.all([getSiteData(), getReportSources()]);
  return reportPeriods(
    [...input.materials.map((m) => m.published), ...(input.activities ?? []).map((a) => a.date)],
    site.today,
    site.settings.reports,
  );
}

/** getStaticPaths for one page (or file) per period. */
export async function reportPaths(): Promise<{ params: { period: string }; props: { report: Report } }[]> {
  const [site, input, periods] = await Promise.all([getSiteData(), getReportSources(), getReportPeriods()]);
  return periods.map((period) => ({ params: { period: period.id }, props: { report: buildReport(input, period, site.today) } }));
}
