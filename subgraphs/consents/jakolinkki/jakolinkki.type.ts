import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeISO, LocalDate } from "../../shared/scalars.js";
import { Hoks } from "../hoks/hoks-stub.type.js";
import { Henkilo } from "../person/henkilo.type.js";

export enum JakolinkinKohde {
  OSAAMISEN_HANKKIMISTAPA = "osaamisenHankkimistapa",
  OSAAMISEN_OSOITTAMINEN = "osaamisenOsoittaminen",
}

registerEnumType(JakolinkinKohde, {
  name: "JakolinkinKohde",
  description: "What a share link shows of its unit.",
  valuesConfig: {
    OSAAMISEN_HANKKIMISTAPA: { description: "One acquisition period." },
    OSAAMISEN_OSOITTAMINEN: { description: "One demonstration." },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "A time-limited link a student made to share one unit's period or demonstration." })
export class Jakolinkki {
  @Field(() => ID, { description: "Identifier of the link (not its secret token, which is shown once at creation)." })
  id!: string;

  @Field(() => Henkilo, { description: "The student who made the link." })
  oppija!: Henkilo;

  @Field(() => Hoks, { description: "The plan the link points into." })
  hoks!: Hoks;

  @Field(() => ID, { description: "The unit shared." })
  tutkinnonOsaModuleId!: string;

  @Field(() => JakolinkinKohde, { description: "Whether a period or a demonstration is shared." })
  kohdeTyyppi!: JakolinkinKohde;

  @Field(() => ID, { description: "The period or demonstration shared." })
  kohdeModuleId!: string;

  @Field(() => LocalDate, { description: "First day the link works (ISO date, YYYY-MM-DD)." })
  voimassaAlku!: string;

  @Field(() => LocalDate, { description: "Last day the link works (ISO date, YYYY-MM-DD)." })
  voimassaLoppu!: string;

  @Field(() => DateTimeISO, { description: "When the link was made (ISO 8601 instant, UTC)." })
  createdAt!: Date;
}
