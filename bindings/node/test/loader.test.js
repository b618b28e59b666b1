'use strict'
// The package loads both ways and exposes the same module instance.
const test = require('node:test')
const assert = require('node:assert/strict')

const himcore = require('himcore')

test('require exposes the version of the workspace', () => {
  assert.match(himcore.version(), /^\d+\.\d+\.\d+/)
})

test('import gives the same functions as require', async () => {
  const esm = await import('himcore')
  assert.equal(esm.default, himcore)
  for (const name of Object.keys(himcore)) {
    assert.ok(name in esm, `ESM named export ${name} is missing`)
  }
})

test('HimError is a subclass of Error named HimError', () => {
  const e = new himcore.HimError('m', 'X_Y')
  assert.ok(e instanceof Error)
  assert.equal(e.name, 'HimError')
  assert.equal(e.code, 'X_Y')
  assert.equal(e.details, null)
})
