/**
 * The three plugins together, in the recommended order:
 * redactions → Kamerstukken → privacy guard.
 */
import { remarkKamerstukken, type Options as KamerstukOptions } from '../../src/markdown/remark-kamerstukken/index.ts';
import { remarkPrivacyGuard, type Options as PrivacyOptions } from '../../src/markdown/remark-privacy-guard/index.ts';
import { remarkWooRedactions, type Options as RedactionOptions } from '../../src/markdown/remark-woo-redactions/index.ts';
import { describeFixtures } from './helpers.ts';

interface PipelineOptions {
  redactions?: RedactionOptions;
  kamerstukken?: KamerstukOptions;
  privacy?: PrivacyOptions;
}

describeFixtures('pipeline', (options) => {
  const settings = (options ?? {}) as PipelineOptions;
  return [
    [remarkWooRedactions, settings.redactions],
    [remarkKamerstukken, settings.kamerstukken],
    [remarkPrivacyGuard, settings.privacy],
  ];
});
