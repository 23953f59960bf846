import type { APIRoute } from 'astro';
import { scriptText } from '../../../../site/loudspeaker.ts';
import { loudspeakerPaths } from '../../../../site/loudspeaker-data.ts';
import type { Material } from '../../../../site/data.ts';

export const getStaticPaths = loudspeakerPaths;

/** The loudspeaker script as plain text (UTF-8, NFC), exactly as written. */
export const GET: APIRoute = ({ props }) =>
  new Response(scriptText((props as { item: Material }).item.entry.data.loudspeaker!), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
