#!/usr/bin/env node
// The physical limit for a scenario: a bare node:http server that answers
// each request with bytes recorded from the sandbox (same status, headers
// and body), doing no work at all. Run by sandbox-vs-prism.js in its own
// process.
//
//   node bare-server.js <port> <answers.json>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, answersFile] = process.argv.slice(2);
/** @type {Record<string, { status: number, headers: Record<string, string>, body: string }>} */
const answers = JSON.parse(readFileSync(answersFile, 'utf8'));

createServer((request, response) => {
  const answer = answers[`${request.method} ${request.url}`];
  request.resume();
  if (!answer) {
    response.writeHead(404, { 'content-length': 0 });
    response.end();
    return;
  }
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
