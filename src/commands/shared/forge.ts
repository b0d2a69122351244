/**
 * Pure: from the `origin` URL to the web address that opens a pull request (GitHub) or merge request
 * (GitLab) for a branch. https and ssh forms; credentials in the URL are never shown.
 */
export interface Forge {
  host: 'github' | 'gitlab';
  /** `owner/repo` (GitLab: with subgroups). */
  path: string;
}

/** The forge behind a remote URL, or undefined when it is not github.com or gitlab.com. */
export function parseRemote(url: string): Forge | undefined {
  const u = url.trim();
  let host: string | undefined;
  let path: string | undefined;
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/)(.+)$/.exec(u);
  const full = /^(?:https?|ssh|git\+ssh|git):\/\/(?:[^@/]*@)?([\w.-]+)(?::\d+)?\/(.+)$/i.exec(u);
  if (full) {
    host = full[1];
    path = full[2];
  } else if (scp && !u.includes('://')) {
    host = scp[1];
    path = scp[2];
  }
  if (!host || !path) return undefined;
  path = path.replace(/\/+$/, '').replace(/\.git$/, '');
  if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(path)) return undefined;
  const h = host.toLowerCase();
  if (h === 'github.com' || h === 'www.github.com' || h === 'ssh.github.com') {
    return path.split('/').length === 2 ? { host: 'github', path } : undefined;
  }
  if (h === 'gitlab.com' || h === 'altssh.gitlab.com') return { host: 'gitlab', path };
  return undefined;
}

const encodeBranch = (branch: string): string => branch.split('/').map(encodeURIComponent).join('/');

/** The address that opens a pull/merge request for `branch`, or undefined for other remotes. */
export function reviewUrl(remote: string | undefined, branch: string): { url: string; host: Forge['host'] } | undefined {
  const forge = remote === undefined ? undefined : parseRemote(remote);
  if (!forge) return undefined;
  if (forge.host === 'github') {
    return { host: 'github', url: `https://github.com/${forge.path}/compare/${encodeBranch(branch)}?expand=1` };
  }
  return {
    host: 'gitlab',
    url: `https://gitlab.com/${forge.path}/-/merge_requests/new?merge_request[source_branch]=${encodeURIComponent(branch)}`,
  };
}
