/**
 * Reply bodies of the GitHub subset, shaped to GitHub's OpenAPI description (the contract tests
 * validate every one): users, repositories, refs, trees, blobs, commits and pull requests.
 */
import type { Commit, PullRequest, Repository } from './github-git';
import type { GitStore } from './github-git';

export interface GitHubUser {
  id: number;
  login: string;
  name: string;
}

const STAMP = '2026-01-05T09:00:00Z';

export function nodeId(kind: string, id: string | number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url');
}

export function simpleUser(api: string, user: GitHubUser) {
  const url = `${api}/users/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('User', user.id),
    avatar_url: `${api}/avatars/${user.login}.png`,
    gravatar_id: '',
    url,
    html_url: `${api}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: 'User',
    site_admin: false,
    user_view_type: 'private',
  };
}

export function privateUser(api: string, user: GitHubUser) {
  return {
    ...simpleUser(api, user),
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: STAMP,
    updated_at: STAMP,
    private_gists: 0,
    total_private_repos: 1,
    owned_private_repos: 0,
    disk_usage: 64,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

function repoUrls(api: string, full: string) {
  const url = `${api}/repos/${full}`;
  const t = (name: string, template = '') => `${url}/${name}${template}`;
  return {
    url,
    html_url: `${api}/${full}`,
    archive_url: t('{archive_format}{/ref}'),
    assignees_url: t('assignees', '{/user}'),
    blobs_url: t('git/blobs', '{/sha}'),
    branches_url: t('branches', '{/branch}'),
    collaborators_url: t('collaborators', '{/collaborator}'),
    comments_url: t('comments', '{/number}'),
    commits_url: t('commits', '{/sha}'),
    compare_url: t('compare/{base}...{head}'),
    contents_url: t('contents/{+path}'),
    contributors_url: t('contributors'),
    deployments_url: t('deployments'),
    downloads_url: t('downloads'),
    events_url: t('events'),
    forks_url: t('forks'),
    git_commits_url: t('git/commits', '{/sha}'),
    git_refs_url: t('git/refs', '{/sha}'),
    git_tags_url: t('git/tags', '{/sha}'),
    hooks_url: t('hooks'),
    issue_comment_url: t('issues/comments', '{/number}'),
    issue_events_url: t('issues/events', '{/number}'),
    issues_url: t('issues', '{/number}'),
    keys_url: t('keys', '{/key_id}'),
    labels_url: t('labels', '{/name}'),
    languages_url: t('languages'),
    merges_url: t('merges'),
    milestones_url: t('milestones', '{/number}'),
    notifications_url: t('notifications{?since,all,participating}'),
    pulls_url: t('pulls', '{/number}'),
    releases_url: t('releases', '{/id}'),
    stargazers_url: t('stargazers'),
    statuses_url: t('statuses/{sha}'),
    subscribers_url: t('subscribers'),
    subscription_url: t('subscription'),
    tags_url: t('tags'),
    teams_url: t('teams'),
    trees_url: t('git/trees', '{/sha}'),
    clone_url: `${api}/${full}.git`,
    git_url: `git://localhost/${full}.git`,
    ssh_url: `git@localhost:${full}.git`,
    svn_url: `${api}/${full}`,
    mirror_url: null,
  };
}

export function repository(
  api: string,
  repo: Repository,
  owner: GitHubUser,
  permissions: { push: boolean },
) {
  const full = `${repo.owner}/${repo.name}`;
  const open = repo.pulls.filter((p) => p.state === 'open').length;
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: full,
    owner: simpleUser(api, owner),
    private: repo.private,
    description: 'Design tokens synced from Figma',
    fork: false,
    ...repoUrls(api, full),
    homepage: null,
    language: 'CSS',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 64,
    default_branch: repo.defaultBranch,
    open_issues: open,
    open_issues_count: open,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    license: null,
    pushed_at: STAMP,
    created_at: STAMP,
    updated_at: STAMP,
    permissions: {
      admin: false,
      maintain: false,
      push: permissions.push,
      triage: permissions.push,
      pull: true,
    },
    network_count: 0,
    subscribers_count: 1,
  };
}

export function gitRef(api: string, repo: Repository, branch: string, sha: string) {
  const ref = `refs/heads/${branch}`;
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${api}/repos/${repo.owner}/${repo.name}/git/${ref}`,
    object: {
      type: 'commit',
      sha,
      url: `${api}/repos/${repo.owner}/${repo.name}/git/commits/${sha}`,
    },
  };
}

export function gitCommit(api: string, repo: Repository, commit: Commit) {
  const base = `${api}/repos/${repo.owner}/${repo.name}`;
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${base}/git/commits/${commit.sha}`,
    html_url: `${api}/${repo.owner}/${repo.name}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.author,
    message: commit.message,
    tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${base}/git/commits/${sha}`,
      html_url: `${api}/${repo.owner}/${repo.name}/commit/${sha}`,
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

export function gitTree(
  api: string,
  repo: Repository,
  git: GitStore,
  treeSha: string,
  recursive: boolean,
) {
  const base = `${api}/repos/${repo.owner}/${repo.name}/git`;
  const entries = recursive
    ? git.listRecursive(treeSha)
    : (git.trees.get(treeSha) ?? []).map((entry) =>
        entry.type === 'blob' ? { ...entry, size: git.blobs.get(entry.sha)?.length ?? 0 } : entry,
      );
  return {
    sha: treeSha,
    url: `${base}/trees/${treeSha}`,
    tree: entries.map((entry) => ({
      ...entry,
      url: `${base}/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
    })),
    truncated: false,
  };
}

export function blob(api: string, repo: Repository, sha: string, content: Buffer) {
  return {
    sha,
    node_id: nodeId('Blob', sha),
    size: content.length,
    url: `${api}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}`,
    // GitHub wraps base64 at 60 characters; clients must tolerate the newlines.
    content: (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
    encoding: 'base64',
  };
}

export function pullRequest(
  api: string,
  repo: Repository,
  owner: GitHubUser,
  author: GitHubUser,
  pull: PullRequest,
) {
  const full = `${repo.owner}/${repo.name}`;
  const url = `${api}/repos/${full}/pulls/${pull.number}`;
  const html = `${api}/${full}/pull/${pull.number}`;
  const issue = `${api}/repos/${full}/issues/${pull.number}`;
  const side = (branch: string) => ({
    label: `${repo.owner}:${branch}`,
    ref: branch,
    sha: repo.refs.get(branch) ?? '0'.repeat(40),
    user: simpleUser(api, owner),
    repo: repository(api, repo, owner, { push: true }),
  });
  const link = (href: string) => ({ href });
  return {
    url,
    id: 9000 + pull.number,
    node_id: nodeId('PullRequest', `${repo.id}:${pull.number}`),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/repos/${full}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${api}/repos/${full}/statuses/${repo.refs.get(pull.head) ?? ''}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUser(api, author),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head),
    base: side(pull.base),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(issue),
      comments: link(`${issue}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/repos/${full}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/repos/${full}/statuses/${repo.refs.get(pull.head) ?? ''}`),
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false,
  };
}

/** The single-PR reply adds counts that the list leaves out. */
export function fullPullRequest(
  base: ReturnType<typeof pullRequest>,
  stats: { commits: number; changedFiles: number },
) {
  return {
    ...base,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: stats.commits,
    additions: 0,
    deletions: 0,
    changed_files: stats.changedFiles,
  };
}
