/** Student: my consents: give one (recipient, sections or units, purpose, validity), see them, revoke them. */
import { useState, type FormEvent } from "react";
import type { FailureKind } from "../api/graphql";
import { useMutation, useQuery } from "../api/use-query";
import { useCodeName } from "../codes";
import { Empty, Failure, Loading, Notice, PageTitle, PartialNotice } from "../components/states";
import { CreateConsentDocument, MyConsentsDocument, RevokeConsentDocument, type MyConsentsQuery, type SuostumuksenOsio } from "../gql/graphql";
import { DateField } from "../components/date-field";
import { addDays, formatDate, formatDateTime } from "../format";
import { useI18n } from "../i18n/i18n";
import { laterOf, useServiceToday } from "../service-date";
import { unitCodesOf } from "../components/plan-view";
import { useUnitNames } from "../unit-names";

const SECTIONS: SuostumuksenOsio[] = ["KOKO_HOKS", "TUTKINNON_OSAT", "AIEMMIN_HANKITTU_OSAAMINEN", "URASUUNNITELMA"];
type RecipientKind = "yTunnus" | "organisaatioOid" | "henkiloOid";
type Plan = NonNullable<MyConsentsQuery["me"]>["hoksit"][number];

function recipientText(r: { henkiloOid?: string | null; organisaatioOid?: string | null; yTunnus?: string | null }): string {
  return r.yTunnus ?? r.organisaatioOid ?? r.henkiloOid ?? "–";
}

/** `today` is the service date: the form starts there, and a consent may not end before it. */
function ConsentForm({ plans, today, onDone }: { plans: Plan[]; today: string; onDone(outcome: { ok: boolean; failure?: FailureKind }): void }) {
  const { t } = useI18n();
  const codeName = useCodeName();
  const create = useMutation(CreateConsentDocument);
  const [planId, setPlanId] = useState(plans[0]?.id ?? "");
  const [kind, setKind] = useState<RecipientKind>("yTunnus");
  const [recipient, setRecipient] = useState("");
  const [sections, setSections] = useState<SuostumuksenOsio[]>([]);
  const [units, setUnits] = useState<string[]>([]);
  const [purpose, setPurpose] = useState("");
  const [from, setFrom] = useState<string | null>(today);
  const [until, setUntil] = useState<string | null>(addDays(today, 90));
  // As the service checks: the end neither before the start nor in the past.
  const earliestEnd = laterOf(from, today);
  const datesValid = from !== null && until !== null && until >= earliestEnd;
  const [busy, setBusy] = useState(false);
  const plan = plans.find((p) => p.id === planId);
  const planUnits = plan
    ? [
        ...plan.hankittavatAmmatTutkinnonOsat.map((u) => ({ id: u.moduleId, name: t("unitCode", { code: codeName(u.tutkinnonOsaKoodiUri) }) })),
        ...plan.hankittavatPaikallisetTutkinnonOsat.map((u) => ({ id: u.moduleId, name: `${t("localUnit")}: ${u.nimi ?? t("unnamed")}` })),
        ...plan.hankittavatYhteisetTutkinnonOsat.map((u) => ({ id: u.moduleId, name: t("unitCode", { code: codeName(u.tutkinnonOsaKoodiUri) }) })),
      ]
    : [];
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!from || !until || !datesValid) return;
    setBusy(true);
    const result = await create({
      input: {
        hoksId: planId,
        vastaanottaja: { [kind]: recipient.trim() },
        osiot: sections,
        tutkinnonOsaModuleIds: sections.includes("TUTKINNON_OSAT") ? units : undefined,
        tarkoitus: purpose.trim(),
        voimassaAlku: from,
        voimassaLoppu: until,
      },
    });
    setBusy(false);
    onDone(result.data ? { ok: true } : { ok: false, failure: result.failure });
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby="consent-form-title">
      <h2 id="consent-form-title">{t("giveConsent")}</h2>
      {plans.length > 1 && (
        <p className="field">
          <label htmlFor="consent-plan">{t("plan")}</label>
          <select id="consent-plan" value={planId} onChange={(e) => setPlanId(e.target.value)}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {t("planTitle", { date: formatDate(p.ensikertainenHyvaksyminen) })}
              </option>
            ))}
          </select>
        </p>
      )}
      <fieldset>
        <legend>{t("recipientKind")}</legend>
        {(["yTunnus", "organisaatioOid", "henkiloOid"] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="recipient-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {t(value === "yTunnus" ? "recipientYTunnus" : value === "organisaatioOid" ? "recipientOrganisation" : "recipientPerson")}
          </label>
        ))}
      </fieldset>
      <p className="field">
        <label htmlFor="consent-recipient">{t("recipient")}</label>
        <input id="consent-recipient" required value={recipient} onChange={(e) => setRecipient(e.target.value)} autoComplete="off" />
      </p>
      <fieldset>
        <legend>{t("sections")}</legend>
        {SECTIONS.map((section) => (
          <label key={section} className="choice">
            <input type="checkbox" checked={sections.includes(section)} onChange={() => setSections(toggle(sections, section))} />
            {t(`section_${section}`)}
          </label>
        ))}
      </fieldset>
      {sections.includes("TUTKINNON_OSAT") && (
        <fieldset>
          <legend>{t("units")}</legend>
          {planUnits.map((unit) => (
            <label key={unit.id} className="choice">
              <input type="checkbox" checked={units.includes(unit.id)} onChange={() => setUnits(toggle(units, unit.id))} />
              {unit.name}
            </label>
          ))}
        </fieldset>
      )}
      <p className="field">
        <label htmlFor="consent-purpose">{t("purpose")}</label>
        <input id="consent-purpose" required value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      </p>
      <DateField id="consent-from" label={t("validFrom")} value={from} onChange={setFrom} />
      <DateField id="consent-until" label={t("validUntil")} value={until} notBefore={earliestEnd} onChange={setUntil} />
      <p className="actions">
        <button type="submit" disabled={busy || sections.length === 0 || !datesValid}>
          {t("giveConsent")}
        </button>
      </p>
    </form>
  );
}

export function Consents() {
  const { t, language } = useI18n();
  const answer = useQuery(MyConsentsDocument);
  const revoke = useMutation(RevokeConsentDocument);
  const [notice, setNotice] = useState<{ text: string; kind: "ok" | "error" } | null>(null);
  const today = useServiceToday();
  const me = answer.status === "done" ? answer.data.me : null;
  useUnitNames((me?.hoksit ?? []).flatMap(unitCodesOf));
  const onRevoke = async (id: string) => {
    const result = await revoke({ id });
    setNotice(result.data ? { text: t("consentRevoked"), kind: "ok" } : { text: t(result.failure ?? "genericError"), kind: "error" });
    answer.reload();
  };
  return (
    <>
      <PageTitle>{t("consentsTitle")}</PageTitle>
      <p>{t("consentsIntro")}</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {answer.status === "loading" && <Loading />}
      {answer.status === "failed" && <Failure failure={answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && (
        <>
          <PartialNotice errors={answer.errors} />
          {!me ? (
            <Failure failure="notFound" />
          ) : (
            <>
              {me.suostumukset.length === 0 ? (
                <Empty>{t("noConsents")}</Empty>
              ) : (
                <ul className="cards" aria-label={t("consentsTitle")}>
                  {me.suostumukset.map((consent) => {
                    const what = `${recipientText(consent.vastaanottaja)}, ${consent.tarkoitus}`;
                    return (
                      <li key={consent.id} className="card">
                        <h2 className="card-title">{recipientText(consent.vastaanottaja)}</h2>
                        <dl className="facts">
                          <dt>{t("purpose")}</dt>
                          <dd>{consent.tarkoitus}</dd>
                          <dt>{t("sections")}</dt>
                          <dd>{consent.osiot.map((s) => t(`section_${s}`)).join(", ")}</dd>
                          <dt>{t("validityLabel")}</dt>
                          <dd>{formatDate(consent.voimassaAlku)}–{formatDate(consent.voimassaLoppu)}</dd>
                        </dl>
                        {consent.peruttu ? (
                          <p className="status status-ended">{t("revoked", { date: formatDateTime(consent.peruttu, language) })}</p>
                        ) : (
                          <button type="button" className="secondary" onClick={() => onRevoke(consent.id)} aria-label={t("revokeConsent", { what })}>
                            {t("revoke")}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
              {me.hoksit.length > 0 && today && (
                <ConsentForm
                  plans={me.hoksit}
                  today={today}
                  onDone={(outcome) => {
                    setNotice(outcome.ok ? { text: t("consentGiven"), kind: "ok" } : { text: t(outcome.failure ?? "genericError"), kind: "error" });
                    if (outcome.ok) answer.reload();
                  }}
                />
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
