import { addMinutes, iso } from './demo-calendar';
import { INDEPENDENT_PROVIDERS } from './demo-directory-independent';
import { DEMO_PROVIDER_KEY, PUBLIC_PROVIDERS, type ProviderSeed } from './demo-directory-public';
import type { DemoProviderRow } from './demo-referral-rows';
import { officeTime, weekdayOnOrAfter, type OfferDraft } from './demo-referral-rules';
import type { Random } from './random';

export { DEMO_PROVIDER_KEY } from './demo-directory-public';

/** Every provider of the demo directory, in a fixed order (the ids follow it). */
export const PROVIDERS: readonly ProviderSeed[] = [...PUBLIC_PROVIDERS, ...INDEPENDENT_PROVIDERS];

export interface DemoDirectory {
  providers: DemoProviderRow[];
  offerDrafts: OfferDraft[];
  demoProvider: DemoProviderRow;
  /** The categories the demo provider's offers cover. */
  demoCategories: Set<string>;
}

/** The provider directory: ~40 providers with ~80 offers, created a year or more before today. */
export function buildDirectory(T: number, rng: (label: string) => Random, ids: Random): DemoDirectory {
  const dr = rng('directory');
  const providers: DemoProviderRow[] = [];
  const offerDrafts: OfferDraft[] = [];
  const phone = () => `0331 ${dr.int(2, 9)}${dr.digits(6)}`;
  for (const p of PROVIDERS) {
    const createdAt = officeTime(dr, weekdayOnOrAfter(T - dr.int(400, 560)));
    const provider: DemoProviderRow = {
      id: ids.uuid(),
      key: p.key,
      name: p.name,
      kind: p.kind,
      address: p.address,
      districtCode: p.district,
      phone: phone(),
      email: `${p.mailbox ?? 'info'}@${p.domain}`,
      website: `https://www.${p.domain}${p.path ? `/${p.path}` : ''}`,
      languages: p.languages,
      createdAt: iso(createdAt),
    };
    providers.push(provider);
    for (const o of p.offers) {
      offerDrafts.push({
        provider,
        row: {
          id: ids.uuid(),
          providerId: provider.id,
          title: o.title,
          description: o.description,
          categoryKeys: o.categories,
          districtCodes: o.districts ?? [],
          languages: o.languages ?? p.languages,
          ageFrom: o.ages ? o.ages[0] : null,
          ageTo: o.ages ? o.ages[1] : null,
          address: o.address ?? p.address,
          phone: o.ownPhone ? phone() : null,
          email: null,
          openingHours: o.hours,
          capacity: o.capacity ?? 'available',
          addressHidden: o.hidden ?? false,
          createdAt: iso(addMinutes(createdAt, dr.int(5, 60 * 24 * 20))),
        },
      });
    }
  }
  const demoProvider = providers.find((p) => p.key === DEMO_PROVIDER_KEY) as DemoProviderRow;
  const demoCategories = new Set(
    offerDrafts.filter((o) => o.provider.id === demoProvider.id).flatMap((o) => o.row.categoryKeys),
  );
  return { providers, offerDrafts, demoProvider, demoCategories };
}
