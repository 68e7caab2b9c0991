/** The GitHub engine (Octokit and the sync steps) loads only once a repository is being used. */
export const loadEngine = () => import('./engine');
