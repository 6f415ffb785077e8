// eslint-doc-generator loads a plugin from a package root whose main export is
// the plugin; ndalias's main export is the runtime, so this wrapper re-exports
// the built plugin (run `npm run build` first). The named exports make the
// module namespace itself look like the plugin, whichever way it is loaded.
import plugin from "../../dist/src/eslint-plugin.js";

export default plugin;
export const meta = plugin.meta;
export const rules = plugin.rules;
export const configs = plugin.configs;
