import { t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/backends/backend.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
var EPSILON_FLOAT32 = 1e-7;
var EPSILON_FLOAT16 = 1e-4;
/** Convenient class for storing tensor-related data. */
var DataStorage = class {
	constructor(backend, dataMover) {
		this.backend = backend;
		this.dataMover = dataMover;
		this.data = /* @__PURE__ */ new WeakMap();
		this.dataIdsCount = 0;
	}
	get(dataId) {
		if (!this.data.has(dataId)) this.dataMover.moveData(this.backend, dataId);
		return this.data.get(dataId);
	}
	set(dataId, value) {
		this.dataIdsCount++;
		this.data.set(dataId, value);
	}
	has(dataId) {
		return this.data.has(dataId);
	}
	delete(dataId) {
		this.dataIdsCount--;
		return this.data.delete(dataId);
	}
	numDataIds() {
		return this.dataIdsCount;
	}
};
/**
* The interface that defines the kernels that should be implemented when
* adding a new backend. New backends don't need to implement every one of the
* methods, this can be done gradually (throw an error for unimplemented
* methods).
*/
var KernelBackend = class {
	refCount(dataId) {
		return notYetImplemented("refCount");
	}
	incRef(dataId) {
		return notYetImplemented("incRef");
	}
	timerAvailable() {
		return true;
	}
	time(f) {
		return notYetImplemented("time");
	}
	read(dataId) {
		return notYetImplemented("read");
	}
	readSync(dataId) {
		return notYetImplemented("readSync");
	}
	readToGPU(dataId, options) {
		return notYetImplemented("readToGPU");
	}
	numDataIds() {
		return notYetImplemented("numDataIds");
	}
	disposeData(dataId, force) {
		return notYetImplemented("disposeData");
	}
	write(values, shape, dtype) {
		return notYetImplemented("write");
	}
	move(dataId, values, shape, dtype, refCount) {
		return notYetImplemented("move");
	}
	createTensorFromGPUData(values, shape, dtype) {
		return notYetImplemented("createTensorFromGPUData");
	}
	memory() {
		return notYetImplemented("memory");
	}
	/** Returns the highest precision for floats in bits (e.g. 16 or 32) */
	floatPrecision() {
		return notYetImplemented("floatPrecision");
	}
	/** Returns the smallest representable number.  */
	epsilon() {
		return this.floatPrecision() === 32 ? EPSILON_FLOAT32 : EPSILON_FLOAT16;
	}
	dispose() {
		return notYetImplemented("dispose");
	}
};
function notYetImplemented(kernelName) {
	throw new Error(`'${kernelName}' not yet implemented or not found in the registry. This kernel may not be supported by the tfjs backend you have chosen`);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/util_base.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/** Clamps a value to a specified range. */
function clamp(min, x, max) {
	return Math.max(min, Math.min(x, max));
}
function nearestLargerEven(val) {
	return val % 2 === 0 ? val : val + 1;
}
function swap(object, left, right) {
	const temp = object[left];
	object[left] = object[right];
	object[right] = temp;
}
function sum$1(arr) {
	let sum = 0;
	for (let i = 0; i < arr.length; i++) sum += arr[i];
	return sum;
}
/**
* Asserts that the expression is true. Otherwise throws an error with the
* provided message.
*
* ```js
* const x = 2;
* tf.util.assert(x === 2, 'x is not 2');
* ```
*
* @param expr The expression to assert (as a boolean).
* @param msg A function that returns the message to report when throwing an
*     error. We use a function for performance reasons.
*
* @doc {heading: 'Util', namespace: 'util'}
*/
function assert(expr, msg) {
	if (!expr) throw new Error(typeof msg === "string" ? msg : msg());
}
function assertShapesMatch(shapeA, shapeB, errorMessagePrefix = "") {
	assert(arraysEqual(shapeA, shapeB), () => errorMessagePrefix + ` Shapes ${shapeA} and ${shapeB} must match`);
}
function assertNonNull(a) {
	assert(a != null, () => `The input to the tensor constructor must be a non-null value.`);
}
/**
* Returns the size (number of elements) of the tensor given its shape.
*
* ```js
* const shape = [3, 4, 2];
* const size = tf.util.sizeFromShape(shape);
* console.log(size);
* ```
*
* @doc {heading: 'Util', namespace: 'util'}
*/
function sizeFromShape(shape) {
	if (shape.length === 0) return 1;
	let size = shape[0];
	for (let i = 1; i < shape.length; i++) size *= shape[i];
	return size;
}
function isScalarShape(shape) {
	return shape.length === 0;
}
function arraysEqual(n1, n2) {
	if (n1 === n2) return true;
	if (n1 == null || n2 == null) return false;
	if (n1.length !== n2.length) return false;
	for (let i = 0; i < n1.length; i++) if (n1[i] !== n2[i]) return false;
	return true;
}
function isInt(a) {
	return a % 1 === 0;
}
function sizeToSquarishShape(size) {
	const width = Math.ceil(Math.sqrt(size));
	return [width, Math.ceil(size / width)];
}
function rightPad(a, size) {
	if (size <= a.length) return a;
	return a + " ".repeat(size - a.length);
}
function repeatedTry(checkFn, delayFn = (counter) => 0, maxCounter, scheduleFn) {
	return new Promise((resolve, reject) => {
		let tryCount = 0;
		const tryFn = () => {
			if (checkFn()) {
				resolve();
				return;
			}
			tryCount++;
			const nextBackoff = delayFn(tryCount);
			if (maxCounter != null && tryCount >= maxCounter) {
				reject();
				return;
			}
			if (scheduleFn != null) scheduleFn(tryFn, nextBackoff);
			else setTimeout(tryFn, nextBackoff);
		};
		tryFn();
	});
}
/**
* Given the full size of the array and a shape that may contain -1 as the
* implicit dimension, returns the inferred shape where -1 is replaced.
* E.g. For shape=[2, -1, 3] and size=24, it will return [2, 4, 3].
*
* @param shape The shape, which may contain -1 in some dimension.
* @param size The full size (number of elements) of the array.
* @return The inferred shape where -1 is replaced with the inferred size.
*/
function inferFromImplicitShape(shape, size) {
	let shapeProd = 1;
	let implicitIdx = -1;
	for (let i = 0; i < shape.length; ++i) if (shape[i] >= 0) shapeProd *= shape[i];
	else if (shape[i] === -1) {
		if (implicitIdx !== -1) throw Error(`Shapes can only have 1 implicit size. Found -1 at dim ${implicitIdx} and dim ${i}`);
		implicitIdx = i;
	} else if (shape[i] < 0) throw Error(`Shapes can not be < 0. Found ${shape[i]} at dim ${i}`);
	if (implicitIdx === -1) {
		if (size > 0 && size !== shapeProd) throw Error(`Size(${size}) must match the product of shape ${shape}`);
		return shape;
	}
	if (shapeProd === 0) throw Error(`Cannot infer the missing size in [${shape}] when there are 0 elements`);
	if (size % shapeProd !== 0) throw Error(`The implicit shape can't be a fractional number. Got ${size} / ${shapeProd}`);
	const newShape = shape.slice();
	newShape[implicitIdx] = size / shapeProd;
	return newShape;
}
function parseAxisParam(axis, shape) {
	const rank = shape.length;
	axis = axis == null ? shape.map((s, i) => i) : [].concat(axis);
	assert(axis.every((ax) => ax >= -rank && ax < rank), () => `All values in axis param must be in range [-${rank}, ${rank}) but got axis ${axis}`);
	assert(axis.every((ax) => isInt(ax)), () => `All values in axis param must be integers but got axis ${axis}`);
	return axis.map((a) => a < 0 ? rank + a : a);
}
/** Reduces the shape by removing all dimensions of shape 1. */
function squeezeShape(shape, axis) {
	const newShape = [];
	const keptDims = [];
	const isEmptyArray = axis != null && Array.isArray(axis) && axis.length === 0;
	const axes = axis == null || isEmptyArray ? null : parseAxisParam(axis, shape).sort();
	let j = 0;
	for (let i = 0; i < shape.length; ++i) {
		if (axes != null) {
			if (axes[j] === i && shape[i] !== 1) throw new Error(`Can't squeeze axis ${i} since its dim '${shape[i]}' is not 1`);
			if ((axes[j] == null || axes[j] > i) && shape[i] === 1) {
				newShape.push(shape[i]);
				keptDims.push(i);
			}
			if (axes[j] <= i) j++;
		}
		if (shape[i] !== 1) {
			newShape.push(shape[i]);
			keptDims.push(i);
		}
	}
	return {
		newShape,
		keptDims
	};
}
function getTypedArrayFromDType(dtype, size) {
	return getArrayFromDType(dtype, size);
}
function getArrayFromDType(dtype, size) {
	let values = null;
	if (dtype == null || dtype === "float32") values = new Float32Array(size);
	else if (dtype === "int32") values = new Int32Array(size);
	else if (dtype === "bool") values = new Uint8Array(size);
	else if (dtype === "string") values = new Array(size);
	else throw new Error(`Unknown data type ${dtype}`);
	return values;
}
function checkConversionForErrors(vals, dtype) {
	for (let i = 0; i < vals.length; i++) {
		const num = vals[i];
		if (isNaN(num) || !isFinite(num)) throw Error(`A tensor of type ${dtype} being uploaded contains ${num}.`);
	}
}
/** Returns true if the dtype is valid. */
function isValidDtype(dtype) {
	return dtype === "bool" || dtype === "complex64" || dtype === "float32" || dtype === "int32" || dtype === "string";
}
/**
* Returns true if the new type can't encode the old type without loss of
* precision.
*/
function hasEncodingLoss(oldType, newType) {
	if (newType === "complex64") return false;
	if (newType === "float32" && oldType !== "complex64") return false;
	if (newType === "int32" && oldType !== "float32" && oldType !== "complex64") return false;
	if (newType === "bool" && oldType === "bool") return false;
	return true;
}
function bytesPerElement(dtype) {
	if (dtype === "float32" || dtype === "int32") return 4;
	else if (dtype === "complex64") return 8;
	else if (dtype === "bool") return 1;
	else throw new Error(`Unknown dtype ${dtype}`);
}
/**
* Returns the approximate number of bytes allocated in the string array - 2
* bytes per character. Computing the exact bytes for a native string in JS
* is not possible since it depends on the encoding of the html page that
* serves the website.
*/
function bytesFromStringArray(arr) {
	if (arr == null) return 0;
	let bytes = 0;
	arr.forEach((x) => bytes += x.length);
	return bytes;
}
/** Returns true if the value is a string. */
function isString(value) {
	return typeof value === "string" || value instanceof String;
}
function isBoolean(value) {
	return typeof value === "boolean";
}
function isNumber(value) {
	return typeof value === "number";
}
function inferDtype(values) {
	if (Array.isArray(values)) return inferDtype(values[0]);
	if (values instanceof Float32Array) return "float32";
	else if (values instanceof Int32Array || values instanceof Uint8Array || values instanceof Uint8ClampedArray) return "int32";
	else if (isNumber(values)) return "float32";
	else if (isString(values)) return "string";
	else if (isBoolean(values)) return "bool";
	return "float32";
}
function isFunction(f) {
	return !!(f && f.constructor && f.call && f.apply);
}
function nearestDivisor(size, start) {
	for (let i = start; i < size; ++i) if (size % i === 0) return i;
	return size;
}
function computeStrides(shape) {
	const rank = shape.length;
	if (rank < 2) return [];
	const strides = new Array(rank - 1);
	strides[rank - 2] = shape[rank - 1];
	for (let i = rank - 3; i >= 0; --i) strides[i] = strides[i + 1] * shape[i + 1];
	return strides;
}
function createNestedArray(offset, shape, a, isComplex = false) {
	const ret = new Array();
	if (shape.length === 1) {
		const d = shape[0] * (isComplex ? 2 : 1);
		for (let i = 0; i < d; i++) ret[i] = a[offset + i];
	} else {
		const d = shape[0];
		const rest = shape.slice(1);
		const len = rest.reduce((acc, c) => acc * c) * (isComplex ? 2 : 1);
		for (let i = 0; i < d; i++) ret[i] = createNestedArray(offset + i * len, rest, a, isComplex);
	}
	return ret;
}
function toNestedArray(shape, a, isComplex = false) {
	if (shape.length === 0) return a[0];
	const size = shape.reduce((acc, c) => acc * c) * (isComplex ? 2 : 1);
	if (size === 0) return [];
	if (size !== a.length) throw new Error(`[${shape}] does not match the input size ${a.length}${isComplex ? " for a complex tensor" : ""}.`);
	return createNestedArray(0, shape, a, isComplex);
}
function convertBackendValuesAndArrayBuffer(data, dtype) {
	if (Array.isArray(data)) return data;
	if (dtype === "float32") return data instanceof Float32Array ? data : new Float32Array(data);
	else if (dtype === "int32") return data instanceof Int32Array ? data : new Int32Array(data);
	else if (dtype === "bool" || dtype === "string") return Uint8Array.from(new Int32Array(data));
	else throw new Error(`Unknown dtype ${dtype}`);
}
function makeOnesTypedArray(size, dtype) {
	const array = makeZerosTypedArray(size, dtype);
	for (let i = 0; i < array.length; i++) array[i] = 1;
	return array;
}
function makeZerosTypedArray(size, dtype) {
	if (dtype == null || dtype === "float32" || dtype === "complex64") return new Float32Array(size);
	else if (dtype === "int32") return new Int32Array(size);
	else if (dtype === "bool") return new Uint8Array(size);
	else throw new Error(`Unknown data type ${dtype}`);
}
/**
* Make nested `TypedArray` filled with zeros.
* @param shape The shape information for the nested array.
* @param dtype dtype of the array element.
*/
function makeZerosNestedTypedArray(shape, dtype) {
	const size = shape.reduce((prev, curr) => prev * curr, 1);
	if (dtype == null || dtype === "float32") return toNestedArray(shape, new Float32Array(size));
	else if (dtype === "int32") return toNestedArray(shape, new Int32Array(size));
	else if (dtype === "bool") return toNestedArray(shape, new Uint8Array(size));
	else throw new Error(`Unknown data type ${dtype}`);
}
function assertNonNegativeIntegerDimensions(shape) {
	shape.forEach((dimSize) => {
		assert(Number.isInteger(dimSize) && dimSize >= 0, () => `Tensor must have a shape comprised of positive integers but got shape [${shape}].`);
	});
}
/**
* Computes flat index for a given location (multidimentionsal index) in a
* Tensor/multidimensional array.
*
* @param locs Location in the tensor.
* @param rank Rank of the tensor.
* @param strides Tensor strides.
*/
function locToIndex(locs, rank, strides) {
	if (rank === 0) return 0;
	else if (rank === 1) return locs[0];
	let index = locs[locs.length - 1];
	for (let i = 0; i < locs.length - 1; ++i) index += strides[i] * locs[i];
	return index;
}
/**
* Computes the location (multidimensional index) in a
* tensor/multidimentional array for a given flat index.
*
* @param index Index in flat array.
* @param rank Rank of tensor.
* @param strides Strides of tensor.
*/
function indexToLoc(index, rank, strides) {
	if (rank === 0) return [];
	else if (rank === 1) return [index];
	const locs = new Array(rank);
	for (let i = 0; i < locs.length - 1; ++i) {
		locs[i] = Math.floor(index / strides[i]);
		index -= locs[i] * strides[i];
	}
	locs[locs.length - 1] = index;
	return locs;
}
/**
* This method asserts whether an object is a Promise instance.
* @param object
*/
function isPromise(object) {
	return object && object.then && typeof object.then === "function";
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/environment.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
var TENSORFLOWJS_FLAGS_PREFIX = "tfjsflags";
/**
* The environment contains evaluated flags as well as the registered platform.
* This is always used as a global singleton and can be retrieved with
* `tf.env()`.
*
* @doc {heading: 'Environment'}
*/
var Environment = class {
	constructor(global) {
		this.global = global;
		this.flags = {};
		this.flagRegistry = {};
		this.urlFlags = {};
		this.getQueryParams = getQueryParams;
		this.populateURLFlags();
	}
	setPlatform(platformName, platform) {
		if (this.platform != null) {
			if (!(env().getBool("IS_TEST") || env().getBool("PROD"))) console.warn(`Platform ${this.platformName} has already been set. Overwriting the platform with ${platformName}.`);
		}
		this.platformName = platformName;
		this.platform = platform;
	}
	registerFlag(flagName, evaluationFn, setHook) {
		this.flagRegistry[flagName] = {
			evaluationFn,
			setHook
		};
		if (this.urlFlags[flagName] != null) {
			const flagValue = this.urlFlags[flagName];
			if (!(env().getBool("IS_TEST") || env().getBool("PROD"))) console.warn(`Setting feature override from URL ${flagName}: ${flagValue}.`);
			this.set(flagName, flagValue);
		}
	}
	async getAsync(flagName) {
		if (flagName in this.flags) return this.flags[flagName];
		this.flags[flagName] = await this.evaluateFlag(flagName);
		return this.flags[flagName];
	}
	get(flagName) {
		if (flagName in this.flags) return this.flags[flagName];
		const flagValue = this.evaluateFlag(flagName);
		if (isPromise(flagValue)) throw new Error(`Flag ${flagName} cannot be synchronously evaluated. Please use getAsync() instead.`);
		this.flags[flagName] = flagValue;
		return this.flags[flagName];
	}
	getNumber(flagName) {
		return this.get(flagName);
	}
	getBool(flagName) {
		return this.get(flagName);
	}
	getString(flagName) {
		return this.get(flagName);
	}
	getFlags() {
		return this.flags;
	}
	get features() {
		return this.flags;
	}
	set(flagName, value) {
		if (this.flagRegistry[flagName] == null) throw new Error(`Cannot set flag ${flagName} as it has not been registered.`);
		this.flags[flagName] = value;
		if (this.flagRegistry[flagName].setHook != null) this.flagRegistry[flagName].setHook(value);
	}
	evaluateFlag(flagName) {
		if (this.flagRegistry[flagName] == null) throw new Error(`Cannot evaluate flag '${flagName}': no evaluation function found.`);
		return this.flagRegistry[flagName].evaluationFn();
	}
	setFlags(flags) {
		this.flags = Object.assign({}, flags);
	}
	reset() {
		this.flags = {};
		this.urlFlags = {};
		this.populateURLFlags();
	}
	populateURLFlags() {
		if (typeof this.global === "undefined" || typeof this.global.location === "undefined" || typeof this.global.location.search === "undefined") return;
		const urlParams = this.getQueryParams(this.global.location.search);
		if (TENSORFLOWJS_FLAGS_PREFIX in urlParams) urlParams[TENSORFLOWJS_FLAGS_PREFIX].split(",").forEach((keyValue) => {
			const [key, value] = keyValue.split(":");
			this.urlFlags[key] = parseValue(key, value);
		});
	}
};
function getQueryParams(queryString) {
	const params = {};
	queryString.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g, (s, ...t) => {
		decodeParam(params, t[0], t[1]);
		return t.join("=");
	});
	return params;
}
function decodeParam(params, name, value) {
	params[decodeURIComponent(name)] = decodeURIComponent(value || "");
}
function parseValue(flagName, value) {
	const lowerCaseValue = value.toLowerCase();
	if (lowerCaseValue === "true" || lowerCaseValue === "false") return lowerCaseValue === "true";
	else if (`${+lowerCaseValue}` === lowerCaseValue) return +lowerCaseValue;
	else return value;
}
/**
* Returns the current environment (a global singleton).
*
* The environment object contains the evaluated feature values as well as the
* active platform.
*
* @doc {heading: 'Environment'}
*/
function env() {
	return ENV$1;
}
var ENV$1 = null;
function setEnvironmentGlobal(environment) {
	ENV$1 = environment;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/global_util.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
var globalNameSpace;
function getGlobalNamespace() {
	if (globalNameSpace == null) {
		let ns;
		if (typeof window !== "undefined") ns = window;
		else if (typeof global !== "undefined") ns = global;
		else if (typeof process !== "undefined") ns = process;
		else if (typeof self !== "undefined") ns = self;
		else throw new Error("Could not find a global object");
		globalNameSpace = ns;
	}
	return globalNameSpace;
}
function getGlobalMap() {
	const ns = getGlobalNamespace();
	if (ns._tfGlobals == null) ns._tfGlobals = /* @__PURE__ */ new Map();
	return ns._tfGlobals;
}
/**
* Returns a globally accessible 'singleton' object.
*
* @param key the name of the object
* @param init a function to initialize to initialize this object
*             the first time it is fetched.
*/
function getGlobal(key, init) {
	const globalMap = getGlobalMap();
	if (globalMap.has(key)) return globalMap.get(key);
	else {
		const singleton = init();
		globalMap.set(key, singleton);
		return globalMap.get(key);
	}
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/kernel_names.js
var Acos = "Acos";
var Acosh = "Acosh";
var AddN = "AddN";
var ArgMax = "ArgMax";
var ArgMin = "ArgMin";
var Asin = "Asin";
var Asinh = "Asinh";
var Atan = "Atan";
var Atanh = "Atanh";
var Atan2 = "Atan2";
var AvgPool = "AvgPool";
var AvgPoolGrad = "AvgPoolGrad";
var AvgPool3D = "AvgPool3D";
var AvgPool3DGrad = "AvgPool3DGrad";
var BatchMatMul = "BatchMatMul";
var BatchToSpaceND = "BatchToSpaceND";
var Bincount = "Bincount";
var BitwiseAnd = "BitwiseAnd";
var BroadcastArgs = "BroadcastArgs";
var Cast = "Cast";
var Ceil = "Ceil";
var ClipByValue = "ClipByValue";
var Complex = "Complex";
var ComplexAbs = "ComplexAbs";
var Concat = "Concat";
var Conv2D = "Conv2D";
var Conv2DBackpropFilter = "Conv2DBackpropFilter";
var Conv2DBackpropInput = "Conv2DBackpropInput";
var Conv3D = "Conv3D";
var Conv3DBackpropFilterV2 = "Conv3DBackpropFilterV2";
var Conv3DBackpropInputV2 = "Conv3DBackpropInputV2";
var Cosh = "Cosh";
var Cumprod = "Cumprod";
var Cumsum = "Cumsum";
var CropAndResize = "CropAndResize";
var DenseBincount = "DenseBincount";
var DepthToSpace = "DepthToSpace";
var DepthwiseConv2dNative = "DepthwiseConv2dNative";
var DepthwiseConv2dNativeBackpropFilter = "DepthwiseConv2dNativeBackpropFilter";
var DepthwiseConv2dNativeBackpropInput = "DepthwiseConv2dNativeBackpropInput";
var Diag = "Diag";
var Dilation2D = "Dilation2D";
var Dilation2DBackpropInput = "Dilation2DBackpropInput";
var Dilation2DBackpropFilter = "Dilation2DBackpropFilter";
var Draw = "Draw";
var RealDiv = "RealDiv";
var Einsum = "Einsum";
var EluGrad = "EluGrad";
var Equal = "Equal";
var ExpandDims = "ExpandDims";
var Expm1 = "Expm1";
var Fill = "Fill";
var FlipLeftRight = "FlipLeftRight";
var Floor = "Floor";
var FloorDiv = "FloorDiv";
var FusedBatchNorm = "FusedBatchNorm";
var GatherV2 = "GatherV2";
var GatherNd = "GatherNd";
var Greater = "Greater";
var GreaterEqual = "GreaterEqual";
var Identity = "Identity";
var IFFT = "IFFT";
var Imag = "Imag";
var IsFinite = "IsFinite";
var IsInf = "IsInf";
var IsNan = "IsNan";
var LeakyRelu = "LeakyRelu";
var Less = "Less";
var LessEqual = "LessEqual";
var LinSpace = "LinSpace";
var Log1p = "Log1p";
var LogicalAnd = "LogicalAnd";
var LogicalNot = "LogicalNot";
var LogicalOr = "LogicalOr";
var LogicalXor = "LogicalXor";
var LRNGrad = "LRNGrad";
var Maximum = "Maximum";
var MaxPool = "MaxPool";
var MaxPoolGrad = "MaxPoolGrad";
var MaxPool3D = "MaxPool3D";
var MaxPool3DGrad = "MaxPool3DGrad";
var MaxPoolWithArgmax = "MaxPoolWithArgmax";
var Mean = "Mean";
var Minimum = "Minimum";
var MirrorPad = "MirrorPad";
var Multinomial = "Multinomial";
var Multiply = "Multiply";
var NotEqual = "NotEqual";
var NonMaxSuppressionV3 = "NonMaxSuppressionV3";
var NonMaxSuppressionV4 = "NonMaxSuppressionV4";
var NonMaxSuppressionV5 = "NonMaxSuppressionV5";
var OnesLike = "OnesLike";
var OneHot = "OneHot";
var Pack = "Pack";
var PadV2 = "PadV2";
var Prelu = "Prelu";
var Prod = "Prod";
var RaggedGather = "RaggedGather";
var RaggedRange = "RaggedRange";
var RaggedTensorToTensor = "RaggedTensorToTensor";
var Range = "Range";
var Real = "Real";
var Reciprocal = "Reciprocal";
var Relu = "Relu";
var Reshape = "Reshape";
var ResizeNearestNeighbor = "ResizeNearestNeighbor";
var ResizeNearestNeighborGrad = "ResizeNearestNeighborGrad";
var ResizeBilinear = "ResizeBilinear";
var ResizeBilinearGrad = "ResizeBilinearGrad";
var Relu6 = "Relu6";
var Reverse = "Reverse";
var Round = "Round";
var Rsqrt = "Rsqrt";
var ScatterNd = "ScatterNd";
var TensorScatterUpdate = "TensorScatterUpdate";
var SearchSorted = "SearchSorted";
var Select = "Select";
var Selu = "Selu";
var Slice = "Slice";
var Sinh = "Sinh";
var Sign = "Sign";
var Sigmoid = "Sigmoid";
var Softplus = "Softplus";
var Sqrt = "Sqrt";
var SpaceToBatchND = "SpaceToBatchND";
var SplitV = "SplitV";
var Softmax = "Softmax";
var SparseFillEmptyRows = "SparseFillEmptyRows";
var SparseReshape = "SparseReshape";
var SparseSegmentMean = "SparseSegmentMean";
var SparseSegmentSum = "SparseSegmentSum";
var SparseToDense = "SparseToDense";
var SquaredDifference = "SquaredDifference";
var Square = "Square";
var StaticRegexReplace = "StaticRegexReplace";
var StridedSlice = "StridedSlice";
var StringNGrams = "StringNGrams";
var StringSplit = "StringSplit";
var StringToHashBucketFast = "StringToHashBucketFast";
var Tanh = "Tanh";
var Tile = "Tile";
var TopK = "TopK";
var Transform = "Transform";
var Transpose = "Transpose";
var Unique = "Unique";
var Unpack = "Unpack";
var UnsortedSegmentSum = "UnsortedSegmentSum";
var ZerosLike = "ZerosLike";
/**
* TensorFlow.js-only kernels
*/
var Step = "Step";
var FromPixels = "FromPixels";
var RotateWithOffset = "RotateWithOffset";
var _FusedMatMul = "_FusedMatMul";
var FusedConv2D = "FusedConv2D";
var FusedDepthwiseConv2D = "FusedDepthwiseConv2D";
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/log.js
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
function warn(...msg) {
	if (!(env().getBool("IS_TEST") || env().getBool("PROD"))) console.warn(...msg);
}
function log(...msg) {
	if (!(env().getBool("IS_TEST") || env().getBool("PROD"))) console.log(...msg);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/kernel_registry.js
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
var kernelRegistry = getGlobal("kernelRegistry", () => /* @__PURE__ */ new Map());
var gradRegistry = getGlobal("gradRegistry", () => /* @__PURE__ */ new Map());
/**
* Returns the kernel function (code) associated with the provided names.
*
* @param kernelName The official name of the kernel.
* @param backendName The official name of the backend.
*/
function getKernel(kernelName, backendName) {
	const key = makeKey(kernelName, backendName);
	return kernelRegistry.get(key);
}
/**
* Returns the registered gradient info associated with the provided kernel.
* @param kernelName The official TF kernel name.
*/
function getGradient(kernelName) {
	return gradRegistry.get(kernelName);
}
function getKernelsForBackend(backendName) {
	const it = kernelRegistry.entries();
	const result = [];
	while (true) {
		const { done, value } = it.next();
		if (done) break;
		const [key, config] = value;
		const [backend] = key.split("_");
		if (backend === backendName) result.push(config);
	}
	return result;
}
/**
* Registers the function (forward pass) for the kernel in a global registry.
*
* @param config A config object with the following properties:
* - `kernelName` The official name of the kernel.
* - `backendName` The official name of the backend.
* - `kernelFunc` The function to run during the forward pass of the kernel.
* - `setupFunc` Optional. Gets called once, after the backend initializes.
* - `disposeFunc` Optional. Gets called once, right before the backend is
* disposed.
*/
function registerKernel(config) {
	const { kernelName, backendName } = config;
	const key = makeKey(kernelName, backendName);
	if (kernelRegistry.has(key)) warn(`The kernel '${kernelName}' for backend '${backendName}' is already registered`);
	kernelRegistry.set(key, config);
}
/**
* Registers a gradient function for a given kernel in the global registry,
* to be used during the back-propagation of that kernel.
*
* @param config An object with the following properties:
* - `kernelName` The name of the kernel that the gradient function is for.
* - `gradFunc` The function to run during back-propagation.
*/
function registerGradient(config) {
	const { kernelName } = config;
	if (gradRegistry.has(kernelName)) {
		if (env().getBool("DEBUG")) warn(`Overriding the gradient for '${kernelName}'`);
	}
	gradRegistry.set(kernelName, config);
}
function makeKey(kernelName, backendName) {
	return `${backendName}_${kernelName}`;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/platforms/is_typed_array_browser.js
/**
* @license
* Copyright 2023 Google LLC.
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
function isTypedArrayBrowser(a) {
	return a instanceof Float32Array || a instanceof Int32Array || a instanceof Uint8Array || a instanceof Uint8ClampedArray;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/util.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
/**
* Create typed array for scalar value. Used for storing in `DataStorage`.
*/
function createScalarValue(value, dtype) {
	if (dtype === "string") return encodeString(value);
	return toTypedArray([value], dtype);
}
function noConversionNeeded(a, dtype) {
	return a instanceof Float32Array && dtype === "float32" || a instanceof Int32Array && dtype === "int32" || a instanceof Uint8Array && dtype === "bool";
}
function toTypedArray(a, dtype) {
	if (dtype === "string") throw new Error("Cannot convert a string[] to a TypedArray");
	if (Array.isArray(a)) a = flatten(a);
	if (env().getBool("DEBUG")) checkConversionForErrors(a, dtype);
	if (noConversionNeeded(a, dtype)) return a;
	if (dtype == null || dtype === "float32" || dtype === "complex64") return new Float32Array(a);
	else if (dtype === "int32") return new Int32Array(a);
	else if (dtype === "bool") {
		const bool = new Uint8Array(a.length);
		for (let i = 0; i < bool.length; ++i) if (Math.round(a[i]) !== 0) bool[i] = 1;
		return bool;
	} else throw new Error(`Unknown data type ${dtype}`);
}
/**
* Returns the current high-resolution time in milliseconds relative to an
* arbitrary time in the past. It works across different platforms (node.js,
* browsers).
*
* ```js
* console.log(tf.util.now());
* ```
*
* @doc {heading: 'Util', namespace: 'util'}
*/
function now() {
	return env().platform.now();
}
/**
* Returns a platform-specific implementation of
* [`fetch`](https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API).
*
* If `fetch` is defined on the global object (`window`, `process`, etc.),
* `tf.util.fetch` returns that function.
*
* If not, `tf.util.fetch` returns a platform-specific solution.
*
* ```js
* const resource = await tf.util.fetch('https://cdn.jsdelivr.net/npm/@tensorflow/tfjs');
* // handle response
* ```
*
* @doc {heading: 'Util'}
*/
function fetch$1(path, requestInits) {
	return env().platform.fetch(path, requestInits);
}
/**
* Encodes the provided string into bytes using the provided encoding scheme.
*
* @param s The string to encode.
* @param encoding The encoding scheme. Defaults to utf-8.
*
* @doc {heading: 'Util'}
*/
function encodeString(s, encoding = "utf-8") {
	encoding = encoding || "utf-8";
	return env().platform.encode(s, encoding);
}
/**
* Decodes the provided bytes into a string using the provided encoding scheme.
* @param bytes The bytes to decode.
*
* @param encoding The encoding scheme. Defaults to utf-8.
*
* @doc {heading: 'Util'}
*/
function decodeString(bytes, encoding = "utf-8") {
	encoding = encoding || "utf-8";
	return env().platform.decode(bytes, encoding);
}
function isTypedArray(a) {
	if (env().platform.isTypedArray != null) return env().platform.isTypedArray(a);
	else return isTypedArrayBrowser(a);
}
/**
*  Flattens an arbitrarily nested array.
*
* ```js
* const a = [[1, 2], [3, 4], [5, [6, [7]]]];
* const flat = tf.util.flatten(a);
* console.log(flat);
* ```
*
*  @param arr The nested array to flatten.
*  @param result The destination array which holds the elements.
*  @param skipTypedArray If true, avoids flattening the typed arrays. Defaults
*      to false.
*
* @doc {heading: 'Util', namespace: 'util'}
*/
function flatten(arr, result = [], skipTypedArray = false) {
	if (result == null) result = [];
	if (typeof arr === "boolean" || typeof arr === "number" || typeof arr === "string" || isPromise(arr) || arr == null || isTypedArray(arr) && skipTypedArray) result.push(arr);
	else if (Array.isArray(arr) || isTypedArray(arr)) for (let i = 0; i < arr.length; ++i) flatten(arr[i], result, skipTypedArray);
	else {
		let maxIndex = -1;
		for (const key of Object.keys(arr)) if (/^([1-9]+[0-9]*|0)$/.test(key)) maxIndex = Math.max(maxIndex, Number(key));
		for (let i = 0; i <= maxIndex; i++) flatten(arr[i], result, skipTypedArray);
	}
	return result;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/profiler.js
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
var Profiler = class {
	constructor(backendTimer, logger) {
		this.backendTimer = backendTimer;
		this.logger = logger;
		if (logger == null) this.logger = new Logger();
	}
	profileKernel(kernelName, inputs, f) {
		let outputs;
		const holdResultWrapperFn = () => {
			outputs = f();
		};
		let timer;
		const start = now();
		if (this.backendTimer.timerAvailable()) timer = this.backendTimer.time(holdResultWrapperFn);
		else {
			holdResultWrapperFn();
			for (const output of outputs) output.dataSync();
			timer = Promise.resolve({ kernelMs: now() - start });
		}
		if (env().getBool("CHECK_COMPUTATION_FOR_ERRORS")) for (let i = 0; i < outputs.length; i++) {
			const output = outputs[i];
			output.data().then((tensorVals) => {
				checkComputationForErrors(tensorVals, output.dtype, kernelName);
			});
		}
		return {
			kernelName,
			outputs,
			inputs,
			timeMs: timer.then((timing) => timing.kernelMs),
			extraInfo: timer.then((timing) => timing.getExtraProfileInfo != null ? timing.getExtraProfileInfo() : "")
		};
	}
	logKernelProfile(kernelProfile) {
		const { kernelName, outputs, timeMs, inputs, extraInfo } = kernelProfile;
		outputs.forEach((result) => {
			Promise.all([
				result.data(),
				timeMs,
				extraInfo
			]).then((valueContainer) => {
				this.logger.logKernelProfile(kernelName, result, valueContainer[0], valueContainer[1], inputs, valueContainer[2]);
			});
		});
	}
};
function checkComputationForErrors(vals, dtype, kernelName) {
	if (dtype !== "float32") return false;
	for (let i = 0; i < vals.length; i++) {
		const num = vals[i];
		if (isNaN(num) || !isFinite(num)) {
			console.warn(`Found ${num} in the result of '${kernelName}'`);
			return true;
		}
	}
	return false;
}
var Logger = class {
	logKernelProfile(name, result, vals, timeMs, inputs, extraInfo) {
		const time = typeof timeMs === "number" ? rightPad(`${timeMs}ms`, 9) : timeMs["error"];
		const paddedName = rightPad(name, 25);
		const rank = result.rank;
		const size = result.size;
		const shape = rightPad(result.shape.toString(), 14);
		let inputShapesDescription = "";
		for (const name in inputs) {
			const input = inputs[name];
			if (input != null) {
				const inputShape = input.shape || result.shape;
				const inputRank = inputShape.length;
				inputShapesDescription += `${name}: ${inputRank}D ${inputRank > 0 ? inputShape : ""} `;
			}
		}
		console.log(`%c${paddedName}\t%c${time}\t%c${rank}D ${shape}\t%c${size}\t%c${inputShapesDescription}\t%c${extraInfo}`, "font-weight:bold", "color:red", "color:blue", "color: orange", "color: green", "color: steelblue");
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/tape.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
/**
* Computes a list of TapeNodes that connect x to y, filtering everything else
* out and preserving the order of the original tape elements.
*
* @param tape The tape elements to filter.
* @param xs The input Tensors.
* @param y The output Tensor.
*/
function getFilteredNodesXToY(tape, xs, y) {
	const tensorsFromX = {};
	const nodesFromX = {};
	for (let i = 0; i < xs.length; i++) tensorsFromX[xs[i].id] = true;
	for (let i = 0; i < tape.length; i++) {
		const node = tape[i];
		const nodeInputs = node.inputs;
		for (const inputName in nodeInputs) {
			const input = nodeInputs[inputName];
			let anyInputFromX = false;
			for (let j = 0; j < xs.length; j++) if (tensorsFromX[input.id]) {
				node.outputs.forEach((output) => tensorsFromX[output.id] = true);
				anyInputFromX = true;
				nodesFromX[node.id] = true;
				break;
			}
			if (anyInputFromX) break;
		}
	}
	const tensorsLeadToY = {};
	tensorsLeadToY[y.id] = true;
	const nodesToY = {};
	for (let i = tape.length - 1; i >= 0; i--) {
		const node = tape[i];
		const nodeInputs = node.inputs;
		for (let j = 0; j < node.outputs.length; j++) if (tensorsLeadToY[node.outputs[j].id]) {
			for (const inputName in nodeInputs) {
				tensorsLeadToY[nodeInputs[inputName].id] = true;
				nodesToY[node.id] = true;
			}
			break;
		}
	}
	const filteredTape = [];
	for (let i = 0; i < tape.length; i++) {
		const node = tape[i];
		if (nodesFromX[node.id] && nodesToY[node.id]) {
			const prunedInputs = {};
			for (const inputName in node.inputs) {
				const nodeInput = node.inputs[inputName];
				if (tensorsFromX[nodeInput.id]) prunedInputs[inputName] = nodeInput;
			}
			const prunedNode = Object.assign({}, node);
			prunedNode.inputs = prunedInputs;
			prunedNode.outputs = node.outputs;
			filteredTape.push(prunedNode);
		}
	}
	return filteredTape;
}
/**
* Backpropagate gradients through the filtered TapeNodes.
*
* @param tensorAccumulatedGradientMap A map of Tensor to its gradient. This map
* is mutated by this method.
* @param filteredTape The filtered TapeNodes to backprop through.
*/
function backpropagateGradients(tensorAccumulatedGradientMap, filteredTape, tidy, add) {
	for (let i = filteredTape.length - 1; i >= 0; i--) {
		const node = filteredTape[i];
		const dys = [];
		node.outputs.forEach((o) => {
			const gradTensor = tensorAccumulatedGradientMap[o.id];
			if (gradTensor != null) dys.push(gradTensor);
			else dys.push(null);
		});
		if (node.gradient == null) throw new Error(`Cannot compute gradient: gradient function not found for ${node.kernelName}.`);
		const inputGradients = node.gradient(dys);
		for (const inputName in node.inputs) {
			if (!(inputName in inputGradients)) throw new Error(`Cannot backprop through input ${inputName}. Available gradients found: ${Object.keys(inputGradients)}.`);
			const dx = tidy(() => inputGradients[inputName]());
			if (dx.dtype !== "float32") throw new Error(`Error in gradient for op ${node.kernelName}. The gradient of input ${inputName} must have 'float32' dtype, but has '${dx.dtype}'`);
			const x = node.inputs[inputName];
			if (!arraysEqual(dx.shape, x.shape)) throw new Error(`Error in gradient for op ${node.kernelName}. The gradient of input '${inputName}' has shape '${dx.shape}', which does not match the shape of the input '${x.shape}'`);
			if (tensorAccumulatedGradientMap[x.id] == null) tensorAccumulatedGradientMap[x.id] = dx;
			else {
				const curGradient = tensorAccumulatedGradientMap[x.id];
				tensorAccumulatedGradientMap[x.id] = add(curGradient, dx);
				curGradient.dispose();
			}
		}
	}
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/tensor_format.js
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
var FORMAT_LIMIT_NUM_VALS = 20;
var FORMAT_NUM_FIRST_LAST_VALS = 3;
var FORMAT_NUM_SIG_DIGITS = 7;
function tensorToString(vals, shape, dtype, verbose) {
	const strides = computeStrides(shape);
	const padPerCol = computeMaxSizePerColumn(vals, shape, dtype, strides);
	const rank = shape.length;
	const valsLines = subTensorToString(vals, shape, dtype, strides, padPerCol);
	const lines = ["Tensor"];
	if (verbose) {
		lines.push(`  dtype: ${dtype}`);
		lines.push(`  rank: ${rank}`);
		lines.push(`  shape: [${shape}]`);
		lines.push(`  values:`);
	}
	lines.push(valsLines.map((l) => "    " + l).join("\n"));
	return lines.join("\n");
}
function computeMaxSizePerColumn(vals, shape, dtype, strides) {
	const n = sizeFromShape(shape);
	const numCols = strides[strides.length - 1];
	const padPerCol = new Array(numCols).fill(0);
	const rank = shape.length;
	const valuesOrTuples = dtype === "complex64" ? createComplexTuples(vals) : vals;
	if (rank > 1) for (let row = 0; row < n / numCols; row++) {
		const offset = row * numCols;
		for (let j = 0; j < numCols; j++) padPerCol[j] = Math.max(padPerCol[j], valToString(valuesOrTuples[offset + j], 0, dtype).length);
	}
	return padPerCol;
}
function valToString(val, pad, dtype) {
	let valStr;
	if (Array.isArray(val)) valStr = `${parseFloat(val[0].toFixed(FORMAT_NUM_SIG_DIGITS))} + ${parseFloat(val[1].toFixed(FORMAT_NUM_SIG_DIGITS))}j`;
	else if (isString(val)) valStr = `'${val}'`;
	else if (dtype === "bool") valStr = boolNumToString(val);
	else valStr = parseFloat(val.toFixed(FORMAT_NUM_SIG_DIGITS)).toString();
	return rightPad(valStr, pad);
}
function boolNumToString(v) {
	return v === 0 ? "false" : "true";
}
function subTensorToString(vals, shape, dtype, strides, padPerCol, isLast = true) {
	const storagePerElement = dtype === "complex64" ? 2 : 1;
	const size = shape[0];
	const rank = shape.length;
	if (rank === 0) {
		if (dtype === "complex64") return [valToString(createComplexTuples(vals)[0], 0, dtype)];
		if (dtype === "bool") return [boolNumToString(vals[0])];
		return [vals[0].toString()];
	}
	if (rank === 1) {
		if (size > FORMAT_LIMIT_NUM_VALS) {
			const firstValsSize = FORMAT_NUM_FIRST_LAST_VALS * storagePerElement;
			let firstVals = Array.from(vals.slice(0, firstValsSize));
			let lastVals = Array.from(vals.slice((size - FORMAT_NUM_FIRST_LAST_VALS) * storagePerElement, size * storagePerElement));
			if (dtype === "complex64") {
				firstVals = createComplexTuples(firstVals);
				lastVals = createComplexTuples(lastVals);
			}
			return ["[" + firstVals.map((x, i) => valToString(x, padPerCol[i], dtype)).join(", ") + ", ..., " + lastVals.map((x, i) => valToString(x, padPerCol[size - FORMAT_NUM_FIRST_LAST_VALS + i], dtype)).join(", ") + "]"];
		}
		return ["[" + (dtype === "complex64" ? createComplexTuples(vals) : Array.from(vals)).map((x, i) => valToString(x, padPerCol[i], dtype)).join(", ") + "]"];
	}
	const subshape = shape.slice(1);
	const substrides = strides.slice(1);
	const stride = strides[0] * storagePerElement;
	const lines = [];
	if (size > FORMAT_LIMIT_NUM_VALS) {
		for (let i = 0; i < FORMAT_NUM_FIRST_LAST_VALS; i++) {
			const start = i * stride;
			const end = start + stride;
			lines.push(...subTensorToString(vals.slice(start, end), subshape, dtype, substrides, padPerCol, false));
		}
		lines.push("...");
		for (let i = size - FORMAT_NUM_FIRST_LAST_VALS; i < size; i++) {
			const start = i * stride;
			const end = start + stride;
			lines.push(...subTensorToString(vals.slice(start, end), subshape, dtype, substrides, padPerCol, i === size - 1));
		}
	} else for (let i = 0; i < size; i++) {
		const start = i * stride;
		const end = start + stride;
		lines.push(...subTensorToString(vals.slice(start, end), subshape, dtype, substrides, padPerCol, i === size - 1));
	}
	const sep = rank === 2 ? "," : "";
	lines[0] = "[" + (size > 0 ? lines[0] + sep : "");
	for (let i = 1; i < lines.length - 1; i++) lines[i] = " " + lines[i] + sep;
	let newLineSep = ",\n";
	for (let i = 2; i < rank; i++) newLineSep += "\n";
	lines[lines.length - 1] = " " + lines[lines.length - 1] + "]" + (isLast ? "" : newLineSep);
	return lines;
}
function createComplexTuples(vals) {
	const complexTuples = [];
	for (let i = 0; i < vals.length; i += 2) complexTuples.push([vals[i], vals[i + 1]]);
	return complexTuples;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/tensor.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
/**
* A mutable object, similar to `tf.Tensor`, that allows users to set values
* at locations before converting to an immutable `tf.Tensor`.
*
* See `tf.buffer` for creating a tensor buffer.
*
* @doc {heading: 'Tensors', subheading: 'Classes'}
*/
var TensorBuffer = class {
	constructor(shape, dtype, values) {
		this.dtype = dtype;
		this.shape = shape.slice();
		this.size = sizeFromShape(shape);
		if (values != null) {
			const n = values.length;
			assert(n === this.size, () => `Length of values '${n}' does not match the size inferred by the shape '${this.size}'.`);
		}
		if (dtype === "complex64") throw new Error("complex64 dtype TensorBuffers are not supported. Please create a TensorBuffer for the real and imaginary parts separately and call tf.complex(real, imag).");
		this.values = values || getArrayFromDType(dtype, this.size);
		this.strides = computeStrides(shape);
	}
	/**
	* Sets a value in the buffer at a given location.
	*
	* @param value The value to set.
	* @param locs  The location indices.
	*
	* @doc {heading: 'Tensors', subheading: 'Creation'}
	*/
	set(value, ...locs) {
		if (locs.length === 0) locs = [0];
		assert(locs.length === this.rank, () => `The number of provided coordinates (${locs.length}) must match the rank (${this.rank})`);
		const index = this.locToIndex(locs);
		this.values[index] = value;
	}
	/**
	* Returns the value in the buffer at the provided location.
	*
	* @param locs The location indices.
	*
	* @doc {heading: 'Tensors', subheading: 'Creation'}
	*/
	get(...locs) {
		if (locs.length === 0) locs = [0];
		let i = 0;
		for (const loc of locs) {
			if (loc < 0 || loc >= this.shape[i]) {
				const msg = `Requested out of range element at ${locs}.   Buffer shape=${this.shape}`;
				throw new Error(msg);
			}
			i++;
		}
		let index = locs[locs.length - 1];
		for (let i = 0; i < locs.length - 1; ++i) index += this.strides[i] * locs[i];
		return this.values[index];
	}
	locToIndex(locs) {
		if (this.rank === 0) return 0;
		else if (this.rank === 1) return locs[0];
		let index = locs[locs.length - 1];
		for (let i = 0; i < locs.length - 1; ++i) index += this.strides[i] * locs[i];
		return index;
	}
	indexToLoc(index) {
		if (this.rank === 0) return [];
		else if (this.rank === 1) return [index];
		const locs = new Array(this.shape.length);
		for (let i = 0; i < locs.length - 1; ++i) {
			locs[i] = Math.floor(index / this.strides[i]);
			index -= locs[i] * this.strides[i];
		}
		locs[locs.length - 1] = index;
		return locs;
	}
	get rank() {
		return this.shape.length;
	}
	/**
	* Creates an immutable `tf.Tensor` object from the buffer.
	*
	* @doc {heading: 'Tensors', subheading: 'Creation'}
	*/
	toTensor() {
		return trackerFn().makeTensor(this.values, this.shape, this.dtype);
	}
};
var trackerFn = null;
var opHandler = null;
/**
* An external consumer can register itself as the tensor tracker. This way
* the Tensor class can notify the tracker for every tensor created and
* disposed.
*/
function setTensorTracker(fn) {
	trackerFn = fn;
}
/**
* An external consumer can register itself as the op handler. This way the
* Tensor class can have chaining methods that call into ops via the op
* handler.
*/
function setOpHandler(handler) {
	opHandler = handler;
}
/**
* A `tf.Tensor` object represents an immutable, multidimensional array of
* numbers that has a shape and a data type.
*
* For performance reasons, functions that create tensors do not necessarily
* perform a copy of the data passed to them (e.g. if the data is passed as a
* `Float32Array`), and changes to the data will change the tensor. This is not
* a feature and is not supported. To avoid this behavior, use the tensor before
* changing the input data or create a copy with `copy = tf.add(yourTensor, 0)`.
*
* See `tf.tensor` for details on how to create a `tf.Tensor`.
*
* @doc {heading: 'Tensors', subheading: 'Classes'}
*/
var Tensor = class {
	constructor(shape, dtype, dataId, id) {
		/** Whether this tensor has been globally kept. */
		this.kept = false;
		this.isDisposedInternal = false;
		this.shape = shape.slice();
		this.dtype = dtype || "float32";
		this.size = sizeFromShape(shape);
		this.strides = computeStrides(shape);
		this.dataId = dataId;
		this.id = id;
		this.rankType = this.rank < 5 ? this.rank.toString() : "higher";
	}
	get rank() {
		return this.shape.length;
	}
	/**
	* Returns a promise of `tf.TensorBuffer` that holds the underlying data.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	async buffer() {
		const vals = await this.data();
		return opHandler.buffer(this.shape, this.dtype, vals);
	}
	/**
	* Returns a `tf.TensorBuffer` that holds the underlying data.
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	bufferSync() {
		return opHandler.buffer(this.shape, this.dtype, this.dataSync());
	}
	/**
	* Returns the tensor data as a nested array. The transfer of data is done
	* asynchronously.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	async array() {
		const vals = await this.data();
		return toNestedArray(this.shape, vals, this.dtype === "complex64");
	}
	/**
	* Returns the tensor data as a nested array. The transfer of data is done
	* synchronously.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	arraySync() {
		return toNestedArray(this.shape, this.dataSync(), this.dtype === "complex64");
	}
	/**
	* Asynchronously downloads the values from the `tf.Tensor`. Returns a
	* promise of `TypedArray` that resolves when the computation has finished.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	async data() {
		this.throwIfDisposed();
		const data = trackerFn().read(this.dataId);
		if (this.dtype === "string") {
			const bytes = await data;
			try {
				return bytes.map((b) => decodeString(b));
			} catch (_a) {
				throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().");
			}
		}
		return data;
	}
	/**
	* Copy the tensor's data to a new GPU resource. Comparing to the `dataSync()`
	* and `data()`, this method prevents data from being downloaded to CPU.
	*
	* For WebGL backend, the data will be stored on a densely packed texture.
	* This means that the texture will use the RGBA channels to store value.
	*
	* For WebGPU backend, the data will be stored on a buffer. There is no
	* parameter, so can not use a user-defined size to create the buffer.
	*
	* @param options:
	*     For WebGL,
	*         - customTexShape: Optional. If set, will use the user defined
	*     texture shape to create the texture.
	*
	* @returns For WebGL backend, a GPUData contains the new texture and
	*     its information.
	*     {
	*        tensorRef: The tensor that is associated with this texture,
	*        texture: WebGLTexture,
	*        texShape: [number, number] // [height, width]
	*     }
	*
	*     For WebGPU backend, a GPUData contains the new buffer.
	*     {
	*        tensorRef: The tensor that is associated with this buffer,
	*        buffer: GPUBuffer,
	*     }
	*
	*     Remember to dispose the GPUData after it is used by
	*     `res.tensorRef.dispose()`.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	dataToGPU(options) {
		this.throwIfDisposed();
		return trackerFn().readToGPU(this.dataId, options);
	}
	/**
	* Synchronously downloads the values from the `tf.Tensor`. This blocks the
	* UI thread until the values are ready, which can cause performance issues.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	dataSync() {
		this.throwIfDisposed();
		const data = trackerFn().readSync(this.dataId);
		if (this.dtype === "string") try {
			return data.map((b) => decodeString(b));
		} catch (_a) {
			throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().");
		}
		return data;
	}
	/** Returns the underlying bytes of the tensor's data. */
	async bytes() {
		this.throwIfDisposed();
		const data = await trackerFn().read(this.dataId);
		if (this.dtype === "string") return data;
		else return new Uint8Array(data.buffer);
	}
	/**
	* Disposes `tf.Tensor` from memory.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	dispose() {
		if (this.isDisposed) return;
		if (this.kerasMask) this.kerasMask.dispose();
		trackerFn().disposeTensor(this);
		this.isDisposedInternal = true;
	}
	get isDisposed() {
		return this.isDisposedInternal;
	}
	throwIfDisposed() {
		if (this.isDisposed) throw new Error(`Tensor is disposed.`);
	}
	/**
	* Prints the `tf.Tensor`. See `tf.print` for details.
	*
	* @param verbose Whether to print verbose information about the tensor,
	*    including dtype and size.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	print(verbose = false) {
		return opHandler.print(this, verbose);
	}
	/**
	* Returns a copy of the tensor. See `tf.clone` for details.
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	clone() {
		this.throwIfDisposed();
		return opHandler.clone(this);
	}
	/**
	* Returns a human-readable description of the tensor. Useful for logging.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	toString(verbose = false) {
		return tensorToString(this.dataSync(), this.shape, this.dtype, verbose);
	}
	cast(dtype) {
		this.throwIfDisposed();
		return opHandler.cast(this, dtype);
	}
	variable(trainable = true, name, dtype) {
		this.throwIfDisposed();
		return trackerFn().makeVariable(this, trainable, name, dtype);
	}
};
Object.defineProperty(Tensor, Symbol.hasInstance, { value: (instance) => {
	return !!instance && instance.data != null && instance.dataSync != null && instance.throwIfDisposed != null;
} });
function getGlobalTensorClass() {
	return getGlobal("Tensor", () => {
		return Tensor;
	});
}
getGlobalTensorClass();
/**
* A mutable `tf.Tensor`, useful for persisting state, e.g. for training.
*
* @doc {heading: 'Tensors', subheading: 'Classes'}
*/
var Variable = class extends Tensor {
	constructor(initialValue, trainable, name, tensorId) {
		super(initialValue.shape, initialValue.dtype, initialValue.dataId, tensorId);
		this.trainable = trainable;
		this.name = name;
	}
	/**
	* Assign a new `tf.Tensor` to this variable. The new `tf.Tensor` must have
	* the same shape and dtype as the old `tf.Tensor`.
	*
	* @param newValue New tensor to be assigned to this variable.
	*
	* @doc {heading: 'Tensors', subheading: 'Classes'}
	*/
	assign(newValue) {
		if (newValue.dtype !== this.dtype) throw new Error(`dtype of the new value (${newValue.dtype}) and previous value (${this.dtype}) must match`);
		if (!arraysEqual(newValue.shape, this.shape)) throw new Error(`shape of the new value (${newValue.shape}) and previous value (${this.shape}) must match`);
		trackerFn().disposeTensor(this);
		this.dataId = newValue.dataId;
		trackerFn().incRef(this, null);
	}
	dispose() {
		trackerFn().disposeVariable(this);
		this.isDisposedInternal = true;
	}
};
Object.defineProperty(Variable, Symbol.hasInstance, { value: (instance) => {
	return instance instanceof Tensor && instance.assign != null && instance.assign instanceof Function;
} });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/types.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
var Rank;
(function(Rank) {
	Rank["R0"] = "R0";
	Rank["R1"] = "R1";
	Rank["R2"] = "R2";
	Rank["R3"] = "R3";
	Rank["R4"] = "R4";
	Rank["R5"] = "R5";
	Rank["R6"] = "R6";
})(Rank || (Rank = {}));
var UpcastInt32AndMap;
(function(UpcastInt32AndMap) {
	UpcastInt32AndMap["float32"] = "float32";
	UpcastInt32AndMap["int32"] = "int32";
	UpcastInt32AndMap["bool"] = "int32";
	UpcastInt32AndMap["complex64"] = "complex64";
})(UpcastInt32AndMap || (UpcastInt32AndMap = {}));
var UpcastBoolAndMap;
(function(UpcastBoolAndMap) {
	UpcastBoolAndMap["float32"] = "float32";
	UpcastBoolAndMap["int32"] = "int32";
	UpcastBoolAndMap["bool"] = "bool";
	UpcastBoolAndMap["complex64"] = "complex64";
})(UpcastBoolAndMap || (UpcastBoolAndMap = {}));
var UpcastFloat32AndMap;
(function(UpcastFloat32AndMap) {
	UpcastFloat32AndMap["float32"] = "float32";
	UpcastFloat32AndMap["int32"] = "float32";
	UpcastFloat32AndMap["bool"] = "float32";
	UpcastFloat32AndMap["complex64"] = "complex64";
})(UpcastFloat32AndMap || (UpcastFloat32AndMap = {}));
var UpcastComplex64AndMap;
(function(UpcastComplex64AndMap) {
	UpcastComplex64AndMap["float32"] = "complex64";
	UpcastComplex64AndMap["int32"] = "complex64";
	UpcastComplex64AndMap["bool"] = "complex64";
	UpcastComplex64AndMap["complex64"] = "complex64";
})(UpcastComplex64AndMap || (UpcastComplex64AndMap = {}));
var upcastTypeMap = {
	"float32": UpcastFloat32AndMap,
	"int32": UpcastInt32AndMap,
	"bool": UpcastBoolAndMap,
	"complex64": UpcastComplex64AndMap
};
function upcastType(typeA, typeB) {
	if (typeA === "string" || typeB === "string") {
		if (typeA === "string" && typeB === "string") return "string";
		throw new Error(`Can not upcast ${typeA} with ${typeB}`);
	}
	return upcastTypeMap[typeA][typeB];
}
/** Returns the output type after summation. */
function sumOutType(type) {
	return upcastType(type, "int32");
}
function isWebGLData(values) {
	return values != null && typeof values === "object" && "texture" in values && values.texture instanceof WebGLTexture;
}
function isWebGPUData(values) {
	return typeof GPUBuffer !== "undefined" && values != null && typeof values === "object" && "buffer" in values && values.buffer instanceof GPUBuffer;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/tensor_util.js
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
function makeTypesMatch(a, b) {
	if (a.dtype === b.dtype) return [a, b];
	const dtype = upcastType(a.dtype, b.dtype);
	return [a.cast(dtype), b.cast(dtype)];
}
/**
* Extracts any `Tensor`s found within the provided object.
*
* @param container an object that may be a `Tensor` or may directly contain
*   `Tensor`s, such as a `Tensor[]` or `{key: Tensor, ...}`. In general it
*   is safe to pass any object here, except that `Promise`s are not
*   supported.
* @returns An array of `Tensors` found within the passed object. If the
*   argument is simply a `Tensor', a list containing that `Tensor` is
*   returned. If the object is not a `Tensor` or does not
*   contain `Tensors`, an empty list is returned.
*/
function getTensorsInContainer(result) {
	const list = [];
	walkTensorContainer(result, list, /* @__PURE__ */ new Set());
	return list;
}
function walkTensorContainer(container, list, seen) {
	if (container == null) return;
	if (container instanceof Tensor) {
		list.push(container);
		return;
	}
	if (!isIterable(container)) return;
	const iterable = container;
	for (const k in iterable) {
		const val = iterable[k];
		if (!seen.has(val)) {
			seen.add(val);
			walkTensorContainer(val, list, seen);
		}
	}
}
function isIterable(obj) {
	return Array.isArray(obj) || typeof obj === "object";
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/engine.js
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
function isRegisteredKernelInvocation(kernelInvocation) {
	return kernelInvocation.kernelName != null;
}
var EngineState = class {
	constructor() {
		this.registeredVariables = {};
		this.nextTapeNodeId = 0;
		this.numBytes = 0;
		this.numTensors = 0;
		this.numStringTensors = 0;
		this.numDataBuffers = 0;
		this.gradientDepth = 0;
		this.kernelDepth = 0;
		this.scopeStack = [];
		/**
		* Keeps track of the number of data moves during a kernel execution. We
		* maintain a stack since kernels can call other kernels, recursively.
		*/
		this.numDataMovesStack = [];
		this.nextScopeId = 0;
		this.tensorInfo = /* @__PURE__ */ new WeakMap();
		this.profiling = false;
		this.activeProfile = {
			newBytes: 0,
			newTensors: 0,
			peakBytes: 0,
			kernels: [],
			result: null,
			get kernelNames() {
				return Array.from(new Set(this.kernels.map((k) => k.name)));
			}
		};
	}
	dispose() {
		for (const variableName in this.registeredVariables) this.registeredVariables[variableName].dispose();
	}
};
var Engine = class Engine {
	constructor(ENV) {
		this.ENV = ENV;
		this.registry = {};
		this.registryFactory = {};
		this.pendingBackendInitId = 0;
		this.state = new EngineState();
	}
	async ready() {
		if (this.pendingBackendInit != null) return this.pendingBackendInit.then(() => {});
		if (this.backendInstance != null) return;
		const sortedBackends = this.getSortedBackends();
		for (let i = 0; i < sortedBackends.length; i++) {
			const backendName = sortedBackends[i];
			if (await this.initializeBackend(backendName).success) {
				await this.setBackend(backendName);
				return;
			}
		}
		throw new Error("Could not initialize any backends, all backend initializations failed.");
	}
	get backend() {
		if (this.pendingBackendInit != null) throw new Error(`Backend '${this.backendName}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);
		if (this.backendInstance == null) {
			const { name, asyncInit } = this.initializeBackendsAndReturnBest();
			if (asyncInit) throw new Error(`The highest priority backend '${name}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);
			this.setBackend(name);
		}
		return this.backendInstance;
	}
	backendNames() {
		return Object.keys(this.registryFactory);
	}
	findBackend(backendName) {
		if (!(backendName in this.registry)) {
			if (backendName in this.registryFactory) {
				const { asyncInit } = this.initializeBackend(backendName);
				if (asyncInit) return null;
			} else return null;
		}
		return this.registry[backendName];
	}
	findBackendFactory(backendName) {
		if (!(backendName in this.registryFactory)) return null;
		return this.registryFactory[backendName].factory;
	}
	registerBackend(backendName, factory, priority = 1) {
		if (backendName in this.registryFactory) {
			warn(`${backendName} backend was already registered. Reusing existing backend factory.`);
			return false;
		}
		this.registryFactory[backendName] = {
			factory,
			priority
		};
		return true;
	}
	async setBackend(backendName) {
		if (this.registryFactory[backendName] == null) throw new Error(`Backend name '${backendName}' not found in registry`);
		this.backendName = backendName;
		if (this.registry[backendName] == null) {
			this.backendInstance = null;
			const { success, asyncInit } = this.initializeBackend(backendName);
			if (!(asyncInit ? await success : success)) return false;
		}
		this.backendInstance = this.registry[backendName];
		this.setupRegisteredKernels();
		this.profiler = new Profiler(this.backendInstance);
		return true;
	}
	setupRegisteredKernels() {
		getKernelsForBackend(this.backendName).forEach((kernel) => {
			if (kernel.setupFunc != null) kernel.setupFunc(this.backendInstance);
		});
	}
	disposeRegisteredKernels(backendName) {
		getKernelsForBackend(backendName).forEach((kernel) => {
			if (kernel.disposeFunc != null) kernel.disposeFunc(this.registry[backendName]);
		});
	}
	/**
	* Initializes a backend by looking up the backend name in the factory
	* registry and calling the factory method. Returns a boolean representing
	* whether the initialization of the backend succeeded. Throws an error if
	* there is no backend in the factory registry.
	*/
	initializeBackend(backendName) {
		const registryFactoryEntry = this.registryFactory[backendName];
		if (registryFactoryEntry == null) throw new Error(`Cannot initialize backend ${backendName}, no registration found.`);
		try {
			const backend = registryFactoryEntry.factory();
			if (backend && !(backend instanceof KernelBackend) && typeof backend.then === "function") {
				const promiseId = ++this.pendingBackendInitId;
				const success = backend.then((backendInstance) => {
					if (promiseId < this.pendingBackendInitId) return false;
					this.registry[backendName] = backendInstance;
					this.pendingBackendInit = null;
					return true;
				}).catch((err) => {
					if (promiseId < this.pendingBackendInitId) return false;
					this.pendingBackendInit = null;
					warn(`Initialization of backend ${backendName} failed`);
					warn(err.stack || err.message);
					return false;
				});
				this.pendingBackendInit = success;
				return {
					success,
					asyncInit: true
				};
			} else {
				this.registry[backendName] = backend;
				return {
					success: true,
					asyncInit: false
				};
			}
		} catch (err) {
			warn(`Initialization of backend ${backendName} failed`);
			warn(err.stack || err.message);
			return {
				success: false,
				asyncInit: false
			};
		}
	}
	removeBackend(backendName) {
		if (!(backendName in this.registryFactory)) throw new Error(`${backendName} backend not found in registry`);
		if (this.backendName === backendName && this.pendingBackendInit != null) this.pendingBackendInitId++;
		if (backendName in this.registry) {
			this.disposeRegisteredKernels(backendName);
			this.registry[backendName].dispose();
			delete this.registry[backendName];
		}
		delete this.registryFactory[backendName];
		if (this.backendName === backendName) {
			this.pendingBackendInit = null;
			this.backendName = null;
			this.backendInstance = null;
		}
	}
	getSortedBackends() {
		if (Object.keys(this.registryFactory).length === 0) throw new Error("No backend found in registry.");
		return Object.keys(this.registryFactory).sort((a, b) => {
			return this.registryFactory[b].priority - this.registryFactory[a].priority;
		});
	}
	initializeBackendsAndReturnBest() {
		const sortedBackends = this.getSortedBackends();
		for (let i = 0; i < sortedBackends.length; i++) {
			const backendName = sortedBackends[i];
			const { success, asyncInit } = this.initializeBackend(backendName);
			if (asyncInit || success) return {
				name: backendName,
				asyncInit
			};
		}
		throw new Error("Could not initialize any backends, all backend initializations failed.");
	}
	moveData(backend, dataId) {
		const info = this.state.tensorInfo.get(dataId);
		const srcBackend = info.backend;
		const values = this.readSync(dataId);
		const refCount = srcBackend.refCount(dataId);
		srcBackend.disposeData(dataId, true);
		info.backend = backend;
		backend.move(dataId, values, info.shape, info.dtype, refCount);
		if (this.shouldCheckForMemLeaks()) this.state.numDataMovesStack[this.state.numDataMovesStack.length - 1]++;
	}
	tidy(nameOrFn, fn) {
		let name = null;
		if (fn == null) {
			if (typeof nameOrFn !== "function") throw new Error("Please provide a function to tidy()");
			fn = nameOrFn;
		} else {
			if (typeof nameOrFn !== "string" && !(nameOrFn instanceof String)) throw new Error("When calling with two arguments, the first argument to tidy() must be a string");
			if (typeof fn !== "function") throw new Error("When calling with two arguments, the 2nd argument to tidy() must be a function");
			name = nameOrFn;
		}
		let result;
		return this.scopedRun(() => this.startScope(name), () => this.endScope(result), () => {
			result = fn();
			if (result instanceof Promise) console.error("Cannot return a Promise inside of tidy.");
			return result;
		});
	}
	scopedRun(start, end, f) {
		start();
		try {
			const res = f();
			end();
			return res;
		} catch (ex) {
			end();
			throw ex;
		}
	}
	nextTensorId() {
		return Engine.nextTensorId++;
	}
	nextVariableId() {
		return Engine.nextVariableId++;
	}
	/**
	* This method is called instead of the public-facing tensor.clone() when
	* saving a tensor for backwards pass. It makes sure to add the clone
	* operation to the tape regardless of being called inside a kernel
	* execution.
	*/
	clone(x) {
		const y = ENGINE.runKernel(Identity, { x });
		const inputs = { x };
		const grad = (dy) => ({ x: () => {
			const dtype = "float32";
			const gradInputs = { x: dy };
			const attrs = { dtype };
			return ENGINE.runKernel(Cast, gradInputs, attrs);
		} });
		this.addTapeNode(this.state.activeScope.name, inputs, [y], grad, [], {});
		return y;
	}
	/**
	* Execute a kernel with the given name and return the output tensor.
	*
	* @param kernelName The name of the kernel to execute.
	* @param inputs A map of input names to tensors.
	* @param attrs A map of attribute names to their values. An attribute is a
	*     primitive (non-tensor) input to the kernel.
	* @param inputsToSave A list of tensors, inputs to save for the backprop
	*     computation.
	* @param outputsToSave A list of booleans, specifying which output to save
	*     for the backprop computation. These are booleans since the output
	* tensors are not visible to the user.
	*/
	runKernel(kernelName, inputs, attrs) {
		if (this.backendName == null) this.backend;
		if (!(getKernel(kernelName, this.backendName) != null)) throw new Error(`Kernel '${kernelName}' not registered for backend '${this.backendName}'`);
		return this.runKernelFunc({
			kernelName,
			inputs,
			attrs
		});
	}
	shouldCheckForMemLeaks() {
		return this.ENV.getBool("IS_TEST");
	}
	checkKernelForMemLeak(kernelName, numDataIdsBefore, outInfos) {
		const numDataIdsAfter = this.backend.numDataIds();
		let numOutputDataIds = 0;
		outInfos.forEach((info) => {
			numOutputDataIds += info.dtype === "complex64" ? 3 : 1;
		});
		const numMoves = this.state.numDataMovesStack[this.state.numDataMovesStack.length - 1];
		const dataIdsLeaked = numDataIdsAfter - numDataIdsBefore - numOutputDataIds - numMoves;
		if (dataIdsLeaked > 0) throw new Error(`Backend '${this.backendName}' has an internal memory leak (${dataIdsLeaked} data ids) after running '${kernelName}'`);
	}
	/**
	* Internal helper method to execute a kernel Func
	*
	* Use `runKernel` to execute kernels from outside of engine.
	*/
	runKernelFunc(kernelParams) {
		let outputs;
		let saved = [];
		const isTapeOn = this.isTapeOn();
		const startingBytecount = this.state.numBytes;
		const startingNumTensors = this.state.numTensors;
		if (this.shouldCheckForMemLeaks()) this.state.numDataMovesStack.push(0);
		let kernelFunc;
		if (this.backendName == null) this.backend;
		let out;
		const kernelOrScopeName = isRegisteredKernelInvocation(kernelParams) ? kernelParams.kernelName : this.state.activeScope != null ? this.state.activeScope.name : "";
		if (isRegisteredKernelInvocation(kernelParams)) {
			const { kernelName, inputs, attrs } = kernelParams;
			if (this.backendName == null) this.backend;
			const kernel = getKernel(kernelName, this.backendName);
			assert(kernel != null, () => `Cannot find registered kernel '${kernelName}' for backend '${this.backendName}'`);
			kernelFunc = () => {
				const numDataIdsBefore = this.backend.numDataIds();
				out = kernel.kernelFunc({
					inputs,
					attrs,
					backend: this.backend
				});
				const outInfos = Array.isArray(out) ? out : [out];
				if (this.shouldCheckForMemLeaks()) this.checkKernelForMemLeak(kernelName, numDataIdsBefore, outInfos);
				const outTensors = outInfos.map((outInfo) => {
					if (outInfo.rank != null) return outInfo;
					return this.makeTensorFromTensorInfo(outInfo);
				});
				if (isTapeOn) {
					const tensorsToSave = this.getTensorsForGradient(kernelName, inputs, outTensors);
					saved = this.saveTensorsForBackwardMode(tensorsToSave);
				}
				return outTensors;
			};
		} else {
			const { forwardFunc } = kernelParams;
			const saveFunc = (tensors) => {
				if (!isTapeOn) return;
				saved = tensors.map((tensor) => this.keep(this.clone(tensor)));
			};
			kernelFunc = () => {
				const numDataIdsBefore = this.backend.numDataIds();
				out = this.tidy(() => forwardFunc(this.backend, saveFunc));
				const outs = Array.isArray(out) ? out : [out];
				if (this.shouldCheckForMemLeaks()) this.checkKernelForMemLeak(kernelOrScopeName, numDataIdsBefore, outs);
				return outs;
			};
		}
		const { inputs, attrs } = kernelParams;
		const backwardsFunc = isRegisteredKernelInvocation(kernelParams) ? null : kernelParams.backwardsFunc;
		let kernelProfile;
		this.scopedRun(() => this.state.kernelDepth++, () => this.state.kernelDepth--, () => {
			if (!this.ENV.getBool("DEBUG") && !this.state.profiling) outputs = kernelFunc();
			else {
				kernelProfile = this.profiler.profileKernel(kernelOrScopeName, inputs, () => kernelFunc());
				if (this.ENV.getBool("DEBUG")) this.profiler.logKernelProfile(kernelProfile);
				outputs = kernelProfile.outputs;
			}
		});
		if (isTapeOn) this.addTapeNode(kernelOrScopeName, inputs, outputs, backwardsFunc, saved, attrs);
		if (this.state.profiling) this.state.activeProfile.kernels.push({
			name: kernelOrScopeName,
			bytesAdded: this.state.numBytes - startingBytecount,
			totalBytesSnapshot: this.state.numBytes,
			tensorsAdded: this.state.numTensors - startingNumTensors,
			totalTensorsSnapshot: this.state.numTensors,
			inputShapes: Object.keys(inputs).map((key) => inputs[key] != null ? inputs[key].shape : null),
			outputShapes: outputs.map((item) => item.shape),
			kernelTimeMs: kernelProfile.timeMs,
			extraInfo: kernelProfile.extraInfo
		});
		return Array.isArray(out) ? outputs : outputs[0];
	}
	/**
	* Saves tensors used in forward mode for use in backward mode.
	*
	* @param tensors the list of tensors to save.
	*/
	saveTensorsForBackwardMode(tensors) {
		return tensors.map((tensor) => this.keep(this.clone(tensor)));
	}
	/**
	* Returns a list of tensors to save for a given gradient calculation.
	*
	* @param kernelName name of kernel to look up gradient for.
	* @param inputs a map of input tensors.
	* @param outputs an array of output tensors from forward mode of kernel.
	*/
	getTensorsForGradient(kernelName, inputs, outputs) {
		const gradConfig = getGradient(kernelName);
		if (gradConfig != null) {
			const inputsToSave = gradConfig.inputsToSave || [];
			const outputsToSave = gradConfig.outputsToSave || [];
			let inputTensorsToSave;
			if (gradConfig.saveAllInputs) {
				assert(Array.isArray(inputs), () => "saveAllInputs is true, expected inputs to be an array.");
				inputTensorsToSave = Object.keys(inputs).map((key) => inputs[key]);
			} else inputTensorsToSave = inputsToSave.map((inputName) => inputs[inputName]);
			const outputTensorsToSave = outputs.filter((_, i) => outputsToSave[i]);
			return inputTensorsToSave.concat(outputTensorsToSave);
		}
		return [];
	}
	/**
	* Internal method used by public APIs for tensor creation. Makes a new
	* tensor with the provided shape, dtype and values. It always
	* creates a new data id and writes the values to the underlying backend.
	*/
	makeTensor(values, shape, dtype, backend) {
		if (values == null) throw new Error("Values passed to engine.makeTensor() are null");
		dtype = dtype || "float32";
		backend = backend || this.backend;
		let backendVals = values;
		if (dtype === "string" && isString(values[0])) backendVals = values.map((d) => encodeString(d));
		const dataId = backend.write(backendVals, shape, dtype);
		const t = new Tensor(shape, dtype, dataId, this.nextTensorId());
		this.trackTensor(t, backend);
		if (dtype === "string") {
			const info = this.state.tensorInfo.get(dataId);
			const newBytes = bytesFromStringArray(backendVals);
			this.state.numBytes += newBytes - info.bytes;
			info.bytes = newBytes;
		}
		return t;
	}
	/**
	* Internal method used by backends. Makes a new tensor
	* that is a wrapper around an existing data id. It doesn't create
	* a new data id, only increments the ref count used in memory tracking.
	* @deprecated
	*/
	makeTensorFromDataId(dataId, shape, dtype, backend) {
		dtype = dtype || "float32";
		const tensorInfo = {
			dataId,
			shape,
			dtype
		};
		return this.makeTensorFromTensorInfo(tensorInfo, backend);
	}
	/**
	* Internal method used by backends. Makes a new tensor that is a wrapper
	* around an existing data id in TensorInfo. It doesn't create a new data id,
	* only increments the ref count used in memory tracking.
	*/
	makeTensorFromTensorInfo(tensorInfo, backend) {
		const { dataId, shape, dtype } = tensorInfo;
		const t = new Tensor(shape, dtype, dataId, this.nextTensorId());
		this.trackTensor(t, backend);
		return t;
	}
	makeVariable(initialValue, trainable = true, name, dtype) {
		name = name || this.nextVariableId().toString();
		if (dtype != null && dtype !== initialValue.dtype) initialValue = initialValue.cast(dtype);
		const v = new Variable(initialValue, trainable, name, this.nextTensorId());
		if (this.state.registeredVariables[v.name] != null) throw new Error(`Variable with name ${v.name} was already registered`);
		this.state.registeredVariables[v.name] = v;
		this.incRef(v, this.backend);
		return v;
	}
	trackTensor(a, backend) {
		this.state.numTensors++;
		if (a.dtype === "string") this.state.numStringTensors++;
		let bytes = 0;
		if (a.dtype !== "complex64" && a.dtype !== "string") bytes = a.size * bytesPerElement(a.dtype);
		this.state.numBytes += bytes;
		if (!this.state.tensorInfo.has(a.dataId)) {
			this.state.numDataBuffers++;
			this.state.tensorInfo.set(a.dataId, {
				backend: backend || this.backend,
				dtype: a.dtype,
				shape: a.shape,
				bytes
			});
		}
		if (!(a instanceof Variable)) this.track(a);
	}
	incRef(a, backend) {
		this.trackTensor(a, backend);
		this.backend.incRef(a.dataId);
	}
	removeDataId(dataId, backend) {
		if (this.state.tensorInfo.has(dataId) && this.state.tensorInfo.get(dataId).backend === backend) {
			this.state.tensorInfo.delete(dataId);
			this.state.numDataBuffers--;
		}
	}
	disposeTensor(a) {
		if (!this.state.tensorInfo.has(a.dataId)) return;
		const info = this.state.tensorInfo.get(a.dataId);
		this.state.numTensors--;
		if (a.dtype === "string") {
			this.state.numStringTensors--;
			this.state.numBytes -= info.bytes;
		}
		if (a.dtype !== "complex64" && a.dtype !== "string") {
			const bytes = a.size * bytesPerElement(a.dtype);
			this.state.numBytes -= bytes;
		}
		if (info.backend.disposeData(a.dataId)) this.removeDataId(a.dataId, info.backend);
	}
	disposeVariables() {
		for (const varName in this.state.registeredVariables) {
			const v = this.state.registeredVariables[varName];
			this.disposeVariable(v);
		}
	}
	disposeVariable(v) {
		this.disposeTensor(v);
		if (this.state.registeredVariables[v.name] != null) delete this.state.registeredVariables[v.name];
	}
	memory() {
		const info = this.backend.memory();
		info.numTensors = this.state.numTensors;
		info.numDataBuffers = this.state.numDataBuffers;
		info.numBytes = this.state.numBytes;
		if (this.state.numStringTensors > 0) {
			info.unreliable = true;
			if (info.reasons == null) info.reasons = [];
			info.reasons.push("Memory usage by string tensors is approximate (2 bytes per character)");
		}
		return info;
	}
	async profile(query) {
		this.state.profiling = true;
		const startBytes = this.state.numBytes;
		const startNumTensors = this.state.numTensors;
		this.state.activeProfile.kernels = [];
		this.state.activeProfile.result = await query();
		this.state.profiling = false;
		this.state.activeProfile.peakBytes = Math.max(...this.state.activeProfile.kernels.map((d) => d.totalBytesSnapshot));
		this.state.activeProfile.newBytes = this.state.numBytes - startBytes;
		this.state.activeProfile.newTensors = this.state.numTensors - startNumTensors;
		for (const kernel of this.state.activeProfile.kernels) {
			kernel.kernelTimeMs = await kernel.kernelTimeMs;
			kernel.extraInfo = await kernel.extraInfo;
		}
		return this.state.activeProfile;
	}
	isTapeOn() {
		return this.state.gradientDepth > 0 && this.state.kernelDepth === 0;
	}
	addTapeNode(kernelName, inputs, outputs, gradientsFunc, saved, attrs) {
		const tapeNode = {
			id: this.state.nextTapeNodeId++,
			kernelName,
			inputs,
			outputs,
			saved
		};
		const gradConfig = getGradient(kernelName);
		if (gradConfig != null) gradientsFunc = gradConfig.gradFunc;
		if (gradientsFunc != null) tapeNode.gradient = (dys) => {
			dys = dys.map((dy, i) => {
				if (dy == null) {
					const output = outputs[i];
					const vals = makeZerosTypedArray(output.size, output.dtype);
					return this.makeTensor(vals, output.shape, output.dtype);
				}
				return dy;
			});
			return gradientsFunc(dys.length > 1 ? dys : dys[0], saved, attrs);
		};
		this.state.activeTape.push(tapeNode);
	}
	keep(result) {
		result.kept = true;
		return result;
	}
	startTape() {
		if (this.state.gradientDepth === 0) this.state.activeTape = [];
		this.state.gradientDepth++;
	}
	endTape() {
		this.state.gradientDepth--;
	}
	/**
	* Start a scope. Use this with endScope() to achieve the same functionality
	* as scope() without the need for a function closure.
	*/
	startScope(name) {
		const scopeInfo = {
			track: [],
			name: "unnamed scope",
			id: this.state.nextScopeId++
		};
		if (name) scopeInfo.name = name;
		this.state.scopeStack.push(scopeInfo);
		this.state.activeScope = scopeInfo;
	}
	/**
	* End a scope. Use this with startScope() to achieve the same functionality
	* as scope() without the need for a function closure.
	*/
	endScope(result) {
		const tensorsToTrackInParent = getTensorsInContainer(result);
		const tensorsToTrackInParentSet = new Set(tensorsToTrackInParent.map((t) => t.id));
		for (let i = 0; i < this.state.activeScope.track.length; i++) {
			const tensor = this.state.activeScope.track[i];
			if (!tensor.kept && !tensorsToTrackInParentSet.has(tensor.id)) tensor.dispose();
		}
		const oldScope = this.state.scopeStack.pop();
		this.state.activeScope = this.state.scopeStack.length === 0 ? null : this.state.scopeStack[this.state.scopeStack.length - 1];
		tensorsToTrackInParent.forEach((tensor) => {
			if (!tensor.kept && tensor.scopeId === oldScope.id) this.track(tensor);
		});
	}
	/**
	* Returns gradients of `f` with respect to each of the `xs`. The gradients
	* returned are of the same length as `xs`, but some might be null if `f`
	* was not a function of that `x`. It also takes optional dy to multiply the
	* gradient, which defaults to `1`.
	*/
	gradients(f, xs, dy, allowNoGradients = false) {
		assert(xs.length > 0, () => "gradients() received an empty list of xs.");
		if (dy != null && dy.dtype !== "float32") throw new Error(`dy must have 'float32' dtype, but has '${dy.dtype}'`);
		const y = this.scopedRun(() => this.startTape(), () => this.endTape(), () => this.tidy("forward", f));
		assert(y instanceof Tensor, () => "The result y returned by f() must be a tensor.");
		const filteredTape = getFilteredNodesXToY(this.state.activeTape, xs, y);
		if (!allowNoGradients && filteredTape.length === 0 && xs.length > 0) throw new Error("Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.");
		return this.tidy("backward", () => {
			const accumulatedGradientMap = {};
			accumulatedGradientMap[y.id] = dy == null ? ones(y.shape) : dy;
			backpropagateGradients(accumulatedGradientMap, filteredTape, (f) => this.tidy(f), add$1);
			const grads = xs.map((x) => accumulatedGradientMap[x.id]);
			if (this.state.gradientDepth === 0) {
				this.state.activeTape.forEach((node) => {
					for (const tensor of node.saved) tensor.dispose();
				});
				this.state.activeTape = null;
			}
			return {
				value: y,
				grads
			};
		});
	}
	customGrad(f) {
		assert(isFunction(f), () => "The f passed in customGrad(f) must be a function.");
		return (...inputs) => {
			assert(inputs.every((t) => t instanceof Tensor), () => "The args passed in customGrad(f)(x1, x2,...) must all be tensors");
			let res;
			const inputMap = {};
			inputs.forEach((input, i) => {
				inputMap[i] = input;
			});
			const forwardFunc = (_, save) => {
				res = f(...[...inputs, save]);
				assert(res.value instanceof Tensor, () => "The function f passed in customGrad(f) must return an object where `obj.value` is a tensor");
				assert(isFunction(res.gradFunc), () => "The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function.");
				return res.value;
			};
			const backwardsFunc = (dy, saved) => {
				const gradRes = res.gradFunc(dy, saved);
				const grads = Array.isArray(gradRes) ? gradRes : [gradRes];
				assert(grads.length === inputs.length, () => "The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns the same number of tensors as inputs passed to f(...).");
				assert(grads.every((t) => t instanceof Tensor), () => "The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns a list of only tensors.");
				const gradMap = {};
				grads.forEach((grad, i) => {
					gradMap[i] = () => grad;
				});
				return gradMap;
			};
			return this.runKernelFunc({
				forwardFunc,
				backwardsFunc,
				inputs: inputMap
			});
		};
	}
	readSync(dataId) {
		return this.state.tensorInfo.get(dataId).backend.readSync(dataId);
	}
	read(dataId) {
		return this.state.tensorInfo.get(dataId).backend.read(dataId);
	}
	readToGPU(dataId, options) {
		return this.state.tensorInfo.get(dataId).backend.readToGPU(dataId, options);
	}
	async time(query) {
		const start = now();
		const timingInfo = await this.backend.time(query);
		timingInfo.wallMs = now() - start;
		return timingInfo;
	}
	/**
	* Tracks a Tensor in the current scope to be automatically cleaned up
	* when the current scope ends, and returns the value.
	*
	* @param result The Tensor to track in the current scope.
	*/
	track(result) {
		if (this.state.activeScope != null) {
			result.scopeId = this.state.activeScope.id;
			this.state.activeScope.track.push(result);
		}
		return result;
	}
	get registeredVariables() {
		return this.state.registeredVariables;
	}
	/**
	* Resets the engine state. Removes all backends but does not remove
	* registered backend factories.
	*/
	reset() {
		this.pendingBackendInitId++;
		this.state.dispose();
		this.ENV.reset();
		this.state = new EngineState();
		for (const backendName in this.registry) {
			this.disposeRegisteredKernels(backendName);
			this.registry[backendName].dispose();
			delete this.registry[backendName];
		}
		this.backendName = null;
		this.backendInstance = null;
		this.pendingBackendInit = null;
	}
};
Engine.nextTensorId = 0;
Engine.nextVariableId = 0;
function ones(shape) {
	const values = makeOnesTypedArray(sizeFromShape(shape), "float32");
	return ENGINE.makeTensor(values, shape, "float32");
}
function getOrMakeEngine() {
	const ns = getGlobalNamespace();
	if (ns._tfengine == null) ns._tfengine = new Engine(new Environment(ns));
	setEnvironmentGlobal(ns._tfengine.ENV);
	setTensorTracker(() => ns._tfengine);
	return ns._tfengine;
}
var ENGINE = getOrMakeEngine();
/**
* A implementation of the add op for use within engine and tape.
*
* This allows us to avoid a circular dependency between add.ts and engine.
* It is exported to be available in tape tests.
*/
function add$1(a, b) {
	const inputs = {
		a,
		b
	};
	return ENGINE.runKernel("Add", inputs);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/device_util.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
function _isNavigatorDefined() {
	return typeof navigator !== "undefined" && navigator != null;
}
function isMobile(nav) {
	if (nav || _isNavigatorDefined()) {
		if (!nav) nav = navigator;
		if (nav.product === "ReactNative") return true;
		const a = nav.userAgent || nav.vendor || (typeof window !== "undefined" ? window.opera : "");
		if (!a) {
			const navAny = nav;
			return navAny.userAgentData && navAny.userAgentData.mobile;
		}
		return /(android|bb\d+|meego).+mobile|avantgo|bada\/|blackberry|blazer|compal|elaine|fennec|hiptop|iemobile|ip(hone|od)|iris|kindle|lge |maemo|midp|mmp|mobile.+firefox|netfront|opera m(ob|in)i|palm( os)?|phone|p(ixi|re)\/|plucker|pocket|psp|series(4|6)0|symbian|treo|up\.(browser|link)|vodafone|wap|windows ce|xda|xiino/i.test(a) || /1207|6310|6590|3gso|4thp|50[1-6]i|770s|802s|a wa|abac|ac(er|oo|s\-)|ai(ko|rn)|al(av|ca|co)|amoi|an(ex|ny|yw)|aptu|ar(ch|go)|as(te|us)|attw|au(di|\-m|r |s )|avan|be(ck|ll|nq)|bi(lb|rd)|bl(ac|az)|br(e|v)w|bumb|bw\-(n|u)|c55\/|capi|ccwa|cdm\-|cell|chtm|cldc|cmd\-|co(mp|nd)|craw|da(it|ll|ng)|dbte|dc\-s|devi|dica|dmob|do(c|p)o|ds(12|\-d)|el(49|ai)|em(l2|ul)|er(ic|k0)|esl8|ez([4-7]0|os|wa|ze)|fetc|fly(\-|_)|g1 u|g560|gene|gf\-5|g\-mo|go(\.w|od)|gr(ad|un)|haie|hcit|hd\-(m|p|t)|hei\-|hi(pt|ta)|hp( i|ip)|hs\-c|ht(c(\-| |_|a|g|p|s|t)|tp)|hu(aw|tc)|i\-(20|go|ma)|i230|iac( |\-|\/)|ibro|idea|ig01|ikom|im1k|inno|ipaq|iris|ja(t|v)a|jbro|jemu|jigs|kddi|keji|kgt( |\/)|klon|kpt |kwc\-|kyo(c|k)|le(no|xi)|lg( g|\/(k|l|u)|50|54|\-[a-w])|libw|lynx|m1\-w|m3ga|m50\/|ma(te|ui|xo)|mc(01|21|ca)|m\-cr|me(rc|ri)|mi(o8|oa|ts)|mmef|mo(01|02|bi|de|do|t(\-| |o|v)|zz)|mt(50|p1|v )|mwbp|mywa|n10[0-2]|n20[2-3]|n30(0|2)|n50(0|2|5)|n7(0(0|1)|10)|ne((c|m)\-|on|tf|wf|wg|wt)|nok(6|i)|nzph|o2im|op(ti|wv)|oran|owg1|p800|pan(a|d|t)|pdxg|pg(13|\-([1-8]|c))|phil|pire|pl(ay|uc)|pn\-2|po(ck|rt|se)|prox|psio|pt\-g|qa\-a|qc(07|12|21|32|60|\-[2-7]|i\-)|qtek|r380|r600|raks|rim9|ro(ve|zo)|s55\/|sa(ge|ma|mm|ms|ny|va)|sc(01|h\-|oo|p\-)|sdk\/|se(c(\-|0|1)|47|mc|nd|ri)|sgh\-|shar|sie(\-|m)|sk\-0|sl(45|id)|sm(al|ar|b3|it|t5)|so(ft|ny)|sp(01|h\-|v\-|v )|sy(01|mb)|t2(18|50)|t6(00|10|18)|ta(gt|lk)|tcl\-|tdg\-|tel(i|m)|tim\-|t\-mo|to(pl|sh)|ts(70|m\-|m3|m5)|tx\-9|up(\.b|g1|si)|utst|v400|v750|veri|vi(rg|te)|vk(40|5[0-3]|\-v)|vm40|voda|vulc|vx(52|53|60|61|70|80|81|83|85|98)|w3c(\-| )|webc|whit|wi(g |nc|nw)|wmlb|wonu|x700|yas\-|your|zeto|zte\-/i.test(a.substr(0, 4));
	}
	return false;
}
function isBrowser() {
	return typeof window !== "undefined" && window.document != null || typeof WorkerGlobalScope !== "undefined";
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/flags.js
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
var ENV = env();
/**
* This file contains environment-related flag registrations.
*/
/** Whether to enable debug mode. */
ENV.registerFlag("DEBUG", () => false, (debugValue) => {
	if (debugValue) console.warn("Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.");
});
/** Whether we are in a browser (as versus, say, node.js) environment. */
ENV.registerFlag("IS_BROWSER", () => isBrowser());
/** Whether we are in a browser (as versus, say, node.js) environment. */
ENV.registerFlag("IS_NODE", () => typeof process !== "undefined" && typeof process.versions !== "undefined" && typeof process.versions.node !== "undefined");
/** Whether this browser is Chrome. */
ENV.registerFlag("IS_CHROME", () => typeof navigator !== "undefined" && navigator != null && navigator.userAgent != null && /Chrome/.test(navigator.userAgent) && /Google Inc/.test(navigator.vendor));
/** Whether this browser is Safari. */
ENV.registerFlag("IS_SAFARI", () => typeof navigator !== "undefined" && navigator != null && navigator.userAgent != null && /Safari/.test(navigator.userAgent) && /Apple/.test(navigator.vendor));
/**
* True when the environment is "production" where we disable safety checks
* to gain performance.
*/
ENV.registerFlag("PROD", () => false);
/**
* Whether to do sanity checks when inferring a shape from user-provided
* values, used when creating a new tensor.
*/
ENV.registerFlag("TENSORLIKE_CHECK_SHAPE_CONSISTENCY", () => ENV.getBool("DEBUG"));
/** Whether deprecation warnings are enabled. */
ENV.registerFlag("DEPRECATION_WARNINGS_ENABLED", () => true);
/** True if running unit tests. */
ENV.registerFlag("IS_TEST", () => false);
/** Whether to check computation result for errors. */
ENV.registerFlag("CHECK_COMPUTATION_FOR_ERRORS", () => ENV.getBool("DEBUG"));
/** Whether the backend needs to wrap input to imageBitmap. */
ENV.registerFlag("WRAP_TO_IMAGEBITMAP", () => false);
/** Whether to enable canvas2d willReadFrequently for GPU backends */
ENV.registerFlag("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU", () => false);
/** Whether to use setTimeoutCustom */
ENV.registerFlag("USE_SETTIMEOUTCUSTOM", () => false);
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/tensor_util_env.js
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
function inferShape(val, dtype) {
	let firstElem = val;
	if (isTypedArray(val)) return dtype === "string" ? [] : [val.length];
	if (isWebGLData(val)) {
		const usedChannels = val.channels || "RGBA";
		return [val.height, val.width * usedChannels.length];
	} else if (isWebGPUData(val)) return [val.buffer.size / (dtype == null ? 4 : bytesPerElement(dtype))];
	if (!Array.isArray(val)) return [];
	const shape = [];
	while (Array.isArray(firstElem) || isTypedArray(firstElem) && dtype !== "string") {
		shape.push(firstElem.length);
		firstElem = firstElem[0];
	}
	if (Array.isArray(val) && env().getBool("TENSORLIKE_CHECK_SHAPE_CONSISTENCY")) deepAssertShapeConsistency(val, shape, []);
	return shape;
}
function deepAssertShapeConsistency(val, shape, indices) {
	indices = indices || [];
	if (!Array.isArray(val) && !isTypedArray(val)) {
		assert(shape.length === 0, () => `Element arr[${indices.join("][")}] is a primitive, but should be an array/TypedArray of ${shape[0]} elements`);
		return;
	}
	assert(shape.length > 0, () => `Element arr[${indices.join("][")}] should be a primitive, but is an array of ${val.length} elements`);
	assert(val.length === shape[0], () => `Element arr[${indices.join("][")}] should have ${shape[0]} elements, but has ${val.length} elements`);
	const subShape = shape.slice(1);
	for (let i = 0; i < val.length; ++i) deepAssertShapeConsistency(val[i], subShape, indices.concat(i));
}
function assertDtype(expectedDtype, actualDType, argName, functionName) {
	if (expectedDtype === "string_or_numeric") return;
	if (expectedDtype == null) throw new Error(`Expected dtype cannot be null.`);
	if (expectedDtype !== "numeric" && expectedDtype !== actualDType || expectedDtype === "numeric" && actualDType === "string") throw new Error(`Argument '${argName}' passed to '${functionName}' must be ${expectedDtype} tensor, but got ${actualDType} tensor`);
}
function convertToTensor(x, argName, functionName, parseAsDtype = "numeric") {
	if (x instanceof getGlobalTensorClass()) {
		assertDtype(parseAsDtype, x.dtype, argName, functionName);
		return x;
	}
	let inferredDtype = inferDtype(x);
	if (inferredDtype !== "string" && [
		"bool",
		"int32",
		"float32"
	].indexOf(parseAsDtype) >= 0) inferredDtype = parseAsDtype;
	assertDtype(parseAsDtype, inferredDtype, argName, functionName);
	if (x == null || !isTypedArray(x) && !Array.isArray(x) && typeof x !== "number" && typeof x !== "boolean" && typeof x !== "string") {
		const type = x == null ? "null" : x.constructor.name;
		throw new Error(`Argument '${argName}' passed to '${functionName}' must be a Tensor or TensorLike, but got '${type}'`);
	}
	const inferredShape = inferShape(x, inferredDtype);
	if (!isTypedArray(x) && !Array.isArray(x)) x = [x];
	const values = inferredDtype !== "string" ? toTypedArray(x, inferredDtype) : flatten(x, [], true);
	return ENGINE.makeTensor(values, inferredShape, inferredDtype);
}
function convertToTensorArray(arg, argName, functionName, parseAsDtype = "numeric") {
	if (!Array.isArray(arg)) throw new Error(`Argument ${argName} passed to ${functionName} must be a \`Tensor[]\` or \`TensorLike[]\``);
	return arg.map((t, i) => convertToTensor(t, `${argName}[${i}]`, functionName, parseAsDtype));
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/operation.js
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
var OP_SCOPE_SUFFIX = "__op";
/**
* Used for wrapping functions that perform math operations on
* Tensors. The function will be wrapped in a named scope that cleans all
* memory usage after the function is done.
*/
function op(f) {
	const keys = Object.keys(f);
	if (keys.length !== 1) throw new Error(`Please provide an object with a single key (operation name) mapping to a function. Got an object with ${keys.length} keys.`);
	let opName = keys[0];
	const fn = f[opName];
	if (opName.endsWith("_")) opName = opName.substring(0, opName.length - 1);
	opName = opName + OP_SCOPE_SUFFIX;
	const f2 = (...args) => {
		ENGINE.startScope(opName);
		try {
			const result = fn(...args);
			if (isPromise(result)) console.error("Cannot return a Promise inside of tidy.");
			ENGINE.endScope(result);
			return result;
		} catch (ex) {
			ENGINE.endScope(null);
			throw ex;
		}
	};
	Object.defineProperty(f2, "name", {
		value: opName,
		configurable: true
	});
	return f2;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/tensor_ops_util.js
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
/** This is shared code across all tensor creation methods. */
function makeTensor(values, shape, inferredShape, dtype) {
	if (dtype == null) dtype = inferDtype(values);
	else if (dtype === "complex64") throw new Error("Cannot construct a complex64 tensor directly. Please use tf.complex(real, imag).");
	if (isWebGPUData(values) || isWebGLData(values)) {
		if (dtype !== "float32" && dtype !== "int32") throw new Error(`Creating tensor from GPU data only supports 'float32'|'int32' dtype, while the dtype is ${dtype}.`);
		return ENGINE.backend.createTensorFromGPUData(values, shape || inferredShape, dtype);
	}
	if (!isTypedArray(values) && !Array.isArray(values) && typeof values !== "number" && typeof values !== "boolean" && typeof values !== "string") throw new Error("values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray");
	if (shape != null) {
		assertNonNegativeIntegerDimensions(shape);
		const providedSize = sizeFromShape(shape);
		const inferredSize = sizeFromShape(inferredShape);
		assert(providedSize === inferredSize, () => `Based on the provided shape, [${shape}], the tensor should have ${providedSize} values but has ${inferredSize}`);
		for (let i = 0; i < inferredShape.length; ++i) {
			const inferred = inferredShape[i];
			const flatDimsDontMatch = i === inferredShape.length - 1 ? inferred !== sizeFromShape(shape.slice(i)) : true;
			assert(inferredShape[i] === shape[i] || !flatDimsDontMatch, () => `Error creating a new Tensor. Inferred shape (${inferredShape}) does not match the provided shape (${shape}). `);
		}
	}
	if (!isTypedArray(values) && !Array.isArray(values)) values = [values];
	shape = shape || inferredShape;
	values = dtype !== "string" ? toTypedArray(values, dtype) : flatten(values, [], true);
	return ENGINE.makeTensor(values, shape, dtype);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/io/composite_array_buffer.js
/**
* Wraps a list of ArrayBuffers into a `slice()`-able object without allocating
* a large ArrayBuffer.
*
* Allocating large ArrayBuffers (~2GB) can be unstable on Chrome. TFJS loads
* its weights as a list of (usually) 4MB ArrayBuffers and then slices the
* weight tensors out of them. For small models, it's safe to concatenate all
* the weight buffers into a single ArrayBuffer and then slice the weight
* tensors out of it, but for large models, a different approach is needed.
*/
var CompositeArrayBuffer = class CompositeArrayBuffer {
	/**
	* Concatenate a number of ArrayBuffers into one.
	*
	* @param buffers An array of ArrayBuffers to concatenate, or a single
	*     ArrayBuffer.
	* @returns Result of concatenating `buffers` in order.
	*/
	static join(buffers) {
		return new CompositeArrayBuffer(buffers).slice();
	}
	constructor(buffers) {
		this.shards = [];
		this.previousShardIndex = 0;
		if (buffers == null) return;
		if (!(buffers instanceof Array)) buffers = [buffers];
		buffers = buffers.map((bufferOrTypedArray) => {
			if (isTypedArray(bufferOrTypedArray)) return bufferOrTypedArray.buffer;
			return bufferOrTypedArray;
		});
		if (buffers.length === 0) return;
		this.bufferUniformSize = buffers[0].byteLength;
		let start = 0;
		for (let i = 0; i < buffers.length; i++) {
			const buffer = buffers[i];
			if (i !== buffers.length - 1 && buffer.byteLength !== this.bufferUniformSize) this.bufferUniformSize = void 0;
			const end = start + buffer.byteLength;
			this.shards.push({
				buffer,
				start,
				end
			});
			start = end;
		}
		if (this.shards.length === 0) this.byteLength = 0;
		this.byteLength = this.shards[this.shards.length - 1].end;
	}
	slice(start = 0, end = this.byteLength) {
		if (this.shards.length === 0) return /* @__PURE__ */ new ArrayBuffer(0);
		start = isNaN(Number(start)) ? 0 : start;
		end = isNaN(Number(end)) ? 0 : end;
		start = Math.max(0, start);
		end = Math.min(this.byteLength, end);
		if (end <= start) return /* @__PURE__ */ new ArrayBuffer(0);
		const startShardIndex = this.findShardForByte(start);
		if (startShardIndex === -1) throw new Error(`Could not find start shard for byte ${start}`);
		const size = end - start;
		const outputBuffer = new ArrayBuffer(size);
		const outputArray = new Uint8Array(outputBuffer);
		let sliced = 0;
		for (let i = startShardIndex; i < this.shards.length; i++) {
			const shard = this.shards[i];
			const localStart = start + sliced - shard.start;
			const outputStart = sliced;
			const localEnd = Math.min(end, shard.end) - shard.start;
			const outputSlice = new Uint8Array(shard.buffer, localStart, localEnd - localStart);
			outputArray.set(outputSlice, outputStart);
			sliced += outputSlice.length;
			if (end < shard.end) break;
		}
		return outputBuffer;
	}
	/**
	* Get the index of the shard that contains the byte at `byteIndex`.
	*/
	findShardForByte(byteIndex) {
		if (this.shards.length === 0 || byteIndex < 0 || byteIndex >= this.byteLength) return -1;
		if (this.bufferUniformSize != null) {
			this.previousShardIndex = Math.floor(byteIndex / this.bufferUniformSize);
			return this.previousShardIndex;
		}
		function check(shard) {
			if (byteIndex < shard.start) return -1;
			if (byteIndex >= shard.end) return 1;
			return 0;
		}
		if (check(this.shards[this.previousShardIndex]) === 0) return this.previousShardIndex;
		const index = search(this.shards, check);
		if (index === -1) return -1;
		this.previousShardIndex = index;
		return this.previousShardIndex;
	}
};
/**
* Search for an element of a sorted array.
*
* @param sortedArray The sorted array to search
* @param compare A function to compare the current value against the searched
*     value. Return 0 on a match, negative if the searched value is less than
*     the value passed to the function, and positive if the searched value is
*     greater than the value passed to the function.
* @returns The index of the element, or -1 if it's not in the array.
*/
function search(sortedArray, compare) {
	let min = 0;
	let max = sortedArray.length;
	while (min <= max) {
		const middle = Math.floor((max - min) / 2) + min;
		const side = compare(sortedArray[middle]);
		if (side === 0) return middle;
		else if (side < 0) max = middle;
		else min = middle + 1;
	}
	return -1;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/globals.js
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
/** Warn users about deprecated functionality. */
function deprecationWarn(msg) {
	if (env().getBool("DEPRECATION_WARNINGS_ENABLED")) console.warn(msg + " You can disable deprecation warnings with tf.disableDeprecationWarnings().");
}
/**
* It returns the global engine that keeps track of all tensors and backends.
*
* @doc {heading: 'Environment'}
*/
function engine() {
	return ENGINE;
}
/**
* Returns memory info at the current time in the program. The result is an
* object with the following properties:
*
* - `numBytes`: Number of bytes allocated (undisposed) at this time.
* - `numTensors`: Number of unique tensors allocated.
* - `numDataBuffers`: Number of unique data buffers allocated
*   (undisposed) at this time, which is ≤ the number of tensors
*   (e.g. `a.reshape(newShape)` makes a new Tensor that shares the same
*   data buffer with `a`).
* - `unreliable`: True if the memory usage is unreliable. See `reasons` when
*    `unreliable` is true.
* - `reasons`: `string[]`, reasons why the memory is unreliable, present if
*    `unreliable` is true.
*
* WebGL Properties:
* - `numBytesInGPU`: Number of bytes allocated (undisposed) in the GPU only at
*     this time.
*
* @doc {heading: 'Performance', subheading: 'Memory'}
*/
function memory() {
	return ENGINE.memory();
}
/**
* Executes the provided function `fn` and after it is executed, cleans up all
* intermediate tensors allocated by `fn` except those returned by `fn`.
* `fn` must not return a Promise (async functions not allowed). The returned
* result can be a complex object.
*
* Using this method helps avoid memory leaks. In general, wrap calls to
* operations in `tf.tidy` for automatic memory cleanup.
*
* NOTE: Variables do *not* get cleaned up when inside a tidy(). If you want to
* dispose variables, please use `tf.disposeVariables` or call dispose()
* directly on variables.
*
* ```js
* // y = 2 ^ 2 + 1
* const y = tf.tidy(() => {
*   // a, b, and one will be cleaned up when the tidy ends.
*   const one = tf.scalar(1);
*   const a = tf.scalar(2);
*   const b = a.square();
*
*   console.log('numTensors (in tidy): ' + tf.memory().numTensors);
*
*   // The value returned inside the tidy function will return
*   // through the tidy, in this case to the variable y.
*   return b.add(one);
* });
*
* console.log('numTensors (outside tidy): ' + tf.memory().numTensors);
* y.print();
* ```
*
* @param nameOrFn The name of the closure, or the function to execute.
*     If a name is provided, the 2nd argument should be the function.
*     If debug mode is on, the timing and the memory usage of the function
*     will be tracked and displayed on the console using the provided name.
* @param fn The function to execute.
*
* @doc {heading: 'Performance', subheading: 'Memory'}
*/
function tidy(nameOrFn, fn) {
	return ENGINE.tidy(nameOrFn, fn);
}
/**
* Disposes any `tf.Tensor`s found within the provided object.
*
* @param container an object that may be a `tf.Tensor` or may directly
*     contain `tf.Tensor`s, such as a `Tensor[]` or `{key: Tensor, ...}`. If
*     the object is not a `tf.Tensor` or does not contain `Tensors`, nothing
*     happens. In general it is safe to pass any object here, except that
*     `Promise`s are not supported.
*
* @doc {heading: 'Performance', subheading: 'Memory'}
*/
function dispose(container) {
	getTensorsInContainer(container).forEach((tensor) => tensor.dispose());
}
/**
* Keeps a `tf.Tensor` generated inside a `tf.tidy` from being disposed
* automatically.
*
* ```js
* let b;
* const y = tf.tidy(() => {
*   const one = tf.scalar(1);
*   const a = tf.scalar(2);
*
*   // b will not be cleaned up by the tidy. a and one will be cleaned up
*   // when the tidy ends.
*   b = tf.keep(a.square());
*
*   console.log('numTensors (in tidy): ' + tf.memory().numTensors);
*
*   // The value returned inside the tidy function will return
*   // through the tidy, in this case to the variable y.
*   return b.add(one);
* });
*
* console.log('numTensors (outside tidy): ' + tf.memory().numTensors);
* console.log('y:');
* y.print();
* console.log('b:');
* b.print();
* ```
*
* @param result The tensor to keep from being disposed.
*
* @doc {heading: 'Performance', subheading: 'Memory'}
*/
function keep(result) {
	return ENGINE.keep(result);
}
/**
* Sets the backend (cpu, webgl, wasm, etc) responsible for creating tensors and
* executing operations on those tensors. Returns a promise that resolves
* to a boolean if the backend initialization was successful.
*
* Note this disposes the current backend, if any, as well as any tensors
* associated with it. A new backend is initialized, even if it is of the
* same type as the previous one.
*
* @param backendName The name of the backend. Currently supports
*     `'webgl'|'cpu'` in the browser, `'tensorflow'` under node.js
*     (requires tfjs-node), and `'wasm'` (requires tfjs-backend-wasm).
*
* @doc {heading: 'Backends'}
*/
function setBackend(backendName) {
	return ENGINE.setBackend(backendName);
}
/**
* Returns the current backend name (cpu, webgl, etc). The backend is
* responsible for creating tensors and executing operations on those tensors.
*
* @doc {heading: 'Backends'}
*/
function getBackend() {
	return ENGINE.backendName;
}
/**
* Finds the backend registered under the provided name. Returns null if the
* name is not in the registry, or the registration hasn't finished yet.
*/
function findBackend(name) {
	return ENGINE.findBackend(name);
}
/**
* Registers a global backend. The registration should happen when importing
* a module file (e.g. when importing `backend_webgl.ts`), and is used for
* modular builds (e.g. custom tfjs bundle with only webgl support).
*
* @param factory The backend factory function. When called, it should
* return a backend instance, or a promise of an instance.
* @param priority The priority of the backend (higher = more important).
*     In case multiple backends are registered, the priority is used to find
*     the best backend. Defaults to 1.
* @return False if there is already a registered backend under this name, true
*     if not.
*
* @doc {heading: 'Backends'}
*/
function registerBackend(name, factory, priority = 1) {
	return ENGINE.registerBackend(name, factory, priority);
}
/**
* Gets the current backend. If no backends have been initialized, this will
* attempt to initialize the best backend. Will throw an error if the highest
* priority backend has async initialization, in which case you should call
* 'await tf.ready()' before running other code.
*
* @doc {heading: 'Backends'}
*/
function backend() {
	return ENGINE.backend;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/io/io_utils.js
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
var useNodeBuffer = typeof Buffer !== "undefined" && (typeof Blob === "undefined" || typeof atob === "undefined" || typeof btoa === "undefined");
/**
* Calculate the byte length of a JavaScript string.
*
* Note that a JavaScript string can contain wide characters, therefore the
* length of the string is not necessarily equal to the byte length.
*
* @param str Input string.
* @returns Byte length.
*/
function stringByteLength(str) {
	if (useNodeBuffer) return Buffer.byteLength(str, "utf8");
	return new Blob([str]).size;
}
/**
* Encode an ArrayBuffer as a base64 encoded string.
*
* @param buffer `ArrayBuffer` to be converted.
* @returns A string that base64-encodes `buffer`.
*/
function arrayBufferToBase64String(buffer) {
	if (useNodeBuffer) return Buffer.from(buffer).toString("base64");
	const buf = new Uint8Array(buffer);
	let s = "";
	for (let i = 0, l = buf.length; i < l; i++) s += String.fromCharCode(buf[i]);
	return btoa(s);
}
/**
* Decode a base64 string as an ArrayBuffer.
*
* @param str Base64 string.
* @returns Decoded `ArrayBuffer`.
*/
function base64StringToArrayBuffer(str) {
	if (useNodeBuffer) {
		const buf = Buffer.from(str, "base64");
		return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
	}
	const s = atob(str);
	const buffer = new Uint8Array(s.length);
	for (let i = 0; i < s.length; ++i) buffer.set([s.charCodeAt(i)], i);
	return buffer.buffer;
}
/**
* Populate ModelArtifactsInfo fields for a model with JSON topology.
* @param modelArtifacts
* @returns A ModelArtifactsInfo object.
*/
function getModelArtifactsInfoForJSON(modelArtifacts) {
	if (modelArtifacts.modelTopology instanceof ArrayBuffer) throw new Error("Expected JSON model topology, received ArrayBuffer.");
	return {
		dateSaved: /* @__PURE__ */ new Date(),
		modelTopologyType: "JSON",
		modelTopologyBytes: modelArtifacts.modelTopology == null ? 0 : stringByteLength(JSON.stringify(modelArtifacts.modelTopology)),
		weightSpecsBytes: modelArtifacts.weightSpecs == null ? 0 : stringByteLength(JSON.stringify(modelArtifacts.weightSpecs)),
		weightDataBytes: modelArtifacts.weightData == null ? 0 : new CompositeArrayBuffer(modelArtifacts.weightData).byteLength
	};
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/io/router_registry.js
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
var IORouterRegistry = class IORouterRegistry {
	constructor() {
		this.saveRouters = [];
		this.loadRouters = [];
	}
	static getInstance() {
		if (IORouterRegistry.instance == null) IORouterRegistry.instance = new IORouterRegistry();
		return IORouterRegistry.instance;
	}
	/**
	* Register a save-handler router.
	*
	* @param saveRouter A function that maps a URL-like string onto an instance
	* of `IOHandler` with the `save` method defined or `null`.
	*/
	static registerSaveRouter(saveRouter) {
		IORouterRegistry.getInstance().saveRouters.push(saveRouter);
	}
	/**
	* Register a load-handler router.
	*
	* @param loadRouter A function that maps a URL-like string onto an instance
	* of `IOHandler` with the `load` method defined or `null`.
	*/
	static registerLoadRouter(loadRouter) {
		IORouterRegistry.getInstance().loadRouters.push(loadRouter);
	}
	/**
	* Look up IOHandler for saving, given a URL-like string.
	*
	* @param url
	* @returns If only one match is found, an instance of IOHandler with the
	* `save` method defined. If no match is found, `null`.
	* @throws Error, if more than one match is found.
	*/
	static getSaveHandlers(url) {
		return IORouterRegistry.getHandlers(url, "save");
	}
	/**
	* Look up IOHandler for loading, given a URL-like string.
	*
	* @param url
	* @param loadOptions Optional, custom load options.
	* @returns All valid handlers for `url`, given the currently registered
	*   handler routers.
	*/
	static getLoadHandlers(url, loadOptions) {
		return IORouterRegistry.getHandlers(url, "load", loadOptions);
	}
	static getHandlers(url, handlerType, loadOptions) {
		const validHandlers = [];
		(handlerType === "load" ? IORouterRegistry.getInstance().loadRouters : IORouterRegistry.getInstance().saveRouters).forEach((router) => {
			const handler = router(url, loadOptions);
			if (handler !== null) validHandlers.push(handler);
		});
		return validHandlers;
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/io/indexed_db.js
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
var DATABASE_NAME = "tensorflowjs";
var DATABASE_VERSION = 1;
var MODEL_STORE_NAME = "models_store";
var INFO_STORE_NAME = "model_info_store";
function getIndexedDBFactory() {
	if (!env().getBool("IS_BROWSER")) throw new Error("Failed to obtain IndexedDB factory because the current environmentis not a web browser.");
	const theWindow = typeof window === "undefined" ? self : window;
	const factory = theWindow.indexedDB || theWindow.mozIndexedDB || theWindow.webkitIndexedDB || theWindow.msIndexedDB || theWindow.shimIndexedDB;
	if (factory == null) throw new Error("The current browser does not appear to support IndexedDB.");
	return factory;
}
function setUpDatabase(openRequest) {
	const db = openRequest.result;
	db.createObjectStore(MODEL_STORE_NAME, { keyPath: "modelPath" });
	db.createObjectStore(INFO_STORE_NAME, { keyPath: "modelPath" });
}
/**
* IOHandler subclass: Browser IndexedDB.
*
* See the doc string of `browserIndexedDB` for more details.
*/
var BrowserIndexedDB = class {
	constructor(modelPath) {
		this.indexedDB = getIndexedDBFactory();
		if (modelPath == null || !modelPath) throw new Error("For IndexedDB, modelPath must not be null, undefined or empty.");
		this.modelPath = modelPath;
	}
	async save(modelArtifacts) {
		if (modelArtifacts.modelTopology instanceof ArrayBuffer) throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");
		return this.databaseAction(this.modelPath, modelArtifacts);
	}
	async load() {
		return this.databaseAction(this.modelPath);
	}
	/**
	* Perform database action to put model artifacts into or read model artifacts
	* from IndexedDB object store.
	*
	* Whether the action is put or get depends on whether `modelArtifacts` is
	* specified. If it is specified, the action will be put; otherwise the action
	* will be get.
	*
	* @param modelPath A unique string path for the model.
	* @param modelArtifacts If specified, it will be the model artifacts to be
	*   stored in IndexedDB.
	* @returns A `Promise` of `SaveResult`, if the action is put, or a `Promise`
	*   of `ModelArtifacts`, if the action is get.
	*/
	databaseAction(modelPath, modelArtifacts) {
		return new Promise((resolve, reject) => {
			const openRequest = this.indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
			openRequest.onupgradeneeded = () => setUpDatabase(openRequest);
			openRequest.onsuccess = () => {
				const db = openRequest.result;
				if (modelArtifacts == null) {
					const modelTx = db.transaction(MODEL_STORE_NAME, "readonly");
					const getRequest = modelTx.objectStore(MODEL_STORE_NAME).get(this.modelPath);
					getRequest.onsuccess = () => {
						if (getRequest.result == null) {
							db.close();
							return reject(/* @__PURE__ */ new Error(`Cannot find model with path '${this.modelPath}' in IndexedDB.`));
						} else resolve(getRequest.result.modelArtifacts);
					};
					getRequest.onerror = (error) => {
						db.close();
						return reject(getRequest.error);
					};
					modelTx.oncomplete = () => db.close();
				} else {
					modelArtifacts.weightData = CompositeArrayBuffer.join(modelArtifacts.weightData);
					const modelArtifactsInfo = getModelArtifactsInfoForJSON(modelArtifacts);
					const infoTx = db.transaction(INFO_STORE_NAME, "readwrite");
					let infoStore = infoTx.objectStore(INFO_STORE_NAME);
					let putInfoRequest;
					try {
						putInfoRequest = infoStore.put({
							modelPath: this.modelPath,
							modelArtifactsInfo
						});
					} catch (error) {
						return reject(error);
					}
					let modelTx;
					putInfoRequest.onsuccess = () => {
						modelTx = db.transaction(MODEL_STORE_NAME, "readwrite");
						const modelStore = modelTx.objectStore(MODEL_STORE_NAME);
						let putModelRequest;
						try {
							putModelRequest = modelStore.put({
								modelPath: this.modelPath,
								modelArtifacts,
								modelArtifactsInfo
							});
						} catch (error) {
							return reject(error);
						}
						putModelRequest.onsuccess = () => resolve({ modelArtifactsInfo });
						putModelRequest.onerror = (error) => {
							infoStore = infoTx.objectStore(INFO_STORE_NAME);
							const deleteInfoRequest = infoStore.delete(this.modelPath);
							deleteInfoRequest.onsuccess = () => {
								db.close();
								return reject(putModelRequest.error);
							};
							deleteInfoRequest.onerror = (error) => {
								db.close();
								return reject(putModelRequest.error);
							};
						};
					};
					putInfoRequest.onerror = (error) => {
						db.close();
						return reject(putInfoRequest.error);
					};
					infoTx.oncomplete = () => {
						if (modelTx == null) db.close();
						else modelTx.oncomplete = () => db.close();
					};
				}
			};
			openRequest.onerror = (error) => reject(openRequest.error);
		});
	}
};
BrowserIndexedDB.URL_SCHEME = "indexeddb://";
var indexedDBRouter = (url) => {
	if (!env().getBool("IS_BROWSER")) return null;
	else if (!Array.isArray(url) && url.startsWith(BrowserIndexedDB.URL_SCHEME)) return browserIndexedDB(url.slice(BrowserIndexedDB.URL_SCHEME.length));
	else return null;
};
IORouterRegistry.registerSaveRouter(indexedDBRouter);
IORouterRegistry.registerLoadRouter(indexedDBRouter);
/**
* Creates a browser IndexedDB IOHandler for saving and loading models.
*
* ```js
* const model = tf.sequential();
* model.add(
*     tf.layers.dense({units: 1, inputShape: [100], activation: 'sigmoid'}));
*
* const saveResult = await model.save('indexeddb://MyModel'));
* console.log(saveResult);
* ```
*
* @param modelPath A unique identifier for the model to be saved. Must be a
*   non-empty string.
* @returns An instance of `BrowserIndexedDB` (subclass of `IOHandler`),
*   which can be used with, e.g., `tf.Model.save`.
*/
function browserIndexedDB(modelPath) {
	return new BrowserIndexedDB(modelPath);
}
function maybeStripScheme$1(key) {
	return key.startsWith(BrowserIndexedDB.URL_SCHEME) ? key.slice(BrowserIndexedDB.URL_SCHEME.length) : key;
}
var BrowserIndexedDBManager = class {
	constructor() {
		this.indexedDB = getIndexedDBFactory();
	}
	async listModels() {
		return new Promise((resolve, reject) => {
			const openRequest = this.indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
			openRequest.onupgradeneeded = () => setUpDatabase(openRequest);
			openRequest.onsuccess = () => {
				const db = openRequest.result;
				const tx = db.transaction(INFO_STORE_NAME, "readonly");
				const getAllInfoRequest = tx.objectStore(INFO_STORE_NAME).getAll();
				getAllInfoRequest.onsuccess = () => {
					const out = {};
					for (const item of getAllInfoRequest.result) out[item.modelPath] = item.modelArtifactsInfo;
					resolve(out);
				};
				getAllInfoRequest.onerror = (error) => {
					db.close();
					return reject(getAllInfoRequest.error);
				};
				tx.oncomplete = () => db.close();
			};
			openRequest.onerror = (error) => reject(openRequest.error);
		});
	}
	async removeModel(path) {
		path = maybeStripScheme$1(path);
		return new Promise((resolve, reject) => {
			const openRequest = this.indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
			openRequest.onupgradeneeded = () => setUpDatabase(openRequest);
			openRequest.onsuccess = () => {
				const db = openRequest.result;
				const infoTx = db.transaction(INFO_STORE_NAME, "readwrite");
				const infoStore = infoTx.objectStore(INFO_STORE_NAME);
				const getInfoRequest = infoStore.get(path);
				let modelTx;
				getInfoRequest.onsuccess = () => {
					if (getInfoRequest.result == null) {
						db.close();
						return reject(/* @__PURE__ */ new Error(`Cannot find model with path '${path}' in IndexedDB.`));
					} else {
						const deleteInfoRequest = infoStore.delete(path);
						const deleteModelData = () => {
							modelTx = db.transaction(MODEL_STORE_NAME, "readwrite");
							const deleteModelRequest = modelTx.objectStore(MODEL_STORE_NAME).delete(path);
							deleteModelRequest.onsuccess = () => resolve(getInfoRequest.result.modelArtifactsInfo);
							deleteModelRequest.onerror = (error) => reject(getInfoRequest.error);
						};
						deleteInfoRequest.onsuccess = deleteModelData;
						deleteInfoRequest.onerror = (error) => {
							deleteModelData();
							db.close();
							return reject(getInfoRequest.error);
						};
					}
				};
				getInfoRequest.onerror = (error) => {
					db.close();
					return reject(getInfoRequest.error);
				};
				infoTx.oncomplete = () => {
					if (modelTx == null) db.close();
					else modelTx.oncomplete = () => db.close();
				};
			};
			openRequest.onerror = (error) => reject(openRequest.error);
		});
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/io/local_storage.js
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
var PATH_SEPARATOR = "/";
var PATH_PREFIX = "tensorflowjs_models";
var INFO_SUFFIX = "info";
var MODEL_TOPOLOGY_SUFFIX = "model_topology";
var WEIGHT_SPECS_SUFFIX = "weight_specs";
var WEIGHT_DATA_SUFFIX = "weight_data";
var MODEL_METADATA_SUFFIX = "model_metadata";
function getModelKeys(path) {
	return {
		info: [
			PATH_PREFIX,
			path,
			INFO_SUFFIX
		].join(PATH_SEPARATOR),
		topology: [
			PATH_PREFIX,
			path,
			MODEL_TOPOLOGY_SUFFIX
		].join(PATH_SEPARATOR),
		weightSpecs: [
			PATH_PREFIX,
			path,
			WEIGHT_SPECS_SUFFIX
		].join(PATH_SEPARATOR),
		weightData: [
			PATH_PREFIX,
			path,
			WEIGHT_DATA_SUFFIX
		].join(PATH_SEPARATOR),
		modelMetadata: [
			PATH_PREFIX,
			path,
			MODEL_METADATA_SUFFIX
		].join(PATH_SEPARATOR)
	};
}
function removeItems(keys) {
	for (const key of Object.values(keys)) window.localStorage.removeItem(key);
}
/**
* Get model path from a local-storage key.
*
* E.g., 'tensorflowjs_models/my/model/1/info' --> 'my/model/1'
*
* @param key
*/
function getModelPathFromKey(key) {
	const items = key.split(PATH_SEPARATOR);
	if (items.length < 3) throw new Error(`Invalid key format: ${key}`);
	return items.slice(1, items.length - 1).join(PATH_SEPARATOR);
}
function maybeStripScheme(key) {
	return key.startsWith(BrowserLocalStorage.URL_SCHEME) ? key.slice(BrowserLocalStorage.URL_SCHEME.length) : key;
}
/**
* IOHandler subclass: Browser Local Storage.
*
* See the doc string to `browserLocalStorage` for more details.
*/
var BrowserLocalStorage = class {
	constructor(modelPath) {
		if (!env().getBool("IS_BROWSER") || typeof window === "undefined" || typeof window.localStorage === "undefined") throw new Error("The current environment does not support local storage.");
		this.LS = window.localStorage;
		if (modelPath == null || !modelPath) throw new Error("For local storage, modelPath must not be null, undefined or empty.");
		this.modelPath = modelPath;
		this.keys = getModelKeys(this.modelPath);
	}
	/**
	* Save model artifacts to browser local storage.
	*
	* See the documentation to `browserLocalStorage` for details on the saved
	* artifacts.
	*
	* @param modelArtifacts The model artifacts to be stored.
	* @returns An instance of SaveResult.
	*/
	async save(modelArtifacts) {
		if (modelArtifacts.modelTopology instanceof ArrayBuffer) throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");
		else {
			const topology = JSON.stringify(modelArtifacts.modelTopology);
			const weightSpecs = JSON.stringify(modelArtifacts.weightSpecs);
			const modelArtifactsInfo = getModelArtifactsInfoForJSON(modelArtifacts);
			const weightBuffer = CompositeArrayBuffer.join(modelArtifacts.weightData);
			try {
				this.LS.setItem(this.keys.info, JSON.stringify(modelArtifactsInfo));
				this.LS.setItem(this.keys.topology, topology);
				this.LS.setItem(this.keys.weightSpecs, weightSpecs);
				this.LS.setItem(this.keys.weightData, arrayBufferToBase64String(weightBuffer));
				const metadata = {
					format: modelArtifacts.format,
					generatedBy: modelArtifacts.generatedBy,
					convertedBy: modelArtifacts.convertedBy,
					signature: modelArtifacts.signature != null ? modelArtifacts.signature : void 0,
					userDefinedMetadata: modelArtifacts.userDefinedMetadata != null ? modelArtifacts.userDefinedMetadata : void 0,
					modelInitializer: modelArtifacts.modelInitializer != null ? modelArtifacts.modelInitializer : void 0,
					initializerSignature: modelArtifacts.initializerSignature != null ? modelArtifacts.initializerSignature : void 0,
					trainingConfig: modelArtifacts.trainingConfig != null ? modelArtifacts.trainingConfig : void 0
				};
				this.LS.setItem(this.keys.modelMetadata, JSON.stringify(metadata));
				return { modelArtifactsInfo };
			} catch (err) {
				removeItems(this.keys);
				throw new Error(`Failed to save model '${this.modelPath}' to local storage: size quota being exceeded is a possible cause of this failure: modelTopologyBytes=${modelArtifactsInfo.modelTopologyBytes}, weightSpecsBytes=${modelArtifactsInfo.weightSpecsBytes}, weightDataBytes=${modelArtifactsInfo.weightDataBytes}.`);
			}
		}
	}
	/**
	* Load a model from local storage.
	*
	* See the documentation to `browserLocalStorage` for details on the saved
	* artifacts.
	*
	* @returns The loaded model (if loading succeeds).
	*/
	async load() {
		const info = JSON.parse(this.LS.getItem(this.keys.info));
		if (info == null) throw new Error(`In local storage, there is no model with name '${this.modelPath}'`);
		if (info.modelTopologyType !== "JSON") throw new Error("BrowserLocalStorage does not support loading non-JSON model topology yet.");
		const out = {};
		const topology = JSON.parse(this.LS.getItem(this.keys.topology));
		if (topology == null) throw new Error(`In local storage, the topology of model '${this.modelPath}' is missing.`);
		out.modelTopology = topology;
		const weightSpecs = JSON.parse(this.LS.getItem(this.keys.weightSpecs));
		if (weightSpecs == null) throw new Error(`In local storage, the weight specs of model '${this.modelPath}' are missing.`);
		out.weightSpecs = weightSpecs;
		const metadataString = this.LS.getItem(this.keys.modelMetadata);
		if (metadataString != null) {
			const metadata = JSON.parse(metadataString);
			out.format = metadata.format;
			out.generatedBy = metadata.generatedBy;
			out.convertedBy = metadata.convertedBy;
			if (metadata.signature != null) out.signature = metadata.signature;
			if (metadata.userDefinedMetadata != null) out.userDefinedMetadata = metadata.userDefinedMetadata;
			if (metadata.modelInitializer != null) out.modelInitializer = metadata.modelInitializer;
			if (metadata.initializerSignature != null) out.initializerSignature = metadata.initializerSignature;
			if (metadata.trainingConfig != null) out.trainingConfig = metadata.trainingConfig;
		}
		const weightDataBase64 = this.LS.getItem(this.keys.weightData);
		if (weightDataBase64 == null) throw new Error(`In local storage, the binary weight values of model '${this.modelPath}' are missing.`);
		out.weightData = base64StringToArrayBuffer(weightDataBase64);
		return out;
	}
};
BrowserLocalStorage.URL_SCHEME = "localstorage://";
var localStorageRouter = (url) => {
	if (!env().getBool("IS_BROWSER")) return null;
	else if (!Array.isArray(url) && url.startsWith(BrowserLocalStorage.URL_SCHEME)) return browserLocalStorage(url.slice(BrowserLocalStorage.URL_SCHEME.length));
	else return null;
};
IORouterRegistry.registerSaveRouter(localStorageRouter);
IORouterRegistry.registerLoadRouter(localStorageRouter);
/**
* Factory function for local storage IOHandler.
*
* This `IOHandler` supports both `save` and `load`.
*
* For each model's saved artifacts, four items are saved to local storage.
*   - `${PATH_SEPARATOR}/${modelPath}/info`: Contains meta-info about the
*     model, such as date saved, type of the topology, size in bytes, etc.
*   - `${PATH_SEPARATOR}/${modelPath}/topology`: Model topology. For Keras-
*     style models, this is a stringized JSON.
*   - `${PATH_SEPARATOR}/${modelPath}/weight_specs`: Weight specs of the
*     model, can be used to decode the saved binary weight values (see
*     item below).
*   - `${PATH_SEPARATOR}/${modelPath}/weight_data`: Concatenated binary
*     weight values, stored as a base64-encoded string.
*
* Saving may throw an `Error` if the total size of the artifacts exceed the
* browser-specific quota.
*
* @param modelPath A unique identifier for the model to be saved. Must be a
*   non-empty string.
* @returns An instance of `IOHandler`, which can be used with, e.g.,
*   `tf.Model.save`.
*/
function browserLocalStorage(modelPath) {
	return new BrowserLocalStorage(modelPath);
}
var BrowserLocalStorageManager = class {
	constructor() {
		assert(env().getBool("IS_BROWSER"), () => "Current environment is not a web browser");
		assert(typeof window === "undefined" || typeof window.localStorage !== "undefined", () => "Current browser does not appear to support localStorage");
		this.LS = window.localStorage;
	}
	async listModels() {
		const out = {};
		const prefix = "tensorflowjs_models/";
		const suffix = "/info";
		for (let i = 0; i < this.LS.length; ++i) {
			const key = this.LS.key(i);
			if (key.startsWith(prefix) && key.endsWith(suffix)) {
				const modelPath = getModelPathFromKey(key);
				out[modelPath] = JSON.parse(this.LS.getItem(key));
			}
		}
		return out;
	}
	async removeModel(path) {
		path = maybeStripScheme(path);
		const keys = getModelKeys(path);
		if (this.LS.getItem(keys.info) == null) throw new Error(`Cannot find model at path '${path}'`);
		const info = JSON.parse(this.LS.getItem(keys.info));
		removeItems(keys);
		return info;
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/io/model_management.js
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
/**
* Classes and functions for model management across multiple storage mediums.
*
* Supported client actions:
* - Listing models on all registered storage mediums.
* - Remove model by URL from any registered storage mediums, by using URL
*   string.
* - Moving or copying model from one path to another in the same medium or from
*   one medium to another, by using URL strings.
*/
var URL_SCHEME_SUFFIX = "://";
var ModelStoreManagerRegistry = class ModelStoreManagerRegistry {
	constructor() {
		this.managers = {};
	}
	static getInstance() {
		if (ModelStoreManagerRegistry.instance == null) ModelStoreManagerRegistry.instance = new ModelStoreManagerRegistry();
		return ModelStoreManagerRegistry.instance;
	}
	/**
	* Register a save-handler router.
	*
	* @param saveRouter A function that maps a URL-like string onto an instance
	* of `IOHandler` with the `save` method defined or `null`.
	*/
	static registerManager(scheme, manager) {
		assert(scheme != null, () => "scheme must not be undefined or null.");
		if (scheme.endsWith(URL_SCHEME_SUFFIX)) scheme = scheme.slice(0, scheme.indexOf(URL_SCHEME_SUFFIX));
		assert(scheme.length > 0, () => "scheme must not be an empty string.");
		const registry = ModelStoreManagerRegistry.getInstance();
		assert(registry.managers[scheme] == null, () => `A model store manager is already registered for scheme '${scheme}'.`);
		registry.managers[scheme] = manager;
	}
	static getManager(scheme) {
		const manager = ModelStoreManagerRegistry.getInstance().managers[scheme];
		if (manager == null) throw new Error(`Cannot find model manager for scheme '${scheme}'`);
		return manager;
	}
	static getSchemes() {
		return Object.keys(ModelStoreManagerRegistry.getInstance().managers);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/platforms/platform_browser.js
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
var PlatformBrowser = class {
	constructor() {
		this.messageName = "setTimeoutCustom";
		this.functionRefs = [];
		this.handledMessageCount = 0;
		this.hasEventListener = false;
	}
	fetch(path, init) {
		return fetch(path, init);
	}
	now() {
		return performance.now();
	}
	encode(text, encoding) {
		if (encoding !== "utf-8" && encoding !== "utf8") throw new Error(`Browser's encoder only supports utf-8, but got ${encoding}`);
		if (this.textEncoder == null) this.textEncoder = new TextEncoder();
		return this.textEncoder.encode(text);
	}
	decode(bytes, encoding) {
		return new TextDecoder(encoding).decode(bytes);
	}
	setTimeoutCustom(functionRef, delay) {
		if (typeof window === "undefined" || !env().getBool("USE_SETTIMEOUTCUSTOM")) {
			setTimeout(functionRef, delay);
			return;
		}
		this.functionRefs.push(functionRef);
		setTimeout(() => {
			window.postMessage({
				name: this.messageName,
				index: this.functionRefs.length - 1
			}, "*");
		}, delay);
		if (!this.hasEventListener) {
			this.hasEventListener = true;
			window.addEventListener("message", (event) => {
				if (event.source === window && event.data.name === this.messageName) {
					event.stopPropagation();
					const functionRef = this.functionRefs[event.data.index];
					functionRef();
					this.handledMessageCount++;
					if (this.handledMessageCount === this.functionRefs.length) {
						this.functionRefs = [];
						this.handledMessageCount = 0;
					}
				}
			}, true);
		}
	}
	isTypedArray(a) {
		return isTypedArrayBrowser(a);
	}
};
if (env().get("IS_BROWSER")) {
	env().setPlatform("browser", new PlatformBrowser());
	try {
		ModelStoreManagerRegistry.registerManager(BrowserLocalStorage.URL_SCHEME, new BrowserLocalStorageManager());
	} catch (err) {}
	try {
		ModelStoreManagerRegistry.registerManager(BrowserIndexedDB.URL_SCHEME, new BrowserIndexedDBManager());
	} catch (err) {}
}
// __vite-browser-external
var require___vite_browser_external = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {};
}));
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/platforms/platform_node.js
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
var getNodeFetch = { importFetch: () => require___vite_browser_external() };
var systemFetch;
var PlatformNode = class {
	constructor() {
		this.util = require___vite_browser_external();
		this.textEncoder = new this.util.TextEncoder();
	}
	fetch(path, requestInits) {
		if (env().global.fetch != null) return env().global.fetch(path, requestInits);
		if (systemFetch == null) systemFetch = getNodeFetch.importFetch();
		return systemFetch(path, requestInits);
	}
	now() {
		const time = process.hrtime();
		return time[0] * 1e3 + time[1] / 1e6;
	}
	encode(text, encoding) {
		if (encoding !== "utf-8" && encoding !== "utf8") throw new Error(`Node built-in encoder only supports utf-8, but got ${encoding}`);
		return this.textEncoder.encode(text);
	}
	decode(bytes, encoding) {
		if (bytes.length === 0) return "";
		return new this.util.TextDecoder(encoding).decode(bytes);
	}
	isTypedArray(a) {
		return this.util.types.isFloat32Array(a) || this.util.types.isInt32Array(a) || this.util.types.isUint8Array(a) || this.util.types.isUint8ClampedArray(a);
	}
};
if (env().get("IS_NODE") && !env().get("IS_BROWSER")) env().setPlatform("node", new PlatformNode());
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/buffer.js
/**
* @license
* Copyright 2020 Google Inc. All Rights Reserved.
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
/**
* Creates an empty `tf.TensorBuffer` with the specified `shape` and `dtype`.
*
* The values are stored in CPU as `TypedArray`. Fill the buffer using
* `buffer.set()`, or by modifying directly `buffer.values`.
*
* When done, call `buffer.toTensor()` to get an immutable `tf.Tensor` with
* those values.
*
* ```js
* // Create a buffer and set values at particular indices.
* const buffer = tf.buffer([2, 2]);
* buffer.set(3, 0, 0);
* buffer.set(5, 1, 0);
*
* // Convert the buffer back to a tensor.
* buffer.toTensor().print();
* ```
*
* @param shape An array of integers defining the output tensor shape.
* @param dtype The dtype of the buffer. Defaults to 'float32'.
* @param values The values of the buffer as `TypedArray`. Defaults to
* zeros.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function buffer(shape, dtype = "float32", values) {
	dtype = dtype || "float32";
	assertNonNegativeIntegerDimensions(shape);
	return new TensorBuffer(shape, dtype, values);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/cast.js
/**
* @license
* Copyright 2020 Google Inc. All Rights Reserved.
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
/**
* Casts a `tf.Tensor` to a new dtype.
*
* ```js
* const x = tf.tensor1d([1.5, 2.5, 3]);
* tf.cast(x, 'int32').print();
* ```
* @param x The input tensor to be casted.
* @param dtype The dtype to cast the input tensor to.
*
* @doc {heading: 'Tensors', subheading: 'Transformations'}
*/
function cast_(x, dtype) {
	const $x = convertToTensor(x, "x", "cast");
	if (!isValidDtype(dtype)) throw new Error(`Failed to cast to unknown dtype ${dtype}`);
	if (dtype === "string" && $x.dtype !== "string" || dtype !== "string" && $x.dtype === "string") throw new Error("Only strings can be casted to strings");
	const inputs = { x: $x };
	const attrs = { dtype };
	return ENGINE.runKernel(Cast, inputs, attrs);
}
var cast = /* @__PURE__ */ op({ cast_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/clone.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Creates a new tensor with the same values and shape as the specified
* tensor.
*
* ```js
* const x = tf.tensor([1, 2]);
*
* x.clone().print();
* ```
*
* @param x The tensor to clone.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function clone_(x) {
	const inputs = { x: convertToTensor(x, "x", "clone", "string_or_numeric") };
	return ENGINE.runKernel(Identity, inputs);
}
var clone = /* @__PURE__ */ op({ clone_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/print.js
/**
* @license
* Copyright 2020 Google Inc. All Rights Reserved.
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
/**
* Prints information about the `tf.Tensor` including its data.
*
* ```js
* const verbose = true;
* tf.tensor2d([1, 2, 3, 4], [2, 2]).print(verbose);
* ```
* @param x The tensor to be printed.
* @param verbose Whether to print verbose information about the ` Tensor`,
* including dtype and size.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function print(x, verbose = false) {
	console.log(x.toString(verbose));
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/base_side_effects.js
/**
* @license
* Copyright 2020 Google Inc. All Rights Reserved.
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
getOrMakeEngine();
setOpHandler({
	buffer,
	cast,
	clone,
	print
});
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/add.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Adds two `tf.Tensor`s element-wise, A + B. Supports broadcasting.
*
*
* ```js
* const a = tf.tensor1d([1, 2, 3, 4]);
* const b = tf.tensor1d([10, 20, 30, 40]);
*
* a.add(b).print();  // or tf.add(a, b)
* ```
*
* ```js
* // Broadcast add a with b.
* const a = tf.scalar(5);
* const b = tf.tensor1d([10, 20, 30, 40]);
*
* a.add(b).print();  // or tf.add(a, b)
* ```
* @param a The first `tf.Tensor` to add.
* @param b The second `tf.Tensor` to add. Must have the same type as `a`.
*
* @doc {heading: 'Operations', subheading: 'Arithmetic'}
*/
function add_(a, b) {
	let $a = convertToTensor(a, "a", "add");
	let $b = convertToTensor(b, "b", "add");
	[$a, $b] = makeTypesMatch($a, $b);
	const inputs = {
		a: $a,
		b: $b
	};
	return ENGINE.runKernel("Add", inputs);
}
var add = /* @__PURE__ */ op({ add_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/floorDiv.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Divides two `tf.Tensor`s element-wise, A / B. Supports broadcasting.
* The result is rounded with floor function.
*
*
* ```js
* const a = tf.tensor1d([1, 4, 9, 16]);
* const b = tf.tensor1d([1, 2, 3, 4]);
*
* a.floorDiv(b).print();  // or tf.div(a, b)
* ```
*
* ```js
* // Broadcast div a with b.
* const a = tf.tensor1d([2, 4, 6, 8]);
* const b = tf.scalar(2);
*
* a.floorDiv(b).print();  // or tf.floorDiv(a, b)
* ```
*
* @param a The first tensor as the numerator.
* @param b The second tensor as the denominator. Must have the same dtype as
* `a`.
*
* @doc {heading: 'Operations', subheading: 'Arithmetic'}
*/
function floorDiv_(a, b) {
	let $a = convertToTensor(a, "a", "floorDiv");
	let $b = convertToTensor(b, "b", "floorDiv");
	[$a, $b] = makeTypesMatch($a, $b);
	const inputs = {
		a: $a,
		b: $b
	};
	return ENGINE.runKernel(FloorDiv, inputs);
}
var floorDiv = /* @__PURE__ */ op({ floorDiv_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/div.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Divides two `tf.Tensor`s element-wise, A / B. Supports broadcasting.
*
* ```js
* const a = tf.tensor1d([1, 4, 9, 16]);
* const b = tf.tensor1d([1, 2, 3, 4]);
*
* a.div(b).print();  // or tf.div(a, b)
* ```
*
* ```js
* // Broadcast div a with b.
* const a = tf.tensor1d([2, 4, 6, 8]);
* const b = tf.scalar(2);
*
* a.div(b).print();  // or tf.div(a, b)
* ```
*
* @param a The first tensor as the numerator.
* @param b The second tensor as the denominator. Must have the same dtype as
* `a`.
*
* @doc {heading: 'Operations', subheading: 'Arithmetic'}
*/
function div_(a, b) {
	let $a = convertToTensor(a, "a", "div");
	let $b = convertToTensor(b, "b", "div");
	[$a, $b] = makeTypesMatch($a, $b);
	if ($a.dtype === "int32" && $b.dtype === "int32") return floorDiv($a, $b);
	const inputs = {
		a: $a,
		b: $b
	};
	return ENGINE.runKernel(RealDiv, inputs, {});
}
var div = /* @__PURE__ */ op({ div_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/mul.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Multiplies two `tf.Tensor`s element-wise, A * B. Supports broadcasting.
*
* We also expose `tf.mulStrict` which has the same signature as this op and
* asserts that `a` and `b` are the same shape (does not broadcast).
*
* ```js
* const a = tf.tensor1d([1, 2, 3, 4]);
* const b = tf.tensor1d([2, 3, 4, 5]);
*
* a.mul(b).print();  // or tf.mul(a, b)
* ```
*
* ```js
* // Broadcast mul a with b.
* const a = tf.tensor1d([1, 2, 3, 4]);
* const b = tf.scalar(5);
*
* a.mul(b).print();  // or tf.mul(a, b)
* ```
* @param a The first tensor to multiply.
* @param b The second tensor to multiply. Must have the same dtype as `a`.
*
* @doc {heading: 'Operations', subheading: 'Arithmetic'}
*/
function mul_(a, b) {
	let $a = convertToTensor(a, "a", "mul");
	let $b = convertToTensor(b, "b", "mul");
	[$a, $b] = makeTypesMatch($a, $b);
	const inputs = {
		a: $a,
		b: $b
	};
	return ENGINE.runKernel(Multiply, inputs);
}
var mul = /* @__PURE__ */ op({ mul_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/abs.js
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
/**
* Computes absolute value element-wise: `abs(x)`
*
* ```js
* const x = tf.tensor1d([-1, 2, -3, 4]);
*
* x.abs().print();  // or tf.abs(x)
* ```
* @param x The input `tf.Tensor`.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function abs_(x) {
	const $x = convertToTensor(x, "x", "abs");
	if ($x.dtype === "complex64") {
		const inputs = { x: $x };
		return ENGINE.runKernel(ComplexAbs, inputs);
	} else {
		const inputs = { x: $x };
		return ENGINE.runKernel("Abs", inputs);
	}
}
var abs = /* @__PURE__ */ op({ abs_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/reshape.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Reshapes a `tf.Tensor` to a given shape.
*
* Given an input tensor, returns a new tensor with the same values as the
* input tensor with shape `shape`.
*
* If one component of shape is the special value -1, the size of that
* dimension is computed so that the total size remains constant. In
* particular, a shape of [-1] flattens into 1-D. At most one component of
* shape can be -1.
*
* If shape is 1-D or higher, then the operation returns a tensor with shape
* shape filled with the values of tensor. In this case, the number of
* elements implied by shape must be the same as the number of elements in
* tensor.
*
* ```js
* const x = tf.tensor1d([1, 2, 3, 4]);
* x.reshape([2, 2]).print();
* ```
*
* @param x The input tensor to be reshaped.
* @param shape An array of integers defining the output tensor shape.
*
* @doc {heading: 'Tensors', subheading: 'Transformations'}
*/
function reshape_(x, shape) {
	const inputs = { x: convertToTensor(x, "x", "reshape", "string_or_numeric") };
	const attrs = { shape };
	return ENGINE.runKernel(Reshape, inputs, attrs);
}
var reshape = /* @__PURE__ */ op({ reshape_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/sigmoid.js
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
/**
* Computes sigmoid element-wise, `1 / (1 + exp(-x))`
*
* ```js
* const x = tf.tensor1d([0, -1, 2, -3]);
*
* x.sigmoid().print();  // or tf.sigmoid(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function sigmoid_(x) {
	const inputs = { x: convertToTensor(x, "x", "sigmoid", "float32") };
	return ENGINE.runKernel(Sigmoid, inputs);
}
var sigmoid = /* @__PURE__ */ op({ sigmoid_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/fill.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Creates a `tf.Tensor` filled with a scalar value.
*
* ```js
* tf.fill([2, 2], 4).print();
* ```
*
* @param shape An array of integers defining the output tensor shape.
* @param value The scalar value to fill the tensor with.
* @param dtype The type of an element in the resulting tensor. Defaults to
*     'float32' if the given param value is a number, otherwise 'string'.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function fill(shape, value, dtype) {
	assertNonNegativeIntegerDimensions(shape);
	dtype = dtype || inferDtype(value);
	const attrs = {
		shape,
		value,
		dtype
	};
	return ENGINE.runKernel(Fill, {}, attrs);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/broadcast_util.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
/**
* Returns the dimensions in the input shape that are broadcasted to
* produce the provided output shape.
*
* The returned dimensions are 0-indexed and sorted. An example:
* inShape = [4, 1, 3]
* outShape = [5, 4, 3, 3]
* result = [1]. Dimension 1 (2nd dimension of input) gets broadcasted 1 => 3.
*/
function getBroadcastDims(inShape, outShape) {
	const inRank = inShape.length;
	const dims = [];
	for (let i = 0; i < inRank; i++) {
		const dim = inRank - 1 - i;
		const a = inShape[dim] || 1;
		if ((outShape[outShape.length - 1 - i] || 1) > 1 && a === 1) dims.unshift(dim);
	}
	return dims;
}
/**
* Returns the axes in the output space that should be reduced to produce
* the input space.
*/
function getReductionAxes(inShape, outShape) {
	const result = [];
	for (let i = 0; i < outShape.length; i++) {
		const inDim = inShape[inShape.length - i - 1];
		const outAxis = outShape.length - i - 1;
		const outDim = outShape[outAxis];
		if (inDim == null || inDim === 1 && outDim > 1) result.unshift(outAxis);
	}
	return result;
}
function assertAndGetBroadcastShape(shapeA, shapeB) {
	const l = Math.max(shapeA.length, shapeB.length);
	const result = new Array(l);
	for (let i = 0; i < l; i++) {
		let a = shapeA[shapeA.length - i - 1];
		if (a == null) a = 1;
		let b = shapeB[shapeB.length - i - 1];
		if (b == null) b = 1;
		if (a === 1) result[l - i - 1] = b;
		else if (b === 1) result[l - i - 1] = a;
		else if (a !== b) {
			const errMsg = `Operands could not be broadcast together with shapes ${shapeA} and ${shapeB}.`;
			throw Error(errMsg);
		} else result[l - i - 1] = a;
	}
	return result;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/zeros_like.js
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
/**
* Creates a `tf.Tensor` with all elements set to 0 with the same shape as the
* given tensor.
*
* ```js
* const x = tf.tensor([1, 2]);
* tf.zerosLike(x).print();
* ```
*
* @param x The tensor of required shape.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function zerosLike_(x) {
	const inputs = { x: convertToTensor(x, "x", "zerosLike") };
	return ENGINE.runKernel(ZerosLike, inputs);
}
var zerosLike = /* @__PURE__ */ op({ zerosLike_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/elu.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Computes exponential linear element-wise: `x > 0 ? x : (e ^ x) - 1`.
*
* ```js
* const x = tf.tensor1d([-1, 1, -3, 2]);
*
* x.elu().print();  // or tf.elu(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function elu_(x) {
	const inputs = { x: convertToTensor(x, "x", "elu", "float32") };
	return ENGINE.runKernel("Elu", inputs);
}
var elu = /* @__PURE__ */ op({ elu_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/axis_util.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
/**
* Returns true if the axis specifies the inner most dimensions of the
* array.
*/
function axesAreInnerMostDims(axes, rank) {
	for (let i = 0; i < axes.length; ++i) if (axes[axes.length - i - 1] !== rank - 1 - i) return false;
	return true;
}
function combineLocations(outputLoc, reduceLoc, axes) {
	const rank = outputLoc.length + reduceLoc.length;
	const loc = [];
	let outIdx = 0;
	let reduceIdx = 0;
	for (let dim = 0; dim < rank; dim++) if (axes.indexOf(dim) === -1) loc.push(outputLoc[outIdx++]);
	else loc.push(reduceLoc[reduceIdx++]);
	return loc;
}
function computeOutAndReduceShapes(aShape, axes) {
	const outShape = [];
	const rank = aShape.length;
	for (let dim = 0; dim < rank; dim++) if (axes.indexOf(dim) === -1) outShape.push(aShape[dim]);
	return [outShape, axes.map((dim) => aShape[dim])];
}
function expandShapeToKeepDim(shape, axes) {
	return combineLocations(shape, axes.map((x) => 1), axes);
}
function assertAxesAreInnerMostDims(msg, axes, rank) {
	assert(axesAreInnerMostDims(axes, rank), () => `${msg} supports only inner-most axes for now. Got axes ${axes} and rank-${rank} input.`);
}
/**
* Returns the axes permutation to be used with `tf.transpose`, if such
* permutation is necessary. Otherwise it returns null. This method is used by
* operations that operate only on inner-most axes.
*/
function getAxesPermutation(axes, rank) {
	if (axesAreInnerMostDims(axes, rank)) return null;
	const result = [];
	for (let i = 0; i < rank; ++i) if (axes.indexOf(i) === -1) result.push(i);
	axes.forEach((axis) => result.push(axis));
	return result;
}
/** Returns the axes permutation that undoes the original permutation. */
function getUndoAxesPermutation(axes) {
	return axes.map((axis, i) => [i, axis]).sort((a, b) => a[1] - b[1]).map((x) => x[0]);
}
function getInnerMostAxes(numAxes, rank) {
	const res = [];
	for (let i = rank - numAxes; i < rank; ++i) res.push(i);
	return res;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/pow.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Computes the power of one `tf.Tensor` to another. Supports broadcasting.
*
* Given a `tf.Tensor` x and a `tf.Tensor` y, this operation computes x^y for
* corresponding elements in x and y. The result's dtype will be the upcasted
* type of the `base` and `exp` dtypes.
*
* ```js
* const a = tf.tensor([[2, 3], [4, 5]])
* const b = tf.tensor([[1, 2], [3, 0]]).toInt();
*
* a.pow(b).print();  // or tf.pow(a, b)
* ```
*
* ```js
* const a = tf.tensor([[1, 2], [3, 4]])
* const b = tf.tensor(2).toInt();
*
* a.pow(b).print();  // or tf.pow(a, b)
* ```
* We also expose `powStrict` which has the same signature as this op and
* asserts that `base` and `exp` are the same shape (does not broadcast).
*
* @param base The base `tf.Tensor` to pow element-wise.
* @param exp The exponent `tf.Tensor` to pow element-wise.
*
* @doc {heading: 'Operations', subheading: 'Arithmetic'}
*/
function pow_(base, exp) {
	let $base = convertToTensor(base, "base", "pow");
	let $exp = convertToTensor(exp, "exp", "pow");
	[$base, $exp] = makeTypesMatch($base, $exp);
	const inputs = {
		a: $base,
		b: $exp
	};
	return ENGINE.runKernel("Pow", inputs);
}
var pow = /* @__PURE__ */ op({ pow_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/scalar.js
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
/**
* Creates rank-0 `tf.Tensor` (scalar) with the provided value and dtype.
*
* The same functionality can be achieved with `tf.tensor`, but in general
* we recommend using `tf.scalar` as it makes the code more readable.
*
* ```js
* tf.scalar(3.14).print();
* ```
*
* @param value The value of the scalar.
* @param dtype The data type.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function scalar(value, dtype) {
	if ((isTypedArray(value) && dtype !== "string" || Array.isArray(value)) && dtype !== "complex64") throw new Error("Error creating a new Scalar: value must be a primitive (number|boolean|string)");
	if (dtype === "string" && isTypedArray(value) && !(value instanceof Uint8Array)) throw new Error("When making a scalar from encoded string, the value must be `Uint8Array`.");
	return makeTensor(value, [], [], dtype);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/sqrt.js
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
/**
* Computes square root of the input `tf.Tensor` element-wise: `y = sqrt(x)`
*
* ```js
* const x = tf.tensor1d([1, 2, 4, -1]);
*
* x.sqrt().print();  // or tf.sqrt(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function sqrt_(x) {
	const inputs = { x: convertToTensor(x, "x", "sqrt", "float32") };
	return ENGINE.runKernel(Sqrt, inputs);
}
var sqrt = /* @__PURE__ */ op({ sqrt_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/square.js
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
/**
* Computes square of `x` element-wise: `x ^ 2`
*
* ```js
* const x = tf.tensor1d([1, 2, Math.sqrt(2), -1]);
*
* x.square().print();  // or tf.square(x)
* ```
* @param x The input Tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function square_(x) {
	const $x = convertToTensor(x, "x", "square");
	return ENGINE.runKernel("Square", { x: $x }, {});
}
var square = /* @__PURE__ */ op({ square_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/sum.js
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
/**
* Computes the sum of elements across dimensions of a `tf.Tensor`.
*
* Reduces the input along the dimensions given in `axes`. Unless `keepDims`
* is true, the rank of the `tf.Tensor` is reduced by 1 for each entry in
* `axes`. If `keepDims` is true, the reduced dimensions are retained with
* length 1. If axes has no entries, all dimensions are reduced, and a
* `tf.Tensor` with a single element is returned.
*
* ```js
* const x = tf.tensor1d([1, 2, 3]);
*
* x.sum().print();  // or tf.sum(x)
* ```
*
* ```js
* const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
*
* const axis = 1;
* x.sum(axis).print();  // or tf.sum(x, axis)
* ```
*
* @param x The input tensor to compute the sum over. If the dtype is `bool`
*   it will be converted to `int32` and the output dtype will be `int32`.
* @param axis The dimension(s) to reduce. By default it reduces
*     all dimensions.
* @param keepDims If true, retains reduced dimensions with size 1.
*
* @doc {heading: 'Operations', subheading: 'Reduction'}
*/
function sum_(x, axis = null, keepDims = false) {
	let $x = convertToTensor(x, "x", "sum");
	if ($x.dtype === "bool") $x = cast($x, "int32");
	const inputs = { x: $x };
	const attrs = {
		axis,
		keepDims
	};
	return ENGINE.runKernel("Sum", inputs, attrs);
}
var sum = /* @__PURE__ */ op({ sum_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/leaky_relu.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Computes leaky rectified linear element-wise.
*
* See
* [http://web.stanford.edu/~awni/papers/relu_hybrid_icml2013_final.pdf](
*     http://web.stanford.edu/~awni/papers/relu_hybrid_icml2013_final.pdf)
*
* ```js
* const x = tf.tensor1d([-1, 2, -3, 4]);
*
* x.leakyRelu(0.1).print();  // or tf.leakyRelu(x, 0.1)
* ```
* @param x The input tensor.
* @param alpha The scaling factor for negative values, defaults to 0.2.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function leakyRelu_(x, alpha = .2) {
	const inputs = { x: convertToTensor(x, "x", "leakyRelu") };
	const attrs = { alpha };
	return ENGINE.runKernel(LeakyRelu, inputs, attrs);
}
var leakyRelu = /* @__PURE__ */ op({ leakyRelu_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/gradients.js
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
/**
* Provided `f(x)`, returns another function `g(x, dy?)`, which gives the
* gradient of `f(x)` with respect to `x`.
*
* If `dy` is provided, the gradient of `f(x).mul(dy).sum()` with respect to
* `x` is computed instead. `f(x)` must take a single tensor `x` and return a
* single tensor `y`. If `f()` takes multiple inputs, use `tf.grads` instead.
*
* ```js
* // f(x) = x ^ 2
* const f = x => x.square();
* // f'(x) = 2x
* const g = tf.grad(f);
*
* const x = tf.tensor1d([2, 3]);
* g(x).print();
* ```
*
* ```js
* // f(x) = x ^ 3
* const f = x => x.pow(tf.scalar(3, 'int32'));
* // f'(x) = 3x ^ 2
* const g = tf.grad(f);
* // f''(x) = 6x
* const gg = tf.grad(g);
*
* const x = tf.tensor1d([2, 3]);
* gg(x).print();
* ```
*
* @param f The function f(x), to compute gradient for.
*
* @doc {heading: 'Training', subheading: 'Gradients'}
*/
function grad(f) {
	assert(isFunction(f), () => "The f passed in grad(f) must be a function");
	return (x, dy) => {
		const $x = convertToTensor(x, "x", "tf.grad", "string_or_numeric");
		const $dy = dy != null ? convertToTensor(dy, "dy", "tf.grad") : null;
		return ENGINE.tidy(() => {
			const { value, grads } = ENGINE.gradients(() => f($x), [$x], $dy);
			if ($dy != null) assertShapesMatch(value.shape, $dy.shape, "The shape of dy passed in grad(f)(x, dy) must match the shape returned by f(x)");
			checkGrads(grads);
			return grads[0];
		});
	};
}
/**
* Computes and returns the gradient of f(x) with respect to the list of
* trainable variables provided by `varList`. If no list is provided, it
* defaults to all trainable variables.
*
* ```js
* const a = tf.variable(tf.tensor1d([3, 4]));
* const b = tf.variable(tf.tensor1d([5, 6]));
* const x = tf.tensor1d([1, 2]);
*
* // f(a, b) = a * x ^ 2 + b * x
* const f = () => a.mul(x.square()).add(b.mul(x)).sum();
* // df/da = x ^ 2, df/db = x
* const {value, grads} = tf.variableGrads(f);
*
* Object.keys(grads).forEach(varName => grads[varName].print());
* ```
*
* @param f The function to execute. f() should return a scalar.
* @param varList The list of variables to compute the gradients with respect
*     to. Defaults to all trainable variables.
* @returns An object with the following keys and values:
*   - `value`: The value of the function `f`.
*   - `grads`: A map from the names of the variables to the gradients.
*     If the `varList` argument is provided explicitly and contains a subset of
*     non-trainable variables, this map in the return value will contain keys
*     that map the names of the non-trainable variables to `null`.
*
* @doc {heading: 'Training', subheading: 'Gradients'}
*/
function variableGrads(f, varList) {
	assert(isFunction(f), () => "The f passed in variableGrads(f) must be a function");
	assert(varList == null || Array.isArray(varList) && varList.every((v) => v instanceof Variable), () => "The varList passed in variableGrads(f, varList) must be an array of variables");
	const specifiedVarList = varList != null;
	if (!specifiedVarList) {
		varList = [];
		for (const varName in ENGINE.registeredVariables) varList.push(ENGINE.registeredVariables[varName]);
	}
	const specifiedNonTrainable = specifiedVarList ? varList.filter((variable) => !variable.trainable) : null;
	const originalVarCount = varList.length;
	varList = varList.filter((variable) => variable.trainable);
	assert(varList.length > 0, () => `variableGrads() expects at least one of the input variables to be trainable, but none of the ${originalVarCount} variables is trainable.`);
	const { value, grads } = ENGINE.gradients(f, varList, null, true);
	assert(grads.some((g) => g != null), () => "Cannot find a connection between any variable and the result of the loss function y=f(x). Please make sure the operations that use variables are inside the function f passed to minimize().");
	assert(value.rank === 0, () => `The f passed in variableGrads(f) must return a scalar, but it returned a rank-${value.rank} tensor`);
	const namedGrads = {};
	varList.forEach((v, i) => {
		if (grads[i] != null) namedGrads[v.name] = grads[i];
	});
	if (specifiedNonTrainable != null) specifiedNonTrainable.forEach((v) => namedGrads[v.name] = null);
	return {
		value,
		grads: namedGrads
	};
}
/**
* Overrides the gradient computation of a function `f`.
*
* Takes a function
* `f(...inputs, save) => {value: Tensor, gradFunc: (dy, saved) => Tensor[]}`
* and returns another function `g(...inputs)` which takes the same inputs as
* `f`. When called, `g` returns `f().value`. In backward mode, custom gradients
* with respect to each input of `f` are computed using `f().gradFunc`.
*
* The `save` function passed to `f` should be used for saving tensors needed
* in the gradient. And the `saved` passed to the `gradFunc` is a
* `NamedTensorMap`, which contains those saved tensors.
*
* ```js
* const customOp = tf.customGrad((x, save) => {
*   // Save x to make sure it's available later for the gradient.
*   save([x]);
*   // Override gradient of our custom x ^ 2 op to be dy * abs(x);
*   return {
*     value: x.square(),
*     // Note `saved.x` which points to the `x` we saved earlier.
*     gradFunc: (dy, saved) => [dy.mul(saved[0].abs())]
*   };
* });
*
* const x = tf.tensor1d([-1, -2, 3]);
* const dx = tf.grad(x => customOp(x));
*
* console.log(`f(x):`);
* customOp(x).print();
* console.log(`f'(x):`);
* dx(x).print();
* ```
*
* @param f The function to evaluate in forward mode, which should return
*     `{value: Tensor, gradFunc: (dy, saved) => Tensor[]}`, where `gradFunc`
*     returns the custom gradients of `f` with respect to its inputs.
*
* @doc {heading: 'Training', subheading: 'Gradients'}
*/
function customGrad(f) {
	return ENGINE.customGrad(f);
}
function checkGrads(grads) {
	if (grads.filter((g) => g == null).length > 0) throw new Error(`Cannot compute gradient of y=f(x) with respect to x. Make sure that
    the f you passed encloses all operations that lead from x to y.`);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/sub.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Subtracts two `tf.Tensor`s element-wise, A - B. Supports broadcasting.
*
* ```js
* const a = tf.tensor1d([10, 20, 30, 40]);
* const b = tf.tensor1d([1, 2, 3, 4]);
*
* a.sub(b).print();  // or tf.sub(a, b)
* ```
*
* ```js
* // Broadcast subtract a with b.
* const a = tf.tensor1d([10, 20, 30, 40]);
* const b = tf.scalar(5);
*
* a.sub(b).print();  // or tf.sub(a, b)
* ```
* @param a The first `tf.Tensor` to subtract from.
* @param b The second `tf.Tensor` to be subtracted. Must have the same dtype as
* `a`.
*
* @doc {heading: 'Operations', subheading: 'Arithmetic'}
*/
function sub_(a, b) {
	let $a = convertToTensor(a, "a", "sub");
	let $b = convertToTensor(b, "b", "sub");
	[$a, $b] = makeTypesMatch($a, $b);
	const inputs = {
		a: $a,
		b: $b
	};
	return ENGINE.runKernel("Sub", inputs);
}
var sub = /* @__PURE__ */ op({ sub_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/maximum.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Returns the max of a and b (`a > b ? a : b`) element-wise.
* Supports broadcasting.
*
* We also expose `tf.maximumStrict` which has the same signature as this op and
* asserts that `a` and `b` are the same shape (does not broadcast).
*
* ```js
* const a = tf.tensor1d([1, 4, 3, 16]);
* const b = tf.tensor1d([1, 2, 9, 4]);
*
* a.maximum(b).print();  // or tf.maximum(a, b)
* ```
*
* ```js
* // Broadcast maximum a with b.
* const a = tf.tensor1d([2, 4, 6, 8]);
* const b = tf.scalar(5);
*
* a.maximum(b).print();  // or tf.maximum(a, b)
* ```
*
* @param a The first tensor.
* @param b The second tensor. Must have the same type as `a`.
*
* @doc {heading: 'Operations', subheading: 'Arithmetic'}
*/
function maximum_(a, b) {
	let $a = convertToTensor(a, "a", "maximum");
	let $b = convertToTensor(b, "b", "maximum");
	[$a, $b] = makeTypesMatch($a, $b);
	if ($a.dtype === "bool") {
		$a = cast($a, "int32");
		$b = cast($b, "int32");
	}
	assertAndGetBroadcastShape($a.shape, $b.shape);
	const inputs = {
		a: $a,
		b: $b
	};
	return ENGINE.runKernel(Maximum, inputs);
}
var maximum = /* @__PURE__ */ op({ maximum_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/prelu.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Computes leaky rectified linear element-wise with parametric alphas.
*
* `x < 0 ? alpha * x : f(x) = x`
*
* ```js
* const x = tf.tensor1d([-1, 2, -3, 4]);
* const alpha = tf.scalar(0.1);
*
* x.prelu(alpha).print();  // or tf.prelu(x, alpha)
* ```
* @param x The input tensor.
* @param alpha Scaling factor for negative values.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function prelu_(x, alpha) {
	const inputs = {
		x: convertToTensor(x, "x", "prelu"),
		alpha: convertToTensor(alpha, "alpha", "prelu")
	};
	return ENGINE.runKernel(Prelu, inputs);
}
var prelu = /* @__PURE__ */ op({ prelu_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/relu.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Computes rectified linear element-wise: `max(x, 0)`.
*
* ```js
* const x = tf.tensor1d([-1, 2, -3, 4]);
*
* x.relu().print();  // or tf.relu(x)
* ```
* @param x The input tensor. If the dtype is `bool`, the output dtype will be
*     `int32`.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function relu_(x) {
	const inputs = { x: convertToTensor(x, "x", "relu") };
	return ENGINE.runKernel(Relu, inputs);
}
var relu = /* @__PURE__ */ op({ relu_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/relu6.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
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
/**
* Computes rectified linear 6 element-wise: `min(max(x, 0), 6)`.
*
* ```js
* const x = tf.tensor1d([-1, 2, -3, 8]);
*
* x.relu6().print();  // or tf.relu6(x)
* ```
* @param x The input tensor. If the dtype is `bool`, the output dtype will be
*     `int32`.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function relu6_(x) {
	const inputs = { x: convertToTensor(x, "x", "relu6") };
	return ENGINE.runKernel(Relu6, inputs);
}
var relu6 = /* @__PURE__ */ op({ relu6_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/step.js
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
/**
* Computes step of the input `tf.Tensor` element-wise: `x > 0 ? 1 : alpha`
*
* ```js
* const x = tf.tensor1d([0, 2, -1, -3]);
*
* x.step(.5).print();  // or tf.step(x, .5)
* ```
* @param x The input tensor.
* @param alpha The gradient when input is negative. Defaults to 0.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function step_(x, alpha = 0) {
	const inputs = { x: convertToTensor(x, "x", "step") };
	const attrs = { alpha };
	return ENGINE.runKernel(Step, inputs, attrs);
}
var step = /* @__PURE__ */ op({ step_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/fused_util.js
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
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
function getFusedDyActivation(dy, y, activation) {
	if (activation == null || activation === "linear") return dy;
	if (activation === "relu") return mul(dy, step(y));
	throw new Error(`Cannot compute gradient for fused activation ${activation}.`);
}
function getFusedBiasGradient(bias, dyActivation) {
	let res = dyActivation;
	const reduceAxes = getReductionAxes(bias.shape, dyActivation.shape);
	if (reduceAxes.length > 0) res = sum(res, reduceAxes);
	return reshape(res, bias.shape);
}
function applyActivation(x, activation, preluActivationWeights, leakyreluAlpha) {
	if (activation === "linear") return x;
	else if (activation === "relu") return relu(x);
	else if (activation === "elu") return elu(x);
	else if (activation === "relu6") return relu6(x);
	else if (activation === "prelu") return prelu(x, preluActivationWeights);
	else if (activation === "leakyrelu") return leakyRelu(x, leakyreluAlpha);
	else if (activation === "sigmoid") return sigmoid(x);
	throw new Error(`Unknown fused activation ${activation}.`);
}
var shouldFuse = (gradientDepth, activation) => {
	return !(gradientDepth > 0) || activation === "linear";
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/serialization.js
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
/**
* Maps to mapping between the custom object and its name.
*
* After registering a custom class, these two maps will add key-value pairs
* for the class object and the registered name.
*
* Therefore we can get the relative registered name by calling
* getRegisteredName() function.
*
* For example:
* GLOBAL_CUSTOM_OBJECT: {key=registeredName: value=corresponding
* CustomObjectClass}
*
* GLOBAL_CUSTOM_NAMES: {key=CustomObjectClass: value=corresponding
* registeredName}
*
*/
var GLOBAL_CUSTOM_OBJECT = /* @__PURE__ */ new Map();
var GLOBAL_CUSTOM_NAMES = /* @__PURE__ */ new Map();
/**
* Serializable defines the serialization contract.
*
* TFJS requires serializable classes to return their className when asked
* to avoid issues with minification.
*/
var Serializable = class {
	/**
	* Return the class name for this class to use in serialization contexts.
	*
	* Generally speaking this will be the same thing that constructor.name
	* would have returned.  However, the class name needs to be robust
	* against minification for serialization/deserialization to work properly.
	*
	* There's also places such as initializers.VarianceScaling, where
	* implementation details between different languages led to different
	* class hierarchies and a non-leaf node is used for serialization purposes.
	*/
	getClassName() {
		return this.constructor.className;
	}
	/**
	* Creates an instance of T from a ConfigDict.
	*
	* This works for most descendants of serializable.  A few need to
	* provide special handling.
	* @param cls A Constructor for the class to instantiate.
	* @param config The Configuration for the object.
	*/
	/** @nocollapse */
	static fromConfig(cls, config) {
		return new cls(config);
	}
};
/**
* Maps string keys to class constructors.
*
* Used during (de)serialization from the cross-language JSON format, which
* requires the class name in the serialization format matches the class
* names as used in Python, should it exist.
*/
var SerializationMap = class SerializationMap {
	constructor() {
		this.classNameMap = {};
	}
	/**
	* Returns the singleton instance of the map.
	*/
	static getMap() {
		if (SerializationMap.instance == null) SerializationMap.instance = new SerializationMap();
		return SerializationMap.instance;
	}
	/**
	* Registers the class as serializable.
	*/
	static register(cls) {
		SerializationMap.getMap().classNameMap[cls.className] = [cls, cls.fromConfig];
	}
};
/**
* Register a class with the serialization map of TensorFlow.js.
*
* This is often used for registering custom Layers, so they can be
* serialized and deserialized.
*
* Example 1. Register the class without package name and specified name.
*
* ```js
* class MyCustomLayer extends tf.layers.Layer {
*   static className = 'MyCustomLayer';
*
*   constructor(config) {
*     super(config);
*   }
* }
* tf.serialization.registerClass(MyCustomLayer);
* console.log(tf.serialization.GLOBALCUSTOMOBJECT.get("Custom>MyCustomLayer"));
* console.log(tf.serialization.GLOBALCUSTOMNAMES.get(MyCustomLayer));
* ```
*
* Example 2. Register the class with package name: "Package" and specified
* name: "MyLayer".
* ```js
* class MyCustomLayer extends tf.layers.Layer {
*   static className = 'MyCustomLayer';
*
*   constructor(config) {
*     super(config);
*   }
* }
* tf.serialization.registerClass(MyCustomLayer, "Package", "MyLayer");
* console.log(tf.serialization.GLOBALCUSTOMOBJECT.get("Package>MyLayer"));
* console.log(tf.serialization.GLOBALCUSTOMNAMES.get(MyCustomLayer));
* ```
*
* Example 3. Register the class with specified name: "MyLayer".
* ```js
* class MyCustomLayer extends tf.layers.Layer {
*   static className = 'MyCustomLayer';
*
*   constructor(config) {
*     super(config);
*   }
* }
* tf.serialization.registerClass(MyCustomLayer, undefined, "MyLayer");
* console.log(tf.serialization.GLOBALCUSTOMOBJECT.get("Custom>MyLayer"));
* console.log(tf.serialization.GLOBALCUSTOMNAMES.get(MyCustomLayer));
* ```
*
* Example 4. Register the class with specified package name: "Package".
* ```js
* class MyCustomLayer extends tf.layers.Layer {
*   static className = 'MyCustomLayer';
*
*   constructor(config) {
*     super(config);
*   }
* }
* tf.serialization.registerClass(MyCustomLayer, "Package");
* console.log(tf.serialization.GLOBALCUSTOMOBJECT
* .get("Package>MyCustomLayer"));
* console.log(tf.serialization.GLOBALCUSTOMNAMES
* .get(MyCustomLayer));
* ```
*
* @param cls The class to be registered. It must have a public static member
*   called `className` defined and the value must be a non-empty string.
* @param pkg The package name that this class belongs to. This used to define
*     the key in GlobalCustomObject. If not defined, it defaults to `Custom`.
* @param name The name that user specified. It defaults to the actual name of
*     the class as specified by its static `className` property.
* @doc {heading: 'Models', subheading: 'Serialization', ignoreCI: true}
*/
function registerClass(cls, pkg, name) {
	assert(cls.className != null, () => "Class being registered does not have the static className property defined.");
	assert(typeof cls.className === "string", () => `className is required to be a string, but got type ` + typeof cls.className);
	assert(cls.className.length > 0, () => "Class being registered has an empty-string as its className, which is disallowed.");
	if (typeof pkg === "undefined") pkg = "Custom";
	if (typeof name === "undefined") name = cls.className;
	const className = name;
	const registerName = pkg + ">" + className;
	SerializationMap.register(cls);
	GLOBAL_CUSTOM_OBJECT.set(registerName, cls);
	GLOBAL_CUSTOM_NAMES.set(cls, registerName);
	return cls;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/optimizer.js
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
/** @doc {heading: 'Training', subheading: 'Classes', namespace: 'train'} */
var Optimizer = class extends Serializable {
	/**
	* Executes `f()` and minimizes the scalar output of `f()` by computing
	* gradients of y with respect to the list of trainable variables provided by
	* `varList`. If no list is provided, it defaults to all trainable variables.
	*
	* @param f The function to execute and whose output to minimize.
	* @param returnCost Whether to return the scalar cost value produced by
	* executing `f()`.
	* @param varList An optional list of variables to update. If specified, only
	* the trainable variables in varList will be updated by minimize. Defaults to
	* all trainable variables.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers'}
	*/
	minimize(f, returnCost = false, varList) {
		const { value, grads } = this.computeGradients(f, varList);
		if (varList != null) {
			const gradArray = varList.map((v) => ({
				name: v.name,
				tensor: grads[v.name]
			}));
			this.applyGradients(gradArray);
		} else this.applyGradients(grads);
		dispose(grads);
		if (returnCost) return value;
		else {
			value.dispose();
			return null;
		}
	}
	/**
	* The number of iterations that this optimizer instance has been invoked for.
	*/
	get iterations() {
		if (this.iterations_ == null) this.iterations_ = 0;
		return this.iterations_;
	}
	incrementIterations() {
		this.iterations_ = this.iterations + 1;
	}
	/**
	* Executes f() and computes the gradient of the scalar output of f() with
	* respect to the list of trainable variables provided by `varList`. If no
	* list is provided, it defaults to all trainable variables.
	*
	* @param f The function to execute and whose output to use for computing
	* gradients with respect to variables.
	* @param varList An optional list of variables to compute gradients with
	* respect to. If specified, only the trainable variables in varList will have
	* gradients computed with respect to. Defaults to all trainable variables.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers'}
	*/
	computeGradients(f, varList) {
		return variableGrads(f, varList);
	}
	/**
	* Dispose the variables (if any) owned by this optimizer instance.
	*/
	dispose() {
		if (this.iterations_ != null) dispose(this.iterations_);
	}
	async saveIterations() {
		if (this.iterations_ == null) this.iterations_ = 0;
		return {
			name: "iter",
			tensor: scalar(this.iterations_, "int32")
		};
	}
	async getWeights() {
		throw new Error("getWeights() is not implemented for this optimizer yet.");
	}
	async setWeights(weightValues) {
		throw new Error(`setWeights() is not implemented for this optimizer class ${this.getClassName()}`);
	}
	/**
	* Extract the first element of the weight values and set it
	* as the iterations counter variable of this instance of optimizer.
	*
	* @param weightValues
	* @returns Weight values with the first element consumed and excluded.
	*/
	async extractIterations(weightValues) {
		this.iterations_ = (await weightValues[0].tensor.data())[0];
		return weightValues.slice(1);
	}
};
Object.defineProperty(Optimizer, Symbol.hasInstance, { value: (instance) => {
	return instance.minimize != null && instance.computeGradients != null && instance.applyGradients != null;
} });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/adadelta_optimizer.js
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
/** @doclink Optimizer */
var AdadeltaOptimizer = class extends Optimizer {
	/** @nocollapse */
	static get className() {
		return "Adadelta";
	}
	constructor(learningRate, rho, epsilon = null) {
		super();
		this.learningRate = learningRate;
		this.rho = rho;
		this.epsilon = epsilon;
		this.accumulatedGrads = [];
		this.accumulatedUpdates = [];
		if (epsilon == null) this.epsilon = ENGINE.backend.epsilon();
	}
	applyGradients(variableGradients) {
		(Array.isArray(variableGradients) ? variableGradients.map((item) => item.name) : Object.keys(variableGradients)).forEach((name, i) => {
			const value = ENGINE.registeredVariables[name];
			const trainable = false;
			if (this.accumulatedGrads[i] == null) this.accumulatedGrads[i] = {
				originalName: `${name}/accum_grad`,
				variable: tidy(() => zerosLike(value).variable(trainable))
			};
			if (this.accumulatedUpdates[i] == null) this.accumulatedUpdates[i] = {
				originalName: `${name}/accum_var`,
				variable: tidy(() => zerosLike(value).variable(trainable))
			};
			const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
			if (gradient == null) return;
			const accumulatedGrad = this.accumulatedGrads[i].variable;
			const accumulatedUpdate = this.accumulatedUpdates[i].variable;
			tidy(() => {
				const newAccumulatedGrad = add(mul(accumulatedGrad, this.rho), mul(square(gradient), 1 - this.rho));
				const updates = mul(div(sqrt(add(accumulatedUpdate, this.epsilon)), sqrt(add(accumulatedGrad, this.epsilon))), gradient);
				const newAccumulatedUpdate = add(mul(accumulatedUpdate, this.rho), mul(square(updates), 1 - this.rho));
				accumulatedGrad.assign(newAccumulatedGrad);
				accumulatedUpdate.assign(newAccumulatedUpdate);
				const newValue = add(mul(updates, -this.learningRate), value);
				value.assign(newValue);
			});
		});
		this.incrementIterations();
	}
	dispose() {
		if (this.accumulatedUpdates != null) {
			dispose(this.accumulatedGrads.map((v) => v.variable));
			dispose(this.accumulatedUpdates.map((v) => v.variable));
		}
	}
	async getWeights() {
		const variables = [...this.accumulatedGrads, ...this.accumulatedUpdates];
		return [await this.saveIterations()].concat(variables.map((v) => ({
			name: v.originalName,
			tensor: v.variable
		})));
	}
	async setWeights(weightValues) {
		weightValues = await this.extractIterations(weightValues);
		const variableCount = weightValues.length / 2;
		const trainable = false;
		this.accumulatedGrads = weightValues.slice(0, variableCount).map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
		this.accumulatedUpdates = weightValues.slice(variableCount, variableCount * 2).map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
	}
	getConfig() {
		return {
			"learningRate": this.learningRate,
			"rho": this.rho,
			"epsilon": this.epsilon
		};
	}
	/** @nocollapse */
	static fromConfig(cls, config) {
		return new cls(config["learningRate"], config["rho"], config["epsilon"]);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/adagrad_optimizer.js
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
/** @doclink Optimizer */
var AdagradOptimizer = class extends Optimizer {
	/** @nocollapse */
	static get className() {
		return "Adagrad";
	}
	constructor(learningRate, initialAccumulatorValue = .1) {
		super();
		this.learningRate = learningRate;
		this.initialAccumulatorValue = initialAccumulatorValue;
		this.accumulatedGrads = [];
	}
	applyGradients(variableGradients) {
		(Array.isArray(variableGradients) ? variableGradients.map((item) => item.name) : Object.keys(variableGradients)).forEach((name, i) => {
			const value = ENGINE.registeredVariables[name];
			if (this.accumulatedGrads[i] == null) {
				const trainable = false;
				this.accumulatedGrads[i] = {
					originalName: `${name}/accumulator`,
					variable: tidy(() => fill(value.shape, this.initialAccumulatorValue).variable(trainable))
				};
			}
			const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
			if (gradient == null) return;
			const accumulatedGrad = this.accumulatedGrads[i].variable;
			tidy(() => {
				const newAccumulatedGrad = add(accumulatedGrad, square(gradient));
				accumulatedGrad.assign(newAccumulatedGrad);
				const newValue = add(mul(div(gradient, sqrt(add(newAccumulatedGrad, ENGINE.backend.epsilon()))), -this.learningRate), value);
				value.assign(newValue);
			});
		});
		this.incrementIterations();
	}
	dispose() {
		if (this.accumulatedGrads != null) dispose(this.accumulatedGrads.map((v) => v.variable));
	}
	async getWeights() {
		return [await this.saveIterations()].concat(this.accumulatedGrads.map((v) => ({
			name: v.originalName,
			tensor: v.variable
		})));
	}
	async setWeights(weightValues) {
		weightValues = await this.extractIterations(weightValues);
		const trainable = false;
		this.accumulatedGrads = weightValues.map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
	}
	getConfig() {
		return {
			"learningRate": this.learningRate,
			"initialAccumulatorValue": this.initialAccumulatorValue
		};
	}
	/** @nocollapse */
	static fromConfig(cls, config) {
		return new cls(config["learningRate"], config["initialAccumulatorValue"]);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/adam_optimizer.js
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
var AdamOptimizer = class extends Optimizer {
	/** @nocollapse */
	static get className() {
		return "Adam";
	}
	constructor(learningRate, beta1, beta2, epsilon = null) {
		super();
		this.learningRate = learningRate;
		this.beta1 = beta1;
		this.beta2 = beta2;
		this.epsilon = epsilon;
		this.accumulatedFirstMoment = [];
		this.accumulatedSecondMoment = [];
		tidy(() => {
			this.accBeta1 = scalar(beta1).variable();
			this.accBeta2 = scalar(beta2).variable();
		});
		if (epsilon == null) this.epsilon = ENGINE.backend.epsilon();
	}
	applyGradients(variableGradients) {
		const varNames = Array.isArray(variableGradients) ? variableGradients.map((v) => v.name) : Object.keys(variableGradients);
		tidy(() => {
			const oneMinusAccBeta1 = sub(1, this.accBeta1);
			const oneMinusAccBeta2 = sub(1, this.accBeta2);
			varNames.forEach((name, i) => {
				const value = ENGINE.registeredVariables[name];
				const trainable = false;
				if (this.accumulatedFirstMoment[i] == null) this.accumulatedFirstMoment[i] = {
					originalName: `${name}/m`,
					variable: tidy(() => zerosLike(value).variable(trainable))
				};
				if (this.accumulatedSecondMoment[i] == null) this.accumulatedSecondMoment[i] = {
					originalName: `${name}/v`,
					variable: tidy(() => zerosLike(value).variable(trainable))
				};
				const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
				if (gradient == null) return;
				const firstMoment = this.accumulatedFirstMoment[i].variable;
				const secondMoment = this.accumulatedSecondMoment[i].variable;
				const newFirstMoment = add(mul(firstMoment, this.beta1), mul(gradient, 1 - this.beta1));
				const newSecondMoment = add(mul(secondMoment, this.beta2), mul(square(gradient), 1 - this.beta2));
				const biasCorrectedFirstMoment = div(newFirstMoment, oneMinusAccBeta1);
				const biasCorrectedSecondMoment = div(newSecondMoment, oneMinusAccBeta2);
				firstMoment.assign(newFirstMoment);
				secondMoment.assign(newSecondMoment);
				const newValue = add(mul(div(biasCorrectedFirstMoment, add(sqrt(biasCorrectedSecondMoment), this.epsilon)), -this.learningRate), value);
				value.assign(newValue);
			});
			this.accBeta1.assign(mul(this.accBeta1, this.beta1));
			this.accBeta2.assign(mul(this.accBeta2, this.beta2));
		});
		this.incrementIterations();
	}
	dispose() {
		this.accBeta1.dispose();
		this.accBeta2.dispose();
		if (this.accumulatedFirstMoment != null) dispose(this.accumulatedFirstMoment.map((v) => v.variable));
		if (this.accumulatedSecondMoment != null) dispose(this.accumulatedSecondMoment.map((v) => v.variable));
	}
	async getWeights() {
		const variables = [...this.accumulatedFirstMoment, ...this.accumulatedSecondMoment];
		return [await this.saveIterations()].concat(variables.map((v) => ({
			name: v.originalName,
			tensor: v.variable
		})));
	}
	async setWeights(weightValues) {
		weightValues = await this.extractIterations(weightValues);
		tidy(() => {
			this.accBeta1.assign(pow(this.beta1, this.iterations_ + 1));
			this.accBeta2.assign(pow(this.beta2, this.iterations_ + 1));
		});
		const variableCount = weightValues.length / 2;
		const trainable = false;
		this.accumulatedFirstMoment = weightValues.slice(0, variableCount).map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
		this.accumulatedSecondMoment = weightValues.slice(variableCount, variableCount * 2).map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
	}
	getConfig() {
		return {
			"learningRate": this.learningRate,
			"beta1": this.beta1,
			"beta2": this.beta2,
			"epsilon": this.epsilon
		};
	}
	/** @nocollapse */
	static fromConfig(cls, config) {
		return new cls(config["learningRate"], config["beta1"], config["beta2"], config["epsilon"]);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/adamax_optimizer.js
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
var AdamaxOptimizer = class extends Optimizer {
	/** @nocollapse */
	static get className() {
		return "Adamax";
	}
	constructor(learningRate, beta1, beta2, epsilon = null, decay = 0) {
		super();
		this.learningRate = learningRate;
		this.beta1 = beta1;
		this.beta2 = beta2;
		this.epsilon = epsilon;
		this.decay = decay;
		this.accumulatedFirstMoment = [];
		this.accumulatedWeightedInfNorm = [];
		tidy(() => {
			this.iteration = scalar(0).variable();
			this.accBeta1 = scalar(beta1).variable();
		});
		if (epsilon == null) this.epsilon = ENGINE.backend.epsilon();
	}
	applyGradients(variableGradients) {
		const variableNames = Array.isArray(variableGradients) ? variableGradients.map((item) => item.name) : Object.keys(variableGradients);
		tidy(() => {
			const oneMinusAccBeta1 = sub(1, this.accBeta1);
			const lr = div(-this.learningRate, add(mul(this.iteration, this.decay), 1));
			variableNames.forEach((name, i) => {
				const value = ENGINE.registeredVariables[name];
				const trainable = false;
				if (this.accumulatedFirstMoment[i] == null) this.accumulatedFirstMoment[i] = {
					originalName: `${name}/m`,
					variable: zerosLike(value).variable(trainable)
				};
				if (this.accumulatedWeightedInfNorm[i] == null) this.accumulatedWeightedInfNorm[i] = {
					originalName: `${name}/v`,
					variable: zerosLike(value).variable(trainable)
				};
				const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
				if (gradient == null) return;
				const firstMoment = this.accumulatedFirstMoment[i].variable;
				const weightedInfNorm = this.accumulatedWeightedInfNorm[i].variable;
				const newFirstMoment = add(mul(firstMoment, this.beta1), mul(gradient, 1 - this.beta1));
				const newWeightedInfNorm = maximum(mul(weightedInfNorm, this.beta2), abs(gradient));
				firstMoment.assign(newFirstMoment);
				weightedInfNorm.assign(newWeightedInfNorm);
				const newValue = add(mul(div(lr, oneMinusAccBeta1), div(newFirstMoment, add(newWeightedInfNorm, this.epsilon))), value);
				value.assign(newValue);
			});
			this.iteration.assign(add(this.iteration, 1));
			this.accBeta1.assign(mul(this.accBeta1, this.beta1));
		});
		this.incrementIterations();
	}
	dispose() {
		this.accBeta1.dispose();
		this.iteration.dispose();
		if (this.accumulatedFirstMoment != null) dispose(this.accumulatedFirstMoment.map((v) => v.variable));
		if (this.accumulatedWeightedInfNorm != null) dispose(this.accumulatedWeightedInfNorm.map((v) => v.variable));
	}
	async getWeights() {
		throw new Error("getWeights() is not implemented for Adamax yet.");
	}
	async setWeights(weightValues) {
		throw new Error("setWeights() is not implemented for Adamax yet.");
	}
	getConfig() {
		return {
			"learningRate": this.learningRate,
			"beta1": this.beta1,
			"beta2": this.beta2,
			"epsilon": this.epsilon,
			"decay": this.decay
		};
	}
	/** @nocollapse */
	static fromConfig(cls, config) {
		return new cls(config["learningRate"], config["beta1"], config["beta2"], config["epsilon"], config["decay"]);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/sgd_optimizer.js
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
/** @doclink Optimizer */
var SGDOptimizer = class extends Optimizer {
	/** @nocollapse */
	static get className() {
		return "SGD";
	}
	constructor(learningRate) {
		super();
		this.learningRate = learningRate;
		this.setLearningRate(learningRate);
	}
	applyGradients(variableGradients) {
		(Array.isArray(variableGradients) ? variableGradients.map((v) => v.name) : Object.keys(variableGradients)).forEach((name, i) => {
			const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
			if (gradient == null) return;
			const value = ENGINE.registeredVariables[name];
			tidy(() => {
				const newValue = add(mul(this.c, gradient), value);
				value.assign(newValue);
			});
		});
		this.incrementIterations();
	}
	/**
	* Sets the learning rate of the optimizer.
	*/
	setLearningRate(learningRate) {
		this.learningRate = learningRate;
		if (this.c != null) this.c.dispose();
		this.c = keep(scalar(-learningRate));
	}
	dispose() {
		this.c.dispose();
	}
	async getWeights() {
		return [await this.saveIterations()];
	}
	async setWeights(weightValues) {
		weightValues = await this.extractIterations(weightValues);
		if (weightValues.length !== 0) throw new Error("SGD optimizer does not have settable weights.");
	}
	getConfig() {
		return { "learningRate": this.learningRate };
	}
	/** @nocollapse */
	static fromConfig(cls, config) {
		return new cls(config["learningRate"]);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/momentum_optimizer.js
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
/** @doclink Optimizer */
var MomentumOptimizer = class extends SGDOptimizer {
	/** @nocollapse */
	static get className() {
		return "Momentum";
	}
	constructor(learningRate, momentum, useNesterov = false) {
		super(learningRate);
		this.learningRate = learningRate;
		this.momentum = momentum;
		this.useNesterov = useNesterov;
		this.accumulations = [];
		this.m = scalar(this.momentum);
	}
	applyGradients(variableGradients) {
		(Array.isArray(variableGradients) ? variableGradients.map((item) => item.name) : Object.keys(variableGradients)).forEach((name, i) => {
			const value = ENGINE.registeredVariables[name];
			if (this.accumulations[i] == null) {
				const trainable = false;
				this.accumulations[i] = {
					originalName: `${name}/momentum`,
					variable: tidy(() => zerosLike(value).variable(trainable))
				};
			}
			const accumulation = this.accumulations[i].variable;
			const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
			if (gradient == null) return;
			tidy(() => {
				let newValue;
				const newAccumulation = add(mul(this.m, accumulation), gradient);
				if (this.useNesterov) newValue = add(mul(this.c, add(gradient, mul(newAccumulation, this.m))), value);
				else newValue = add(mul(this.c, newAccumulation), value);
				accumulation.assign(newAccumulation);
				value.assign(newValue);
			});
		});
		this.incrementIterations();
	}
	dispose() {
		this.m.dispose();
		if (this.accumulations != null) dispose(this.accumulations.map((v) => v.variable));
	}
	/**
	* Sets the momentum of the optimizer.
	*
	* @param momentum
	*/
	setMomentum(momentum) {
		this.momentum = momentum;
	}
	async getWeights() {
		return [await this.saveIterations()].concat(this.accumulations.map((v) => ({
			name: v.originalName,
			tensor: v.variable
		})));
	}
	async setWeights(weightValues) {
		weightValues = await this.extractIterations(weightValues);
		const trainable = false;
		this.accumulations = weightValues.map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
	}
	getConfig() {
		return {
			"learningRate": this.learningRate,
			"momentum": this.momentum,
			"useNesterov": this.useNesterov
		};
	}
	/** @nocollapse */
	static fromConfig(cls, config) {
		return new cls(config["learningRate"], config["momentum"], config["useNesterov"]);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/rmsprop_optimizer.js
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
/** @doclink Optimizer */
var RMSPropOptimizer = class extends Optimizer {
	/** @nocollapse */
	static get className() {
		return "RMSProp";
	}
	constructor(learningRate, decay = .9, momentum = 0, epsilon = null, centered = false) {
		super();
		this.learningRate = learningRate;
		this.decay = decay;
		this.momentum = momentum;
		this.epsilon = epsilon;
		this.accumulatedMeanSquares = [];
		this.accumulatedMoments = [];
		this.accumulatedMeanGrads = [];
		this.centered = centered;
		if (epsilon == null) this.epsilon = ENGINE.backend.epsilon();
		if (learningRate == null) throw new Error(`learningRate for RMSPropOptimizer must be defined.`);
	}
	applyGradients(variableGradients) {
		(Array.isArray(variableGradients) ? variableGradients.map((item) => item.name) : Object.keys(variableGradients)).forEach((name, i) => {
			const value = ENGINE.registeredVariables[name];
			const trainable = false;
			if (this.accumulatedMeanSquares[i] == null) this.accumulatedMeanSquares[i] = {
				originalName: `${name}/rms`,
				variable: tidy(() => zerosLike(value).variable(trainable))
			};
			if (this.accumulatedMoments[i] == null) this.accumulatedMoments[i] = {
				originalName: `${name}/momentum`,
				variable: tidy(() => zerosLike(value).variable(trainable))
			};
			if (this.accumulatedMeanGrads[i] == null && this.centered) this.accumulatedMeanGrads[i] = {
				originalName: `${name}/mg`,
				variable: tidy(() => zerosLike(value).variable(trainable))
			};
			const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
			if (gradient == null) return;
			const accumulatedMeanSquare = this.accumulatedMeanSquares[i].variable;
			const accumulatedMoments = this.accumulatedMoments[i].variable;
			tidy(() => {
				const newAccumulatedMeanSquare = add(mul(accumulatedMeanSquare, this.decay), mul(square(gradient), 1 - this.decay));
				if (this.centered) {
					const accumulatedMeanGrad = this.accumulatedMeanGrads[i].variable;
					const newAccumulatedMeanGrad = add(mul(accumulatedMeanGrad, this.decay), mul(gradient, 1 - this.decay));
					const gradContribution = div(mul(gradient, this.learningRate), sqrt(sub(newAccumulatedMeanSquare, add(square(newAccumulatedMeanGrad), this.epsilon))));
					const newAccumulatedMoments = add(mul(accumulatedMoments, this.momentum), gradContribution);
					accumulatedMeanSquare.assign(newAccumulatedMeanSquare);
					accumulatedMeanGrad.assign(newAccumulatedMeanGrad);
					accumulatedMoments.assign(newAccumulatedMoments);
					const newValue = sub(value, newAccumulatedMoments);
					value.assign(newValue);
				} else {
					const newAccumulatedMeanSquare = add(mul(accumulatedMeanSquare, this.decay), mul(square(gradient), 1 - this.decay));
					const newAccumulatedMoments = add(mul(accumulatedMoments, this.momentum), div(mul(gradient, this.learningRate), sqrt(add(newAccumulatedMeanSquare, this.epsilon))));
					accumulatedMeanSquare.assign(newAccumulatedMeanSquare);
					accumulatedMoments.assign(newAccumulatedMoments);
					const newValue = sub(value, newAccumulatedMoments);
					value.assign(newValue);
				}
			});
		});
		this.incrementIterations();
	}
	dispose() {
		if (this.accumulatedMeanSquares != null) dispose(this.accumulatedMeanSquares.map((v) => v.variable));
		if (this.accumulatedMeanGrads != null && this.centered) dispose(this.accumulatedMeanGrads.map((v) => v.variable));
		if (this.accumulatedMoments != null) dispose(this.accumulatedMoments.map((v) => v.variable));
	}
	async getWeights() {
		const variables = [...this.accumulatedMeanSquares, ...this.accumulatedMoments];
		if (this.centered) variables.push(...this.accumulatedMeanGrads);
		return [await this.saveIterations()].concat(variables.map((v) => ({
			name: v.originalName,
			tensor: v.variable
		})));
	}
	async setWeights(weightValues) {
		weightValues = await this.extractIterations(weightValues);
		const variableCount = this.centered ? weightValues.length / 3 : weightValues.length / 2;
		const trainable = false;
		this.accumulatedMeanSquares = weightValues.slice(0, variableCount).map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
		this.accumulatedMoments = weightValues.slice(variableCount, variableCount * 2).map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
		if (this.centered) this.accumulatedMeanGrads = weightValues.slice(variableCount * 2, variableCount * 3).map((v) => ({
			originalName: v.name,
			variable: v.tensor.variable(trainable)
		}));
	}
	getConfig() {
		return {
			"learningRate": this.learningRate,
			"decay": this.decay,
			"momentum": this.momentum,
			"epsilon": this.epsilon,
			"centered": this.centered
		};
	}
	/** @nocollapse */
	static fromConfig(cls, config) {
		return new cls(config["learningRate"], config["decay"], config["momentum"], config["epsilon"], config["centered"]);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/register_optimizers.js
/**
* @license
* Copyright 2022 Google LLC.
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
var OPTIMIZERS = [
	AdadeltaOptimizer,
	AdagradOptimizer,
	AdamOptimizer,
	AdamaxOptimizer,
	MomentumOptimizer,
	RMSPropOptimizer,
	SGDOptimizer
];
function registerOptimizers() {
	for (const optimizer of OPTIMIZERS) registerClass(optimizer);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/index.js
/**
* @license
* Copyright 2017 Google LLC. All Rights Reserved.
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
registerOptimizers();
export { memory as $, toNestedArray as $i, MaxPool3D as $n, SplitV as $r, Conv2D as $t, getUndoAxesPermutation as A, getArrayFromDType as Ai, FusedConv2D as An, ResizeBilinearGrad as Ar, AddN as At, mul as B, makeOnesTypedArray as Bi, IsInf as Bn, Selu as Br, AvgPool3DGrad as Bt, assertAxesAreInnerMostDims as C, assertNonNegativeIntegerDimensions as Ci, Expm1 as Cn, Real as Cr, getKernel as Ct, expandShapeToKeepDim as D, clamp as Di, FloorDiv as Dn, Relu6 as Dr, warn as Dt, computeOutAndReduceShapes as E, bytesPerElement as Ei, Floor as En, Relu as Er, log as Et, getReductionAxes as F, inferFromImplicitShape as Fi, GreaterEqual as Fn, Round as Fr, Atan as Ft, buffer as G, parseAxisParam as Gi, LessEqual as Gn, Softmax as Gr, BitwiseAnd as Gt, add as H, makeZerosTypedArray as Hi, LRNGrad as Hn, Sign as Hr, BatchMatMul as Ht, fill as I, isInt as Ii, IFFT as In, Rsqrt as Ir, Atan2 as It, deprecationWarn as J, sizeFromShape as Ji, LogicalAnd as Jn, SparseFillEmptyRows as Jr, Ceil as Jt, require___vite_browser_external as K, repeatedTry as Ki, LinSpace as Kn, Softplus as Kr, BroadcastArgs as Kt, sigmoid as L, isScalarShape as Li, Identity as Ln, ScatterNd as Lr, Atanh as Lt, zerosLike as M, hasEncodingLoss as Mi, GatherNd as Mn, ResizeNearestNeighborGrad as Mr, ArgMin as Mt, assertAndGetBroadcastShape as N, indexToLoc as Ni, GatherV2 as Nn, Reverse as Nr, Asin as Nt, getAxesPermutation as O, computeStrides as Oi, FromPixels as On, Reshape as Or, Acos as Ot, getBroadcastDims as P, inferDtype as Pi, Greater as Pn, RotateWithOffset as Pr, Asinh as Pt, getBackend as Q, swap as Qi, MaxPool as Qn, SparseToDense as Qr, Concat as Qt, reshape as R, isString as Ri, Imag as Rn, SearchSorted as Rr, AvgPool as Rt, pow as S, assert as Si, ExpandDims as Sn, Range as Sr, toTypedArray as St, combineLocations as T, assertShapesMatch as Ti, FlipLeftRight as Tn, Reciprocal as Tr, registerKernel as Tt, clone as U, nearestDivisor as Ui, LeakyRelu as Un, Sinh as Ur, BatchToSpaceND as Ut, div as V, makeZerosNestedTypedArray as Vi, IsNan as Vn, Sigmoid as Vr, AvgPoolGrad as Vt, cast as W, nearestLargerEven as Wi, Less as Wn, Slice as Wr, Bincount as Wt, engine as X, squeezeShape as Xi, LogicalOr as Xn, SparseSegmentMean as Xr, Complex as Xt, dispose as Y, sizeToSquarishShape as Yi, LogicalNot as Yn, SparseReshape as Yr, ClipByValue as Yt, findBackend as Z, sum$1 as Zi, LogicalXor as Zn, SparseSegmentSum as Zr, ComplexAbs as Zt, variableGrads as _, UnsortedSegmentSum as _i, Dilation2DBackpropInput as _n, Prelu as _r, decodeString as _t, AdamOptimizer as a, StridedSlice as ai, Cosh as an, Minimum as ar, convertToTensor as at, sqrt as b, env as bi, EluGrad as bn, RaggedRange as br, flatten as bt, applyActivation as c, StringToHashBucketFast as ci, Cumsum as cn, Multiply as cr, isBrowser as ct, shouldFuse as d, Tile as di, DepthwiseConv2dNative as dn, NonMaxSuppressionV5 as dr, makeTypesMatch as dt, DataStorage as ea, Sqrt as ei, Conv2DBackpropFilter as en, MaxPool3DGrad as er, registerBackend as et, step as f, TopK as fi, DepthwiseConv2dNativeBackpropFilter as fn, NotEqual as fr, sumOutType as ft, grad as g, Unpack as gi, Dilation2DBackpropFilter as gn, PadV2 as gr, createScalarValue as gt, customGrad as h, Unique as hi, Dilation2D as hn, Pack as hr, TensorBuffer as ht, AdamaxOptimizer as i, Step as ii, Conv3DBackpropInputV2 as in, Mean as ir, op as it, elu as j, getTypedArrayFromDType as ji, FusedDepthwiseConv2D as jn, ResizeNearestNeighbor as jr, ArgMax as jt, getInnerMostAxes as k, convertBackendValuesAndArrayBuffer as ki, FusedBatchNorm as kn, ResizeBilinear as kr, Acosh as kt, getFusedBiasGradient as l, Tanh as li, DenseBincount as ln, NonMaxSuppressionV3 as lr, isMobile as lt, sub as m, Transpose as mi, Diag as mn, OnesLike as mr, Tensor as mt, MomentumOptimizer as n, SquaredDifference as ni, Conv3D as nn, MaxPoolWithArgmax as nr, tidy as nt, AdagradOptimizer as o, StringNGrams as oi, CropAndResize as on, MirrorPad as or, convertToTensorArray as ot, relu as p, Transform as pi, DepthwiseConv2dNativeBackpropInput as pn, OneHot as pr, upcastType as pt, backend as q, rightPad as qi, Log1p as qn, SpaceToBatchND as qr, Cast as qt, SGDOptimizer as r, StaticRegexReplace as ri, Conv3DBackpropFilterV2 as rn, Maximum as rr, makeTensor as rt, AdadeltaOptimizer as s, StringSplit as si, Cumprod as sn, Multinomial as sr, inferShape as st, RMSPropOptimizer as t, KernelBackend as ta, Square as ti, Conv2DBackpropInput as tn, MaxPoolGrad as tr, setBackend as tt, getFusedDyActivation as u, TensorScatterUpdate as ui, DepthToSpace as un, NonMaxSuppressionV4 as ur, ENGINE as ut, sum as v, ZerosLike as vi, Draw as vn, Prod as vr, encodeString as vt, axesAreInnerMostDims as w, assertNonNull as wi, Fill as wn, RealDiv as wr, registerGradient as wt, scalar as x, arraysEqual as xi, Equal as xn, RaggedTensorToTensor as xr, now as xt, square as y, _FusedMatMul as yi, Einsum as yn, RaggedGather as yr, fetch$1 as yt, abs as z, locToIndex as zi, IsFinite as zn, Select as zr, AvgPool3D as zt };
