/**
 * One plan, readable by a person: what the student studies, how and where (periods on a
 * timeline), how they show their competence, what they already know, their support and career
 * goal. The same view serves every role; each sees the parts the rules give it, and a part with
 * nothing in it is left out rather than shown empty, except for the student's own plan.
 */
import type { DemonstrationDetailsFragment, PeriodDetailsFragment, PlanDetailsFragment } from "../gql/graphql";
import { useCodeName } from "../codes";
import { useUnitNames } from "../unit-names";
import { formatDate, localised } from "../format";
import { useI18n } from "../i18n/i18n";
import { Timeline } from "./timeline";

export interface UnitOfPlan {
  key: string;
  title: string;
  deviation?: string | null;
  periods: PeriodDetailsFragment[];
  demonstrations: DemonstrationDetailsFragment[];
}

/** Every unit (and area of a common unit) to acquire, in the plan's order, with its title. */
export function unitsOf(plan: PlanDetailsFragment, t: ReturnType<typeof useI18n>["t"], codeName: (uri: string) => string): UnitOfPlan[] {
  const units: UnitOfPlan[] = [];
  for (const unit of plan.hankittavatAmmatTutkinnonOsat) {
    units.push({ key: unit.moduleId, title: t("unitCode", { code: codeName(unit.tutkinnonOsaKoodiUri) }), deviation: unit.vaatimuksistaTaiTavoitteistaPoikkeaminen, periods: unit.osaamisenHankkimistavat, demonstrations: unit.osaamisenOsoittaminen });
  }
  for (const unit of plan.hankittavatPaikallisetTutkinnonOsat) {
    units.push({ key: unit.moduleId, title: `${t("localUnit")}: ${unit.nimi ?? t("unnamed")}`, periods: unit.osaamisenHankkimistavat, demonstrations: unit.osaamisenOsoittaminen });
  }
  for (const unit of plan.hankittavatYhteisetTutkinnonOsat) {
    for (const area of unit.osaAlueet) {
      units.push({ key: area.moduleId, title: `${t("unitCode", { code: codeName(unit.tutkinnonOsaKoodiUri) })}, ${t("areaCode", { code: codeName(area.osaAlueKoodiUri) })}`, periods: area.osaamisenHankkimistavat, demonstrations: area.osaamisenOsoittaminen });
    }
  }
  return units;
}

export function PeriodItem({ period }: { period: PeriodDetailsFragment }) {
  const { t } = useI18n();
  const codeName = useCodeName();
  const workplace = period.tyopaikallaJarjestettavaKoulutus;
  return (
    <li className="period">
      <p className="item-title">
        <strong>{codeName(period.osaamisenHankkimistapaKoodiUri)}</strong> <span className="dates">{formatDate(period.alku)}–{formatDate(period.loppu)}</span>
      </p>
      {period.ajanjaksonTarkenne && <p>{period.ajanjaksonTarkenne}</p>}
      {workplace && (
        <dl className="facts">
          <dt>{t("workplace")}</dt>
          <dd>{workplace.tyopaikanNimi}</dd>
          <dt>{t("instructor")}</dt>
          <dd>{workplace.vastuullinenTyopaikkaOhjaaja.nimi}</dd>
          {workplace.keskeisetTyotehtavat.length > 0 && (
            <>
              <dt>{t("tasks")}</dt>
              <dd>{workplace.keskeisetTyotehtavat.join(", ")}</dd>
            </>
          )}
        </dl>
      )}
      {period.muutOppimisymparistot && period.muutOppimisymparistot.length > 0 && (
        <dl className="facts">
          <dt>{t("otherEnvironments")}</dt>
          <dd>{period.muutOppimisymparistot.map((e) => `${codeName(e.oppimisymparistoKoodiUri)} ${formatDate(e.alku)}–${formatDate(e.loppu)}`).join(", ")}</dd>
        </dl>
      )}
    </li>
  );
}

export function DemonstrationItem({ demonstration }: { demonstration: DemonstrationDetailsFragment }) {
  const { t } = useI18n();
  const assessors = [...(demonstration.tyoelamaOsaamisenArvioijat ?? []), ...(demonstration.koulutuksenJarjestajaOsaamisenArvioijat ?? [])].map((a) => a.nimi);
  return (
    <li className="demonstration">
      <p className="item-title">
        <strong>{demonstration.nayttoymparisto.nimi}</strong> <span className="dates">{formatDate(demonstration.alku)}–{formatDate(demonstration.loppu)}</span>
      </p>
      <dl className="facts">
        {demonstration.nayttoymparisto.kuvaus && (
          <>
            <dt>{t("demonstrationAt")}</dt>
            <dd>{demonstration.nayttoymparisto.kuvaus}</dd>
          </>
        )}
        {demonstration.sisallonKuvaus.length > 0 && (
          <>
            <dt>{t("content")}</dt>
            <dd>{demonstration.sisallonKuvaus.join(", ")}</dd>
          </>
        )}
        {demonstration.yksilollisetKriteerit && demonstration.yksilollisetKriteerit.length > 0 && (
          <>
            <dt>{t("criteria")}</dt>
            <dd>{demonstration.yksilollisetKriteerit.join(", ")}</dd>
          </>
        )}
        {assessors.length > 0 && (
          <>
            <dt>{t("assessors")}</dt>
            <dd>{assessors.join(", ")}</dd>
          </>
        )}
      </dl>
    </li>
  );
}

/** `own`: the student reads their own plan ("how I study"); others read it in neutral words. */
export function UnitSection({ unit, headingLevel = 3, own = true }: { unit: UnitOfPlan; headingLevel?: 3 | 4; own?: boolean }) {
  const { t } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h4" | "h5";
  return (
    <section className="unit" aria-label={unit.title}>
      <Heading>{unit.title}</Heading>
      {unit.deviation && (
        <p>
          <strong>{t("deviation")}:</strong> {unit.deviation}
        </p>
      )}
      {unit.periods.length > 0 && (
        <>
          <Sub>{t(own ? "periods" : "periodsOther")}</Sub>
          <ul className="items">
            {unit.periods.map((period) => (
              <PeriodItem key={period.moduleId} period={period} />
            ))}
          </ul>
        </>
      )}
      {unit.demonstrations.length > 0 && (
        <>
          <Sub>{t(own ? "demonstrations" : "demonstrationsOther")}</Sub>
          <ul className="items">
            {unit.demonstrations.map((d) => (
              <DemonstrationItem key={d.moduleId} demonstration={d} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The provider that made the plan: the study right's education provider, else its institution. */
export function providerOf(plan: PlanDetailsFragment, language: ReturnType<typeof useI18n>["language"]): string | undefined {
  return localised(plan.opiskeluoikeus?.koulutustoimija?.nimi, language) ?? localised(plan.opiskeluoikeus?.oppilaitos?.nimi, language);
}

type NationalUnitLists = "hankittavatAmmatTutkinnonOsat" | "hankittavatYhteisetTutkinnonOsat" | "aiemminHankitutAmmatTutkinnonOsat" | "aiemminHankitutYhteisetTutkinnonOsat";

/** The degree units' codes a plan names (whichever of its lists a view reads), for their names from the curriculum partner (unit-names.tsx). */
export function unitCodesOf(plan: { [List in NationalUnitLists]?: readonly { tutkinnonOsaKoodiUri: string }[] }): string[] {
  return [plan.hankittavatAmmatTutkinnonOsat, plan.hankittavatYhteisetTutkinnonOsat, plan.aiemminHankitutAmmatTutkinnonOsat, plan.aiemminHankitutYhteisetTutkinnonOsat].flatMap((units) => (units ?? []).map((unit) => unit.tutkinnonOsaKoodiUri));
}

export function PlanView({ plan, complete = true, own = true }: { plan: PlanDetailsFragment; complete?: boolean; own?: boolean }) {
  const { t, language } = useI18n();
  useUnitNames(unitCodesOf(plan));
  const codeName = useCodeName();
  const units = unitsOf(plan, t, codeName);
  const prior = [
    ...plan.aiemminHankitutAmmatTutkinnonOsat.map((u) => ({ key: u.moduleId, title: t("unitCode", { code: codeName(u.tutkinnonOsaKoodiUri) }), how: u.valittuTodentamisenProsessiKoodiUri })),
    ...plan.aiemminHankitutPaikallisetTutkinnonOsat.map((u) => ({ key: u.moduleId, title: `${t("localUnit")}: ${u.nimi ?? t("unnamed")}`, how: u.valittuTodentamisenProsessiKoodiUri })),
    ...plan.aiemminHankitutYhteisetTutkinnonOsat.map((u) => ({ key: u.moduleId, title: t("unitCode", { code: codeName(u.tutkinnonOsaKoodiUri) }), how: u.valittuTodentamisenProsessiKoodiUri })),
  ];
  const periods = units.flatMap((unit) => unit.periods.map((period) => ({ unit: unit.title, period })));
  const provider = providerOf(plan, language);
  const institution = localised(plan.opiskeluoikeus?.oppilaitos?.nimi, language);
  const title = plan.ensikertainenHyvaksyminen ? t("planTitle", { date: formatDate(plan.ensikertainenHyvaksyminen) }) : t("planUnapproved");
  const supportShown = complete || plan.oppimisenTuki.length > 0 || plan.opiskeluvalmiuksiaTukevatOpinnot.length > 0;
  return (
    <article className="plan" aria-label={title}>
      <h2>{title}</h2>
      <dl className="facts plan-facts">
        {provider && (
          <>
            <dt>{t("provider")}</dt>
            <dd>{provider}</dd>
          </>
        )}
        {institution && institution !== provider && (
          <>
            <dt>{t("institution")}</dt>
            <dd>{institution}</dd>
          </>
        )}
        {plan.opiskeluoikeus?.alkamispaiva && (
          <>
            <dt>{t("studyRight")}</dt>
            <dd>
              {formatDate(plan.opiskeluoikeus.alkamispaiva)}–{plan.opiskeluoikeus.paattymispaiva ? formatDate(plan.opiskeluoikeus.paattymispaiva) : ""}
            </dd>
          </>
        )}
        {plan.urasuunnitelmaKoodiUri && (
          <>
            <dt>{t("careerGoal")}</dt>
            <dd>{codeName(plan.urasuunnitelmaKoodiUri)}</dd>
          </>
        )}
      </dl>
      {periods.length > 0 && <Timeline periods={periods} />}
      {(complete || units.length > 0) && (
        <section aria-labelledby={`units-${plan.id}`}>
          <h3 id={`units-${plan.id}`} className="section-title">
            {t(own ? "unitsToAcquire" : "unitsOther")}
          </h3>
          {units.length === 0 ? <p>{t("noUnits")}</p> : units.map((unit) => <UnitSection key={unit.key} unit={unit} headingLevel={4} own={own} />)}
        </section>
      )}
      {(complete || prior.length > 0) && (
        <section aria-labelledby={`prior-${plan.id}`}>
          <h3 id={`prior-${plan.id}`} className="section-title">
            {t(own ? "priorLearning" : "priorOther")}
          </h3>
          {prior.length === 0 ? (
            <p>{t("noPriorLearning")}</p>
          ) : (
            <ul className="items">
              {prior.map((unit) => (
                <li key={unit.key}>
                  <strong>{unit.title}</strong>
                  {unit.how && (
                    <>
                      {" – "}
                      {t("verification")}: {codeName(unit.how)}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {supportShown && (
        <section aria-labelledby={`support-${plan.id}`}>
          <h3 id={`support-${plan.id}`} className="section-title">
            {t("support")}
          </h3>
          {plan.oppimisenTuki.length === 0 && plan.opiskeluvalmiuksiaTukevatOpinnot.length === 0 && <p>{t("noSupport")}</p>}
          <ul className="items">
            {plan.oppimisenTuki.map((support, i) => (
              <li key={i}>
                {codeName(support.oppimisenTuenTyyppiKoodiUri)}
                {support.alku && ` ${formatDate(support.alku)}–${formatDate(support.loppu)}`}
              </li>
            ))}
            {plan.opiskeluvalmiuksiaTukevatOpinnot.map((study, i) => (
              <li key={`o${i}`}>
                {t("readinessStudies")}: {study.nimi} {formatDate(study.alku)}–{formatDate(study.loppu)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
