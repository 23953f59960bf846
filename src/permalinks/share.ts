/** Plain share links (no SDK, no script): the reader's click is the only contact with the network. */
export type ShareNetwork = 'zalo' | 'facebook';

export interface ShareLink {
  network: ShareNetwork;
  href: string;
}

/**
 * Share addresses, each a plain link that opens the network's own share page with `pageUrl` filled in.
 * Zalo documents only its SDK button; `sp.zalo.me/share_inline` is the page that button opens, and the
 * address Vietnamese news and government sites link to without the SDK. If Zalo ever changes it, this is
 * the one place to edit.
 */
export const SHARE_ADDRESSES: Record<ShareNetwork, (encodedUrl: string) => string> = {
  zalo: (url) => `https://sp.zalo.me/share_inline?url=${url}`,
  facebook: (url) => `https://www.facebook.com/sharer/sharer.php?u=${url}`,
};

/** Zalo first: it is the messenger most Vietnamese readers use. */
export function shareLinks(pageUrl: string): ShareLink[] {
  const encoded = encodeURIComponent(pageUrl);
  return (['zalo', 'facebook'] as const).map((network) => ({ network, href: SHARE_ADDRESSES[network](encoded) }));
}
