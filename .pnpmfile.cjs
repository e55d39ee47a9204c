// better-sqlite3 (the reference API's database driver) downloads a prebuilt binary when it can,
// and otherwise compiles with node-gyp, which downloads Node's headers from nodejs.org. Where
// neither download is reachable but the running Node has its headers installed beside it
// (Debian and Ubuntu packages and NodeSource: /usr/include/node; the official tarballs, nvm,
// fnm, Volta, Homebrew: <prefix>/include/node), point node-gyp at them, so `pnpm install`
// needs no variable. An explicit `nodedir` (npm_config_nodedir, .npmrc) always wins.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** The install prefix of the running Node when its headers there match its version. */
function localHeadersPrefix() {
  const prefix = dirname(dirname(process.execPath));
  let header;
  try {
    header = readFileSync(join(prefix, 'include', 'node', 'node_version.h'), 'utf8');
  } catch {
    return undefined;
  }
  const part = (name) => header.match(new RegExp(`^#define NODE_${name}_VERSION (\\d+)`, 'm'))?.[1];
  const version = `${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}`;
  return version === process.versions.node ? prefix : undefined;
}

function updateConfig(config) {
  if (config.rawConfig.nodedir) return config;
  const prefix = localHeadersPrefix();
  // Build scripts receive the raw settings as npm_config_* variables; node-gyp reads nodedir.
  if (prefix) config.rawConfig.nodedir = prefix;
  return config;
}

module.exports = { hooks: { updateConfig } };
