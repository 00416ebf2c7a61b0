/** Filter key of the actors that belong to no country: bilateral and multilateral frameworks. */
export const FRAMEWORK_GROUP = 'international';

/** The legend's country group of an actor: its country code, or the frameworks group. */
export function groupOf(country: string | null): string {
  return country ?? FRAMEWORK_GROUP;
}
