'use strict'
// The addon works in worker threads: each Node environment gets its own
// HimError class registration and its own async batches.
const test = require('node:test')
const assert = require('node:assert/strict')
const { Worker } = require('node:worker_threads')

const source = `
const { parentPort } = require('node:worker_threads')
const { codes, HimError } = require(${JSON.stringify(require.resolve('himcore'))})
;(async () => {
  const one = codes.validate('icd10cm', 'E11.9')
  const many = await codes.validateManyAsync('icd10cm', Array.from({ length: 3000 }, () => 'I10'))
  let error
  try { codes.validate('icd99', 'x') } catch (e) { error = { isHimError: e instanceof HimError, code: e.code } }
  parentPort.postMessage({ valid: one.valid, many: many.length, error })
})()
`

test('a worker thread validates codes and gets its own HimError class', async () => {
  const worker = new Worker(source, { eval: true })
  const message = await new Promise((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  await worker.terminate()
  assert.deepEqual(message, { valid: true, many: 3000, error: { isHimError: true, code: 'CODE_UNKNOWN_SYSTEM' } })
})

test('terminating a worker during an async batch does not take the process down', async () => {
  const worker = new Worker(
    `const { codes } = require(${JSON.stringify(require.resolve('himcore'))})
     codes.validateManyAsync('icd10cm', Array.from({ length: 200000 }, () => 'E11.9'))
     require('node:worker_threads').parentPort.postMessage('started')`,
    { eval: true },
  )
  await new Promise((resolve) => worker.once('message', resolve))
  await worker.terminate()
  const { codes } = require('himcore')
  assert.equal(codes.validate('icd10cm', 'E11.9').valid, true)
})
