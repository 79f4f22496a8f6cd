import { G as buffer } from "./dist-CRA1jjMH.js";
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/backends/where_impl.js
/**
* @license
* Copyright 2018 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/** An implementation of the Where kernel shared between cpu and webgl */
function whereImpl(condShape, condVals) {
	const indices = [];
	for (let i = 0; i < condVals.length; i++) if (condVals[i]) indices.push(i);
	const inBuffer = buffer(condShape, "int32");
	const out = buffer([indices.length, condShape.length], "int32");
	for (let i = 0; i < indices.length; i++) {
		const loc = inBuffer.indexToLoc(indices[i]);
		const offset = i * condShape.length;
		out.values.set(loc, offset);
	}
	return out.toTensor();
}
export { whereImpl as t };
