import type { APIRoute } from 'astro';
import { useTranslations } from '../../../../i18n/index.ts';
import { kitPaths, meetingKitView, type KitPageProps } from '../../../../site/kit-data.ts';

export const getStaticPaths = kitPaths;

/** The meeting kit as plain text for reading aloud (UTF-8, NFC): the loudspeaker script where the material has one. */
export const GET: APIRoute = async ({ props }) => {
  const { job } = props as KitPageProps;
  const { text } = await meetingKitView(job, useTranslations(job.lang));
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
