#!/usr/bin/env node
// A small intake web service on himcore, using only Node's `http` module.
//
//   node examples/node/server.js            # listens on 127.0.0.1:3000 (PORT, HOST to change)
//
//   GET  /codes/validate?system=icd10cm&code=E11.9&date=2025-10-01
//   POST /codes/validate   {"system":"icd10cm","codes":["E11.9","E11"],"date":"2025-10-01"}
//   GET  /codes/lookup?system=icd10cm&code=E11.9
//   POST /codes/check-claim {"codes":["E11.9","E10.9"],"date":"2025-10-01"}
//   POST /fhir/validate    a FHIR R4 resource (JSON) -> its report; a JSON array of
//                          resources -> {reports}; NDJSON (Content-Type:
//                          application/x-ndjson) -> {items: [{location, report}]}
//   POST /fhir/normalize   a FHIR R4 resource; answers it written back in canonical form
//   POST /deid/text        {"text": "..."} or {"texts": [...]} -> the text(s) with PHI tagged
//   POST /hl7/ack          an HL7 v2 message (ER7) -> its ACK (text), and the FHIR mapping
//                          when the message was accepted
//
// Answers are JSON. A HimError becomes 400 {"error":{"code","message","details"}} (or
// 422 for FHIR validation problems); bad request shapes 400; anything else 500.
// Single small calls use the synchronous API; batches use the ...Async variants, which
// run on the libuv thread pool so other requests keep being served meanwhile.
'use strict'

const http = require('node:http')

// In an application: `const himcore = require('himcore')`.
const himcore = require('../../bindings/node')

const { codes, fhir, deid, hl7, HimError } = himcore

// Built once: the text engine compiles its patterns and dictionaries.
const notes = new deid.TextDeidentifier()
let ackCounter = 0

/** Largest request body accepted (bytes); bigger ones get 413. */
const MAX_BODY = 16 * 1024 * 1024

class BadRequest extends Error {
  constructor(message, status = 400) {
    super(message)
    this.status = status
  }
}

function send(res, status, body) {
  const text = body instanceof RawJson ? body.text : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new BadRequest('request body too large', 413))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseJson(text) {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new BadRequest(`request body is not JSON: ${error.message}`)
  }
}

function required(value, name) {
  if (typeof value !== 'string' || value === '') {
    throw new BadRequest(`missing "${name}"`)
  }
  return value
}

const routes = {
  'GET /health': async () => [200, { status: 'ok', himcore: himcore.version() }],

  'GET /codes/validate': async (_req, url) => {
    const q = url.searchParams
    const result = codes.validate(
      required(q.get('system'), 'system'),
      required(q.get('code'), 'code'),
      q.get('date'),
    )
    return [200, result]
  },

  'POST /codes/validate': async (req) => {
    const body = parseJson(await readBody(req))
    if (!Array.isArray(body.codes)) throw new BadRequest('"codes" must be an array of strings')
    const results = await codes.validateManyAsync(required(body.system, 'system'), body.codes, body.date)
    return [200, { results }]
  },

  'GET /codes/lookup': async (_req, url) => {
    const q = url.searchParams
    try {
      return [200, codes.lookup(required(q.get('system'), 'system'), required(q.get('code'), 'code'), q.get('date'))]
    } catch (error) {
      // Not a valid code on that date: 404, with the core's reason.
      if (error instanceof HimError && error.code !== 'CODE_UNKNOWN_SYSTEM') {
        return [404, { error: { code: error.code, message: error.message } }]
      }
      throw error
    }
  },

  'POST /codes/check-claim': async (req) => {
    const body = parseJson(await readBody(req))
    if (!Array.isArray(body.codes)) throw new BadRequest('"codes" must be an array of strings')
    return [200, codes.checkClaim(body.codes, body.date)]
  },

  'POST /fhir/validate': async (req) => {
    const text = await readBody(req)
    if ((req.headers['content-type'] || '').startsWith('application/x-ndjson')) {
      // One report per line (a Bundle line also reports each entry), off the event loop.
      const items = await fhir.validateDocumentAsync(text)
      return [items.every((i) => i.report.valid) ? 200 : 422, { items }]
    }
    if (text.trimStart().startsWith('[')) {
      const reports = await fhir.validateManyAsync(parseJson(text))
      return [reports.every((r) => r.valid) ? 200 : 422, { reports }]
    }
    // The text is passed on as written, so decimals such as 1.50 keep their text.
    const report = fhir.validate(text)
    return [report.valid ? 200 : 422, report]
  },

  'POST /deid/text': async (req) => {
    const body = parseJson(await readBody(req))
    if (Array.isArray(body.texts)) {
      return [200, { results: await notes.deidentifyManyAsync(body.texts) }]
    }
    return [200, notes.deidentify(required(body.text, 'text'))]
  },

  'POST /hl7/ack': async (req) => {
    const message = await readBody(req)
    const timestamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14) + '+0000'
    const ack = hl7.ack(message, { controlId: `ACK${++ackCounter}`, timestamp })
    const mapping = ack.code === 'AA' ? hl7.toFhir(message) : null
    return [200, { code: ack.code, ack: ack.ack, errorCode: ack.errorCode, fhir: mapping && { bundle: JSON.parse(mapping.bundle), unmapped: mapping.unmapped } }]
  },

  'POST /fhir/normalize': async (req) => {
    // Answered as the core writes it (not re-serialised by JSON.stringify), so
    // decimals like 1.50 and precise dates come back exactly.
    return [200, new RawJson(fhir.normalize(await readBody(req)))]
  },
}

/** A body that is already JSON text. */
class RawJson {
  constructor(text) {
    this.text = text
  }
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost')
  const route = routes[`${req.method} ${url.pathname}`]
  if (!route) {
    send(res, 404, { error: { code: 'NOT_FOUND', message: `no route ${req.method} ${url.pathname}` } })
    return
  }
  try {
    const [status, body] = await route(req, url)
    send(res, status, body)
  } catch (error) {
    if (error instanceof HimError) {
      send(res, 400, { error: { code: error.code, message: error.message, details: error.details } })
    } else if (error instanceof BadRequest || error instanceof TypeError) {
      send(res, error.status || 400, { error: { code: error.code || 'BAD_REQUEST', message: error.message } })
    } else {
      send(res, 500, { error: { code: 'INTERNAL', message: 'internal error' } })
      console.error(error)
    }
  }
}

/** The service as an `http.Server` (not yet listening). */
function createServer() {
  return http.createServer((req, res) => {
    handle(req, res)
  })
}

module.exports = { createServer }

if (require.main === module) {
  const port = Number(process.env.PORT || 3000)
  const host = process.env.HOST || '127.0.0.1'
  createServer().listen(port, host, () => {
    console.log(`himcore example service on http://${host}:${port}`)
  })
}
