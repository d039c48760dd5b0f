import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { Edustaja, Keskeytymisajanjakso, MuuOppimisymparisto, TyopaikallaJarjestettavaKoulutus } from "./period-values.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "An acquisition period (osaamisen hankkimistapa): how, where and when a unit is learned. A period with method koulutussopimus or oppisopimus is a workplace period.",
})
export class OsaamisenHankkimistapa {
  @Field(() => ID, { description: "Server-made identifier of the period (UUID)." })
  moduleId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "eHOKS v1's numeric id of the period, made anew when a replace writes it again; `moduleId` is the stable key.",
  })
  id?: number | null;

  @Field(() => String, { description: "Code URI of the method (osaamisenhankkimistapa_…)." })
  osaamisenHankkimistapaKoodiUri!: string;

  @Field(() => Int, { description: "Version of the method code." })
  osaamisenHankkimistapaKoodiVersio!: number;

  @Field(() => LocalDate, { description: "First day of the period." })
  alku!: string;

  @Field(() => LocalDate, { description: "Last day of the period." })
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

  @Field(() => String, { nullable: true, description: "Code URI of the apprenticeship basis (oppisopimuksenperusta_…)." })
  oppisopimuksenPerustaKoodiUri?: string | null;

  @Field(() => Int, { nullable: true, description: "Version of the apprenticeship basis code." })
  oppisopimuksenPerustaKoodiVersio?: number | null;

  @Field(() => [Keskeytymisajanjakso], { nullable: true, description: "Interruptions of the period." })
  keskeytymisajanjaksot?: Keskeytymisajanjakso[] | null;
}
