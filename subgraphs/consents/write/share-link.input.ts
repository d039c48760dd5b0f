import { Field, ID, InputType, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { JakolinkinKohde, Jakolinkki } from "../jakolinkki/jakolinkki.type.js";

@InputType({ description: "A share link the student makes to one unit's period or demonstration." })
export class CreateShareLinkInput {
  @Field(() => ID, { description: "The plan." })
  hoksId!: string;

  @Field(() => ID, { description: "The unit (or area of a common unit) holding the period or demonstration." })
  tutkinnonOsaModuleId!: string;

  @Field(() => JakolinkinKohde, { description: "Whether a period or a demonstration is shared." })
  kohdeTyyppi!: JakolinkinKohde;

  @Field(() => ID, { description: "The period or demonstration." })
  kohdeModuleId!: string;

  @Field(() => LocalDate, { description: "First day the link works." })
  voimassaAlku!: string;

  @Field(() => LocalDate, { description: "Last day the link works." })
  voimassaLoppu!: string;
}

@ObjectType({ description: "A new share link and its secret, which is shown only now." })
export class LuotuJakolinkki {
  @Field(() => Jakolinkki, { description: "The link." })
  jakolinkki!: Jakolinkki;

  @Field(() => String, { description: "The link's secret: give it to the holder, who presents it in the `x-share-link` header." })
  token!: string;
}
