/**
 * What partners composed into this gateway's supergraph add that the web app can use. Told to the
 * app in /app-config.json, so that it sends a partner's documents (web/src/operations/partner/)
 * only where the graph can answer them.
 */
import { Kind, parse, type DocumentNode } from "graphql";

export interface PartnerFeatures {
  /** A curriculum partner (ePerusteet) names degree units: `TutkinnonOsa.nimi` (schema/partners/curriculum-names.graphql). */
  unitNames: boolean;
}

function typeHasField(document: DocumentNode, typeName: string, fieldName: string): boolean {
  return document.definitions.some(
    (definition) =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === typeName &&
      (definition.fields ?? []).some((field) => field.name.value === fieldName && !field.directives?.some((d) => d.name.value === "inaccessible")),
  );
}

export function partnerFeaturesOf(supergraphSdl: string): PartnerFeatures {
  return { unitNames: typeHasField(parse(supergraphSdl), "TutkinnonOsa", "nimi") };
}
