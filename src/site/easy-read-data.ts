/** The easy-read pages of the built site (src/site/easy-read.ts), found once per build. */
import { easyReadPages, type EasyReadPage } from './easy-read.ts';
import { easyReadUrl, langParam } from './routes.ts';
import { getSiteData, type Material } from './data.ts';

let pages: Promise<Map<string, EasyReadPage<Material>>> | undefined;

/** Every easy-read page by reader language and slug. */
function easyReadIndex(): Promise<Map<string, EasyReadPage<Material>>> {
  pages ??= getSiteData().then((site) => new Map(easyReadPages(site.materials).map((page) => [`${page.item.lang} ${page.item.slug}`, page])));
  return pages;
}

/** getStaticPaths: one page per material and enabled language that has an easy-read version or falls back to one. */
export async function easyReadPaths() {
  return [...(await easyReadIndex()).values()].map((page) => ({ params: { lang: langParam(page.item.lang), slug: page.item.slug }, props: { page } }));
}

/** The link from a material page to its easy-read page, when there is one: its address and the language it is in. */
export async function easyReadLink(item: Material): Promise<{ href: string; lang: string } | undefined> {
  const page = (await easyReadIndex()).get(`${item.lang} ${item.slug}`);
  return page && { href: easyReadUrl(item.lang, item.slug), lang: page.version.contentLang };
}
