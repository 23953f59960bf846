/**
 * Route data, once per page: the reader's language, its `t()`, the entry the address shows and the
 * page's language links go into `Astro.locals` before the page renders (see src/site/route-data.ts).
 * Pages outside `[...lang]` (the editors' pages, 404) are Vietnamese only.
 */
import { defineMiddleware } from 'astro:middleware';
import { routeData, routeLocals } from './site/route-data.ts';
import { getRouteIndex } from './site/data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const localized = context.routePattern.startsWith('/[...lang]');
  Object.assign(context.locals, routeLocals(routeData(context.url.pathname, { localized, ...(await getRouteIndex()) })));
  return next();
});
