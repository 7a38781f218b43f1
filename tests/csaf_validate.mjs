// Validates CSAF 2.0 documents with the reference validator library
// (@secvisogram/csaf-validator-lib) in the presets named by the arguments
// (default: basic): `basic` (the strict JSON schema and every mandatory test, 6.1.x),
// `extended` (and the optional tests, 6.2.x) or `full` (and the informative
// tests, 6.3.x). Reads a JSON array of documents on stdin and prints a JSON
// object with a key per preset whose value is an array of results, one per document:
// {isValid, testsRun, failures: [{test, errors}], warnings: [{test, warnings}], infos: [{test, infos}]}.
// validate.js, not validateStrict.js: the strict variant only checks that the tests come
// from the library (they do, below).
import validate from '@secvisogram/csaf-validator-lib/validate.js'
import * as basic from '@secvisogram/csaf-validator-lib/basic.js'
import * as extended from '@secvisogram/csaf-validator-lib/extended.js'
import * as full from '@secvisogram/csaf-validator-lib/full.js'

const presets = { basic, extended, full }
const names = process.argv.length > 2 ? process.argv.slice(2) : ['basic']
for (const name of names) {
  if (!presets[name]) throw new Error(`unknown preset ${name}: basic, extended or full`)
}
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const documents = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const output = {}
for (const name of names) {
  // 6.3.8 (spell check) runs the hunspell program with a dictionary of the document's
  // language; Debian has none for Japanese, and it only informs: the full preset runs
  // every other test.
  const tests = Object.entries(presets[name])
    .filter(([test]) => test !== 'informativeTest_6_3_8')
    .map(([, test]) => test)
  const results = []
  for (const doc of documents) {
    const result = await validate(tests, doc)
    results.push({
      isValid: result.isValid,
      testsRun: result.tests.length,
      failures: result.tests
        .filter((t) => !t.isValid)
        .map((t) => ({ test: t.name, errors: t.errors })),
      warnings: result.tests
        .filter((t) => t.warnings?.length)
        .map((t) => ({ test: t.name, warnings: t.warnings })),
      infos: result.tests
        .filter((t) => t.infos?.length)
        .map((t) => ({ test: t.name, infos: t.infos })),
    })
  }
  output[name] = results
}
process.stdout.write(JSON.stringify(output))
