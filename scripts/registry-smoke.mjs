#!/usr/bin/env node
// The packages as npm users get them. Starts a local npm registry (verdaccio,
// a root devDependency) on 127.0.0.1 that proxies everything else to the host's
// registry, publishes every public package to it (packed by pnpm, so
// `workspace:^` becomes a version range), then for each package alone: an empty
// project, plain `npm install <package>` (no overrides, no workspace), and that
// package's README example run there as written — only training budgets of
// 1,000 steps or more are shortened to 30. bench, a CLI, runs its bin instead.
// Also checks what the tarballs hold: no source maps pointing at unshipped
// sources, `engines` declared, versions aligned.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readmeBlocks, readmeModule } from '../tooling/src/readme-blocks.mjs';

const root = resolve(import.meta.dirname, '..');
const pnpm = process.env.PNPM_BIN ?? 'npx -y pnpm@12.4.2';
const upstream = (process.env.npm_config_registry || execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim()).replace(/\/?$/, '/');
const published = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir), pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'mlpinit-registry-'));
let server;
try {
  // Package metadata every package must agree on.
  const versions = new Set(published.map(({ pkg }) => pkg.version));
  check(versions.size === 1, `one version across packages (${[...versions].join(', ')})`);
  for (const { pkg } of published) {
    check(Boolean(pkg.engines?.node), `${pkg.name} declares engines.node`);
    for (const [dep, range] of Object.entries(pkg.peerDependencies ?? {})) {
      if (dep.startsWith('@tensorflow/')) check(range.startsWith('^'), `${pkg.name} peer ${dep} is a range (${range})`);
    }
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  writeFileSync(
    join(work, 'config.yaml'),
    [
      `storage: ${JSON.stringify(join(work, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(work, 'htpasswd'))}`,
      'uplinks:',
      '  upstream:',
      `    url: ${upstream}`,
      '    timeout: 120s',
      'packages:',
      "  '@mlpinit/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    proxy: upstream',
      'log: { type: stdout, format: pretty, level: error }',
      '',
    ].join('\n'),
  );
  server = spawn(join(root, 'node_modules', '.bin', 'verdaccio'), ['--config', join(work, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {}
    if (i > 120) throw new Error('verdaccio did not answer within 60 s');
    await new Promise((r) => setTimeout(r, 500));
  }
  const user = await fetch(`${url}-/user/org.couchdb.user:smoke`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'smoke', password: 'smoke-pass-1', type: 'user', roles: [], date: new Date().toISOString() }),
  });
  const { token } = await user.json();
  if (!token) throw new Error(`verdaccio gave no token (${user.status})`);
  const npmrc = join(work, 'npmrc');
  writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\nfund=false\naudit=false\nupdate-notifier=false\n`);
  const env = { ...process.env, npm_config_userconfig: npmrc, npm_config_registry: url, npm_config_cache: join(work, 'npm-cache') };
  for (const k of Object.keys(env)) if (/^npm_config_(?!userconfig|registry|cache)/i.test(k) || k.startsWith('PNPM')) delete env[k];
  const sh = (cmd, cwd) => execFileSync('bash', ['-c', cmd], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });

  // Publish: pnpm packs (workspace:^ → ^version), npm publishes the tarball.
  const tarballs = join(work, 'tarballs');
  for (const { dir, pkg } of published) {
    const out = execFileSync('bash', ['-c', `${pnpm} pack --pack-destination ${JSON.stringify(tarballs)} --json`], { cwd: dir, encoding: 'utf8' });
    const parsed = JSON.parse(out.slice(out.indexOf('{')));
    const file = parsed.filename ?? parsed[0]?.filename;
    const listing = sh(`tar -tzf ${JSON.stringify(file)}`, work).split('\n');
    check(!listing.some((f) => f.endsWith('.map')), `${pkg.name}: no source maps in the tarball`);
    check(!listing.some((f) => /\.test\.(js|d\.ts)$/.test(f)), `${pkg.name}: no compiled tests in the tarball`);
    sh(`npm publish ${JSON.stringify(file)} --registry ${url} --loglevel=error`, work);
    console.log(`published ${pkg.name}@${pkg.version}`);
  }

  // Install each package alone into an empty project and run its README example.
  for (const { dir, pkg } of published) {
    const project = join(work, `use-${pkg.name.replace(/[@/]/g, '_')}`);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }, null, 2));
    // Strictly alone: `npm install <package>`, nothing else asked for (npm ≥ 7 adds the tfjs-core peer itself).
    const blocks = readmeBlocks(readFileSync(join(dir, 'README.md'), 'utf8'));
    check(
      blocks.some((b) => b.lang === 'sh' && b.code.split('\n').some((l) => l.startsWith(`npm install ${pkg.name}`))),
      `${pkg.name}: README shows \`npm install ${pkg.name}\``,
    );
    try {
      sh(`npm install ${pkg.name} --loglevel=error`, project);
      const installed = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
      check(Object.keys(installed.dependencies ?? {}).join() === pkg.name && !installed.overrides, `${pkg.name} installs alone with plain npm`);
    } catch (err) {
      check(false, `${pkg.name} installs alone with plain npm: ${err.stderr || err.message}`);
      continue;
    }
    if (pkg.bin) {
      const bin = Object.keys(pkg.bin)[0];
      try {
        const version = sh(`npx --no-install ${bin} --version`, project).trim();
        check(version === pkg.version, `${pkg.name}: \`${bin} --version\` prints ${version}`);
        sh(`npx --no-install ${bin} variance-flow --out results`, project);
        const files = readdirSync(join(project, 'results', 'variance-flow'));
        check(files.includes('results.json') && files.includes('figure-1.png'), `${pkg.name}: \`${bin} variance-flow\` writes results.json and figure-1.png`);
      } catch (err) {
        check(false, `${pkg.name}: its bin runs: ${err.stderr || err.message}`);
      }
      continue;
    }
    const first = blocks.find((b) => b.lang === 'js' && !b.skip);
    if (!first) {
      check(false, `${pkg.name}: README has a js example`);
      continue;
    }
    const { code } = readmeModule([first]);
    writeFileSync(join(project, 'example.mjs'), code.replace(/steps: (\d{4,})/g, 'steps: 30'));
    try {
      sh('node example.mjs', project);
      check(true, `${pkg.name}: README example (line ${first.line}) runs in a project that installed only ${pkg.name}`);
    } catch (err) {
      check(false, `${pkg.name}: README example (line ${first.line}) runs: ${err.stderr || err.message}`);
    }
  }

  // The root README's "Use it in your project": its install line and its example, as written.
  {
    const project = join(work, 'use-root-readme');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }, null, 2));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Use it in your project'));
    const blocks = readmeBlocks(section.slice(0, section.indexOf('\n## ', 3)));
    const install = blocks.find((b) => b.lang === 'sh')?.code.trim() ?? '';
    const example = blocks.find((b) => b.lang === 'js');
    try {
      if (!install.startsWith('npm install ') || !example) throw new Error('the section needs an `npm install` block and a js block');
      sh(`${install} --loglevel=error`, project);
      writeFileSync(join(project, 'example.mjs'), readmeModule([example]).code.replace(/steps: (\d{4,})/g, 'steps: 30'));
      const out = sh('node example.mjs', project);
      check(/Glorot: .* dB/.test(out) && /GO: .* dB/.test(out), `root README "Use it in your project" runs after \`${install}\``);
    } catch (err) {
      check(false, `root README "Use it in your project": ${err.stderr || err.message}`);
    }
  }
} finally {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
}
console.log(`registry-smoke: ${failures.length === 0 ? 'all passed' : `${failures.length} failed`}`);
process.exit(failures.length === 0 ? 0 : 1);
