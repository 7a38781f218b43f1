// Validates CSAF 2.0 documents with the reference validator library
// (@secvisogram/csaf-validator-lib): the strict JSON schema and every
// mandatory test (6.1.x). Reads a JSON array of documents on stdin and prints
// a JSON array of results, one per document: {isValid, failures: [{test, errors}]}.
// validate.js, not validateStrict.js: the strict variant only checks that the tests come
// from the library (they do, below) and loads the optional and informative tests too,
// which takes seconds.
import validate from '@secvisogram/csaf-validator-lib/validate.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'
import { csaf_2_0_strict } from '@secvisogram/csaf-validator-lib/schemaTests.js'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const documents = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const tests = [csaf_2_0_strict, ...Object.values(mandatory)]
const results = []
for (const doc of documents) {
  const result = await validate(tests, doc)
  results.push({
    isValid: result.isValid,
    testsRun: result.tests.length,
    failures: result.tests
      .filter((t) => !t.isValid)
      .map((t) => ({ test: t.name, errors: t.errors })),
  })
}
process.stdout.write(JSON.stringify(results))
