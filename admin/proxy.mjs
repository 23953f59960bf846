// decap-server for `npm start`: the local backend in git mode (editorial workflow included) on
// port 8081, writing to this repository's own git history. No account is needed.
// Environment overrides (PORT, GIT_REPO_DIRECTORY, BIND_HOST) still win.
process.env.MODE ??= 'git';
process.env.PORT ??= '8081';
process.env.BIND_HOST ??= '127.0.0.1';
await import('decap-server');
