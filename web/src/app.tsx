/** The app's frame: header (language, who is signed in), the role's menu, and the page for the path. */
import { useEffect, useState, type ReactNode } from "react";
import { useAppConfig } from "./auth/app-config";
import { completeSignIn } from "./auth/oidc";
import { rememberedShareLink, rememberShareLink, sessionFromToken, useSession, type Session } from "./auth/session";
import { SignIn } from "./auth/sign-in";
import { CodeNamesProvider } from "./codes";
import { UnitNamesProvider } from "./unit-names";
import { Failure, Loading, PageTitle } from "./components/states";
import { useI18n } from "./i18n/i18n";
import { LANGUAGES, MESSAGES, type MessageKey } from "./i18n/messages";
import { Link, navigate, usePath } from "./router";
import { AccessLog } from "./views/access-log";
import { Consents } from "./views/consents";
import { ConsentedToMe } from "./views/consented";
import { MyPlans } from "./views/my-plans";
import { Shared } from "./views/shared";
import { ShareLinks } from "./views/share-links";
import { Student, Students } from "./views/staff";
import { Workplace } from "./views/workplace";

export const CALLBACK_PATH = "/kirjautuminen";

// A share link's secret arrives in the address's fragment; keep it for this tab and take it out of the address bar.
if (location.pathname === "/jako" && location.hash.length > 1) {
  rememberShareLink(decodeURIComponent(location.hash.slice(1)));
  history.replaceState(null, "", "/jako");
}

type MenuItem = { href: string; label: MessageKey };

function menuOf(session: Session): MenuItem[] {
  if (session.headers["x-share-link"] || rememberedShareLink()) return [{ href: "/jako", label: "navShared" }];
  switch (session.role) {
    case "student":
      return [
        { href: "/oma", label: "navPlans" },
        { href: "/oma/suostumukset", label: "navConsents" },
        { href: "/oma/jakolinkit", label: "navShareLinks" },
        { href: "/oma/kayttoloki", label: "navAccessLog" },
      ];
    case "workplace": {
      const workplace: MenuItem = { href: "/tyopaikka", label: "navWorkplace" };
      const consented: MenuItem = { href: "/suostumukset-minulle", label: "navConsented" };
      return session.recipient ? [consented, workplace] : [workplace, consented];
    }
    default:
      return [{ href: "/opiskelijat", label: "navStudents" }];
  }
}

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="languages" role="group" aria-label={t("language")}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === language} onClick={() => setLanguage(l)} data-language={l}>
          {MESSAGES[l].languageName}
        </button>
      ))}
    </div>
  );
}

function Page({ path, session }: { path: string; session: Session }) {
  const menu = menuOf(session);
  if (path === "/" || path === CALLBACK_PATH) return <Redirect to={menu[0]!.href} />;
  if (path === "/oma") return <MyPlans />;
  if (path === "/oma/suostumukset") return <Consents />;
  if (path === "/oma/jakolinkit") return <ShareLinks />;
  if (path === "/oma/kayttoloki") return <AccessLog />;
  if (path === "/tyopaikka") return <Workplace />;
  if (path === "/suostumukset-minulle") return <ConsentedToMe />;
  if (path === "/jako") return <Shared />;
  if (path === "/opiskelijat") return <Students />;
  const student = /^\/opiskelijat\/([\d.]+)$/.exec(path);
  if (student) return <Student key={student[1]} oid={student[1]!} />;
  return <NotFound />;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t("pageNotFound")}</PageTitle>
      <Failure failure="notFound" />
    </>
  );
}

/** A code is traded once, even when React runs an effect twice (StrictMode in development). */
let callbackStarted = false;

/** Finishes an OpenID Connect sign-in on the redirect address. */
function Callback() {
  const config = useAppConfig();
  const { signIn, fail } = useSession();
  useEffect(() => {
    if (!config || callbackStarted) return;
    callbackStarted = true;
    // Back to the sign-in page, which says that signing in failed.
    const failed = () => {
      fail();
      navigate("/", { replace: true });
    };
    if (!config.oidc) return failed();
    completeSignIn(config.oidc, location.search).then(
      (result) => {
        if (!result) return failed();
        signIn(sessionFromToken(result.token));
        navigate(result.returnTo.startsWith("/") && !result.returnTo.startsWith("//") ? result.returnTo : "/", { replace: true });
      },
      () => failed(),
    );
    // Once per visit of the redirect address: a code can be traded only once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config]);
  return <Loading />;
}

function Frame({ children, session }: { children: ReactNode; session: Session | null }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const path = usePath();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <p className="brand">
          <Link href="/">{t("appName")}</Link>
        </p>
        <LanguageSwitch />
        {session && (
          <div className="who">
            <span>{t("signedInAs", { name: session.name })}</span>
            <button type="button" className="secondary" onClick={signOut}>
              {t("signOut")}
            </button>
          </div>
        )}
      </header>
      {session && (
        <nav aria-label={t("mainNavigation")} className="menu">
          <ul>
            {menuOf(session).map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={path === item.href ? "page" : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

export function App() {
  const { session } = useSession();
  const path = usePath();
  const [now] = useState(() => Date.now() / 1000);
  const expired = session?.expiresAt !== undefined && session.expiresAt < now;
  const { expire } = useSession();
  useEffect(() => {
    if (expired) expire();
  }, [expired, expire]);
  if (path === CALLBACK_PATH && !session) {
    return (
      <Frame session={null}>
        <Callback />
      </Frame>
    );
  }
  if (!session || expired) {
    return (
      <Frame session={null}>
        <SignIn />
      </Frame>
    );
  }
  return (
    <Frame session={session}>
      <UnitNamesProvider>
        <CodeNamesProvider>
          <Page key={path} path={path} session={session} />
        </CodeNamesProvider>
      </UnitNamesProvider>
    </Frame>
  );
}
