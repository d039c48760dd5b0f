import { Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { Hoks } from "../hoks/hoks-stub.type.js";
import { JakolinkinKohde } from "./jakolinkki.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "What a share link shows its holder: one unit of a plan and one of its periods or demonstrations. Read `hoks` for the content; it shows only the shared unit and module, the student's names and the degree.",
})
export class JaettuModuuli {
  @Field(() => Hoks, { description: "The plan, as the link shows it." })
  hoks!: Hoks;

  @Field(() => ID, { description: "The shared unit." })
  tutkinnonOsaModuleId!: string;

  @Field(() => JakolinkinKohde, { description: "Whether a period or a demonstration is shared." })
  kohdeTyyppi!: JakolinkinKohde;

  @Field(() => ID, { description: "The shared period or demonstration." })
  kohdeModuleId!: string;

  @Field(() => LocalDate, { description: "First day the link works (ISO date, YYYY-MM-DD)." })
  voimassaAlku!: string;

  @Field(() => LocalDate, { description: "Last day the link works (ISO date, YYYY-MM-DD)." })
  voimassaLoppu!: string;
}
