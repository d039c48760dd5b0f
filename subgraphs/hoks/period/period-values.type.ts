/** Value objects of an acquisition period: who represents whom, the workplace, other environments. */
import { Field, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";

@ObjectType({ simpleResolvers: true, description: "A representative of the education provider or of the procuring provider during a period." })
export class Edustaja {
  @Field(() => String, { description: "Name of the representative." })
  nimi!: string;

  @Field(() => String, { nullable: true, description: "Role of the representative, e.g. teacher." })
  rooli?: string | null;

  @Field(() => String, { nullable: true, description: "OID of the institution the representative works for." })
  oppilaitosOid?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The responsible workplace instructor named for a workplace period." })
export class VastuullinenTyopaikkaOhjaaja {
  @Field(() => String, { description: "Name of the instructor." })
  nimi!: string;

  @Field(() => String, { nullable: true, description: "E-mail address of the instructor; null when not recorded or erased (3 months after the period ends)." })
  sahkoposti?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number of the instructor; null when not recorded or erased (3 months after the period ends)." })
  puhelinnumero?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Person OID of the instructor: with it, the instructor can log in and see this period.",
  })
  oid?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Training arranged at a workplace: the workplace, its instructor and the key tasks." })
export class TyopaikallaJarjestettavaKoulutus {
  @Field(() => VastuullinenTyopaikkaOhjaaja, { description: "The responsible workplace instructor." })
  vastuullinenTyopaikkaOhjaaja!: VastuullinenTyopaikkaOhjaaja;

  @Field(() => String, { description: "Name of the workplace." })
  tyopaikanNimi!: string;

  @Field(() => String, { nullable: true, description: "Business ID (Y-tunnus) of the workplace." })
  tyopaikanYTunnus?: string | null;

  @Field(() => [String], { description: "Key work tasks at the workplace." })
  keskeisetTyotehtavat!: string[];
}

@ObjectType({ simpleResolvers: true, description: "Another learning environment used during a period." })
export class MuuOppimisymparisto {
  @Field(() => String, { description: "Koodisto code URI of the environment (oppimisymparistot_NNNN)." })
  oppimisymparistoKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of the environment code." })
  oppimisymparistoKoodiVersio!: number;

  @Field(() => LocalDate, { description: "First day in the environment (ISO date, YYYY-MM-DD)." })
  alku!: string;

  @Field(() => LocalDate, { description: "Last day in the environment (ISO date, YYYY-MM-DD)." })
  loppu!: string;
}

@ObjectType({ simpleResolvers: true, description: "An interruption of a period." })
export class Keskeytymisajanjakso {
  @Field(() => LocalDate, { description: "First day of the interruption (ISO date, YYYY-MM-DD)." })
  alku!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the interruption, when known (ISO date, YYYY-MM-DD)." })
  loppu?: string | null;
}
