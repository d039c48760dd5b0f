/*
 * The explorer page's own script (served as a file, so the page's Content-Security-Policy can
 * allow scripts from 'self' only). It builds a role picker and an example picker around GraphiQL
 * (React and GraphiQL are the UMD builds the gateway serves from its own node_modules):
 * picking a role puts its freshly minted token in the Authorization header, and the
 * `x-share-link` header for the share-link holder; picking an example loads its operation and
 * variables. Everything it needs comes from the gateway: /dev/roles and /explorer/operations.
 */
(function () {
  "use strict";

  var GRAPHQL_PATH = "/graphql";
  var EMPTY = "";

  var status = document.getElementById("status");
  var roleSelect = document.getElementById("role");
  var operationSelect = document.getElementById("operation");
  var roleDescription = document.getElementById("role-description");
  var container = document.getElementById("graphiql");

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  /** An in-memory Storage: GraphiQL keeps tabs and headers there, so no token lands in localStorage. */
  function memoryStorage() {
    var items = new Map();
    return {
      getItem: function (key) { return items.has(key) ? items.get(key) : null; },
      setItem: function (key, value) { items.set(key, String(value)); },
      removeItem: function (key) { items.delete(key); },
      clear: function () { items.clear(); },
      key: function (index) { return Array.from(items.keys())[index] || null; },
      get length() { return items.size; },
    };
  }

  function getJson(path) {
    return fetch(path, { headers: { accept: "application/json" }, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) return null;
      return response.json();
    });
  }

  function option(label, value) {
    var element = document.createElement("option");
    element.textContent = label;
    element.value = value;
    return element;
  }

  function start(roles, operations, canMint) {
    var root = ReactDOM.createRoot(container);
    var fetcher = GraphiQL.createFetcher({ url: location.origin + GRAPHQL_PATH });
    var mounts = 0;

    function currentRole() {
      return roles.find(function (role) { return role.name === roleSelect.value; });
    }
    function operationsOf(roleName) {
      return operations.filter(function (operation) { return operation.role === roleName; });
    }
    function currentOperation() {
      return operations.find(function (operation) { return operation.file === operationSelect.value; });
    }

    function fillOperations() {
      operationSelect.replaceChildren();
      operationsOf(roleSelect.value).forEach(function (operation) {
        operationSelect.append(option(operation.file.replace(/\.graphql$/, "") + (operation.description ? " — " + operation.description : ""), operation.file));
      });
      operationSelect.append(option("(empty editor)", EMPTY));
    }

    function headersFor(role, operation) {
      var headers = {};
      if (role && role.token) headers.Authorization = "Bearer " + role.token;
      Object.assign(headers, role ? role.headers : {}, operation ? operation.headers : {});
      return headers;
    }

    function render() {
      var role = currentRole();
      var operation = currentOperation();
      roleDescription.textContent = role ? role.description : "";
      var headers = headersFor(role, operation);
      var named = Object.keys(headers).filter(function (name) { return name !== "Authorization"; });
      say(
        canMint
          ? "The token of " + role.name + " is in the Authorization header" + (named.length ? ", and " + named.join(", ") + " beside it" : "") + "."
          : "This gateway mints no demo tokens (no development key): put your own token in the Headers tab.",
        false,
      );
      mounts += 1;
      // A new key mounts a fresh GraphiQL, so the editors show exactly the picked role and example.
      root.render(
        React.createElement(GraphiQL, {
          key: mounts,
          fetcher: fetcher,
          query: operation ? operation.document : "# Write a query, or pick an example above.\n",
          variables: operation ? JSON.stringify(operation.variables, null, 2) : "{}",
          headers: JSON.stringify(headers, null, 2),
          defaultEditorToolsVisibility: operation && Object.keys(operation.variables).length ? "variables" : "headers",
          shouldPersistHeaders: false,
          storage: memoryStorage(),
        }),
      );
    }

    roles.forEach(function (role) {
      roleSelect.append(option(role.name, role.name));
    });
    roleSelect.addEventListener("change", function () { fillOperations(); render(); });
    operationSelect.addEventListener("change", render);
    fillOperations();
    render();
    document.body.dataset.ready = "true";
  }

  if (typeof window.GraphiQL !== "function" || typeof window.React !== "object" || typeof window.ReactDOM !== "object") {
    say("GraphiQL did not load from this gateway (/explorer/assets/…). Check the gateway's log.", true);
    return;
  }

  Promise.all([getJson("/dev/roles"), getJson("/explorer/operations")])
    .then(function (answers) {
      var devRoles = answers[0];
      var operations = (answers[1] && answers[1].operations) || [];
      if (devRoles && devRoles.roles.length) return start(devRoles.roles, operations, true);
      // No development key: the roles of the examples, without tokens.
      var names = Array.from(new Set(operations.map(function (operation) { return operation.role; })));
      start(names.map(function (name) { return { name: name, description: "", token: "", headers: {} }; }), operations, false);
    })
    .catch(function () {
      say("The explorer could not read its roles and examples from the gateway.", true);
    });
})();
