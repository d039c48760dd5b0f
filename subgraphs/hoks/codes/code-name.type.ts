import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The name of one code value (Koodisto) in Finnish, Swedish and English, for showing a code to a person." })
export class KoodinNimi {
  @Field(() => String, { description: "The code's URI as plans carry it, e.g. osaamisenhankkimistapa_koulutussopimus." })
  koodiUri!: string;

  @Field(() => String, { description: "The code set (koodisto) the code belongs to: the URI's part before the first underscore." })
  koodisto!: string;

  @Field(() => String, { description: "The code's value within its set: the URI's part after the first underscore." })
  koodiarvo!: string;

  @Field(() => String, { description: "The name in Finnish." })
  fi!: string;

  @Field(() => String, { description: "The name in Swedish." })
  sv!: string;

  @Field(() => String, { description: "The name in English." })
  en!: string;

  @Field(() => Boolean, { description: "True when the wording is Koodisto's own; false for a descriptive stand-in until the service loads the code set from Koodisto." })
  koodistonNimi!: boolean;
}
