// Verdicts as schema.org ClaimReview (https://schema.org/ClaimReview), the JSON-LD fact-check markup search
// engines and fact-check aggregators read. One ClaimReview per attached verdict; orphans are left out (we
// do not know which claim of the article they are about any more).

import type { AttachedVerdict } from '../../core/sidecar/anchoring/attachVerdicts';
import { isIsoTimestamp } from '../../core/sidecar/storage/isoTimestamp';

/**
 * Ratings for the default labels on a 1 (worst) to 5 (best) scale; `alternateName` always carries the
 * label itself, which is what ClaimReview readers display. Labels outside this table (a newsroom's own set,
 * `not-checkable`) get no numeric rating.
 */
export const LABEL_RATINGS: Readonly<Record<string, number>> = {
  inaccurate: 1,
  unsupported: 2,
  misleading: 2,
  'needs-context': 3,
  accurate: 5,
};

export interface ClaimReviewOptions {
  /** the published article's URL: where the claims appear and the reviews are published */
  url?: string;
  /** the organisation publishing the fact-check */
  publisher?: string;
}

function displayLabel(label: string): string {
  const words = label.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function claimReviewJsonLd(verdicts: readonly AttachedVerdict[], options: ClaimReviewOptions = {}): object[] {
  return verdicts.map(({ verdict, claim }) => {
    const rating = LABEL_RATINGS[verdict.label];
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claim.text.replace(/\s+/g, ' ').trim(),
      reviewRating: {
        '@type': 'Rating',
        alternateName: displayLabel(verdict.label),
        ...(rating !== undefined && { ratingValue: rating, bestRating: 5, worstRating: 1 }),
      },
      ...(verdict.note && { reviewBody: verdict.note }),
      ...(verdict.by && { author: { '@type': 'Person', name: verdict.by } }),
      // Only a real date: a hand-written `at: yesterday` is refused when the sidecar is read, and never exported.
      ...(verdict.at && isIsoTimestamp(verdict.at) && { datePublished: verdict.at.slice(0, 10) }),
      ...(options.url && { url: options.url }),
      ...(options.publisher && { publisher: { '@type': 'Organization', name: options.publisher } }),
      itemReviewed: {
        '@type': 'Claim',
        ...(options.url && { appearance: { '@type': 'CreativeWork', url: options.url } }),
      },
    };
  });
}
