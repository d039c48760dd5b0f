/**
 * `tutkinnonOsat(koodiUrit)`: degree units by their codes, as references a curriculum partner
 * (ePerusteet) composed into the graph describes: with one in, a frontend asks the names of all
 * of a plan's units in one request. Reference data about codes the caller already holds, nothing
 * about a person; without a partner the answer is the codes themselves.
 */
import { Arg, ID, Query, Resolver } from "type-graphql";
import { badUserInput, type FieldProblem } from "../../shared/errors.js";
import { TutkinnonOsa } from "../../shared/curriculum/curriculum-stubs.type.js";

export const MAX_UNIT_REFERENCES = 100;
const UNIT_CODE = /^tutkinnonosat_\d{1,12}$/;

@Resolver()
export class UnitReferencesResolver {
  @Query(() => [TutkinnonOsa], {
    description: `Degree units by their Koodisto codes, each once, in the order asked: what a curriculum partner composed in (ePerusteet) adds to a unit, such as its name, for many units in one request. At most ${MAX_UNIT_REFERENCES} codes.`,
  })
  tutkinnonOsat(@Arg("koodiUrit", () => [ID], { description: "Codes of the units, tutkinnonosat_NNN." }) koodiUrit: string[]): TutkinnonOsa[] {
    const problems: FieldProblem[] = [];
    if (koodiUrit.length > MAX_UNIT_REFERENCES) problems.push({ path: "koodiUrit", message: `at most ${MAX_UNIT_REFERENCES} codes` });
    koodiUrit.forEach((code, i) => {
      if (!UNIT_CODE.test(code)) problems.push({ path: `koodiUrit.${i}`, message: "must be a degree unit's code, tutkinnonosat_ and its number" });
    });
    if (problems.length) throw badUserInput(problems.slice(0, 10));
    return [...new Set(koodiUrit)].map((koodiUri) => ({ koodiUri }));
  }
}
