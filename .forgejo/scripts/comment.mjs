/* global fetch */
// Posts the comment file written by `k80 intake` on the issue through Forgejo's API (API, TOKEN, ISSUE).
import { readFileSync } from 'node:fs';
const { API, TOKEN, ISSUE } = process.env;
const body = readFileSync(process.argv[2], 'utf8');
const res = await fetch(`${API}/issues/${ISSUE}/comments`, {
  method: 'POST',
  headers: { Authorization: `token ${TOKEN}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ body }),
});
if (!res.ok) throw new Error(`comment: ${res.status} ${await res.text()}`);
