/**
 * Code URIs (Koodisto codes) and their versions. A code is sent as a pair, `<name>-koodi-uri` and
 * `<name>-koodi-versio`; the URI must match its code set's pattern and always comes with its
 * integer version, because a code means nothing without the version of the code set it is from.
 */
import { integer } from "./primitives.js";
import { fieldCheck, isPresent, objectRule, presentSchema, type Shape } from "./shape.js";

export const CODE_URI = {
  tutkinnonOsa: /^tutkinnonosat_\d+$/,
  osaamisenHankkimistapa: /^osaamisenhankkimistapa_.+$/,
  oppisopimuksenPerusta: /^oppisopimuksenperusta_.+$/,
  osaAlue: /^ammatillisenoppiaineet_.+$/,
  oppimisymparisto: /^oppimisymparistot_\d{4}$/,
  todentamisenProsessi: /^osaamisentodentamisenprosessi_\d+$/,
  urasuunnitelma: /^urasuunnitelma_\d{4}$/,
  koulutuksenOsaTuva: /^koulutuksenosattuva_\d{3}$/,
  oppimisenTuenTyyppi: /^ammatillinenkoulutusoppimisentuentyyppi_\d{2}$/,
  tutkinnonOsanRyhma: /^ammatillisentutkinnonosanryhma_[12]$/,
} as const;

/** The code set's name as a sender writes it: the pattern without its anchors and digit classes. */
function example(pattern: RegExp): string {
  return pattern.source.replace(/^\^/, "").replace(/\$$/, "");
}

/**
 * The fields of a code pair. `required`: both must be sent. `version: "optional"`: the version
 * may be left out even with its URI, where the existing service does not ask for it
 * (`urasuunnitelma-koodi-versio`, learning support). Otherwise both are optional, but a URI
 * without its version is a problem (reported at the missing version).
 */
export function codePair(name: string, pattern: RegExp, options: { required: boolean; version?: "optional" }): Partial<Shape> {
  const uriKey = `${name}-koodi-uri`;
  const versionKey = `${name}-koodi-versio`;
  return {
    fields: {
      [uriKey]: fieldCheck({ schema: { type: "string", pattern: pattern.source, description: `a code of ${example(pattern)}` } }, (c, value) => {
        if (typeof value !== "string") c.report("must be a string");
        else if (!pattern.test(value)) c.report(`${JSON.stringify(value)} does not match ${example(pattern)}`);
      }),
      [versionKey]: integer,
    },
    required: options.required ? (options.version === "optional" ? [uriKey] : [uriKey, versionKey]) : [],
    rules: options.required || options.version === "optional"
      ? []
      : [
          objectRule(
            `${versionKey} is required with ${uriKey}`,
            (c, object) => {
              if (isPresent(object[uriKey]) && !isPresent(object[versionKey])) c.at(versionKey).report(`is required with ${uriKey}`);
            },
            () => ({ if: presentSchema([uriKey]), then: presentSchema([versionKey]) }),
          ),
        ],
  };
}
