/**
 * The per-part sub-resources of eHOKS v1 (`/hoks/{id}/hankittava-ammat-tutkinnon-osa/…` and the
 * like), which the existing service has retired: it answers 410 Gone there, so that an old client
 * learns why rather than meeting a 404. Ours does the same, for any method, without looking at
 * the plan: the answer says nothing about whether it exists.
 */
export const RETIRED_PARTS = [
  "hankittava-ammat-tutkinnon-osa",
  "hankittava-paikallinen-tutkinnon-osa",
  "hankittava-yhteinen-tutkinnon-osa",
  "aiemmin-hankittu-ammat-tutkinnon-osa",
  "aiemmin-hankittu-paikallinen-tutkinnon-osa",
  "aiemmin-hankittu-yhteinen-tutkinnon-osa",
  "opiskeluvalmiuksia-tukevat-opinnot",
];

const RETIRED = new RegExp(`^/hoks/[^/]+/(?:${RETIRED_PARTS.join("|")})(?:/[^/]*)?$`);

/** Whether the path (below /api/v1) is one of the retired per-part sub-resources. */
export function isRetiredPartRoute(path: string): boolean {
  return RETIRED.test(path);
}
