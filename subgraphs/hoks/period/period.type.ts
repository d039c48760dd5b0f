import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { Edustaja, Keskeytymisajanjakso, MuuOppimisymparisto, TyopaikallaJarjestettavaKoulutus } from "./period-values.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "An acquisition period (osaamisen hankkimistapa): how, where and when a unit is learned. A period with method koulutussopimus or oppisopimus is a workplace period. A caller sees a period in full or not at all: a workplace instructor only the periods that name them, a share-link holder only the shared one; a list leaves out the others.",
})
export class OsaamisenHankkimistapa {
  @Field(() => ID, { description: "Server-made identifier of the period (UUID)." })
  moduleId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "eHOKS v1's numeric id of the period, made anew when a replace writes it again; `moduleId` is the stable key.",
  })
  id?: number | null;

  @Field(() => String, { description: "Koodisto code URI of the method (osaamisenhankkimistapa_…)." })
  osaamisenHankkimistapaKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of the method code." })
  osaamisenHankkimistapaKoodiVersio!: number;

  @Field(() => LocalDate, { description: "First day of the period (ISO date, YYYY-MM-DD)." })
  alku!: string;

  @Field(() => LocalDate, { description: "Last day of the period (ISO date, YYYY-MM-DD)." })
  loppu!: string;

  @Field(() => String, { nullable: true, description: "The provider's identifier of a workplace period." })
  yksiloivaTunniste?: string | null;

  @Field(() => String, { nullable: true, description: "A free-text refinement of the period." })
  ajanjaksonTarkenne?: string | null;

  @Field(() => Edustaja, { nullable: true, description: "The education provider's teacher or representative." })
  jarjestajanEdustaja?: Edustaja | null;

  @Field(() => Edustaja, { nullable: true, description: "The procuring provider's representative (procured training)." })
  hankkijanEdustaja?: Edustaja | null;

  @Field(() => TyopaikallaJarjestettavaKoulutus, { nullable: true, description: "The workplace, its instructor and key tasks." })
  tyopaikallaJarjestettavaKoulutus?: TyopaikallaJarjestettavaKoulutus | null;

  @Field(() => [MuuOppimisymparisto], { nullable: true, description: "Other learning environments during the period." })
  muutOppimisymparistot?: MuuOppimisymparisto[] | null;

  @Field(() => Int, { nullable: true, description: "Part-time percentage at the workplace (1–100)." })
  osaAikaisuustieto?: number | null;

  @Field(() => String, { nullable: true, description: "Koodisto code URI of the apprenticeship basis (oppisopimuksenperusta_…)." })
  oppisopimuksenPerustaKoodiUri?: string | null;

  @Field(() => Int, { nullable: true, description: "Koodisto version of the apprenticeship basis code." })
  oppisopimuksenPerustaKoodiVersio?: number | null;

  @Field(() => [Keskeytymisajanjakso], { nullable: true, description: "Interruptions of the period." })
  keskeytymisajanjaksot?: Keskeytymisajanjakso[] | null;
}
