import { fileURLToPath } from "node:url";
// src/io/bundled-data.ts
/** Path of a file in the package's bundled `data/` folder. */
function bundledImage(name) {
	const here = import.meta.url;
	return fileURLToPath(new URL(`../../data/${name}`, here));
}
export { bundledImage };
