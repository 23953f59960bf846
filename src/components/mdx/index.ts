/**
 * The only components that content under content/ may use. They are handed to MDX through
 * `<Content components={authorComponents} />`; content never imports anything.
 */
import type { AuthorComponentName } from '../../schemas/author-components.ts';
import Callout from './Callout.astro';
import Download from './Download.astro';
import FAQ from './FAQ.astro';
import Figure from './Figure.astro';
import Hotline from './Hotline.astro';
import LegalRef from './LegalRef.astro';
import Steps from './Steps.astro';

export const authorComponents = { Callout, Download, FAQ, Figure, Hotline, LegalRef, Steps } satisfies Record<AuthorComponentName, unknown>;
