// Validates the deploy examples: every Kubernetes object against the Kubernetes API schema
// (kubernetes-models) and the state machine with the Amazon States Language validator
// (asl-validator). Usage: node validate.js FILE... ; prints one line per object and ends
// with "N passed, M failed".
"use strict";
const fs = require("fs");
const YAML = require("yaml");
const aslValidator = require("asl-validator");

let passed = 0;
let failed = 0;

function report(ok, what, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok" : "FAILED"}: ${what}${detail ? "\n  " + detail : ""}`);
}

// The model of an object: kubernetes-models/<apiVersion>/<Kind> ("batch/v1/Job", "v1/ConfigMap").
function kubernetesModel(apiVersion, kind) {
  return require(`kubernetes-models/${apiVersion}/${kind}`)[kind];
}

function checkKubernetes(file) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"));
  for (const doc of docs) {
    if (doc.errors.length) {
      report(false, file, doc.errors.map(String).join("; "));
      continue;
    }
    const obj = doc.toJSON();
    if (!obj) continue;
    const what = `${file}: ${obj.kind}/${obj.metadata && obj.metadata.name}`;
    try {
      const Model = kubernetesModel(obj.apiVersion, obj.kind);
      new Model(obj).validate();
      report(true, what);
    } catch (e) {
      report(false, what, e.message);
    }
  }
}

function checkStateMachine(file) {
  try {
    const definition = JSON.parse(fs.readFileSync(file, "utf8"));
    const result = aslValidator(definition, { checkPaths: true, checkArn: true });
    report(result.isValid, `${file}: state machine`, result.isValid ? "" : result.errorsText("\n  "));
  } catch (e) {
    report(false, file, e.message);
  }
}

for (const file of process.argv.slice(2)) {
  if (file.endsWith(".asl.json")) checkStateMachine(file);
  else if (file.endsWith(".yaml") || file.endsWith(".yml")) checkKubernetes(file);
  else report(false, file, "not a Kubernetes manifest (.yaml) or a state machine (.asl.json)");
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
