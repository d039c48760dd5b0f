/** A study right's curriculum as an entity reference (ePerusteet), made from the field as this request may see it. */
import { FieldResolver, Resolver, Root } from "type-graphql";
import { Peruste } from "../../shared/curriculum/curriculum-stubs.type.js";
import { Koulutusmoduuli } from "./opiskeluoikeus-values.type.js";

@Resolver(() => Koulutusmoduuli)
export class KoulutusmoduuliResolver {
  @FieldResolver(() => Peruste, { nullable: true, description: "The national curriculum, for partner subgraphs to describe." })
  peruste(@Root() moduuli: Koulutusmoduuli): Peruste | null {
    return moduuli.perusteenDiaarinumero ? { diaarinumero: moduuli.perusteenDiaarinumero } : null;
  }
}
