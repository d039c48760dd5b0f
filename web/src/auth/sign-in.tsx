/** Sign-in: the provider's button in production, the demo roles' picker in development. */
import { useEffect, useState } from "react";
import { Failure, Loading, Notice, PageTitle } from "../components/states";
import { useI18n } from "../i18n/i18n";
import { useAppConfig } from "./app-config";
import { beginSignIn } from "./oidc";
import { sessionFromToken, useSession } from "./session";

interface DevRole {
  name: string;
  description: string;
  token: string;
  headers: Record<string, string>;
}

function DevRolePicker() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [roles, setRoles] = useState<DevRole[] | "failed" | null>(null);
  useEffect(() => {
    fetch("/dev/roles")
      .then((r) => (r.ok ? (r.json() as Promise<{ roles: DevRole[] }>) : Promise.reject()))
      .then((body) => setRoles(body.roles), () => setRoles("failed"));
  }, []);
  if (roles === null) return <Loading />;
  if (roles === "failed") return <Failure failure="unavailable" />;
  return (
    <section aria-labelledby="dev-roles-title">
      <h2 id="dev-roles-title">{t("devRolesTitle")}</h2>
      <p>{t("devRolesIntro")}</p>
      <ul className="role-list">
        {roles.map((role) => (
          <li key={role.name}>
            <button type="button" className="role" data-role={role.name} onClick={() => signIn(sessionFromToken(role.token, role.headers, undefined))}>
              <span className="role-name">{t("signInAs", { name: role.name })}</span>
              <span className="role-description">{role.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SignIn() {
  const { t } = useI18n();
  const { notice, fail } = useSession();
  const config = useAppConfig();
  return (
    <>
      <PageTitle>{t("signInTitle")}</PageTitle>
      {notice && <Notice kind="error">{t(notice)}</Notice>}
      <p>{t("signInIntro")}</p>
      {!config && <Loading />}
      {config?.oidc && (
        <p>
          <button type="button" onClick={() => beginSignIn(config.oidc!, location.pathname + location.hash).catch(fail)}>
            {t("signInWithProvider")}
          </button>
        </p>
      )}
      {config?.devRoles && <DevRolePicker />}
      {config && !config.oidc && !config.devRoles && <p>{t("noSignIn")}</p>}
    </>
  );
}
