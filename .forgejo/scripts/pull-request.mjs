/* global fetch */
// Opens the pull request for an intake branch through Forgejo's API, or finds the open one; prints its link.
// Everything comes from the environment (API, TOKEN, BRANCH, BASE, TITLE, ISSUE): no text from the issue.
const { API, TOKEN, BRANCH, BASE, TITLE, ISSUE } = process.env;
const headers = { Authorization: `token ${TOKEN}`, 'Content-Type': 'application/json', Accept: 'application/json' };
const open = await (await fetch(`${API}/pulls?state=open&limit=50`, { headers })).json();
let pr = open.find((p) => p.head?.ref === BRANCH);
if (!pr) {
  const res = await fetch(`${API}/pulls`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ head: BRANCH, base: BASE, title: TITLE, body: `Closes #${ISSUE}` }),
  });
  if (!res.ok) throw new Error(`pull request: ${res.status} ${await res.text()}`);
  pr = await res.json();
}
process.stdout.write(`\n${pr.html_url}\n`);
