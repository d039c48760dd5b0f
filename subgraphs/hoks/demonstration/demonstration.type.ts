import { Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import {
  KoulutuksenJarjestajaArvioija,
  Nayttoymparisto,
  OsaAlueKoodi,
  OsaamisenOsoittamisenJarjestaja,
  TyoelamaArvioija,
} from "./demonstration-values.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "A demonstration of competence (osaamisen osoittaminen, näyttö): when and where the student shows a unit's competence, and who assesses it. A caller sees a demonstration in full or not at all: a working-life assessor only those naming them, a share-link holder only the shared one; a list leaves out the others.",
})
export class OsaamisenOsoittaminen {
  @Field(() => ID, { description: "Server-made identifier of the demonstration (UUID)." })
  moduleId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "eHOKS v1's numeric id of the demonstration, made anew when a replace writes it again; `moduleId` is the stable key.",
  })
  id?: number | null;

  @Field(() => LocalDate, { description: "First day of the demonstration (ISO date, YYYY-MM-DD)." })
  alku!: string;

  @Field(() => LocalDate, { description: "Last day of the demonstration (ISO date, YYYY-MM-DD)." })
  loppu!: string;

  @Field(() => OsaamisenOsoittamisenJarjestaja, { nullable: true, description: "The organising institution." })
  jarjestaja?: OsaamisenOsoittamisenJarjestaja | null;

  @Field(() => Nayttoymparisto, { description: "The environment of the demonstration." })
  nayttoymparisto!: Nayttoymparisto;

  @Field(() => [String], { description: "What the demonstration contains." })
  sisallonKuvaus!: string[];

  @Field(() => [OsaAlueKoodi], { nullable: true, description: "Unit areas the demonstration covers." })
  osaAlueet?: OsaAlueKoodi[] | null;

  @Field(() => [KoulutuksenJarjestajaArvioija], { nullable: true, description: "Assessors from the education provider." })
  koulutuksenJarjestajaOsaamisenArvioijat?: KoulutuksenJarjestajaArvioija[] | null;

  @Field(() => [TyoelamaArvioija], { nullable: true, description: "Working-life assessors." })
  tyoelamaOsaamisenArvioijat?: TyoelamaArvioija[] | null;

  @Field(() => String, { nullable: true, description: "Deviation from the requirements or goals (§ 66)." })
  vaatimuksistaTaiTavoitteistaPoikkeaminen?: string | null;

  @Field(() => [String], { nullable: true, description: "Individual assessment criteria (adapted assessment, § 64)." })
  yksilollisetKriteerit?: string[] | null;
}
