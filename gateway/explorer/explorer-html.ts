/** The explorer page itself: a bar to pick a role and an example operation, and Sandbox below it. */

export interface ExplorerData {
  roles: { name: string; description: string; token: string }[];
  operations: { file: string; role: string; document: string; variables: Record<string, unknown> }[];
}

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

const SANDBOX_SCRIPT = "https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js";

export function explorerHtml(data: ExplorerData): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>eHOKS graph explorer</title>
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; }
  header { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #0b3d5c; color: white; height: 40px; }
  header h1 { font-size: 16px; margin: 0 16px 0 0; }
  select { font: inherit; padding: 4px; }
  #note { opacity: 0.8; font-size: 12px; }
  #sandbox { height: calc(100vh - 56px); }
</style>
</head>
<body>
<header>
  <h1>eHOKS graph</h1>
  <label>Role <select id="role"></select></label>
  <label>Example <select id="operation"></select></label>
  <span id="note"></span>
</header>
<div id="sandbox"></div>
<script src="${SANDBOX_SCRIPT}"></script>
<script>
const data = ${scriptJson(data)};
const roleSelect = document.getElementById("role");
const operationSelect = document.getElementById("operation");
const note = document.getElementById("note");
for (const role of data.roles) roleSelect.add(new Option(role.name + " — " + role.description, role.name));

function operationsOf(role) {
  return data.operations.filter((operation) => operation.role === role);
}

function fillOperations() {
  operationSelect.innerHTML = "";
  for (const operation of operationsOf(roleSelect.value)) operationSelect.add(new Option(operation.file, operation.file));
  operationSelect.add(new Option("(empty editor)", ""));
}

function openSandbox() {
  const role = data.roles.find((r) => r.name === roleSelect.value);
  const operation = data.operations.find((o) => o.file === operationSelect.value);
  note.textContent = role && role.token ? "Token of " + role.name + " is set in the Authorization header (valid 8 h)." : "No development key here: put your own token in the headers.";
  document.getElementById("sandbox").innerHTML = "";
  new window.EmbeddedSandbox({
    target: "#sandbox",
    initialEndpoint: location.origin + "/graphql",
    endpointIsEditable: false,
    initialState: {
      document: operation ? operation.document : "",
      variables: operation ? operation.variables : {},
      headers: role && role.token ? { Authorization: "Bearer " + role.token } : {},
      includeCookies: false,
    },
  });
}

roleSelect.addEventListener("change", () => { fillOperations(); openSandbox(); });
operationSelect.addEventListener("change", openSandbox);
fillOperations();
openSandbox();
</script>
</body>
</html>`;
}
