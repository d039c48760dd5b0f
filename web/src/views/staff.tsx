/** Provider staff: my institution's students a page at a time, search by name or OID, and a student's plans. */
import { useState, type FormEvent } from "react";
import { useQuery } from "../api/use-query";
import { PlanView, providerOf } from "../components/plan-view";
import { Empty, Failure, Loading, PageTitle, PartialNotice } from "../components/states";
import { StaffStudentDocument, StaffStudentsDocument } from "../gql/graphql";
import { formatDate } from "../format";
import { useI18n } from "../i18n/i18n";
import { Link, navigate } from "../router";

const PAGE = 20;
const OID = /^1\.2\.246\.562\.24\.\d+$/;

export function Students() {
  const { t } = useI18n();
  const [after, setAfter] = useState<string[]>([]);
  const [search, setSearch] = useState("");
  // The name searched for, sent to the server: it searches all my students, not just the page shown.
  const [nimi, setNimi] = useState<string | null>(null);
  const answer = useQuery(StaffStudentsDocument, { first: PAGE, after: after[after.length - 1], nimi });
  const searchFor = (value: string | null) => {
    setNimi(value);
    setAfter([]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = search.trim();
    if (OID.test(value)) navigate(`/opiskelijat/${value}`);
    else searchFor(value || null);
  };
  const showAll = () => {
    setSearch("");
    searchFor(null);
  };
  const students = answer.status === "done" ? answer.data.opiskelijalista.nodes : [];
  const nextCursor = answer.status === "done" && answer.data.opiskelijalista.pageInfo.hasNextPage ? answer.data.opiskelijalista.pageInfo.endCursor : null;
  return (
    <>
      <PageTitle>{t("studentsTitle")}</PageTitle>
      <form className="search" role="search" onSubmit={submit}>
        <label htmlFor="student-search">{t("search")}</label>
        <input id="student-search" value={search} maxLength={100} onChange={(e) => setSearch(e.target.value)} />
        <button type="submit">{t("searchButton")}</button>
        {nimi && (
          <button type="button" className="secondary" onClick={showAll}>
            {t("showAllStudents")}
          </button>
        )}
      </form>
      {answer.status === "loading" && <Loading />}
      {answer.status === "failed" && <Failure failure={answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && (
        <>
          <PartialNotice errors={answer.errors} />
          {students.length === 0 ? (
            <Empty>{nimi ? t("noMatches") : t("noStudents")}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t("studentsTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("name")}</th>
                    <th scope="col">{t("oid")}</th>
                    <th scope="col">{t("plans")}</th>
                  </tr>
                </thead>
                <tbody>
                  {students.map((s) => {
                    const name = [s.etunimet, s.sukunimi].filter(Boolean).join(" ") || s.oid;
                    return (
                      <tr key={s.oid}>
                        <td>
                          <Link href={`/opiskelijat/${s.oid}`}>{name}</Link>
                        </td>
                        <td>{s.oid}</td>
                        <td>{s.hoksit.map((h) => formatDate(h.ensikertainenHyvaksyminen)).join(", ") || "–"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <p className="actions">
            {after.length > 0 && (
              <button type="button" className="secondary" onClick={() => setAfter(after.slice(0, -1))}>
                {t("previousPage")}
              </button>
            )}
            {nextCursor && (
              <button type="button" onClick={() => setAfter([...after, nextCursor])}>
                {t("nextPage")}
              </button>
            )}
          </p>
        </>
      )}
    </>
  );
}

export function Student({ oid }: { oid: string }) {
  const { t, language } = useI18n();
  const answer = useQuery(StaffStudentDocument, { oid });
  const person = answer.status === "done" ? answer.data.henkilo : null;
  const name = person ? [person.etunimet, person.sukunimi].filter(Boolean).join(" ") || person.oid : t("studentPlansTitle");
  return (
    <>
      <p>
        <Link href="/opiskelijat">{t("back")}</Link>
      </p>
      <PageTitle>{name}</PageTitle>
      {answer.status === "loading" && <Loading />}
      {answer.status === "failed" && <Failure failure={answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && !person && <Failure failure="notFound" />}
      {answer.status === "done" && person && (
        <>
          <PartialNotice errors={answer.errors} />
          {person.hoksit.length === 0 && <Empty>{t("studentNoPlans")}</Empty>}
          {person.hoksit.map((plan) => (
            <div key={plan.id}>
              <p className="provider-label">{t("planBy", { provider: providerOf(plan, language) ?? "–" })}</p>
              <PlanView plan={plan} own={false} />
            </div>
          ))}
        </>
      )}
    </>
  );
}
