'use strict';
// Parses HCL files with HashiCorp's own parser (Go, compiled to wasm, wrapped by @cdktf/hcl2json)
// and prints one JSON object mapping each path to its JSON form or to {"error": message}.
// Paths come from the command line, or one per line on standard input when none are given.
// Running all files in one process keeps the differential test fast: loading the wasm dominates.

const fs = require('fs');

function loadParser() {
  try {
    return require('@cdktf/hcl2json').parse;
  } catch (e) {
    process.stderr.write('cannot load @cdktf/hcl2json: run "npm install" in src/test/node\n');
    process.exit(2);
  }
}

function readPaths() {
  const fromArgs = process.argv.slice(2);
  if (fromArgs.length > 0) {
    return fromArgs;
  }
  return fs.readFileSync(0, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
}

function errorMessage(e) {
  if (e instanceof Error) {
    return e.message;
  }
  return String(e);
}

async function main() {
  const parse = loadParser();
  const results = {};
  for (const path of readPaths()) {
    let text;
    try {
      text = fs.readFileSync(path, 'utf8');
    } catch (e) {
      results[path] = { error: 'cannot read file: ' + errorMessage(e) };
      continue;
    }
    try {
      results[path] = await parse(path, text);
    } catch (e) {
      results[path] = { error: errorMessage(e) };
    }
  }
  process.stdout.write(JSON.stringify(results));
  process.stdout.write('\n');
}

main().catch((e) => {
  process.stderr.write('hcl2json failed: ' + errorMessage(e) + '\n');
  process.exit(1);
});
