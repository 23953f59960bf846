/** Props of <Steps>: it takes no attributes. */
import { z } from 'astro/zod';

/** Numbered steps: wraps an ordered list. */
export const stepsProps = z.strictObject({});
