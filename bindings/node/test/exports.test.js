'use strict'
// index.d.ts (generated from the Rust) and the runtime exports agree: every
// namespace, function and class the types declare exists on require('himcore').
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const himcore = require('himcore')

const dts = fs.readFileSync(path.join(__dirname, '..', 'index.d.ts'), 'utf8')

test('every declared namespace member exists at runtime', () => {
  const namespaces = [...dts.matchAll(/^export declare namespace (\w+) \{\n([\s\S]*?)^\}/gm)]
  assert.ok(namespaces.length >= 5, 'namespaces found in index.d.ts')
  for (const [, name, body] of namespaces) {
    assert.equal(typeof himcore[name], 'object', `namespace ${name} is exported`)
    for (const [, kind, member] of body.matchAll(/^  export (function|class) (\w+)/gm)) {
      assert.equal(typeof himcore[name][member], 'function', `${kind} ${name}.${member}`)
    }
  }
})

test('every declared top-level function and class exists at runtime', () => {
  for (const [, member] of dts.matchAll(/^export declare (?:function|class) (\w+)/gm)) {
    assert.equal(typeof himcore[member], 'function', member)
  }
})
