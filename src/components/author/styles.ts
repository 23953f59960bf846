/**
 * The author components' CSS, each file in its component's folder, loaded by the site's layout
 * after global.css (src/layouts/Base.astro) so every page has it, as before. The admin's preview
 * frame loads the same files by URL (admin/main.ts).
 */
import.meta.glob('./*/*.css', { eager: true });
