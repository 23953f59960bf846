/** Plain share links (no SDK, no script): the reader's click is the only contact with the network. */
export interface ShareLink {
  network: 'facebook';
  href: string;
}

export function shareLinks(pageUrl: string): ShareLink[] {
  return [{ network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}` }];
}
