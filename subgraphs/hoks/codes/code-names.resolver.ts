/**
 * `koodistonNimet`: the label table frontends show code values with. Public reference data, the
 * same for every signed-in caller; nothing about any person.
 */
import { Arg, Query, Resolver } from "type-graphql";
import { codeNames, MAX_CODE_SETS } from "./code-names.data.js";
import { KoodinNimi } from "./code-name.type.js";

@Resolver()
export class CodeNamesResolver {
  @Query(() => [KoodinNimi], { description: "Names of the code values plans use (osaamisenhankkimistapa, urasuunnitelma, osaamisentodentamisenprosessi, …), for showing codes to people. A code not listed is shown as its value." })
  koodistonNimet(
    @Arg("koodistot", () => [String], { nullable: true, description: `Only these code sets (at most ${MAX_CODE_SETS}), e.g. ["osaamisenhankkimistapa"]; all when not given.` }) koodistot?: string[] | null,
  ): KoodinNimi[] {
    return codeNames(koodistot);
  }
}
