const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./dist-BaFMfhMV.js","./rolldown-runtime-SbdDWaPq.js","./dist-CRA1jjMH.js","./Unique_impl-B3XunxBO.js","./where_impl-BbiaXcbc.js","./shared-CNFH2aPD.js","./dist-B1fmLseT.js","./dist-BzfoobWj.js","./dist-H80hkyeu.js"])))=>i.map(i=>d[i]);
import { r as __toESM, t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
import { $ as memory, B as mul, Bi as makeOnesTypedArray, Ci as assertNonNegativeIntegerDimensions, Cr as Real, Ct as getKernel, D as expandShapeToKeepDim, G as buffer, Gi as parseAxisParam, H as add, Hi as makeZerosTypedArray, Ht as BatchMatMul, I as fill, Ir as Rsqrt, Ji as sizeFromShape, Kr as Softplus, L as sigmoid$1, M as zerosLike, N as assertAndGetBroadcastShape, Nn as GatherV2, Pn as Greater, Q as getBackend, Qt as Concat, R as reshape, Rn as Imag, S as pow, Si as assert, Sn as ExpandDims, Ti as assertShapesMatch, Tt as registerKernel, U as clone, V as div, W as cast, Wr as Slice, X as engine, Xt as Complex, Y as dispose, Yt as ClipByValue, Z as findBackend, _ as variableGrads, a as AdamOptimizer, at as convertToTensor, b as sqrt, bi as env, c as applyActivation, d as shouldFuse, di as Tile, dt as makeTypesMatch, f as step, g as grad, gi as Unpack, gr as PadV2, h as customGrad, hr as Pack, i as AdamaxOptimizer, ir as Mean, it as op$1, j as elu, l as getFusedBiasGradient, li as Tanh, m as sub, mi as Transpose, mr as OnesLike, mt as Tensor, n as MomentumOptimizer, nt as tidy, o as AdagradOptimizer, ot as convertToTensorArray, p as relu, q as backend, r as SGDOptimizer, rt as makeTensor, s as AdadeltaOptimizer, st as inferShape, t as RMSPropOptimizer, tt as setBackend$1, u as getFusedDyActivation, ut as ENGINE, v as sum, wi as assertNonNull, wt as registerGradient, y as square, yi as _FusedMatMul, z as abs, zr as Select } from "./dist-CRA1jjMH.js";
// \0vite/modulepreload-polyfill.js
(function polyfill() {
	const relList = document.createElement("link").relList;
	if (relList && relList.supports && relList.supports("modulepreload")) return;
	for (const link of document.querySelectorAll("link[rel=\"modulepreload\"]")) processPreload(link);
	new MutationObserver((mutations) => {
		for (const mutation of mutations) {
			if (mutation.type !== "childList") continue;
			for (const node of mutation.addedNodes) if (node.tagName === "LINK" && node.rel === "modulepreload") processPreload(node);
		}
	}).observe(document, {
		childList: true,
		subtree: true
	});
	function getFetchOpts(link) {
		const fetchOpts = {};
		if (link.integrity) fetchOpts.integrity = link.integrity;
		if (link.referrerPolicy) fetchOpts.referrerPolicy = link.referrerPolicy;
		if (link.crossOrigin === "use-credentials") fetchOpts.credentials = "include";
		else if (link.crossOrigin === "anonymous") fetchOpts.credentials = "omit";
		else fetchOpts.credentials = "same-origin";
		return fetchOpts;
	}
	function processPreload(link) {
		if (link.ep) return;
		link.ep = true;
		const fetchOpts = getFetchOpts(link);
		fetch(link.href, fetchOpts);
	}
})();
// ../core/dist/generated/tfjs-gradients.js
var oc = Object.defineProperty;
var kr = (t, e) => {
	for (var r in e) oc(t, r, {
		get: e[r],
		enumerable: !0
	});
};
var ao = "Acos";
var co = "Acosh";
var lo = "AddN";
var po = "ArgMax";
var uo = "ArgMin";
var fo = "Asin";
var mo = "Asinh";
var ho = "Atan";
var go = "Atanh";
var xo = "Atan2";
var wo = "AvgPool";
var yo = "AvgPoolGrad";
var bo = "AvgPool3D";
var So = "AvgPool3DGrad";
var le = "BatchMatMul";
var pe = "BatchToSpaceND";
var ko = "BroadcastTo";
var kt = "Cast";
var Eo = "Ceil";
var To = "ClipByValue";
var vo = "Complex";
var Io = "ComplexAbs";
var ue = "Concat";
var fe = "Conv2D";
var Ao = "Conv2DBackpropFilter";
var me = "Conv2DBackpropInput";
var $o = "Conv3D";
var No = "Conv3DBackpropFilterV2";
var Do = "Conv3DBackpropInputV2";
var he = "Cosh";
var Go = "Cumprod";
var de = "Cumsum";
var Fo = "DepthwiseConv2dNative";
var Co = "DepthwiseConv2dNativeBackpropFilter";
var Mo = "DepthwiseConv2dNativeBackpropInput";
var Bo = "Dilation2D";
var Ro = "Dilation2DBackpropInput";
var _o = "Dilation2DBackpropFilter";
var ge = "RealDiv";
var Po = "EluGrad";
var Lo = "Equal";
var xe = "ExpandDims";
var Oo = "Expm1";
var we = "Floor";
var ye = "FloorDiv";
var zo = "FusedBatchNorm";
var be = "GatherV2";
var Uo = "Greater";
var Se = "GreaterEqual";
var Et = "Identity";
var qo = "Imag";
var Wo = "IsFinite";
var Ko = "IsInf";
var Vo = "IsNan";
var ke = "LeakyRelu";
var Ho = "Less";
var jo = "LessEqual";
var Xo = "Log1p";
var Jo = "LogicalAnd";
var Zo = "LogicalNot";
var Yo = "LogSoftmax";
var Qo = "LRNGrad";
var Ee = "Maximum";
var tn = "MaxPool";
var en = "MaxPoolGrad";
var rn = "MaxPool3D";
var on = "MaxPool3DGrad";
var nn = "Mean";
var sn = "Minimum";
var an = "MirrorPad";
var Te = "Multiply";
var cn = "OnesLike";
var ln = "OneHot";
var ve = "Pack";
var Ie = "PadV2";
var Ae = "Prelu";
var pn = "Prod";
var un = "Real";
var fn = "Reciprocal";
var $e = "Relu";
var Ne = "Reshape";
var mn = "ResizeNearestNeighbor";
var hn = "ResizeNearestNeighborGrad";
var dn = "ResizeBilinear";
var gn = "ResizeBilinearGrad";
var De = "Relu6";
var Ge = "Reverse";
var xn = "Round";
var Fe = "Rsqrt";
var Ce = "Select";
var wn = "Selu";
var Me = "Slice";
var Be = "Sinh";
var yn = "Sign";
var Re = "Sigmoid";
var bn = "Softplus";
var _e = "Sqrt";
var Pe = "SpaceToBatchND";
var Le = "SplitV";
var Sn = "Softmax";
var kn = "SquaredDifference";
var En = "Square";
var Tn = "Tanh";
var Tt = "Tile";
var vt = "Transpose";
var Oe = "Unpack";
var ze = "UnsortedSegmentSum";
var Ue = "ZerosLike";
var qe = "Step";
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
*/ var We = class {
	refCount(e) {
		return J("refCount");
	}
	incRef(e) {
		return J("incRef");
	}
	timerAvailable() {
		return !0;
	}
	time(e) {
		return J("time");
	}
	read(e) {
		return J("read");
	}
	readSync(e) {
		return J("readSync");
	}
	readToGPU(e, r) {
		return J("readToGPU");
	}
	numDataIds() {
		return J("numDataIds");
	}
	disposeData(e, r) {
		return J("disposeData");
	}
	write(e, r, o) {
		return J("write");
	}
	move(e, r, o, n, s) {
		return J("move");
	}
	createTensorFromGPUData(e, r, o) {
		return J("createTensorFromGPUData");
	}
	memory() {
		return J("memory");
	}
	floatPrecision() {
		return J("floatPrecision");
	}
	epsilon() {
		return this.floatPrecision() === 32 ? 1e-7 : 1e-4;
	}
	dispose() {
		return J("dispose");
	}
};
function J(t) {
	throw new Error(`'${t}' not yet implemented or not found in the registry. This kernel may not be supported by the tfjs backend you have chosen`);
}
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
*/ function Lt(t, e, r) {
	return Math.max(t, Math.min(e, r));
}
function g(t, e) {
	if (!t) throw new Error(typeof e == "string" ? e : e());
}
function vn(t, e, r = "") {
	g(Ot(t, e), () => r + ` Shapes ${t} and ${e} must match`);
}
function _(t) {
	if (t.length === 0) return 1;
	let e = t[0];
	for (let r = 1; r < t.length; r++) e *= t[r];
	return e;
}
function Ot(t, e) {
	if (t === e) return !0;
	if (t == null || e == null || t.length !== e.length) return !1;
	for (let r = 0; r < t.length; r++) if (t[r] !== e[r]) return !1;
	return !0;
}
function It(t) {
	return t % 1 === 0;
}
function At(t, e) {
	return e <= t.length ? t : t + " ".repeat(e - t.length);
}
function Z(t, e) {
	let r = e.length;
	return t = t == null ? e.map((o, n) => n) : [].concat(t), g(t.every((o) => o >= -r && o < r), () => `All values in axis param must be in range [-${r}, ${r}) but got axis ${t}`), g(t.every((o) => It(o)), () => `All values in axis param must be integers but got axis ${t}`), t.map((o) => o < 0 ? r + o : o);
}
function In(t, e) {
	for (let r = 0; r < t.length; r++) {
		let o = t[r];
		if (isNaN(o) || !isFinite(o)) throw Error(`A tensor of type ${e} being uploaded contains ${o}.`);
	}
}
function An(t) {
	return t === "bool" || t === "complex64" || t === "float32" || t === "int32" || t === "string";
}
function zt(t) {
	if (t === "float32" || t === "int32") return 4;
	if (t === "complex64") return 8;
	if (t === "bool") return 1;
	throw new Error(`Unknown dtype ${t}`);
}
function $n(t) {
	if (t == null) return 0;
	let e = 0;
	return t.forEach((r) => e += r.length), e;
}
function Ut(t) {
	return typeof t == "string" || t instanceof String;
}
function nc(t) {
	return typeof t == "boolean";
}
function sc(t) {
	return typeof t == "number";
}
function qt(t) {
	return Array.isArray(t) ? qt(t[0]) : t instanceof Float32Array ? "float32" : t instanceof Int32Array || t instanceof Uint8Array || t instanceof Uint8ClampedArray ? "int32" : sc(t) ? "float32" : Ut(t) ? "string" : nc(t) ? "bool" : "float32";
}
function Er(t) {
	return !!(t && t.constructor && t.call && t.apply);
}
function Wt(t, e) {
	for (let r = e; r < t; ++r) if (t % r === 0) return r;
	return t;
}
function ht(t) {
	let e = t.length;
	if (e < 2) return [];
	let r = new Array(e - 1);
	r[e - 2] = t[e - 1];
	for (let o = e - 3; o >= 0; --o) r[o] = r[o + 1] * t[o + 1];
	return r;
}
function Nn(t, e, r, o = !1) {
	let n = new Array();
	if (e.length === 1) {
		let s = e[0] * (o ? 2 : 1);
		for (let i = 0; i < s; i++) n[i] = r[t + i];
	} else {
		let s = e[0], i = e.slice(1), a = i.reduce((c, l) => c * l) * (o ? 2 : 1);
		for (let c = 0; c < s; c++) n[c] = Nn(t + c * a, i, r, o);
	}
	return n;
}
function Tr(t, e, r = !1) {
	if (t.length === 0) return e[0];
	let o = t.reduce((n, s) => n * s) * (r ? 2 : 1);
	if (o === 0) return [];
	if (o !== e.length) throw new Error(`[${t}] does not match the input size ${e.length}${r ? " for a complex tensor" : ""}.`);
	return Nn(0, t, e, r);
}
function Ke(t, e) {
	let r = Kt(t, e);
	for (let o = 0; o < r.length; o++) r[o] = 1;
	return r;
}
function Kt(t, e) {
	if (e == null || e === "float32" || e === "complex64") return new Float32Array(t);
	if (e === "int32") return new Int32Array(t);
	if (e === "bool") return new Uint8Array(t);
	throw new Error(`Unknown data type ${e}`);
}
function dt(t) {
	t.forEach((e) => {
		g(Number.isInteger(e) && e >= 0, () => `Tensor must have a shape comprised of positive integers but got shape [${t}].`);
	});
}
function $t(t) {
	return t && t.then && typeof t.then == "function";
}
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
*/ var Dn = "tfjsflags";
var Ve = class {
	constructor(e) {
		this.global = e, this.flags = {}, this.flagRegistry = {}, this.urlFlags = {}, this.getQueryParams = ac, this.populateURLFlags();
	}
	setPlatform(e, r) {
		this.platform != null && (I().getBool("IS_TEST") || I().getBool("PROD") || console.warn(`Platform ${this.platformName} has already been set. Overwriting the platform with ${e}.`)), this.platformName = e, this.platform = r;
	}
	registerFlag(e, r, o) {
		if (this.flagRegistry[e] = {
			evaluationFn: r,
			setHook: o
		}, this.urlFlags[e] != null) {
			let n = this.urlFlags[e];
			I().getBool("IS_TEST") || I().getBool("PROD") || console.warn(`Setting feature override from URL ${e}: ${n}.`), this.set(e, n);
		}
	}
	async getAsync(e) {
		return e in this.flags ? this.flags[e] : (this.flags[e] = await this.evaluateFlag(e), this.flags[e]);
	}
	get(e) {
		if (e in this.flags) return this.flags[e];
		let r = this.evaluateFlag(e);
		if ($t(r)) throw new Error(`Flag ${e} cannot be synchronously evaluated. Please use getAsync() instead.`);
		return this.flags[e] = r, this.flags[e];
	}
	getNumber(e) {
		return this.get(e);
	}
	getBool(e) {
		return this.get(e);
	}
	getString(e) {
		return this.get(e);
	}
	getFlags() {
		return this.flags;
	}
	get features() {
		return this.flags;
	}
	set(e, r) {
		if (this.flagRegistry[e] == null) throw new Error(`Cannot set flag ${e} as it has not been registered.`);
		this.flags[e] = r, this.flagRegistry[e].setHook != null && this.flagRegistry[e].setHook(r);
	}
	evaluateFlag(e) {
		if (this.flagRegistry[e] == null) throw new Error(`Cannot evaluate flag '${e}': no evaluation function found.`);
		return this.flagRegistry[e].evaluationFn();
	}
	setFlags(e) {
		this.flags = Object.assign({}, e);
	}
	reset() {
		this.flags = {}, this.urlFlags = {}, this.populateURLFlags();
	}
	populateURLFlags() {
		if (typeof this.global > "u" || typeof this.global.location > "u" || typeof this.global.location.search > "u") return;
		let e = this.getQueryParams(this.global.location.search);
		Dn in e && e[Dn].split(",").forEach((o) => {
			let [n, s] = o.split(":");
			this.urlFlags[n] = lc(n, s);
		});
	}
};
function ac(t) {
	let e = {};
	return t.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g, (r, ...o) => (cc(e, o[0], o[1]), o.join("="))), e;
}
function cc(t, e, r) {
	t[decodeURIComponent(e)] = decodeURIComponent(r || "");
}
function lc(t, e) {
	let r = e.toLowerCase();
	return r === "true" || r === "false" ? r === "true" : `${+r}` === r ? +r : e;
}
function I() {
	return Gn;
}
var Gn = null;
function Fn(t) {
	Gn = t;
}
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
*/ var vr;
function Ir() {
	if (vr == null) {
		let t;
		if (typeof window < "u") t = window;
		else if (typeof global < "u") t = global;
		else if (typeof process < "u") t = process;
		else if (typeof self < "u") t = self;
		else throw new Error("Could not find a global object");
		vr = t;
	}
	return vr;
}
function pc() {
	let t = Ir();
	return t._tfGlobals ??= /* @__PURE__ */ new Map(), t._tfGlobals;
}
function Vt(t, e) {
	let r = pc();
	if (r.has(t)) return r.get(t);
	{
		let o = e();
		return r.set(t, o), r.get(t);
	}
}
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
*/ function ct(...t) {
	I().getBool("IS_TEST") || I().getBool("PROD") || console.warn(...t);
}
function uc(...t) {
	I().getBool("IS_TEST") || I().getBool("PROD") || console.log(...t);
}
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
*/ var Mn = Vt("kernelRegistry", () => /* @__PURE__ */ new Map());
var Ar = Vt("gradRegistry", () => /* @__PURE__ */ new Map());
function $r(t, e) {
	let r = fc(t, e);
	return Mn.get(r);
}
function Nr(t) {
	return Ar.get(t);
}
function Dr(t) {
	let e = Mn.entries(), r = [];
	for (;;) {
		let { done: o, value: n } = e.next();
		if (o) break;
		let [s, i] = n, [a] = s.split("_");
		a === t && r.push(i);
	}
	return r;
}
function Bn(t) {
	let { kernelName: e } = t;
	Ar.has(e) && I().getBool("DEBUG") && ct(`Overriding the gradient for '${e}'`), Ar.set(e, t);
}
function fc(t, e) {
	return `${e}_${t}`;
}
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
*/ function Rn(t) {
	return t instanceof Float32Array || t instanceof Int32Array || t instanceof Uint8Array || t instanceof Uint8ClampedArray;
}
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
*/ function mc(t, e) {
	return t instanceof Float32Array && e === "float32" || t instanceof Int32Array && e === "int32" || t instanceof Uint8Array && e === "bool";
}
function He(t, e) {
	if (e === "string") throw new Error("Cannot convert a string[] to a TypedArray");
	if (Array.isArray(t) && (t = yt(t)), I().getBool("DEBUG") && In(t, e), mc(t, e)) return t;
	if (e == null || e === "float32" || e === "complex64") return new Float32Array(t);
	if (e === "int32") return new Int32Array(t);
	if (e === "bool") {
		let r = new Uint8Array(t.length);
		for (let o = 0; o < r.length; ++o) Math.round(t[o]) !== 0 && (r[o] = 1);
		return r;
	} else throw new Error(`Unknown data type ${e}`);
}
function Nt() {
	return I().platform.now();
}
function je(t, e = "utf-8") {
	return e = e || "utf-8", I().platform.encode(t, e);
}
function Ht(t, e = "utf-8") {
	return e = e || "utf-8", I().platform.decode(t, e);
}
function q(t) {
	return I().platform.isTypedArray != null ? I().platform.isTypedArray(t) : Rn(t);
}
function yt(t, e = [], r = !1) {
	if (e ??= [], typeof t == "boolean" || typeof t == "number" || typeof t == "string" || $t(t) || t == null || q(t) && r) e.push(t);
	else if (Array.isArray(t) || q(t)) for (let o = 0; o < t.length; ++o) yt(t[o], e, r);
	else {
		let o = -1;
		for (let n of Object.keys(t)) /^([1-9]+[0-9]*|0)$/.test(n) && (o = Math.max(o, Number(n)));
		for (let n = 0; n <= o; n++) yt(t[n], e, r);
	}
	return e;
}
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
*/ var Xe = class {
	constructor(e, r) {
		this.backendTimer = e, this.logger = r, r ?? (this.logger = new Gr());
	}
	profileKernel(e, r, o) {
		let n, s = () => {
			n = o();
		}, i, a = Nt();
		if (this.backendTimer.timerAvailable()) i = this.backendTimer.time(s);
		else {
			s();
			for (let l of n) l.dataSync();
			i = Promise.resolve({ kernelMs: Nt() - a });
		}
		if (I().getBool("CHECK_COMPUTATION_FOR_ERRORS")) for (let l = 0; l < n.length; l++) {
			let m = n[l];
			m.data().then((u) => {
				hc(u, m.dtype, e);
			});
		}
		return {
			kernelName: e,
			outputs: n,
			inputs: r,
			timeMs: i.then((l) => l.kernelMs),
			extraInfo: i.then((l) => l.getExtraProfileInfo != null ? l.getExtraProfileInfo() : "")
		};
	}
	logKernelProfile(e) {
		let { kernelName: r, outputs: o, timeMs: n, inputs: s, extraInfo: i } = e;
		o.forEach((a) => {
			Promise.all([
				a.data(),
				n,
				i
			]).then((c) => {
				this.logger.logKernelProfile(r, a, c[0], c[1], s, c[2]);
			});
		});
	}
};
function hc(t, e, r) {
	if (e !== "float32") return !1;
	for (let o = 0; o < t.length; o++) {
		let n = t[o];
		if (isNaN(n) || !isFinite(n)) return console.warn(`Found ${n} in the result of '${r}'`), !0;
	}
	return !1;
}
var Gr = class {
	logKernelProfile(e, r, o, n, s, i) {
		let a = typeof n == "number" ? At(`${n}ms`, 9) : n.error, c = At(e, 25), l = r.rank, m = r.size, u = At(r.shape.toString(), 14), p = "";
		for (let x in s) {
			let b = s[x];
			if (b != null) {
				let k = b.shape || r.shape, T = k.length;
				p += `${x}: ${T}D ${T > 0 ? k : ""} `;
			}
		}
		console.log(`%c${c}	%c${a}	%c${l}D ${u}	%c${m}	%c${p}	%c${i}`, "font-weight:bold", "color:red", "color:blue", "color: orange", "color: green", "color: steelblue");
	}
};
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
*/ function _n(t, e, r) {
	let o = {}, n = {};
	for (let c = 0; c < e.length; c++) o[e[c].id] = !0;
	for (let c = 0; c < t.length; c++) {
		let l = t[c], m = l.inputs;
		for (let u in m) {
			let p = m[u], x = !1;
			for (let b = 0; b < e.length; b++) if (o[p.id]) {
				l.outputs.forEach((k) => o[k.id] = !0), x = !0, n[l.id] = !0;
				break;
			}
			if (x) break;
		}
	}
	let s = {};
	s[r.id] = !0;
	let i = {};
	for (let c = t.length - 1; c >= 0; c--) {
		let l = t[c], m = l.inputs;
		for (let u = 0; u < l.outputs.length; u++) if (s[l.outputs[u].id]) {
			for (let p in m) s[m[p].id] = !0, i[l.id] = !0;
			break;
		}
	}
	let a = [];
	for (let c = 0; c < t.length; c++) {
		let l = t[c];
		if (n[l.id] && i[l.id]) {
			let m = {};
			for (let p in l.inputs) {
				let x = l.inputs[p];
				o[x.id] && (m[p] = x);
			}
			let u = Object.assign({}, l);
			u.inputs = m, u.outputs = l.outputs, a.push(u);
		}
	}
	return a;
}
function Pn(t, e, r, o) {
	for (let n = e.length - 1; n >= 0; n--) {
		let s = e[n], i = [];
		if (s.outputs.forEach((c) => {
			let l = t[c.id];
			l != null ? i.push(l) : i.push(null);
		}), s.gradient == null) throw new Error(`Cannot compute gradient: gradient function not found for ${s.kernelName}.`);
		let a = s.gradient(i);
		for (let c in s.inputs) {
			if (!(c in a)) throw new Error(`Cannot backprop through input ${c}. Available gradients found: ${Object.keys(a)}.`);
			let l = r(() => a[c]());
			if (l.dtype !== "float32") throw new Error(`Error in gradient for op ${s.kernelName}. The gradient of input ${c} must have 'float32' dtype, but has '${l.dtype}'`);
			let m = s.inputs[c];
			if (!Ot(l.shape, m.shape)) throw new Error(`Error in gradient for op ${s.kernelName}. The gradient of input '${c}' has shape '${l.shape}', which does not match the shape of the input '${m.shape}'`);
			if (t[m.id] == null) t[m.id] = l;
			else {
				let u = t[m.id];
				t[m.id] = o(u, l), u.dispose();
			}
		}
	}
}
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
*/ var Ln = 20;
var jt = 3;
var Fr = 7;
function On(t, e, r, o) {
	let n = ht(e), s = dc(t, e, r, n), i = e.length, a = Je(t, e, r, n, s), c = ["Tensor"];
	return o && (c.push(`  dtype: ${r}`), c.push(`  rank: ${i}`), c.push(`  shape: [${e}]`), c.push("  values:")), c.push(a.map((l) => "    " + l).join(`
`)), c.join(`
`);
}
function dc(t, e, r, o) {
	let n = _(e), s = o[o.length - 1], i = new Array(s).fill(0), a = e.length, c = r === "complex64" ? Jt(t) : t;
	if (a > 1) for (let l = 0; l < n / s; l++) {
		let m = l * s;
		for (let u = 0; u < s; u++) i[u] = Math.max(i[u], Xt(c[m + u], 0, r).length);
	}
	return i;
}
function Xt(t, e, r) {
	let o;
	return Array.isArray(t) ? o = `${parseFloat(t[0].toFixed(Fr))} + ${parseFloat(t[1].toFixed(Fr))}j` : Ut(t) ? o = `'${t}'` : r === "bool" ? o = zn(t) : o = parseFloat(t.toFixed(Fr)).toString(), At(o, e);
}
function zn(t) {
	return t === 0 ? "false" : "true";
}
function Je(t, e, r, o, n, s = !0) {
	let i = r === "complex64" ? 2 : 1, a = e[0], c = e.length;
	if (c === 0) {
		if (r === "complex64") return [Xt(Jt(t)[0], 0, r)];
		return r === "bool" ? [zn(t[0])] : [t[0].toString()];
	}
	if (c === 1) {
		if (a > Ln) {
			let T = jt * i, N = Array.from(t.slice(0, T)), U = Array.from(t.slice((a - jt) * i, a * i));
			return r === "complex64" && (N = Jt(N), U = Jt(U)), ["[" + N.map((S, v) => Xt(S, n[v], r)).join(", ") + ", ..., " + U.map((S, v) => Xt(S, n[a - jt + v], r)).join(", ") + "]"];
		}
		return ["[" + (r === "complex64" ? Jt(t) : Array.from(t)).map((T, N) => Xt(T, n[N], r)).join(", ") + "]"];
	}
	let l = e.slice(1), m = o.slice(1), u = o[0] * i, p = [];
	if (a > Ln) {
		for (let k = 0; k < jt; k++) {
			let T = k * u, N = T + u;
			p.push(...Je(t.slice(T, N), l, r, m, n, !1));
		}
		p.push("...");
		for (let k = a - jt; k < a; k++) {
			let T = k * u, N = T + u;
			p.push(...Je(t.slice(T, N), l, r, m, n, k === a - 1));
		}
	} else for (let k = 0; k < a; k++) {
		let T = k * u, N = T + u;
		p.push(...Je(t.slice(T, N), l, r, m, n, k === a - 1));
	}
	let x = c === 2 ? "," : "";
	p[0] = "[" + (a > 0 ? p[0] + x : "");
	for (let k = 1; k < p.length - 1; k++) p[k] = " " + p[k] + x;
	let b = `,
`;
	for (let k = 2; k < c; k++) b += `
`;
	return p[p.length - 1] = " " + p[p.length - 1] + "]" + (s ? "" : b), p;
}
function Jt(t) {
	let e = [];
	for (let r = 0; r < t.length; r += 2) e.push([t[r], t[r + 1]]);
	return e;
}
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
*/ var ot = null;
var Zt = null;
function Un(t) {
	ot = t;
}
var W = class {
	constructor(e, r, o, n) {
		this.kept = !1, this.isDisposedInternal = !1, this.shape = e.slice(), this.dtype = r || "float32", this.size = _(e), this.strides = ht(e), this.dataId = o, this.id = n, this.rankType = this.rank < 5 ? this.rank.toString() : "higher";
	}
	get rank() {
		return this.shape.length;
	}
	async buffer() {
		let e = await this.data();
		return Zt.buffer(this.shape, this.dtype, e);
	}
	bufferSync() {
		return Zt.buffer(this.shape, this.dtype, this.dataSync());
	}
	async array() {
		let e = await this.data();
		return Tr(this.shape, e, this.dtype === "complex64");
	}
	arraySync() {
		return Tr(this.shape, this.dataSync(), this.dtype === "complex64");
	}
	async data() {
		this.throwIfDisposed();
		let e = ot().read(this.dataId);
		if (this.dtype === "string") {
			let r = await e;
			try {
				return r.map((o) => Ht(o));
			} catch {
				throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().");
			}
		}
		return e;
	}
	dataToGPU(e) {
		return this.throwIfDisposed(), ot().readToGPU(this.dataId, e);
	}
	dataSync() {
		this.throwIfDisposed();
		let e = ot().readSync(this.dataId);
		if (this.dtype === "string") try {
			return e.map((r) => Ht(r));
		} catch {
			throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().");
		}
		return e;
	}
	async bytes() {
		this.throwIfDisposed();
		let e = await ot().read(this.dataId);
		return this.dtype === "string" ? e : new Uint8Array(e.buffer);
	}
	dispose() {
		this.isDisposed || (this.kerasMask && this.kerasMask.dispose(), ot().disposeTensor(this), this.isDisposedInternal = !0);
	}
	get isDisposed() {
		return this.isDisposedInternal;
	}
	throwIfDisposed() {
		if (this.isDisposed) throw new Error("Tensor is disposed.");
	}
	print(e = !1) {
		return Zt.print(this, e);
	}
	clone() {
		return this.throwIfDisposed(), Zt.clone(this);
	}
	toString(e = !1) {
		return On(this.dataSync(), this.shape, this.dtype, e);
	}
	cast(e) {
		return this.throwIfDisposed(), Zt.cast(this, e);
	}
	variable(e = !0, r, o) {
		return this.throwIfDisposed(), ot().makeVariable(this, e, r, o);
	}
};
Object.defineProperty(W, Symbol.hasInstance, { value: (t) => !!t && t.data != null && t.dataSync != null && t.throwIfDisposed != null });
function Cr() {
	return Vt("Tensor", () => W);
}
Cr();
var bt = class extends W {
	constructor(e, r, o, n) {
		super(e.shape, e.dtype, e.dataId, n), this.trainable = r, this.name = o;
	}
	assign(e) {
		if (e.dtype !== this.dtype) throw new Error(`dtype of the new value (${e.dtype}) and previous value (${this.dtype}) must match`);
		if (!Ot(e.shape, this.shape)) throw new Error(`shape of the new value (${e.shape}) and previous value (${this.shape}) must match`);
		ot().disposeTensor(this), this.dataId = e.dataId, ot().incRef(this, null);
	}
	dispose() {
		ot().disposeVariable(this), this.isDisposedInternal = !0;
	}
};
Object.defineProperty(bt, Symbol.hasInstance, { value: (t) => t instanceof W && t.assign != null && t.assign instanceof Function });
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
*/ var Wn;
(function(t) {
	t.R0 = "R0", t.R1 = "R1", t.R2 = "R2", t.R3 = "R3", t.R4 = "R4", t.R5 = "R5", t.R6 = "R6";
})(Wn || (Wn = {}));
var Mr;
(function(t) {
	t.float32 = "float32", t.int32 = "int32", t.bool = "int32", t.complex64 = "complex64";
})(Mr || (Mr = {}));
var Br;
(function(t) {
	t.float32 = "float32", t.int32 = "int32", t.bool = "bool", t.complex64 = "complex64";
})(Br || (Br = {}));
var Rr;
(function(t) {
	t.float32 = "float32", t.int32 = "float32", t.bool = "float32", t.complex64 = "complex64";
})(Rr || (Rr = {}));
var _r;
(function(t) {
	t.float32 = "complex64", t.int32 = "complex64", t.bool = "complex64", t.complex64 = "complex64";
})(_r || (_r = {}));
var xc = {
	float32: Rr,
	int32: Mr,
	bool: Br,
	complex64: _r
};
function Ze(t, e) {
	if (t === "string" || e === "string") {
		if (t === "string" && e === "string") return "string";
		throw new Error(`Can not upcast ${t} with ${e}`);
	}
	return xc[t][e];
}
function Ye(t) {
	return t != null && typeof t == "object" && "texture" in t && t.texture instanceof WebGLTexture;
}
function Qe(t) {
	return typeof GPUBuffer < "u" && t != null && typeof t == "object" && "buffer" in t && t.buffer instanceof GPUBuffer;
}
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
*/ function P(t, e) {
	if (t.dtype === e.dtype) return [t, e];
	let r = Ze(t.dtype, e.dtype);
	return [t.cast(r), e.cast(r)];
}
function Kn(t) {
	let e = [];
	return Vn(t, e, /* @__PURE__ */ new Set()), e;
}
function Vn(t, e, r) {
	if (t == null) return;
	if (t instanceof W) {
		e.push(t);
		return;
	}
	if (!wc(t)) return;
	let o = t;
	for (let n in o) {
		let s = o[n];
		r.has(s) || (r.add(s), Vn(s, e, r));
	}
}
function wc(t) {
	return Array.isArray(t) || typeof t == "object";
}
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
*/ function Pr(t) {
	return t.kernelName != null;
}
var tr = class {
	constructor() {
		this.registeredVariables = {}, this.nextTapeNodeId = 0, this.numBytes = 0, this.numTensors = 0, this.numStringTensors = 0, this.numDataBuffers = 0, this.gradientDepth = 0, this.kernelDepth = 0, this.scopeStack = [], this.numDataMovesStack = [], this.nextScopeId = 0, this.tensorInfo = /* @__PURE__ */ new WeakMap(), this.profiling = !1, this.activeProfile = {
			newBytes: 0,
			newTensors: 0,
			peakBytes: 0,
			kernels: [],
			result: null,
			get kernelNames() {
				return Array.from(new Set(this.kernels.map((e) => e.name)));
			}
		};
	}
	dispose() {
		for (let e in this.registeredVariables) this.registeredVariables[e].dispose();
	}
};
var Yt = class t {
	constructor(e) {
		this.ENV = e, this.registry = {}, this.registryFactory = {}, this.pendingBackendInitId = 0, this.state = new tr();
	}
	async ready() {
		if (this.pendingBackendInit != null) return this.pendingBackendInit.then(() => {});
		if (this.backendInstance != null) return;
		let e = this.getSortedBackends();
		for (let r = 0; r < e.length; r++) {
			let o = e[r];
			if (await this.initializeBackend(o).success) {
				await this.setBackend(o);
				return;
			}
		}
		throw new Error("Could not initialize any backends, all backend initializations failed.");
	}
	get backend() {
		if (this.pendingBackendInit != null) throw new Error(`Backend '${this.backendName}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);
		if (this.backendInstance == null) {
			let { name: e, asyncInit: r } = this.initializeBackendsAndReturnBest();
			if (r) throw new Error(`The highest priority backend '${e}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);
			this.setBackend(e);
		}
		return this.backendInstance;
	}
	backendNames() {
		return Object.keys(this.registryFactory);
	}
	findBackend(e) {
		if (!(e in this.registry)) if (e in this.registryFactory) {
			let { asyncInit: r } = this.initializeBackend(e);
			if (r) return null;
		} else return null;
		return this.registry[e];
	}
	findBackendFactory(e) {
		return e in this.registryFactory ? this.registryFactory[e].factory : null;
	}
	registerBackend(e, r, o = 1) {
		return e in this.registryFactory ? (ct(`${e} backend was already registered. Reusing existing backend factory.`), !1) : (this.registryFactory[e] = {
			factory: r,
			priority: o
		}, !0);
	}
	async setBackend(e) {
		if (this.registryFactory[e] == null) throw new Error(`Backend name '${e}' not found in registry`);
		if (this.backendName = e, this.registry[e] == null) {
			this.backendInstance = null;
			let { success: r, asyncInit: o } = this.initializeBackend(e);
			if (!(o ? await r : r)) return !1;
		}
		return this.backendInstance = this.registry[e], this.setupRegisteredKernels(), this.profiler = new Xe(this.backendInstance), !0;
	}
	setupRegisteredKernels() {
		Dr(this.backendName).forEach((r) => {
			r.setupFunc != null && r.setupFunc(this.backendInstance);
		});
	}
	disposeRegisteredKernels(e) {
		Dr(e).forEach((o) => {
			o.disposeFunc != null && o.disposeFunc(this.registry[e]);
		});
	}
	initializeBackend(e) {
		let r = this.registryFactory[e];
		if (r == null) throw new Error(`Cannot initialize backend ${e}, no registration found.`);
		try {
			let o = r.factory();
			if (o && !(o instanceof We) && typeof o.then == "function") {
				let n = ++this.pendingBackendInitId, s = o.then((i) => n < this.pendingBackendInitId ? !1 : (this.registry[e] = i, this.pendingBackendInit = null, !0)).catch((i) => (n < this.pendingBackendInitId || (this.pendingBackendInit = null, ct(`Initialization of backend ${e} failed`), ct(i.stack || i.message)), !1));
				return this.pendingBackendInit = s, {
					success: s,
					asyncInit: !0
				};
			} else return this.registry[e] = o, {
				success: !0,
				asyncInit: !1
			};
		} catch (o) {
			return ct(`Initialization of backend ${e} failed`), ct(o.stack || o.message), {
				success: !1,
				asyncInit: !1
			};
		}
	}
	removeBackend(e) {
		if (!(e in this.registryFactory)) throw new Error(`${e} backend not found in registry`);
		this.backendName === e && this.pendingBackendInit != null && this.pendingBackendInitId++, e in this.registry && (this.disposeRegisteredKernels(e), this.registry[e].dispose(), delete this.registry[e]), delete this.registryFactory[e], this.backendName === e && (this.pendingBackendInit = null, this.backendName = null, this.backendInstance = null);
	}
	getSortedBackends() {
		if (Object.keys(this.registryFactory).length === 0) throw new Error("No backend found in registry.");
		return Object.keys(this.registryFactory).sort((e, r) => this.registryFactory[r].priority - this.registryFactory[e].priority);
	}
	initializeBackendsAndReturnBest() {
		let e = this.getSortedBackends();
		for (let r = 0; r < e.length; r++) {
			let o = e[r], { success: n, asyncInit: s } = this.initializeBackend(o);
			if (s || n) return {
				name: o,
				asyncInit: s
			};
		}
		throw new Error("Could not initialize any backends, all backend initializations failed.");
	}
	moveData(e, r) {
		let o = this.state.tensorInfo.get(r), n = o.backend, s = this.readSync(r), i = n.refCount(r);
		n.disposeData(r, !0), o.backend = e, e.move(r, s, o.shape, o.dtype, i), this.shouldCheckForMemLeaks() && this.state.numDataMovesStack[this.state.numDataMovesStack.length - 1]++;
	}
	tidy(e, r) {
		let o = null;
		if (r == null) {
			if (typeof e != "function") throw new Error("Please provide a function to tidy()");
			r = e;
		} else {
			if (typeof e != "string" && !(e instanceof String)) throw new Error("When calling with two arguments, the first argument to tidy() must be a string");
			if (typeof r != "function") throw new Error("When calling with two arguments, the 2nd argument to tidy() must be a function");
			o = e;
		}
		let n;
		return this.scopedRun(() => this.startScope(o), () => this.endScope(n), () => (n = r(), n instanceof Promise && console.error("Cannot return a Promise inside of tidy."), n));
	}
	scopedRun(e, r, o) {
		e();
		try {
			let n = o();
			return r(), n;
		} catch (n) {
			throw r(), n;
		}
	}
	nextTensorId() {
		return t.nextTensorId++;
	}
	nextVariableId() {
		return t.nextVariableId++;
	}
	clone(e) {
		let r = f.runKernel(Et, { x: e }), o = { x: e }, n = (i) => ({ x: () => {
			let a = "float32", c = { x: i }, l = { dtype: a };
			return f.runKernel(kt, c, l);
		} });
		return this.addTapeNode(this.state.activeScope.name, o, [r], n, [], {}), r;
	}
	runKernel(e, r, o) {
		if (this.backendName ?? this.backend, !($r(e, this.backendName) != null)) throw new Error(`Kernel '${e}' not registered for backend '${this.backendName}'`);
		return this.runKernelFunc({
			kernelName: e,
			inputs: r,
			attrs: o
		});
	}
	shouldCheckForMemLeaks() {
		return this.ENV.getBool("IS_TEST");
	}
	checkKernelForMemLeak(e, r, o) {
		let n = this.backend.numDataIds(), s = 0;
		o.forEach((c) => {
			s += c.dtype === "complex64" ? 3 : 1;
		});
		let i = this.state.numDataMovesStack[this.state.numDataMovesStack.length - 1], a = n - r - s - i;
		if (a > 0) throw new Error(`Backend '${this.backendName}' has an internal memory leak (${a} data ids) after running '${e}'`);
	}
	runKernelFunc(e) {
		let r, o = [], n = this.isTapeOn(), s = this.state.numBytes, i = this.state.numTensors;
		this.shouldCheckForMemLeaks() && this.state.numDataMovesStack.push(0);
		let a;
		this.backendName ?? this.backend;
		let c, l = Pr(e) ? e.kernelName : this.state.activeScope != null ? this.state.activeScope.name : "";
		if (Pr(e)) {
			let { kernelName: b, inputs: k, attrs: T } = e;
			this.backendName ?? this.backend;
			let N = $r(b, this.backendName);
			g(N != null, () => `Cannot find registered kernel '${b}' for backend '${this.backendName}'`), a = () => {
				let U = this.backend.numDataIds();
				c = N.kernelFunc({
					inputs: k,
					attrs: T,
					backend: this.backend
				});
				let S = Array.isArray(c) ? c : [c];
				this.shouldCheckForMemLeaks() && this.checkKernelForMemLeak(b, U, S);
				let v = S.map((M) => M.rank != null ? M : this.makeTensorFromTensorInfo(M));
				if (n) {
					let M = this.getTensorsForGradient(b, k, v);
					o = this.saveTensorsForBackwardMode(M);
				}
				return v;
			};
		} else {
			let { forwardFunc: b } = e, k = (T) => {
				n && (o = T.map((N) => this.keep(this.clone(N))));
			};
			a = () => {
				let T = this.backend.numDataIds();
				c = this.tidy(() => b(this.backend, k));
				let N = Array.isArray(c) ? c : [c];
				return this.shouldCheckForMemLeaks() && this.checkKernelForMemLeak(l, T, N), N;
			};
		}
		let { inputs: m, attrs: u } = e, p = Pr(e) ? null : e.backwardsFunc, x;
		return this.scopedRun(() => this.state.kernelDepth++, () => this.state.kernelDepth--, () => {
			!this.ENV.getBool("DEBUG") && !this.state.profiling ? r = a() : (x = this.profiler.profileKernel(l, m, () => a()), this.ENV.getBool("DEBUG") && this.profiler.logKernelProfile(x), r = x.outputs);
		}), n && this.addTapeNode(l, m, r, p, o, u), this.state.profiling && this.state.activeProfile.kernels.push({
			name: l,
			bytesAdded: this.state.numBytes - s,
			totalBytesSnapshot: this.state.numBytes,
			tensorsAdded: this.state.numTensors - i,
			totalTensorsSnapshot: this.state.numTensors,
			inputShapes: Object.keys(m).map((b) => m[b] != null ? m[b].shape : null),
			outputShapes: r.map((b) => b.shape),
			kernelTimeMs: x.timeMs,
			extraInfo: x.extraInfo
		}), Array.isArray(c) ? r : r[0];
	}
	saveTensorsForBackwardMode(e) {
		return e.map((o) => this.keep(this.clone(o)));
	}
	getTensorsForGradient(e, r, o) {
		let n = Nr(e);
		if (n != null) {
			let s = n.inputsToSave || [], i = n.outputsToSave || [], a;
			n.saveAllInputs ? (g(Array.isArray(r), () => "saveAllInputs is true, expected inputs to be an array."), a = Object.keys(r).map((l) => r[l])) : a = s.map((l) => r[l]);
			let c = o.filter((l, m) => i[m]);
			return a.concat(c);
		}
		return [];
	}
	makeTensor(e, r, o, n) {
		if (e == null) throw new Error("Values passed to engine.makeTensor() are null");
		o = o || "float32", n = n || this.backend;
		let s = e;
		o === "string" && Ut(e[0]) && (s = e.map((c) => je(c)));
		let i = n.write(s, r, o), a = new W(r, o, i, this.nextTensorId());
		if (this.trackTensor(a, n), o === "string") {
			let c = this.state.tensorInfo.get(i), l = $n(s);
			this.state.numBytes += l - c.bytes, c.bytes = l;
		}
		return a;
	}
	makeTensorFromDataId(e, r, o, n) {
		o = o || "float32";
		let s = {
			dataId: e,
			shape: r,
			dtype: o
		};
		return this.makeTensorFromTensorInfo(s, n);
	}
	makeTensorFromTensorInfo(e, r) {
		let { dataId: o, shape: n, dtype: s } = e, i = new W(n, s, o, this.nextTensorId());
		return this.trackTensor(i, r), i;
	}
	makeVariable(e, r = !0, o, n) {
		o = o || this.nextVariableId().toString(), n != null && n !== e.dtype && (e = e.cast(n));
		let s = new bt(e, r, o, this.nextTensorId());
		if (this.state.registeredVariables[s.name] != null) throw new Error(`Variable with name ${s.name} was already registered`);
		return this.state.registeredVariables[s.name] = s, this.incRef(s, this.backend), s;
	}
	trackTensor(e, r) {
		this.state.numTensors++, e.dtype === "string" && this.state.numStringTensors++;
		let o = 0;
		e.dtype !== "complex64" && e.dtype !== "string" && (o = e.size * zt(e.dtype)), this.state.numBytes += o, this.state.tensorInfo.has(e.dataId) || (this.state.numDataBuffers++, this.state.tensorInfo.set(e.dataId, {
			backend: r || this.backend,
			dtype: e.dtype,
			shape: e.shape,
			bytes: o
		})), e instanceof bt || this.track(e);
	}
	incRef(e, r) {
		this.trackTensor(e, r), this.backend.incRef(e.dataId);
	}
	removeDataId(e, r) {
		this.state.tensorInfo.has(e) && this.state.tensorInfo.get(e).backend === r && (this.state.tensorInfo.delete(e), this.state.numDataBuffers--);
	}
	disposeTensor(e) {
		if (!this.state.tensorInfo.has(e.dataId)) return;
		let r = this.state.tensorInfo.get(e.dataId);
		if (this.state.numTensors--, e.dtype === "string" && (this.state.numStringTensors--, this.state.numBytes -= r.bytes), e.dtype !== "complex64" && e.dtype !== "string") {
			let o = e.size * zt(e.dtype);
			this.state.numBytes -= o;
		}
		r.backend.disposeData(e.dataId) && this.removeDataId(e.dataId, r.backend);
	}
	disposeVariables() {
		for (let e in this.state.registeredVariables) {
			let r = this.state.registeredVariables[e];
			this.disposeVariable(r);
		}
	}
	disposeVariable(e) {
		this.disposeTensor(e), this.state.registeredVariables[e.name] != null && delete this.state.registeredVariables[e.name];
	}
	memory() {
		let e = this.backend.memory();
		return e.numTensors = this.state.numTensors, e.numDataBuffers = this.state.numDataBuffers, e.numBytes = this.state.numBytes, this.state.numStringTensors > 0 && (e.unreliable = !0, e.reasons ??= [], e.reasons.push("Memory usage by string tensors is approximate (2 bytes per character)")), e;
	}
	async profile(e) {
		this.state.profiling = !0;
		let r = this.state.numBytes, o = this.state.numTensors;
		this.state.activeProfile.kernels = [], this.state.activeProfile.result = await e(), this.state.profiling = !1, this.state.activeProfile.peakBytes = Math.max(...this.state.activeProfile.kernels.map((n) => n.totalBytesSnapshot)), this.state.activeProfile.newBytes = this.state.numBytes - r, this.state.activeProfile.newTensors = this.state.numTensors - o;
		for (let n of this.state.activeProfile.kernels) n.kernelTimeMs = await n.kernelTimeMs, n.extraInfo = await n.extraInfo;
		return this.state.activeProfile;
	}
	isTapeOn() {
		return this.state.gradientDepth > 0 && this.state.kernelDepth === 0;
	}
	addTapeNode(e, r, o, n, s, i) {
		let a = {
			id: this.state.nextTapeNodeId++,
			kernelName: e,
			inputs: r,
			outputs: o,
			saved: s
		}, c = Nr(e);
		c != null && (n = c.gradFunc), n != null && (a.gradient = (l) => (l = l.map((m, u) => {
			if (m == null) {
				let p = o[u], x = Kt(p.size, p.dtype);
				return this.makeTensor(x, p.shape, p.dtype);
			}
			return m;
		}), n(l.length > 1 ? l : l[0], s, i))), this.state.activeTape.push(a);
	}
	keep(e) {
		return e.kept = !0, e;
	}
	startTape() {
		this.state.gradientDepth === 0 && (this.state.activeTape = []), this.state.gradientDepth++;
	}
	endTape() {
		this.state.gradientDepth--;
	}
	startScope(e) {
		let r = {
			track: [],
			name: "unnamed scope",
			id: this.state.nextScopeId++
		};
		e && (r.name = e), this.state.scopeStack.push(r), this.state.activeScope = r;
	}
	endScope(e) {
		let r = Kn(e), o = new Set(r.map((s) => s.id));
		for (let s = 0; s < this.state.activeScope.track.length; s++) {
			let i = this.state.activeScope.track[s];
			!i.kept && !o.has(i.id) && i.dispose();
		}
		let n = this.state.scopeStack.pop();
		this.state.activeScope = this.state.scopeStack.length === 0 ? null : this.state.scopeStack[this.state.scopeStack.length - 1], r.forEach((s) => {
			!s.kept && s.scopeId === n.id && this.track(s);
		});
	}
	gradients(e, r, o, n = !1) {
		if (g(r.length > 0, () => "gradients() received an empty list of xs."), o != null && o.dtype !== "float32") throw new Error(`dy must have 'float32' dtype, but has '${o.dtype}'`);
		let s = this.scopedRun(() => this.startTape(), () => this.endTape(), () => this.tidy("forward", e));
		g(s instanceof W, () => "The result y returned by f() must be a tensor.");
		let i = _n(this.state.activeTape, r, s);
		if (!n && i.length === 0 && r.length > 0) throw new Error("Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.");
		return this.tidy("backward", () => {
			let a = {};
			a[s.id] = o ?? yc(s.shape), Pn(a, i, (l) => this.tidy(l), Sc);
			let c = r.map((l) => a[l.id]);
			return this.state.gradientDepth === 0 && (this.state.activeTape.forEach((l) => {
				for (let m of l.saved) m.dispose();
			}), this.state.activeTape = null), {
				value: s,
				grads: c
			};
		});
	}
	customGrad(e) {
		return g(Er(e), () => "The f passed in customGrad(f) must be a function."), (...r) => {
			g(r.every((a) => a instanceof W), () => "The args passed in customGrad(f)(x1, x2,...) must all be tensors");
			let o, n = {};
			r.forEach((a, c) => {
				n[c] = a;
			});
			let s = (a, c) => (o = e(...r, c), g(o.value instanceof W, () => "The function f passed in customGrad(f) must return an object where `obj.value` is a tensor"), g(Er(o.gradFunc), () => "The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function."), o.value), i = (a, c) => {
				let l = o.gradFunc(a, c), m = Array.isArray(l) ? l : [l];
				g(m.length === r.length, () => "The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns the same number of tensors as inputs passed to f(...)."), g(m.every((p) => p instanceof W), () => "The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns a list of only tensors.");
				let u = {};
				return m.forEach((p, x) => {
					u[x] = () => p;
				}), u;
			};
			return this.runKernelFunc({
				forwardFunc: s,
				backwardsFunc: i,
				inputs: n
			});
		};
	}
	readSync(e) {
		return this.state.tensorInfo.get(e).backend.readSync(e);
	}
	read(e) {
		return this.state.tensorInfo.get(e).backend.read(e);
	}
	readToGPU(e, r) {
		return this.state.tensorInfo.get(e).backend.readToGPU(e, r);
	}
	async time(e) {
		let r = Nt(), o = await this.backend.time(e);
		return o.wallMs = Nt() - r, o;
	}
	track(e) {
		return this.state.activeScope != null && (e.scopeId = this.state.activeScope.id, this.state.activeScope.track.push(e)), e;
	}
	get registeredVariables() {
		return this.state.registeredVariables;
	}
	reset() {
		this.pendingBackendInitId++, this.state.dispose(), this.ENV.reset(), this.state = new tr();
		for (let e in this.registry) this.disposeRegisteredKernels(e), this.registry[e].dispose(), delete this.registry[e];
		this.backendName = null, this.backendInstance = null, this.pendingBackendInit = null;
	}
};
Yt.nextTensorId = 0;
Yt.nextVariableId = 0;
function yc(t) {
	let e = Ke(_(t), "float32");
	return f.makeTensor(e, t, "float32");
}
function bc() {
	let t = Ir();
	if (t._tfengine == null) t._tfengine = new Yt(new Ve(t));
	return Fn(t._tfengine.ENV), Un(() => t._tfengine), t._tfengine;
}
var f = bc();
function Sc(t, e) {
	let r = {
		a: t,
		b: e
	};
	return f.runKernel("Add", r);
}
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
*/ function kc(t, e) {
	let r = t;
	if (q(t)) return e === "string" ? [] : [t.length];
	if (Ye(t)) {
		let n = t.channels || "RGBA";
		return [t.height, t.width * n.length];
	} else if (Qe(t)) return [t.buffer.size / (e == null ? 4 : zt(e))];
	if (!Array.isArray(t)) return [];
	let o = [];
	for (; Array.isArray(r) || q(r) && e !== "string";) o.push(r.length), r = r[0];
	return Array.isArray(t) && I().getBool("TENSORLIKE_CHECK_SHAPE_CONSISTENCY") && jn(t, o, []), o;
}
function jn(t, e, r) {
	if (r = r || [], !Array.isArray(t) && !q(t)) {
		g(e.length === 0, () => `Element arr[${r.join("][")}] is a primitive, but should be an array/TypedArray of ${e[0]} elements`);
		return;
	}
	g(e.length > 0, () => `Element arr[${r.join("][")}] should be a primitive, but is an array of ${t.length} elements`), g(t.length === e[0], () => `Element arr[${r.join("][")}] should have ${e[0]} elements, but has ${t.length} elements`);
	let o = e.slice(1);
	for (let n = 0; n < t.length; ++n) jn(t[n], o, r.concat(n));
}
function Hn(t, e, r, o) {
	if (t !== "string_or_numeric") {
		if (t == null) throw new Error("Expected dtype cannot be null.");
		if (t !== "numeric" && t !== e || t === "numeric" && e === "string") throw new Error(`Argument '${r}' passed to '${o}' must be ${t} tensor, but got ${e} tensor`);
	}
}
function h(t, e, r, o = "numeric") {
	if (t instanceof Cr()) return Hn(o, t.dtype, e, r), t;
	let n = qt(t);
	if (n !== "string" && [
		"bool",
		"int32",
		"float32"
	].indexOf(o) >= 0 && (n = o), Hn(o, n, e, r), t == null || !q(t) && !Array.isArray(t) && typeof t != "number" && typeof t != "boolean" && typeof t != "string") {
		let c = t == null ? "null" : t.constructor.name;
		throw new Error(`Argument '${e}' passed to '${r}' must be a Tensor or TensorLike, but got '${c}'`);
	}
	let s = kc(t, n);
	!q(t) && !Array.isArray(t) && (t = [t]);
	let a = n !== "string" ? He(t, n) : yt(t, [], !0);
	return f.makeTensor(a, s, n);
}
function er(t, e, r, o = "numeric") {
	if (!Array.isArray(t)) throw new Error(`Argument ${e} passed to ${r} must be a \`Tensor[]\` or \`TensorLike[]\``);
	return t.map((s, i) => h(s, `${e}[${i}]`, r, o));
}
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
*/ var Ec = "__op";
function d(t) {
	let e = Object.keys(t);
	if (e.length !== 1) throw new Error(`Please provide an object with a single key (operation name) mapping to a function. Got an object with ${e.length} keys.`);
	let r = e[0], o = t[r];
	r.endsWith("_") && (r = r.substring(0, r.length - 1)), r = r + Ec;
	let n = (...s) => {
		f.startScope(r);
		try {
			let i = o(...s);
			return $t(i) && console.error("Cannot return a Promise inside of tidy."), f.endScope(i), i;
		} catch (i) {
			throw f.endScope(null), i;
		}
	};
	return Object.defineProperty(n, "name", {
		value: r,
		configurable: !0
	}), n;
}
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
*/ function Tc(t, e) {
	let r = h(t, "x", "cast");
	if (!An(e)) throw new Error(`Failed to cast to unknown dtype ${e}`);
	if (e === "string" && r.dtype !== "string" || e !== "string" && r.dtype === "string") throw new Error("Only strings can be casted to strings");
	let o = { x: r }, n = { dtype: e };
	return f.runKernel(kt, o, n);
}
var E = d({ cast_: Tc });
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
*/ function vc(t, e) {
	let r = h(t, "a", "mul"), o = h(e, "b", "mul");
	[r, o] = P(r, o);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(Te, n);
}
var w = d({ mul_: vc });
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
*/ function Ic(t, e = 0) {
	let o = { x: h(t, "x", "step") }, n = { alpha: e };
	return f.runKernel(qe, o, n);
}
var gt = d({ step_: Ic });
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
*/ var rr = {
	kernelName: "Abs",
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(t, gt(E(r, "float32"), -1)) };
	}
};
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
*/ function Ac(t, e) {
	let r = h(t, "a", "floorDiv"), o = h(e, "b", "floorDiv");
	[r, o] = P(r, o);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(ye, n);
}
var Xn = d({ floorDiv_: Ac });
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
*/ function $c(t, e) {
	let r = h(t, "a", "div"), o = h(e, "b", "div");
	if ([r, o] = P(r, o), r.dtype === "int32" && o.dtype === "int32") return Xn(r, o);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(ge, n, {});
}
var D = d({ div_: $c });
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
*/ function Dc(t) {
	let r = { x: h(t, "x", "neg") };
	return f.runKernel("Neg", r);
}
var L = d({ neg_: Dc });
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
*/ function Jn(t, e, r, o) {
	if (o == null) o = qt(t);
	else if (o === "complex64") throw new Error("Cannot construct a complex64 tensor directly. Please use tf.complex(real, imag).");
	if (Qe(t) || Ye(t)) {
		if (o !== "float32" && o !== "int32") throw new Error(`Creating tensor from GPU data only supports 'float32'|'int32' dtype, while the dtype is ${o}.`);
		return f.backend.createTensorFromGPUData(t, e || r, o);
	}
	if (!q(t) && !Array.isArray(t) && typeof t != "number" && typeof t != "boolean" && typeof t != "string") throw new Error("values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray");
	if (e != null) {
		dt(e);
		let n = _(e), s = _(r);
		g(n === s, () => `Based on the provided shape, [${e}], the tensor should have ${n} values but has ${s}`);
		for (let i = 0; i < r.length; ++i) {
			let a = r[i], c = i === r.length - 1 ? a !== _(e.slice(i)) : !0;
			g(r[i] === e[i] || !c, () => `Error creating a new Tensor. Inferred shape (${r}) does not match the provided shape (${e}). `);
		}
	}
	return !q(t) && !Array.isArray(t) && (t = [t]), e = e || r, t = o !== "string" ? He(t, o) : yt(t, [], !0), f.makeTensor(t, e, o);
}
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
*/ function R(t, e) {
	if ((q(t) && e !== "string" || Array.isArray(t)) && e !== "complex64") throw new Error("Error creating a new Scalar: value must be a primitive (number|boolean|string)");
	if (e === "string" && q(t) && !(t instanceof Uint8Array)) throw new Error("When making a scalar from encoded string, the value must be `Uint8Array`.");
	return Jn(t, [], [], e);
}
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
*/ function Gc(t) {
	let r = { x: h(t, "x", "sqrt", "float32") };
	return f.runKernel(_e, r);
}
var nt = d({ sqrt_: Gc });
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
*/ function Fc(t) {
	let e = h(t, "x", "square");
	return f.runKernel("Square", { x: e }, {});
}
var B = d({ square_: Fc });
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
*/ function Mc(t, e) {
	let r = h(t, "a", "sub"), o = h(e, "b", "sub");
	[r, o] = P(r, o);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel("Sub", n);
}
var O = d({ sub_: Mc });
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
*/ var Zn = {
	kernelName: ao,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => {
			let o = B(E(r, "float32"));
			return L(D(t, nt(O(R(1), o))));
		} };
	}
};
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
*/ var Yn = {
	kernelName: co,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => {
			return D(t, nt(O(B(E(r, "float32")), 1)));
		} };
	}
};
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
*/ function Bc(t, e) {
	let r = t.length, o = [];
	for (let n = 0; n < r; n++) {
		let s = r - 1 - n, i = t[s] || 1;
		(e[e.length - 1 - n] || 1) > 1 && i === 1 && o.unshift(s);
	}
	return o;
}
function C(t, e) {
	let r = [];
	for (let o = 0; o < e.length; o++) {
		let n = t[t.length - o - 1], s = e.length - o - 1, i = e[s];
		(n == null || n === 1 && i > 1) && r.unshift(s);
	}
	return r;
}
function G(t, e) {
	let r = Math.max(t.length, e.length), o = new Array(r);
	for (let n = 0; n < r; n++) {
		let s = t[t.length - n - 1];
		s ??= 1;
		let i = e[e.length - n - 1];
		if (i ??= 1, s === 1) o[r - n - 1] = i;
		else if (i === 1) o[r - n - 1] = s;
		else if (s !== i) {
			let a = `Operands could not be broadcast together with shapes ${t} and ${e}.`;
			throw Error(a);
		} else o[r - n - 1] = s;
	}
	return o;
}
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
*/ function Rc(t, e) {
	let o = { x: h(t, "x", "reshape", "string_or_numeric") }, n = { shape: e };
	return f.runKernel(Ne, o, n);
}
var y = d({ reshape_: Rc });
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
*/ function Pc(t, e = null, r = !1) {
	let o = h(t, "x", "sum");
	o.dtype === "bool" && (o = E(o, "int32"));
	let n = { x: o }, s = {
		axis: e,
		keepDims: r
	};
	return f.runKernel("Sum", n, s);
}
var $ = d({ sum_: Pc });
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
*/ var Qn = {
	kernelName: "Add",
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = G(r.shape, o.shape);
		return {
			a: () => {
				let a = t, c = C(r.shape, n);
				return c.length > 0 && (a = $(a, c)), y(a, r.shape);
			},
			b: () => {
				let a = t, c = C(o.shape, n);
				return c.length > 0 && (a = $(a, c)), y(a, o.shape);
			}
		};
	}
};
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
*/ var ts = {
	kernelName: lo,
	saveAllInputs: !0,
	gradFunc: (t, e) => {
		let r = {};
		return e.forEach((o, n) => {
			r[n] = () => t.clone();
		}), r;
	}
};
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
*/ function Lc(t) {
	let r = { x: h(t, "x", "zerosLike") };
	return f.runKernel(Ue, r);
}
var A = d({ zerosLike_: Lc });
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
*/ var es = {
	kernelName: po,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => A(r) };
	}
};
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
*/ var rs = {
	kernelName: uo,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => A(r) };
	}
};
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
*/ var os = {
	kernelName: fo,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => D(t, nt(O(R(1), B(E(r, "float32"))))) };
	}
};
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
*/ function Oc(t, e) {
	let r = h(t, "a", "add"), o = h(e, "b", "add");
	[r, o] = P(r, o);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel("Add", n);
}
var K = d({ add_: Oc });
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
*/ var ns = {
	kernelName: mo,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => {
			return D(t, nt(K(R(1), B(E(r, "float32")))));
		} };
	}
};
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
*/ var ss = {
	kernelName: xo,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = G(r.shape, o.shape);
		return {
			a: () => {
				let a = K(B(r), B(o)), c = w(t, D(o, a)), l = C(r.shape, n);
				return l.length > 0 && (c = $(c, l)), y(c, r.shape);
			},
			b: () => {
				let a = K(B(r), B(o)), c = L(w(t, D(r, a))), l = C(o.shape, n);
				return l.length > 0 && (c = $(c, l)), y(c, o.shape);
			}
		};
	}
};
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
*/ var is = {
	kernelName: ho,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => D(t, K(B(E(r, "float32")), 1)) };
	}
};
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
*/ var as = {
	kernelName: go,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => D(t, O(R(1), B(E(r, "float32")))) };
	}
};
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
*/ function zc(t, e, r, o, n = "NHWC", s) {
	let i = t[3];
	return zr(t, [...e, i], r, s, o, null, null, ls(n));
}
function Uc(t, e, r, o, n, s, i = "channelsLast") {
	let [a, c] = te(e), l;
	if (i === "channelsLast") l = [
		a,
		c,
		t[3],
		t[3]
	];
	else if (i === "channelsFirst") l = [
		a,
		c,
		t[1],
		t[1]
	];
	else throw new Error(`Unknown dataFormat ${i}`);
	return zr(t, l, r, o, n, s, !1, i);
}
function qc(t, e, r, o, n, s, i = "NDHWC") {
	let [a, c, l] = Or(e), m, u;
	if (i === "NDHWC") u = "channelsLast", m = [
		a,
		c,
		l,
		t[4],
		t[4]
	];
	else if (i === "NCDHW") u = "channelsFirst", m = [
		a,
		c,
		l,
		t[1],
		t[1]
	];
	else throw new Error(`Unknown dataFormat ${i}`);
	return cs(t, m, r, o, n, !1, u, s);
}
function zr(t, e, r, o, n, s, i = !1, a = "channelsLast") {
	let [c, l, m, u] = [
		-1,
		-1,
		-1,
		-1
	];
	if (a === "channelsLast") [c, l, m, u] = t;
	else if (a === "channelsFirst") [c, u, l, m] = t;
	else throw new Error(`Unknown dataFormat ${a}`);
	let [p, x, , b] = e, [k, T] = te(r), [N, U] = te(o), S = Dt(p, N), v = Dt(x, U), { padInfo: M, outHeight: j, outWidth: X } = Vc(n, l, m, k, T, S, v, s, a), et = i ? b * u : b, z;
	return a === "channelsFirst" ? z = [
		c,
		et,
		j,
		X
	] : a === "channelsLast" && (z = [
		c,
		j,
		X,
		et
	]), {
		batchSize: c,
		dataFormat: a,
		inHeight: l,
		inWidth: m,
		inChannels: u,
		outHeight: j,
		outWidth: X,
		outChannels: et,
		padInfo: M,
		strideHeight: k,
		strideWidth: T,
		filterHeight: p,
		filterWidth: x,
		effectiveFilterHeight: S,
		effectiveFilterWidth: v,
		dilationHeight: N,
		dilationWidth: U,
		inShape: t,
		outShape: z,
		filterShape: e
	};
}
function cs(t, e, r, o, n, s = !1, i = "channelsLast", a) {
	let [c, l, m, u, p] = [
		-1,
		-1,
		-1,
		-1,
		-1
	];
	if (i === "channelsLast") [c, l, m, u, p] = t;
	else if (i === "channelsFirst") [c, p, l, m, u] = t;
	else throw new Error(`Unknown dataFormat ${i}`);
	let [x, b, k, , T] = e, [N, U, S] = Or(r), [v, M, j] = Or(o), X = Dt(x, v), et = Dt(b, M), z = Dt(k, j), { padInfo: mt, outDepth: rt, outHeight: wt, outWidth: yr } = Hc(n, l, m, u, N, U, S, X, et, z, a), br = s ? T * p : T, Sr;
	return i === "channelsFirst" ? Sr = [
		c,
		br,
		rt,
		wt,
		yr
	] : i === "channelsLast" && (Sr = [
		c,
		rt,
		wt,
		yr,
		br
	]), {
		batchSize: c,
		dataFormat: i,
		inDepth: l,
		inHeight: m,
		inWidth: u,
		inChannels: p,
		outDepth: rt,
		outHeight: wt,
		outWidth: yr,
		outChannels: br,
		padInfo: mt,
		strideDepth: N,
		strideHeight: U,
		strideWidth: S,
		filterDepth: x,
		filterHeight: b,
		filterWidth: k,
		effectiveFilterDepth: X,
		effectiveFilterHeight: et,
		effectiveFilterWidth: z,
		dilationDepth: v,
		dilationHeight: M,
		dilationWidth: j,
		inShape: t,
		outShape: Sr,
		filterShape: e
	};
}
function Wc(t, e, r, o, n) {
	o ??= Ur(t, e, r);
	let s = t[0], i = t[1];
	return [ee((s - e + 2 * o) / r + 1, n), ee((i - e + 2 * o) / r + 1, n)];
}
function Kc(t, e, r, o, n, s) {
	n ??= Ur(t, e[0], o[0]);
	let i = [
		0,
		0,
		0,
		r
	];
	for (let a = 0; a < 3; a++) t[a] + 2 * n >= e[a] && (i[a] = ee((t[a] - e[a] + 2 * n) / o[a] + 1, s));
	return i;
}
function Ur(t, e, r, o = 1) {
	let n = Dt(e, o);
	return Math.floor((t[0] * (r - 1) - r + n) / 2);
}
function te(t) {
	return typeof t == "number" ? [
		t,
		t,
		t
	] : t.length === 2 ? [
		t[0],
		t[1],
		1
	] : t;
}
function Or(t) {
	return typeof t == "number" ? [
		t,
		t,
		t
	] : t;
}
function Dt(t, e) {
	return e <= 1 ? t : t + (t - 1) * (e - 1);
}
function Vc(t, e, r, o, n, s, i, a, c) {
	let l, m, u;
	if (typeof t == "number") {
		l = {
			top: t,
			bottom: t,
			left: t,
			right: t,
			type: t === 0 ? "VALID" : "NUMBER"
		};
		let x = Wc([e, r], s, o, t, a);
		m = x[0], u = x[1];
	} else if (t === "same") {
		m = Math.ceil(e / o), u = Math.ceil(r / n);
		let p = Math.max(0, (m - 1) * o + s - e), x = Math.max(0, (u - 1) * n + i - r), b = Math.floor(p / 2), k = p - b, T = Math.floor(x / 2);
		l = {
			top: b,
			bottom: k,
			left: T,
			right: x - T,
			type: "SAME"
		};
	} else if (t === "valid") l = {
		top: 0,
		bottom: 0,
		left: 0,
		right: 0,
		type: "VALID"
	}, m = Math.ceil((e - s + 1) / o), u = Math.ceil((r - i + 1) / n);
	else if (typeof t == "object") {
		let p = c === "channelsLast" ? t[1][0] : t[2][0], x = c === "channelsLast" ? t[1][1] : t[2][1], b = c === "channelsLast" ? t[2][0] : t[3][0], k = c === "channelsLast" ? t[2][1] : t[3][1];
		l = {
			top: p,
			bottom: x,
			left: b,
			right: k,
			type: p === 0 && x === 0 && b === 0 && k === 0 ? "VALID" : "EXPLICIT"
		}, m = ee((e - s + p + x) / o + 1, a), u = ee((r - i + b + k) / n + 1, a);
	} else throw Error(`Unknown padding parameter: ${t}`);
	return {
		padInfo: l,
		outHeight: m,
		outWidth: u
	};
}
function Hc(t, e, r, o, n, s, i, a, c, l, m) {
	let u, p, x, b;
	if (t === "valid" && (t = 0), typeof t == "number") {
		u = {
			top: t,
			bottom: t,
			left: t,
			right: t,
			front: t,
			back: t,
			type: t === 0 ? "VALID" : "NUMBER"
		};
		let T = Kc([
			e,
			r,
			o,
			1
		], [
			a,
			c,
			l
		], 1, [
			n,
			s,
			i
		], t, m);
		p = T[0], x = T[1], b = T[2];
	} else if (t === "same") {
		p = Math.ceil(e / n), x = Math.ceil(r / s), b = Math.ceil(o / i);
		let k = (p - 1) * n + a - e, T = (x - 1) * s + c - r, N = (b - 1) * i + l - o, U = Math.floor(k / 2), S = k - U, v = Math.floor(T / 2), M = T - v, j = Math.floor(N / 2);
		u = {
			top: v,
			bottom: M,
			left: j,
			right: N - j,
			front: U,
			back: S,
			type: "SAME"
		};
	} else throw Error(`Unknown padding parameter: ${t}`);
	return {
		padInfo: u,
		outDepth: p,
		outHeight: x,
		outWidth: b
	};
}
function ee(t, e) {
	if (!e) return Math.trunc(t);
	switch (e) {
		case "round": return Math.round(t);
		case "ceil": return Math.ceil(t);
		case "floor": return Math.floor(t);
		default: throw new Error(`Unknown roundingMode ${e}`);
	}
}
function lt(t) {
	let [e, r, o] = te(t);
	return e === 1 && r === 1 && o === 1;
}
function re(t, e) {
	return lt(t) || lt(e);
}
function or(t) {
	return te(t).every((e) => e > 0);
}
function ls(t) {
	if (t === "NHWC") return "channelsLast";
	if (t === "NCHW") return "channelsFirst";
	throw new Error(`Unknown dataFormat ${t}`);
}
function V(t, e, r) {
	if (r != null) {
		if (typeof e == "string") throw Error(`Error in ${t}: pad must be an integer when using dimRoundingMode ${r} but got pad ${e}.`);
		if (typeof e == "number") g(It(e), () => `Error in ${t}: pad must be an integer when using dimRoundingMode ${r} but got pad ${e}.`);
		else if (typeof e == "object") e.forEach((o) => {
			o.forEach((n) => {
				g(It(n), () => `Error in ${t}: pad must be an integer when using dimRoundingMode ${r} but got pad ${n}.`);
			});
		});
		else throw Error(`Error in ${t}: Unknown padding parameter: ${e}`);
	}
}
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
*/ function jc(t, e, r, o, n, s) {
	let i = h(t, "dy", "avgPool3dGrad"), a = h(e, "input", "avgPool3dGrad"), c = i, l = a, m = !1;
	a.rank === 4 && (m = !0, c = y(i, [
		1,
		i.shape[0],
		i.shape[1],
		i.shape[2],
		i.shape[3]
	]), l = y(a, [
		1,
		a.shape[0],
		a.shape[1],
		a.shape[2],
		a.shape[3]
	])), g(c.rank === 5, () => `Error in avgPool3dGrad: dy must be rank 5 but got rank ${c.rank}.`), g(l.rank === 5, () => `Error in avgPool3dGrad: input must be rank 5 but got rank ${l.rank}.`), V("avgPool3dGrad", n, s);
	let u = {
		dy: c,
		input: l
	}, p = {
		filterSize: r,
		strides: o,
		pad: n,
		dimRoundingMode: s
	}, x = f.runKernel(So, u, p);
	return m ? y(x, [
		x.shape[1],
		x.shape[2],
		x.shape[3],
		x.shape[4]
	]) : x;
}
var ps = d({ avgPool3dGrad_: jc });
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
*/ var us = {
	kernelName: bo,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { filterSize: n, strides: s, pad: i, dimRoundingMode: a } = r;
		return { x: () => ps(t, o, n, s, i, a) };
	}
};
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
*/ function Xc(t, e, r, o, n) {
	let s = h(t, "dy", "avgPoolGrad"), i = h(e, "input", "avgPoolGrad");
	g(i.rank === s.rank, () => `Rank of input (${i.rank}) does not match rank of dy (${s.rank})`);
	let a = i, c = s, l = !1;
	i.rank === 3 && (l = !0, a = y(i, [
		1,
		i.shape[0],
		i.shape[1],
		i.shape[2]
	]), c = y(s, [
		1,
		s.shape[0],
		s.shape[1],
		s.shape[2]
	])), g(c.rank === 4, () => `Error in avgPoolGrad: dy must be rank 4 but got rank ${c.rank}.`), g(a.rank === 4, () => `Error in avgPoolGrad: input must be rank 4 but got rank ${a.rank}.`);
	let m = {
		dy: c,
		input: a
	}, u = {
		filterSize: r,
		strides: o,
		pad: n
	}, p = f.runKernel(yo, m, u);
	return l ? y(p, [
		p.shape[1],
		p.shape[2],
		p.shape[3]
	]) : p;
}
var fs = d({ avgPoolGrad_: Xc });
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
*/ var ms = {
	kernelName: wo,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { filterSize: n, strides: s, pad: i } = r;
		return { x: () => fs(t, o, n, s, i) };
	}
};
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
*/ function Jc(t, e, r = !1, o = !1) {
	let n = h(t, "a", "matMul"), s = h(e, "b", "matMul");
	[n, s] = P(n, s);
	let i = {
		a: n,
		b: s
	}, a = {
		transposeA: r,
		transposeB: o
	};
	return f.runKernel(le, i, a);
}
var pt = d({ matMul_: Jc });
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
*/ var hs = {
	kernelName: le,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e, r) => {
		let [o, n] = e, { transposeA: s, transposeB: i } = r;
		return !s && !i ? {
			a: () => pt(t, n, !1, !0),
			b: () => pt(o, t, !0, !1)
		} : !s && i ? {
			a: () => pt(t, n, !1, !1),
			b: () => pt(t, o, !0, !1)
		} : s && !i ? {
			a: () => pt(n, t, !1, !0),
			b: () => pt(o, t, !1, !1)
		} : {
			a: () => pt(n, t, !0, !0),
			b: () => pt(t, o, !0, !0)
		};
	}
};
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
*/ function Zc(t, e, r) {
	let o = h(t, "x", "spaceToBatchND");
	g(o.rank >= 1 + e.length, () => `input rank ${o.rank} should be > than [blockShape] ${e.length}`), g(r.length === e.length, () => `paddings.shape[0] ${r.length} must be equal to [blockShape] ${e.length}`), g(o.shape.reduce((i, a, c) => c > 0 && c <= e.length ? i && (a + r[c - 1][0] + r[c - 1][1]) % e[c - 1] === 0 : i, !0), () => `input spatial dimensions ${o.shape.slice(1)} with paddings ${r.toString()} must be divisible by blockShapes ${e.toString()}`);
	let n = { x: o }, s = {
		blockShape: e,
		paddings: r
	};
	return f.runKernel(Pe, n, s);
}
var ds = d({ spaceToBatchND_: Zc });
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
*/ var gs = {
	kernelName: pe,
	gradFunc: (t, e, r) => {
		let { blockShape: o, crops: n } = r;
		return { x: () => ds(t, o, n) };
	}
};
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
*/ var xs = {
	kernelName: ko,
	gradFunc: (t, e, r) => {
		let o = r, n = o.inputShape, s = o.shape, i = Array.from(s);
		for (let c = n.length - 1; c >= 0; c--) if (n[c] === s[c]) i[c] = 1;
		else if (n[c] !== 1) throw new Error(`broadcastTo(): [${n}] cannot be broadcast to [${s}].`);
		let a = [];
		for (let c = 0; c < i.length; c++) i[c] > 1 && a.push(c);
		return { x: () => $(t, a, !0) };
	}
};
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
*/ var ws = {
	kernelName: kt,
	gradFunc: (t) => ({ x: () => t.clone() })
};
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
*/ var ys = {
	kernelName: Eo,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ function Yc(t, e) {
	let r = h(t, "a", "greaterEqual", "string_or_numeric"), o = h(e, "b", "greaterEqual", "string_or_numeric");
	[r, o] = P(r, o), G(r.shape, o.shape);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(Se, n);
}
var Ft = d({ greaterEqual_: Yc });
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
*/ function Qc(t, e) {
	let r = h(t, "a", "lessEqual", "string_or_numeric"), o = h(e, "b", "lessEqual", "string_or_numeric");
	[r, o] = P(r, o), G(r.shape, o.shape);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(jo, n);
}
var Ct = d({ lessEqual_: Qc });
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
*/ function tl(t, e) {
	let r = h(t, "a", "logicalAnd", "bool"), o = h(e, "b", "logicalAnd", "bool");
	G(r.shape, o.shape);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(Jo, n);
}
var nr = d({ logicalAnd_: tl });
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
*/ function el(t) {
	let r = { x: h(t, "x", "clone", "string_or_numeric") };
	return f.runKernel(Et, r);
}
var sr = d({ clone_: el });
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
*/ function rl(t, e) {
	let r = h(t, "broadcastTo", "x"), o = r.shape;
	if (dt(e), e.length < r.rank) throw new Error(`broadcastTo(): shape.length=${e.length} < input.rank=${r.rank}.`);
	if (e.length > r.rank) {
		let l = r.shape.slice();
		for (; l.length < e.length;) l.unshift(1);
		r = y(r, l);
	}
	let n = r.shape, s = Array.from(e);
	for (let l = e.length - 1; l >= 0; l--) if (n[l] === e[l]) s[l] = 1;
	else if (r.shape[l] !== 1) throw new Error(`broadcastTo(): [${o}] cannot be broadcast to [${e}].`);
	if (s.map((l, m) => l > 1 ? m : -1).filter((l) => l >= 0).length === 0) return sr(r);
	let a = { x: r }, c = { reps: s };
	return f.runKernel(Tt, a, c);
}
var ir = d({ broadcastTo_: rl });
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
*/ function ol(t, e, r) {
	let o = h(e, "a", "where"), n = h(r, "b", "where"), s = h(t, "condition", "where", "bool"), i = G(G(s.shape, o.shape), n.shape), m = {
		condition: ir(s, i),
		t: ir(o, i),
		e: ir(n, i)
	};
	return f.runKernel(Ce, m);
}
var tt = d({ where_: ol });
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
*/ var bs = {
	kernelName: To,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { clipValueMin: n, clipValueMax: s } = r;
		return { x: () => tt(nr(Ft(o, n), Ct(o, s)), t, A(t)) };
	}
};
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
*/ var Ss = {
	kernelName: Io,
	inputsToSave: ["x"],
	gradFunc: rr.gradFunc
};
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
*/ function nl(t, e, r = 0) {
	let n = { x: h(t, "x", "split") }, s = {
		numOrSizeSplits: e,
		axis: r
	};
	return f.runKernel(Le, n, s);
}
var ks = d({ split_: nl });
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
*/ var Es = {
	kernelName: ue,
	saveAllInputs: !0,
	gradFunc: (t, e, r) => {
		let o = e.map((c) => c.shape), { axis: n } = r, s = Z(n, e[0].shape)[0];
		return ks(t, o.map((c) => c[s]), s).map((c) => () => c);
	}
};
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
*/ function sl(t, e, r, o, n, s = "NHWC", i) {
	let a = t;
	t.rank === 3 && (a = y(t, [
		1,
		t.shape[0],
		t.shape[1],
		t.shape[2]
	]));
	let c = e;
	c.rank === 3 && (c = y(e, [
		1,
		e.shape[0],
		e.shape[1],
		e.shape[2]
	])), g(a.rank === 4, () => `Error in conv2dDerFilter: input must be rank 4, but got shape ${a.shape}.`), g(c.rank === 4, () => `Error in conv2dDerFilter: dy must be rank 4, but got shape ${c.shape}.`), g(r.length === 4, () => `Error in conv2dDerFilter: filterShape must be length 4, but got ${r}.`);
	let l = s === "NHWC" ? a.shape[3] : a.shape[1], m = s === "NHWC" ? c.shape[3] : c.shape[1];
	g(l === r[2], () => `Error in conv2dDerFilter: depth of input ${l}) must match input depth in filter (${r[2]}.`), g(m === r[3], () => `Error in conv2dDerFilter: depth of dy (${m}) must match output depth for filter (${r[3]}).`), V("conv2dDerFilter", n, i);
	let u = {
		x: a,
		dy: c
	}, p = {
		strides: o,
		pad: n,
		dataFormat: s,
		dimRoundingMode: i,
		filterShape: r
	};
	return f.runKernel(Ao, u, p);
}
var ar = d({ conv2DBackpropFilter_: sl });
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
*/ function il(t, e, r, o, n, s = "NHWC", i) {
	g(t.length === e.rank, () => `Length of inShape (${t.length}) and rank of dy (${e.rank}) must match`);
	let a = t, c = e, l = !1;
	e.rank === 3 && (l = !0, c = y(e, [
		1,
		e.shape[0],
		e.shape[1],
		e.shape[2]
	]), a = [
		1,
		t[0],
		t[1],
		t[2]
	]), g(a.length === 4, () => `Error in conv2dDerInput: inShape must be length 4, but got length ${a.length}.`), g(c.rank === 4, () => `Error in conv2dDerInput: dy must be rank 4, but got rank ${c.rank}`), g(r.rank === 4, () => `Error in conv2dDerInput: filter must be rank 4, but got rank ${r.rank}`);
	let m = s === "NHWC" ? a[3] : a[1], u = s === "NHWC" ? c.shape[3] : c.shape[1];
	g(m === r.shape[2], () => `Error in conv2dDerInput: depth of input (${m}) must match input depth for filter ${r.shape[2]}.`), g(u === r.shape[3], () => `Error in conv2dDerInput: depth of output (${u}) must match output depth for filter ${r.shape[3]}.`), V("conv2dDerInput", n, i);
	let p = {
		dy: c,
		filter: r
	}, x = {
		strides: o,
		pad: n,
		dataFormat: s,
		dimRoundingMode: i,
		inputShape: a
	}, b = f.runKernel(me, p, x);
	return l ? y(b, [
		b.shape[1],
		b.shape[2],
		b.shape[3]
	]) : b;
}
var Ts = d({ conv2DBackpropInput_: il });
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
*/ var vs = {
	kernelName: fe,
	inputsToSave: ["x", "filter"],
	gradFunc: (t, e, r) => {
		let [o, n] = e, { dilations: s, strides: i, pad: a, dataFormat: c } = r;
		return g(lt(s), () => `Error in gradient of conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${s}'`), {
			x: () => Ts(o.shape, t, n, i, a, c),
			filter: () => ar(o, t, n.shape, i, a, c)
		};
	}
};
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
*/ function al(t, e, r, o, n = "NHWC", s = [1, 1], i) {
	let a = h(t, "x", "conv2d", "float32"), c = h(e, "filter", "conv2d", "float32"), l = a, m = !1;
	a.rank === 3 && (m = !0, l = y(a, [
		1,
		a.shape[0],
		a.shape[1],
		a.shape[2]
	])), g(l.rank === 4, () => `Error in conv2d: input must be rank 4, but got rank ${l.rank}.`), g(c.rank === 4, () => `Error in conv2d: filter must be rank 4, but got rank ${c.rank}.`), V("conv2d", o, i);
	let u = n === "NHWC" ? l.shape[3] : l.shape[1];
	g(u === c.shape[2], () => `Error in conv2d: depth of input (${u}) must match input depth for filter ${c.shape[2]}.`), g(re(r, s), () => `Error in conv2D: Either strides or dilations must be 1. Got strides ${r} and dilations '${s}'`), g(or(s), () => "Error in conv2D: Dilated rates should be larger than 0."), g(or(r), () => "Error in conv2D: Strides should be larger than 0.");
	let p = {
		x: l,
		filter: c
	}, x = {
		strides: r,
		pad: o,
		dataFormat: n,
		dilations: s,
		dimRoundingMode: i
	}, b = f.runKernel(fe, p, x);
	return m ? y(b, [
		b.shape[1],
		b.shape[2],
		b.shape[3]
	]) : b;
}
var Is = d({ conv2d_: al });
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
*/ var As = {
	kernelName: me,
	inputsToSave: ["dy", "filter"],
	gradFunc: (t, e, r) => {
		let [o, n] = e, { strides: s, pad: i, dataFormat: a, dimRoundingMode: c } = r;
		return {
			dy: () => Is(t, n, s, i, a, 1, c),
			filter: () => ar(t, o, n.shape, s, i, a, c)
		};
	}
};
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
*/ function cl(t, e, r, o, n) {
	let s = t;
	t.rank === 4 && (s = y(t, [
		1,
		t.shape[0],
		t.shape[1],
		t.shape[2],
		t.shape[3]
	]));
	let i = e;
	i.rank === 4 && (i = y(e, [
		1,
		e.shape[0],
		e.shape[1],
		e.shape[2],
		e.shape[3]
	])), g(s.rank === 5, () => `Error in conv3dDerFilter: input must be rank 5, but got shape ${s.shape}.`), g(i.rank === 5, () => `Error in conv3dDerFilter: dy must be rank 5, but got shape ${i.shape}.`), g(r.length === 5, () => `Error in conv3dDerFilter: filterShape must be length 5, but got ${r}.`), g(s.shape[4] === r[3], () => `Error in conv3dDerFilter: depth of input ${s.shape[4]}) must match input depth in filter (${r[3]}.`), g(i.shape[4] === r[4], () => `Error in conv3dDerFilter: depth of dy (${i.shape[4]}) must match output depth for filter (${r[4]}).`);
	let a = {
		x: s,
		dy: i
	}, c = {
		strides: o,
		pad: n,
		filterShape: r
	};
	return f.runKernel(No, a, c);
}
var $s = d({ conv3DBackpropFilter_: cl });
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
*/ function ll(t, e, r, o, n) {
	g(t.length === e.rank, () => `Length of inShape (${t.length}) and rank of dy (${e.rank}) must match`);
	let s = t, i = e, a = !1;
	e.rank === 4 && (a = !0, i = y(e, [
		1,
		e.shape[0],
		e.shape[1],
		e.shape[2],
		e.shape[3]
	]), s = [
		1,
		t[0],
		t[1],
		t[2],
		t[3]
	]);
	let c = s[4], l = i.shape[4];
	g(s.length === 5, () => `Error in conv3dDerInput: inShape must be length 5, but got length ${s.length}.`), g(i.rank === 5, () => `Error in conv3dDerInput: dy must be rank 5, but got rank ${i.rank}`), g(r.rank === 5, () => `Error in conv3dDerInput: filter must be rank 5, but got rank ${r.rank}`), g(c === r.shape[3], () => `Error in conv3dDerInput: depth of input (${c}) must match input depth for filter ${r.shape[3]}.`), g(l === r.shape[4], () => `Error in conv3dDerInput: depth of output (${l}) must match output depth for filter ${r.shape[4]}.`);
	let m = {
		dy: i,
		filter: r
	}, u = {
		pad: n,
		strides: o,
		inputShape: s
	}, p = f.runKernel(Do, m, u);
	return a ? y(p, [
		p.shape[1],
		p.shape[2],
		p.shape[3],
		p.shape[4]
	]) : p;
}
var Ns = d({ conv3DBackpropInput_: ll });
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
*/ var Ds = {
	kernelName: $o,
	inputsToSave: ["x", "filter"],
	gradFunc: (t, e, r) => {
		let { dilations: o, strides: n, pad: s } = r;
		g(lt(o), () => `Error in gradient of conv3D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${o}'`);
		let [i, a] = e;
		return {
			x: () => Ns(i.shape, t, a, n, s),
			filter: () => $s(i, t, a.shape, n, s)
		};
	}
};
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
*/ function ul(t) {
	let r = { x: h(t, "x", "sin", "float32") };
	return f.runKernel("Sin", r);
}
var Gs = d({ sin_: ul });
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
*/ var Fs = {
	kernelName: "Cos",
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(L(Gs(E(r, "float32"))), t) };
	}
};
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
*/ function ml(t) {
	let r = { x: h(t, "x", "sinh") };
	return f.runKernel(Be, r);
}
var Cs = d({ sinh_: ml });
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
*/ var Ms = {
	kernelName: he,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(Cs(E(r, "float32")), t) };
	}
};
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
*/ function qr(t, e) {
	for (let r = 0; r < t.length; ++r) if (t[t.length - r - 1] !== e - 1 - r) return !1;
	return !0;
}
function Bs(t, e, r) {
	let o = t.length + e.length, n = [], s = 0, i = 0;
	for (let a = 0; a < o; a++) r.indexOf(a) === -1 ? n.push(t[s++]) : n.push(e[i++]);
	return n;
}
function Wr(t, e) {
	let r = [], o = t.length;
	for (let s = 0; s < o; s++) e.indexOf(s) === -1 && r.push(t[s]);
	return [r, e.map((s) => t[s])];
}
function cr(t, e) {
	return Bs(t, e.map((o) => 1), e);
}
function hl(t, e, r) {
	g(qr(e, r), () => `${t} supports only inner-most axes for now. Got axes ${e} and rank-${r} input.`);
}
function Kr(t, e) {
	if (qr(t, e)) return null;
	let r = [];
	for (let o = 0; o < e; ++o) t.indexOf(o) === -1 && r.push(o);
	return t.forEach((o) => r.push(o)), r;
}
function oe(t) {
	return t.map((e, r) => [r, e]).sort((e, r) => e[1] - r[1]).map((e) => e[0]);
}
function dl(t, e) {
	let r = [];
	for (let o = e - t; o < e; ++o) r.push(o);
	return r;
}
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
*/ function gl(t, e = 0, r = !1, o = !1) {
	let s = { x: h(t, "x", "cumsum") }, i = {
		axis: e,
		exclusive: r,
		reverse: o
	};
	return f.runKernel(de, s, i);
}
var _s = d({ cumsum_: gl });
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
function Ps(t, e) {
	return f.tidy(t, e);
}
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
*/ function wl(t, e) {
	let r = h(t, "real", "complex"), o = h(e, "imag", "complex");
	vn(r.shape, o.shape, `real and imag shapes, ${r.shape} and ${o.shape}, must match in call to tf.complex().`);
	let n = {
		real: r,
		imag: o
	};
	return f.runKernel(vo, n);
}
var Mt = d({ complex_: wl });
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
*/ function yl(t) {
	let r = { input: h(t, "input", "imag") };
	return f.runKernel(qo, r);
}
var Ls = d({ imag_: yl });
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
*/ function bl(t) {
	let r = { input: h(t, "input", "real") };
	return f.runKernel(un, r);
}
var Os = d({ real_: bl });
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
*/ function Sl(t, e, r) {
	let o = h(t, "x", "transpose");
	if (e ??= o.shape.map((i, a) => a).reverse(), g(o.rank === e.length, () => `Error in transpose: rank of input ${o.rank} must match length of perm ${e}.`), e.forEach((i) => {
		g(i >= 0 && i < o.rank, () => `All entries in 'perm' must be between 0 and ${o.rank - 1} but got ${e}`);
	}), o.rank <= 1) return o.clone();
	let n = { x: o }, s = { perm: e };
	return o.dtype === "complex64" ? Ps(() => {
		let i = Os(o), a = Ls(o);
		return i = f.runKernel(vt, { x: i }, s), a = f.runKernel(vt, { x: a }, s), r && (a = L(a)), Mt(i, a);
	}) : f.runKernel(vt, n, s);
}
var st = d({ transpose_: Sl });
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
*/ var zs = {
	kernelName: de,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { axis: n, exclusive: s, reverse: i } = r;
		return { x: () => {
			let a = Kr([n], o.rank), c = _s(t, n, s, !i);
			return a != null && (c = st(c, a)), c;
		} };
	}
};
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
*/ function kl(t, e, r, o, n, s = [1, 1], i) {
	let a = t;
	t.rank === 3 && (a = y(t, [
		1,
		t.shape[0],
		t.shape[1],
		t.shape[2]
	]));
	let c = e;
	c.rank === 3 && (c = y(e, [
		1,
		e.shape[0],
		e.shape[1],
		e.shape[2]
	]));
	let l = {
		x: a,
		dy: c
	}, m = {
		strides: o,
		pad: n,
		dimRoundingMode: i,
		dilations: s,
		filterShape: r
	};
	return f.runKernel(Co, l, m);
}
var Us = d({ depthwiseConv2dNativeBackpropFilter_: kl });
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
*/ function El(t, e, r, o, n, s = [1, 1], i) {
	let a = e, c = !1;
	e.rank === 3 && (c = !0, a = y(e, [
		1,
		e.shape[0],
		e.shape[1],
		e.shape[2]
	]));
	let l = {
		dy: a,
		filter: r
	}, m = {
		strides: o,
		pad: n,
		dimRoundingMode: i,
		dilations: s,
		inputShape: t
	}, u = f.runKernel(Mo, l, m);
	return c ? y(u, [
		u.shape[1],
		u.shape[2],
		u.shape[3]
	]) : u;
}
var qs = d({ depthwiseConv2dNativeBackpropInput_: El });
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
*/ var Ws = {
	kernelName: Fo,
	inputsToSave: ["x", "filter"],
	gradFunc: (t, e, r) => {
		let { dilations: o, strides: n, pad: s, dimRoundingMode: i } = r, a = o ?? [1, 1];
		g(lt(a), () => `Error in gradient of depthwiseConv2dNative: dilation rates greater than 1 are not yet supported. Got dilations '${a}'`);
		let [c, l] = e;
		return g(c.rank === 4, () => `Error in gradient of depthwiseConv2dNative: input must be rank 4, but got rank ${c.rank}.`), g(l.rank === 4, () => `Error in gradient of depthwiseConv2dNative: filter must be rank 4, but got rank ${l.rank}.`), g(c.shape[3] === l.shape[2], () => `Error in gradient of depthwiseConv2d: number of input channels (${c.shape[3]}) must match the inChannels dimension in filter ${l.shape[2]}.`), g(re(n, a), () => `Error in gradient of depthwiseConv2d: Either strides or dilations must be  1. Got strides ${n} and dilations '${a}'.`), V("depthwiseConv2d", s, i), {
			x: () => qs(c.shape, t, l, n, s, a, i),
			filter: () => Us(c, t, l.shape, n, s, a, i)
		};
	}
};
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
*/ var Ks = {
	kernelName: Bo,
	inputsToSave: ["x", "filter"],
	gradFunc: (t, e, r) => {
		let [o, n] = e, s = {
			x: o,
			filter: n,
			dy: t
		}, i = {
			x: o,
			filter: n,
			dy: t
		};
		return {
			x: () => f.runKernel(Ro, s, r),
			filter: () => f.runKernel(_o, i, r)
		};
	}
};
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
*/ var Hs = {
	kernelName: "Elu",
	outputsToSave: [!0],
	gradFunc: (t, e) => {
		let [r] = e, o = {
			dy: t,
			y: r
		};
		return { x: () => f.runKernel(Po, o) };
	}
};
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
*/ function vl(t) {
	let r = { x: h(t, "x", "exp") };
	return f.runKernel("Exp", r);
}
var xt = d({ exp_: vl });
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
*/ var js = {
	kernelName: "Erf",
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e, o = w(xt(L(B(r))), 2 / Math.sqrt(Math.PI));
		return { x: () => w(t, o) };
	}
};
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
*/ var Xs = {
	kernelName: "Exp",
	outputsToSave: [!0],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(t, r) };
	}
};
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
*/ var Js = {
	kernelName: xe,
	inputsToSave: ["input"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { input: () => y(t, r.shape) };
	}
};
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
*/ var Zs = {
	kernelName: Oo,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(t, xt(r)) };
	}
};
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
*/ var Ys = {
	kernelName: we,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ var Qs = {
	kernelName: ye,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = G(r.shape, o.shape);
		return {
			a: () => {
				let a = D(t, E(o, "float32")), c = C(r.shape, n);
				return c.length > 0 ? y($(a, c), r.shape) : a;
			},
			b: () => {
				let a = w(t, E(r, "float32")), c = C(o.shape, n);
				c.length > 0 && (a = y($(a, c), o.shape));
				let l = B(o);
				return L(D(a, E(l, "float32")));
			}
		};
	}
};
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
*/ function Il(t) {
	let r = { x: h(t, "x", "rsqrt", "float32") };
	return f.runKernel(Fe, r);
}
var ti = d({ rsqrt_: Il });
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
*/ function Al(t, e) {
	let r = h(t, "x", "tile", "string_or_numeric");
	g(r.rank === e.length, () => `Error in transpose: rank of input ${r.rank} must match length of reps ${e}.`);
	let o = { x: r }, n = { reps: e };
	return f.runKernel(Tt, o, n);
}
var ei = d({ tile_: Al });
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
*/ var ri = {
	kernelName: zo,
	inputsToSave: [
		"x",
		"mean",
		"variance",
		"scale"
	],
	gradFunc: (t, e, r) => {
		let { varianceEpsilon: o } = r, [n, s, i, a] = e, c = a ?? R(1), l = C(s.shape, n.shape), m = [];
		if (s.rank === 1) {
			for (let v = 0; v < n.shape.length - 1; ++v) m.push(n.shape[v]);
			m.push(1);
		}
		let u = O(n, s), p = w(t, c), x = ti(K(i, R(o))), b = w(w(w(x, x), x), R(-.5));
		return {
			x: () => s.rank === 1 ? y(w(w(t, ei(y(x, [
				1,
				1,
				1,
				s.shape[0]
			]), m)), c), n.shape) : y(w(w(t, x), c), n.shape),
			mean: () => {
				let v = w(w(x, R(-1)), p);
				return s.rank === 1 && (v = $(v, l)), y(v, s.shape);
			},
			variance: () => {
				let v = w(w(b, u), p);
				return s.rank === 1 && (v = $(v, l)), y(v, s.shape);
			},
			scale: () => {
				let M = w(t, w(u, x));
				return s.rank === 1 && (M = $(M, l)), y(M, s.shape);
			},
			offset: () => {
				let v = t;
				return s.rank === 1 && (v = $(v, l)), y(v, s.shape);
			}
		};
	}
};
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
*/ function $l(t, e = 0) {
	let r = er(t, "tensors", "stack", "string_or_numeric");
	g(r.length >= 1, () => "Pass at least one tensor to tf.stack"), r.length > 0 && g(e <= r[0].rank, () => "Axis must be <= rank of the tensor");
	let o = r, n = { axis: e };
	return f.runKernel(ve, o, n);
}
var lr = d({ stack_: $l });
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
*/ function Nl(t, e, r) {
	let o = h(t, "x", "unsortedSegmentSum"), n = h(e, "segmentIds", "unsortedSegmentSum", "int32");
	g(It(r), () => "numSegments must be of dtype int");
	let s = {
		x: o,
		segmentIds: n
	}, i = { numSegments: r };
	return f.runKernel(ze, s, i);
}
var oi = d({ unsortedSegmentSum_: Nl });
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
*/ var ii = {
	kernelName: be,
	inputsToSave: ["x", "indices"],
	gradFunc: (t, e, r) => {
		let [o, n] = e, { axis: s, batchDims: i } = r, a = Z(s, o.shape)[0], c = (l, m, u) => () => {
			let p = l.shape, x = m.size, b = p.slice(0, a), k = b.length, T = p.slice(s, p.length).slice(1), N = T.length, U = ni(0, k), S = ni(k + 1, k + 1 + N), M = y(u, si([
				b,
				[x],
				T
			])), j = y(m, [x]), X = si([
				[k],
				U,
				S
			]), z = oi(st(M, X), j, l.shape[a]), mt = oe(X);
			return z = st(z, mt), z;
		};
		if (i === 1) {
			let l = o.shape[0], m = o.split(l, 0);
			return {
				x: () => lr(m.map((x, b) => c(x, n.slice(b, 1), t.slice(b, 1))())).reshape(o.shape),
				indices: () => n
			};
		} else return {
			x: c(o, n, t),
			indices: () => n
		};
	}
};
function ni(t, e) {
	let r = [];
	for (let o = t; o < e; ++o) r.push(o);
	return r;
}
function si(t) {
	let e = [];
	for (let r = 0; r < t.length; ++r) for (let o = 0; o < t[r].length; ++o) e.push(t[r][o]);
	return e;
}
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
*/ var ai = {
	kernelName: Se,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e;
		return {
			a: () => A(r),
			b: () => A(o)
		};
	}
};
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
*/ var ci = {
	kernelName: Et,
	gradFunc: (t) => ({ x: () => E(t, "float32") })
};
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
*/ var li = {
	kernelName: Wo,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ var pi = {
	kernelName: Ko,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ var ui = {
	kernelName: Vo,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ function Dl(t, e) {
	let r = h(t, "a", "greater", "string_or_numeric"), o = h(e, "b", "greater", "string_or_numeric");
	[r, o] = P(r, o), G(r.shape, o.shape);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(Uo, n);
}
var it = d({ greater_: Dl });
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
*/ var fi = {
	kernelName: ke,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { alpha: n } = r, s = it(o, 0);
		return { x: () => tt(s, t, w(t, n)) };
	}
};
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
*/ var mi = {
	kernelName: Xo,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => D(t, K(r, 1)) };
	}
};
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
*/ var hi = {
	kernelName: "Log",
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => D(t, E(r, "float32")) };
	}
};
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
*/ var di = {
	kernelName: Yo,
	inputsToSave: [],
	outputsToSave: [!0],
	gradFunc: (t, e, r) => {
		let [o] = e, { axis: n } = r;
		return { logits: () => {
			let i = xt(o);
			return O(t, w($(t, n, !0), i));
		} };
	}
};
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
*/ function Fl(t, e, r, o = 5, n = 1, s = 1, i = .5) {
	let a = {
		x: t,
		y: e,
		dy: r
	}, c = {
		depthRadius: o,
		bias: n,
		alpha: s,
		beta: i
	};
	return f.runKernel(Qo, a, c);
}
var gi = d({ localResponseNormalizationBackprop_: Fl });
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
*/ var xi = {
	kernelName: "LRN",
	inputsToSave: ["x"],
	outputsToSave: [!0],
	gradFunc: (t, e, r) => {
		let [o, n] = e, { depthRadius: s, bias: i, alpha: a, beta: c } = r;
		return { x: () => gi(o, n, t, s, i, a, c) };
	}
};
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
*/ function Cl(t, e) {
	let r = h(t, "a", "equal", "string_or_numeric"), o = h(e, "b", "equal", "string_or_numeric");
	[r, o] = P(r, o), G(r.shape, o.shape);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(Lo, n);
}
var wi = d({ equal_: Cl });
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
*/ function pr(t, e, r, o) {
	return e.rank < r.rank && (e = y(e, cr(e.shape, o))), t.rank < r.rank && (t = y(t, cr(t.shape, o))), { x: () => w(t, E(wi(r, e), t.dtype)) };
}
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
*/ var Vr = {
	kernelName: "Max",
	inputsToSave: ["x"],
	outputsToSave: [!0],
	gradFunc: (t, e, r) => {
		let { reductionIndices: n } = r, s = e[0], i = e[1], c = pr(t, i, s, Z(n, s.shape));
		return { x: () => c.x() };
	}
};
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
*/ function Ml(t, e) {
	let r = h(t, "a", "less", "string_or_numeric"), o = h(e, "b", "less", "string_or_numeric");
	[r, o] = P(r, o), G(r.shape, o.shape);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(Ho, n);
}
var yi = d({ less_: Ml });
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
*/ var bi = {
	kernelName: Ee,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e;
		return {
			a: () => w(t, E(Ft(r, o), "float32")),
			b: () => w(t, E(yi(r, o), "float32"))
		};
	}
};
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
*/ function Bl(t, e, r, o, n, s, i) {
	let a = h(t, "dy", "maxPool3dGrad"), c = h(e, "input", "maxPool3dGrad"), l = h(r, "output", "maxPool3dGrad"), m = a, u = c, p = l, x = !1;
	c.rank === 4 && (x = !0, m = y(a, [
		1,
		a.shape[0],
		a.shape[1],
		a.shape[2],
		a.shape[3]
	]), u = y(c, [
		1,
		c.shape[0],
		c.shape[1],
		c.shape[2],
		c.shape[3]
	]), p = y(l, [
		1,
		l.shape[0],
		l.shape[1],
		l.shape[2],
		l.shape[3]
	])), g(m.rank === 5, () => `Error in maxPool3dGrad: dy must be rank 5 but got rank ${m.rank}.`), g(u.rank === 5, () => `Error in maxPool3dGrad: input must be rank 5 but got rank ${u.rank}.`), g(p.rank === 5, () => `Error in maxPool3dGrad: output must be rank 5 but got rank ${p.rank}.`), V("maxPool3dGrad", s, i);
	let b = {
		dy: m,
		input: u,
		output: p
	}, k = {
		filterSize: o,
		strides: n,
		pad: s,
		dimRoundingMode: i
	}, T = f.runKernel(on, b, k);
	return x ? y(T, [
		T.shape[1],
		T.shape[2],
		T.shape[3],
		T.shape[4]
	]) : T;
}
var Si = d({ maxPool3dGrad_: Bl });
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
*/ var ki = {
	kernelName: rn,
	inputsToSave: ["x"],
	outputsToSave: [!0],
	gradFunc: (t, e, r) => {
		let [o, n] = e, { filterSize: s, strides: i, pad: a, dimRoundingMode: c } = r;
		return { x: () => Si(t, o, n, s, i, a, c) };
	}
};
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
*/ function Rl(t, e, r, o, n, s, i) {
	let a = h(t, "dy", "maxPoolGrad"), c = h(e, "input", "maxPoolGrad"), l = h(r, "output", "maxPoolGrad");
	g(c.rank === a.rank, () => `Rank of input (${c.rank}) does not match rank of dy (${a.rank})`), g(a.rank === 4, () => `Error in maxPoolGrad: dy must be rank 4 but got rank ${a.rank}.`), g(c.rank === 4, () => `Error in maxPoolGrad: input must be rank 4 but got rank ${c.rank}.`), V("maxPoolGrad", s, i);
	let m = {
		dy: a,
		input: c,
		output: l
	}, u = {
		filterSize: o,
		strides: n,
		pad: s,
		dimRoundingMode: i
	};
	return f.runKernel(en, m, u);
}
var Ei = d({ maxPoolGrad_: Rl });
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
*/ var Ti = {
	kernelName: tn,
	inputsToSave: ["x"],
	outputsToSave: [!0],
	gradFunc: (t, e, r) => {
		let [o, n] = e, { filterSize: s, strides: i, pad: a } = r;
		return { x: () => Ei(t, o, n, s, i, a) };
	}
};
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
*/ function Bt(t, e = "float32") {
	if (dt(t), e === "complex64") return Mt(Bt(t, "float32"), Bt(t, "float32"));
	let r = Kt(_(t), e);
	return f.makeTensor(r, t, e);
}
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
*/ function St(t, e = "float32") {
	if (dt(t), e === "complex64") return Mt(St(t, "float32"), Bt(t, "float32"));
	let r = Ke(_(t), e);
	return f.makeTensor(r, t, e);
}
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
*/ var vi = {
	kernelName: nn,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { axis: n } = r, s = Z(n, o.shape), a = Wr(o.shape, s)[1], c = _(a);
		return { x: () => {
			let m = o.shape.slice();
			s.forEach((x) => {
				m[x] = 1;
			});
			return D(w(y(t, m), St(o.shape, "float32")), c);
		} };
	}
};
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
*/ var Ii = {
	kernelName: "Min",
	inputsToSave: ["x"],
	outputsToSave: [!0],
	gradFunc: (t, e, r) => {
		let { axis: n } = r, [s, i] = e, c = pr(t, i, s, Z(n, s.shape));
		return { x: () => c.x() };
	}
};
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
*/ var Ai = {
	kernelName: sn,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e;
		return {
			a: () => w(t, E(Ct(r, o), "float32")),
			b: () => w(t, E(it(r, o), "float32"))
		};
	}
};
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
*/ function _l(t, e, r) {
	let o = h(t, "x", "slice", "string_or_numeric");
	if (o.rank === 0) throw new Error("Slicing scalar is not possible");
	let n = { x: o }, s = {
		begin: e,
		size: r
	};
	return f.runKernel(Me, n, s);
}
var ut = d({ slice_: _l });
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
*/ var $i = {
	kernelName: an,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let o = e[0], { paddings: n } = r, s = n.map((i) => i[0]);
		return { x: () => ut(t, s, o.shape) };
	}
};
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
*/ function Pl(t) {
	let r = { x: h(t, "x", "floor", "float32") };
	return f.runKernel(we, r);
}
var Ni = d({ floor_: Pl });
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
*/ var Di = {
	kernelName: "Mod",
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = G(r.shape, o.shape);
		return {
			a: () => {
				let a = C(r.shape, n);
				return a.length > 0 ? y($(t, a), r.shape) : t;
			},
			b: () => {
				let a = w(t, L(Ni(D(r, o)))), c = C(o.shape, n);
				return c.length > 0 ? y($(a, c), o.shape) : a;
			}
		};
	}
};
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
*/ var Gi = {
	kernelName: Te,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = G(r.shape, o.shape);
		return {
			a: () => {
				let a = w(t, E(o, "float32")), c = C(r.shape, n);
				return c.length > 0 ? y($(a, c), r.shape) : a;
			},
			b: () => {
				let a = w(t, E(r, "float32")), c = C(o.shape, n);
				return c.length > 0 ? y($(a, c), o.shape) : a;
			}
		};
	}
};
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
*/ var Fi = {
	kernelName: "Neg",
	gradFunc: (t) => ({ x: () => L(t) })
};
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
*/ var Ci = {
	kernelName: ln,
	inputsToSave: ["indices"],
	gradFunc: (t, e) => {
		let r = e[0];
		return { indices: () => Bt(r.shape, "float32") };
	}
};
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
*/ var Mi = {
	kernelName: cn,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ function Ll(t, e = 0) {
	let r = h(t, "x", "unstack", "string_or_numeric");
	g(e >= -r.shape.length && e < r.shape.length, () => `Axis = ${e} is not in [-${r.shape.length}, ${r.shape.length})`);
	let o = { value: r }, n = { axis: e };
	return f.runKernel(Oe, o, n);
}
var Bi = d({ unstack_: Ll });
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
*/ var Ri = {
	kernelName: ve,
	saveAllInputs: !0,
	gradFunc: (t, e, r) => {
		let { axis: o } = r;
		return Bi(t, o).map((s) => () => s);
	}
};
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
*/ var Hr = {
	kernelName: Ie,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let o = e[0], { paddings: n } = r, s = n.map((i) => i[0]);
		return { x: () => ut(t, s, o.shape) };
	}
};
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
*/ function Ol(t) {
	let r = { x: h(t, "x", "log", "float32") };
	return f.runKernel("Log", r);
}
var _i = d({ log_: Ol });
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
*/ function Ul(t, e) {
	let r = h(t, "base", "pow"), o = h(e, "exp", "pow");
	[r, o] = P(r, o);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel("Pow", n);
}
var ur = d({ pow_: Ul });
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
*/ var Pi = {
	kernelName: "Pow",
	inputsToSave: ["a", "b"],
	outputsToSave: [!0],
	gradFunc: (t, e) => {
		let [r, o, n] = e, s = r, i = o, a = G(s.shape, i.shape);
		return {
			a: () => {
				let m = E(i, "float32"), u = w(t, w(m, ur(s, O(m, R(1))))), p = C(s.shape, a);
				return p.length > 0 && (u = $(u, p)), y(u, s.shape);
			},
			b: () => {
				let u = tt(it(s, 0), _i(s), A(s)), p = w(t, w(n, u)), x = C(i.shape, a);
				return x.length > 0 && (p = $(p, x)), y(p, i.shape);
			}
		};
	}
};
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
*/ var Li = {
	kernelName: Ae,
	inputsToSave: ["x", "alpha"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = it(r, 0);
		return {
			x: () => tt(n, t, w(t, o)),
			alpha: () => {
				let s = tt(n, A(t), w(t, r)), i = C(o.shape, t.shape);
				return i.length > 0 && (s = $(s, i)), y(s, o.shape);
			}
		};
	}
};
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
*/ function Oi() {
	return typeof window < "u" && window.document != null || typeof WorkerGlobalScope < "u";
}
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
*/ var H = I();
H.registerFlag("DEBUG", () => !1, (t) => {
	t && console.warn("Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.");
});
H.registerFlag("IS_BROWSER", () => Oi());
H.registerFlag("IS_NODE", () => typeof process < "u" && typeof process.versions < "u" && typeof process.versions.node < "u");
H.registerFlag("IS_CHROME", () => typeof navigator < "u" && navigator != null && navigator.userAgent != null && /Chrome/.test(navigator.userAgent) && /Google Inc/.test(navigator.vendor));
H.registerFlag("IS_SAFARI", () => typeof navigator < "u" && navigator != null && navigator.userAgent != null && /Safari/.test(navigator.userAgent) && /Apple/.test(navigator.vendor));
H.registerFlag("PROD", () => !1);
H.registerFlag("TENSORLIKE_CHECK_SHAPE_CONSISTENCY", () => H.getBool("DEBUG"));
H.registerFlag("DEPRECATION_WARNINGS_ENABLED", () => !0);
H.registerFlag("IS_TEST", () => !1);
H.registerFlag("CHECK_COMPUTATION_FOR_ERRORS", () => H.getBool("DEBUG"));
H.registerFlag("WRAP_TO_IMAGEBITMAP", () => !1);
H.registerFlag("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU", () => !1);
H.registerFlag("USE_SETTIMEOUTCUSTOM", () => !1);
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
*/ var Y = class t {
	static join(e) {
		return new t(e).slice();
	}
	constructor(e) {
		if (this.shards = [], this.previousShardIndex = 0, e == null || (e instanceof Array || (e = [e]), e = e.map((o) => q(o) ? o.buffer : o), e.length === 0)) return;
		this.bufferUniformSize = e[0].byteLength;
		let r = 0;
		for (let o = 0; o < e.length; o++) {
			let n = e[o];
			o !== e.length - 1 && n.byteLength !== this.bufferUniformSize && (this.bufferUniformSize = void 0);
			let s = r + n.byteLength;
			this.shards.push({
				buffer: n,
				start: r,
				end: s
			}), r = s;
		}
		this.shards.length === 0 && (this.byteLength = 0), this.byteLength = this.shards[this.shards.length - 1].end;
	}
	slice(e = 0, r = this.byteLength) {
		if (this.shards.length === 0) return /* @__PURE__ */ new ArrayBuffer(0);
		if (e = isNaN(Number(e)) ? 0 : e, r = isNaN(Number(r)) ? 0 : r, e = Math.max(0, e), r = Math.min(this.byteLength, r), r <= e) return /* @__PURE__ */ new ArrayBuffer(0);
		let o = this.findShardForByte(e);
		if (o === -1) throw new Error(`Could not find start shard for byte ${e}`);
		let n = r - e, s = new ArrayBuffer(n), i = new Uint8Array(s), a = 0;
		for (let c = o; c < this.shards.length; c++) {
			let l = this.shards[c], u = e + a - l.start, p = a, b = Math.min(r, l.end) - l.start, k = new Uint8Array(l.buffer, u, b - u);
			if (i.set(k, p), a += k.length, r < l.end) break;
		}
		return s;
	}
	findShardForByte(e) {
		if (this.shards.length === 0 || e < 0 || e >= this.byteLength) return -1;
		if (this.bufferUniformSize != null) return this.previousShardIndex = Math.floor(e / this.bufferUniformSize), this.previousShardIndex;
		function r(n) {
			return e < n.start ? -1 : e >= n.end ? 1 : 0;
		}
		if (r(this.shards[this.previousShardIndex]) === 0) return this.previousShardIndex;
		let o = Wl(this.shards, r);
		return o === -1 ? -1 : (this.previousShardIndex = o, this.previousShardIndex);
	}
};
function Wl(t, e) {
	let r = 0, o = t.length;
	for (; r <= o;) {
		let n = Math.floor((o - r) / 2) + r, s = e(t[n]);
		if (s === 0) return n;
		s < 0 ? o = n : r = n + 1;
	}
	return -1;
}
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
*/ var jr = typeof Buffer < "u" && (typeof Blob > "u" || typeof atob > "u" || typeof btoa > "u");
function zi(t) {
	return jr ? Buffer.byteLength(t, "utf8") : new Blob([t]).size;
}
function Ui(t) {
	if (jr) return Buffer.from(t).toString("base64");
	let e = new Uint8Array(t), r = "";
	for (let o = 0, n = e.length; o < n; o++) r += String.fromCharCode(e[o]);
	return btoa(r);
}
function qi(t) {
	if (jr) {
		let o = Buffer.from(t, "base64");
		return o.buffer.slice(o.byteOffset, o.byteOffset + o.byteLength);
	}
	let e = atob(t), r = new Uint8Array(e.length);
	for (let o = 0; o < e.length; ++o) r.set([e.charCodeAt(o)], o);
	return r.buffer;
}
function fr(t, e) {
	let r = {
		modelTopology: t.modelTopology,
		format: t.format,
		generatedBy: t.generatedBy,
		convertedBy: t.convertedBy,
		weightsManifest: e
	};
	return t.signature != null && (r.signature = t.signature), t.userDefinedMetadata != null && (r.userDefinedMetadata = t.userDefinedMetadata), t.modelInitializer != null && (r.modelInitializer = t.modelInitializer), t.initializerSignature != null && (r.initializerSignature = t.initializerSignature), t.trainingConfig != null && (r.trainingConfig = t.trainingConfig), r;
}
function Wi(t, e, r) {
	let o = {
		modelTopology: t.modelTopology,
		format: t.format,
		generatedBy: t.generatedBy,
		convertedBy: t.convertedBy
	};
	if (t.trainingConfig != null && (o.trainingConfig = t.trainingConfig), t.weightsManifest != null) {
		if (!e) throw new Error("modelJSON has weightsManifest but weightSpecs is null");
		if (!r) throw new Error("modelJSON has weightsManifest but weightData is null");
		o.weightSpecs = e, o.weightData = r;
	}
	return t.signature != null && (o.signature = t.signature), t.userDefinedMetadata != null && (o.userDefinedMetadata = t.userDefinedMetadata), t.modelInitializer != null && (o.modelInitializer = t.modelInitializer), t.initializerSignature != null && (o.initializerSignature = t.initializerSignature), o;
}
async function mr(t, e) {
	let r, o;
	return t.weightsManifest != null && ([r, o] = await e(t.weightsManifest)), Wi(t, r, o);
}
function ft(t) {
	if (t.modelTopology instanceof ArrayBuffer) throw new Error("Expected JSON model topology, received ArrayBuffer.");
	return {
		dateSaved: /* @__PURE__ */ new Date(),
		modelTopologyType: "JSON",
		modelTopologyBytes: t.modelTopology == null ? 0 : zi(JSON.stringify(t.modelTopology)),
		weightSpecsBytes: t.weightSpecs == null ? 0 : zi(JSON.stringify(t.weightSpecs)),
		weightDataBytes: t.weightData == null ? 0 : new Y(t.weightData).byteLength
	};
}
function hr(t) {
	let e = [];
	for (let r of t) e.push(...r.weights);
	return e;
}
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
*/ var Q = class t {
	constructor() {
		this.saveRouters = [], this.loadRouters = [];
	}
	static getInstance() {
		return t.instance ??= new t(), t.instance;
	}
	static registerSaveRouter(e) {
		t.getInstance().saveRouters.push(e);
	}
	static registerLoadRouter(e) {
		t.getInstance().loadRouters.push(e);
	}
	static getSaveHandlers(e) {
		return t.getHandlers(e, "save");
	}
	static getLoadHandlers(e, r) {
		return t.getHandlers(e, "load", r);
	}
	static getHandlers(e, r, o) {
		let n = [];
		return (r === "load" ? t.getInstance().loadRouters : t.getInstance().saveRouters).forEach((i) => {
			let a = i(e, o);
			a !== null && n.push(a);
		}), n;
	}
};
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
*/ var Vl = "tensorflowjs";
var Hl = 1;
var ne = "models_store";
var dr = "model_info_store";
function jl() {
	if (!I().getBool("IS_BROWSER")) throw new Error("Failed to obtain IndexedDB factory because the current environmentis not a web browser.");
	let t = typeof window > "u" ? self : window, e = t.indexedDB || t.mozIndexedDB || t.webkitIndexedDB || t.msIndexedDB || t.shimIndexedDB;
	if (e == null) throw new Error("The current browser does not appear to support IndexedDB.");
	return e;
}
function Xl(t) {
	let e = t.result;
	e.createObjectStore(ne, { keyPath: "modelPath" }), e.createObjectStore(dr, { keyPath: "modelPath" });
}
var Rt = class {
	constructor(e) {
		if (this.indexedDB = jl(), e == null || !e) throw new Error("For IndexedDB, modelPath must not be null, undefined or empty.");
		this.modelPath = e;
	}
	async save(e) {
		if (e.modelTopology instanceof ArrayBuffer) throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");
		return this.databaseAction(this.modelPath, e);
	}
	async load() {
		return this.databaseAction(this.modelPath);
	}
	databaseAction(e, r) {
		return new Promise((o, n) => {
			let s = this.indexedDB.open(Vl, Hl);
			s.onupgradeneeded = () => Xl(s), s.onsuccess = () => {
				let i = s.result;
				if (r == null) {
					let a = i.transaction(ne, "readonly"), l = a.objectStore(ne).get(this.modelPath);
					l.onsuccess = () => {
						if (l.result == null) return i.close(), n(/* @__PURE__ */ new Error(`Cannot find model with path '${this.modelPath}' in IndexedDB.`));
						o(l.result.modelArtifacts);
					}, l.onerror = (m) => (i.close(), n(l.error)), a.oncomplete = () => i.close();
				} else {
					r.weightData = Y.join(r.weightData);
					let a = ft(r), c = i.transaction(dr, "readwrite"), l = c.objectStore(dr), m;
					try {
						m = l.put({
							modelPath: this.modelPath,
							modelArtifactsInfo: a
						});
					} catch (p) {
						return n(p);
					}
					let u;
					m.onsuccess = () => {
						u = i.transaction(ne, "readwrite");
						let p = u.objectStore(ne), x;
						try {
							x = p.put({
								modelPath: this.modelPath,
								modelArtifacts: r,
								modelArtifactsInfo: a
							});
						} catch (b) {
							return n(b);
						}
						x.onsuccess = () => o({ modelArtifactsInfo: a }), x.onerror = (b) => {
							l = c.objectStore(dr);
							let k = l.delete(this.modelPath);
							k.onsuccess = () => (i.close(), n(x.error)), k.onerror = (T) => (i.close(), n(x.error));
						};
					}, m.onerror = (p) => (i.close(), n(m.error)), c.oncomplete = () => {
						u == null ? i.close() : u.oncomplete = () => i.close();
					};
				}
			}, s.onerror = (i) => n(s.error);
		});
	}
};
Rt.URL_SCHEME = "indexeddb://";
var Ki = (t) => I().getBool("IS_BROWSER") && !Array.isArray(t) && t.startsWith(Rt.URL_SCHEME) ? Jl(t.slice(Rt.URL_SCHEME.length)) : null;
Q.registerSaveRouter(Ki);
Q.registerLoadRouter(Ki);
function Jl(t) {
	return new Rt(t);
}
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
*/ var se = "/";
var ie = "tensorflowjs_models";
var Zl = "info";
var Yl = "model_topology";
var Ql = "weight_specs";
var tp = "weight_data";
var ep = "model_metadata";
function rp(t) {
	return {
		info: [
			ie,
			t,
			Zl
		].join(se),
		topology: [
			ie,
			t,
			Yl
		].join(se),
		weightSpecs: [
			ie,
			t,
			Ql
		].join(se),
		weightData: [
			ie,
			t,
			tp
		].join(se),
		modelMetadata: [
			ie,
			t,
			ep
		].join(se)
	};
}
function op(t) {
	for (let e of Object.values(t)) window.localStorage.removeItem(e);
}
var _t = class {
	constructor(e) {
		if (!I().getBool("IS_BROWSER") || typeof window > "u" || typeof window.localStorage > "u") throw new Error("The current environment does not support local storage.");
		if (this.LS = window.localStorage, e == null || !e) throw new Error("For local storage, modelPath must not be null, undefined or empty.");
		this.modelPath = e, this.keys = rp(this.modelPath);
	}
	async save(e) {
		if (e.modelTopology instanceof ArrayBuffer) throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");
		{
			let r = JSON.stringify(e.modelTopology), o = JSON.stringify(e.weightSpecs), n = ft(e), s = Y.join(e.weightData);
			try {
				this.LS.setItem(this.keys.info, JSON.stringify(n)), this.LS.setItem(this.keys.topology, r), this.LS.setItem(this.keys.weightSpecs, o), this.LS.setItem(this.keys.weightData, Ui(s));
				let i = {
					format: e.format,
					generatedBy: e.generatedBy,
					convertedBy: e.convertedBy,
					signature: e.signature != null ? e.signature : void 0,
					userDefinedMetadata: e.userDefinedMetadata != null ? e.userDefinedMetadata : void 0,
					modelInitializer: e.modelInitializer != null ? e.modelInitializer : void 0,
					initializerSignature: e.initializerSignature != null ? e.initializerSignature : void 0,
					trainingConfig: e.trainingConfig != null ? e.trainingConfig : void 0
				};
				return this.LS.setItem(this.keys.modelMetadata, JSON.stringify(i)), { modelArtifactsInfo: n };
			} catch {
				throw op(this.keys), /* @__PURE__ */ new Error(`Failed to save model '${this.modelPath}' to local storage: size quota being exceeded is a possible cause of this failure: modelTopologyBytes=${n.modelTopologyBytes}, weightSpecsBytes=${n.weightSpecsBytes}, weightDataBytes=${n.weightDataBytes}.`);
			}
		}
	}
	async load() {
		let e = JSON.parse(this.LS.getItem(this.keys.info));
		if (e == null) throw new Error(`In local storage, there is no model with name '${this.modelPath}'`);
		if (e.modelTopologyType !== "JSON") throw new Error("BrowserLocalStorage does not support loading non-JSON model topology yet.");
		let r = {}, o = JSON.parse(this.LS.getItem(this.keys.topology));
		if (o == null) throw new Error(`In local storage, the topology of model '${this.modelPath}' is missing.`);
		r.modelTopology = o;
		let n = JSON.parse(this.LS.getItem(this.keys.weightSpecs));
		if (n == null) throw new Error(`In local storage, the weight specs of model '${this.modelPath}' are missing.`);
		r.weightSpecs = n;
		let s = this.LS.getItem(this.keys.modelMetadata);
		if (s != null) {
			let a = JSON.parse(s);
			r.format = a.format, r.generatedBy = a.generatedBy, r.convertedBy = a.convertedBy, a.signature != null && (r.signature = a.signature), a.userDefinedMetadata != null && (r.userDefinedMetadata = a.userDefinedMetadata), a.modelInitializer != null && (r.modelInitializer = a.modelInitializer), a.initializerSignature != null && (r.initializerSignature = a.initializerSignature), a.trainingConfig != null && (r.trainingConfig = a.trainingConfig);
		}
		let i = this.LS.getItem(this.keys.weightData);
		if (i == null) throw new Error(`In local storage, the binary weight values of model '${this.modelPath}' are missing.`);
		return r.weightData = qi(i), r;
	}
};
_t.URL_SCHEME = "localstorage://";
var Vi = (t) => I().getBool("IS_BROWSER") && !Array.isArray(t) && t.startsWith(_t.URL_SCHEME) ? np(t.slice(_t.URL_SCHEME.length)) : null;
Q.registerSaveRouter(Vi);
Q.registerLoadRouter(Vi);
function np(t) {
	return new _t(t);
}
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
*/ var sp = "model";
var ip = ".json";
var ap = ".weights.bin";
function Hi(t) {
	return new Promise((e) => setTimeout(e)).then(t);
}
var Pt = class t {
	constructor(e) {
		if (!I().getBool("IS_BROWSER")) throw new Error("browserDownloads() cannot proceed because the current environment is not a browser.");
		e.startsWith(t.URL_SCHEME) && (e = e.slice(t.URL_SCHEME.length)), (e == null || e.length === 0) && (e = sp), this.modelJsonFileName = e + ip, this.weightDataFileName = e + ap;
	}
	async save(e) {
		if (typeof document > "u") throw new Error("Browser downloads are not supported in this environment since `document` is not present");
		let r = Y.join(e.weightData), o = window.URL.createObjectURL(new Blob([r], { type: "application/octet-stream" }));
		if (e.modelTopology instanceof ArrayBuffer) throw new Error("BrowserDownloads.save() does not support saving model topology in binary formats yet.");
		{
			let s = fr(e, [{
				paths: ["./" + this.weightDataFileName],
				weights: e.weightSpecs
			}]), i = window.URL.createObjectURL(new Blob([JSON.stringify(s)], { type: "application/json" })), a = this.modelJsonAnchor == null ? document.createElement("a") : this.modelJsonAnchor;
			if (a.download = this.modelJsonFileName, a.href = i, await Hi(() => a.dispatchEvent(new MouseEvent("click"))), e.weightData != null) {
				let c = this.weightDataAnchor == null ? document.createElement("a") : this.weightDataAnchor;
				c.download = this.weightDataFileName, c.href = o, await Hi(() => c.dispatchEvent(new MouseEvent("click")));
			}
			return { modelArtifactsInfo: ft(e) };
		}
	}
};
Pt.URL_SCHEME = "downloads://";
var cp = (t) => I().getBool("IS_BROWSER") && !Array.isArray(t) && t.startsWith(Pt.URL_SCHEME) ? lp(t.slice(Pt.URL_SCHEME.length)) : null;
Q.registerSaveRouter(cp);
function lp(t = "model") {
	return new Pt(t);
}
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
*/ function Xr(t, e, r, o) {
	i(t), r = r ?? 0, o = o ?? 1, a(r, o);
	let n = 0, s = (c) => (c.then((l) => {
		return e(r + ++n / t.length * (o - r)), l;
	}), c);
	function i(c) {
		g(c != null && Array.isArray(c) && c.length > 0, () => "promises must be a none empty array");
	}
	function a(c, l) {
		g(c >= 0 && c <= 1, () => `Progress fraction must be in range [0, 1], but got startFraction ${c}`), g(l >= 0 && l <= 1, () => `Progress fraction must be in range [0, 1], but got endFraction ${l}`), g(l >= c, () => `startFraction must be no more than endFraction, but got startFraction ${c} and endFraction ${l}`);
	}
	return Promise.all(t.map(s));
}
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
*/ async function ji(t, e) {
	e ??= {};
	let r = e.fetchFunc == null ? I().platform.fetch : e.fetchFunc, o = t.map((u) => r(u, e.requestInit, { isBinary: !0 })), a = (e.onProgress == null ? await Promise.all(o) : await Xr(o, e.onProgress, 0, .5)).map((u) => u.arrayBuffer());
	return e.onProgress == null ? await Promise.all(a) : await Xr(a, e.onProgress, .5, 1);
}
function Xi(t, e) {
	var r;
	let o = e.fetchFunc == null ? I().platform.fetch : e.fetchFunc, n = 0, s;
	return (r = e.onProgress) === null || r === void 0 || r.call(e, 0), new ReadableStream({ pull: async (i) => {
		for (var a; n < t.length;) {
			s || (s = (await o(t[n], e.requestInit, { isBinary: !0 })).body.getReader());
			let { done: c, value: l } = await s.read();
			if (c) {
				n++, s = void 0, (a = e.onProgress) === null || a === void 0 || a.call(e, n / t.length);
				continue;
			}
			i.enqueue(l);
			return;
		}
		i.close();
	} });
}
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
*/ var up = "application/octet-stream";
var fp = "application/json";
var ae = class {
	constructor(e, r) {
		if (this.DEFAULT_METHOD = "POST", r ??= {}, this.weightPathPrefix = r.weightPathPrefix, this.weightUrlConverter = r.weightUrlConverter, r.fetchFunc != null ? (g(typeof r.fetchFunc == "function", () => "Must pass a function that matches the signature of `fetch` (see https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API)"), this.fetch = r.fetchFunc) : this.fetch = I().platform.fetch, g(e != null && e.length > 0, () => "URL path for http must not be null, undefined or empty."), Array.isArray(e) && g(e.length === 2, () => `URL paths for http must have a length of 2, (actual length is ${e.length}).`), this.path = e, r.requestInit != null && r.requestInit.body != null) throw new Error("requestInit is expected to have no pre-existing body, but has one.");
		this.requestInit = r.requestInit || {}, this.loadOptions = r;
	}
	async save(e) {
		if (e.modelTopology instanceof ArrayBuffer) throw new Error("BrowserHTTPRequest.save() does not support saving model topology in binary formats yet.");
		let r = Object.assign({ method: this.DEFAULT_METHOD }, this.requestInit);
		r.body = new FormData();
		let n = fr(e, [{
			paths: ["./model.weights.bin"],
			weights: e.weightSpecs
		}]);
		if (r.body.append("model.json", new Blob([JSON.stringify(n)], { type: fp }), "model.json"), e.weightData != null) {
			let i = Y.join(e.weightData);
			r.body.append("model.weights.bin", new Blob([i], { type: up }), "model.weights.bin");
		}
		let s = await this.fetch(this.path, r);
		if (s.ok) return {
			modelArtifactsInfo: ft(e),
			responses: [s]
		};
		throw new Error(`BrowserHTTPRequest.save() failed due to HTTP response status ${s.status}.`);
	}
	async loadModelJSON() {
		let e = await this.fetch(this.path, this.requestInit);
		if (!e.ok) throw new Error(`Request to ${this.path} failed with status code ${e.status}. Please verify this URL points to the model JSON of the model to load.`);
		let r;
		try {
			r = await e.json();
		} catch {
			let i = `Failed to parse model JSON of response from ${this.path}.`;
			throw this.path.endsWith(".pb") ? i += " Your path contains a .pb file extension. Support for .pb models have been removed in TensorFlow.js 1.0 in favor of .json models. You can re-convert your Python TensorFlow model using the TensorFlow.js 1.0 conversion scripts or you can convert your.pb models with the 'pb2json'NPM script in the tensorflow/tfjs-converter repository." : i += " Please make sure the server is serving valid JSON for this request.", new Error(i);
		}
		let o = r.modelTopology, n = r.weightsManifest;
		if (o == null && n == null) throw new Error(`The JSON from HTTP path ${this.path} contains neither model topology or manifest for weights.`);
		return r;
	}
	async load() {
		if (this.loadOptions.streamWeights) return this.loadStream();
		return mr(await this.loadModelJSON(), (r) => this.loadWeights(r));
	}
	async loadStream() {
		let e = await this.loadModelJSON(), r = await this.getWeightUrls(e.weightsManifest), o = hr(e.weightsManifest), n = () => Xi(r, this.loadOptions);
		return Object.assign(Object.assign({}, e), {
			weightSpecs: o,
			getWeightStream: n
		});
	}
	async getWeightUrls(e) {
		let [o, n] = mp(Array.isArray(this.path) ? this.path[1] : this.path), s = this.weightPathPrefix || o, i = [], a = [];
		for (let c of e) for (let l of c.paths) this.weightUrlConverter != null ? a.push(this.weightUrlConverter(l)) : i.push(s + l + n);
		return this.weightUrlConverter && i.push(...await Promise.all(a)), i;
	}
	async loadWeights(e) {
		let r = await this.getWeightUrls(e);
		return [hr(e), await ji(r, this.loadOptions)];
	}
};
ae.URL_SCHEME_REGEX = /^https?:\/\//;
function mp(t) {
	let e = t.lastIndexOf("/"), r = t.lastIndexOf("?"), o = t.substring(0, e), n = r > e ? t.substring(r) : "";
	return [o + "/", n];
}
function Jr(t) {
	return t.match(ae.URL_SCHEME_REGEX) != null;
}
var Ji = (t, e) => {
	if (typeof fetch > "u" && (e == null || e.fetchFunc == null)) return null;
	{
		let r = !0;
		if (Array.isArray(t) ? r = t.every((o) => Jr(o)) : r = Jr(t), r) return Zi(t, e);
	}
	return null;
};
Q.registerSaveRouter(Ji);
Q.registerLoadRouter(Ji);
function Zi(t, e) {
	return new ae(t, e);
}
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
*/ function dp(t, e) {
	let r = t.shape.length, o = e.shape.length;
	if (r < 1) throw new Error(`tf.gatherND() expects the input to be rank 1 or higher, but the rank was ${r}.`);
	if (o < 1) throw new Error(`tf.gatherND() expects the indices to be rank 1 or higher, but the rank was ${o}.`);
	if (e.dtype !== "int32") throw new Error(`tf.gatherND() expects the indices to be int32 type, but the dtype was ${e.dtype}.`);
	if (e.shape[o - 1] > r) throw new Error(`index innermost dimension length must be <= tensor rank; saw: ${e.shape[o - 1]} vs. ${r}`);
	if (_(t.shape) === 0) throw new Error(`Requested more than 0 entries, but input is empty. Input shape: ${t.shape}.`);
	let n = e.shape, s = n[n.length - 1], i = 1;
	for (let u = 0; u < n.length - 1; ++u) i *= n[u];
	let a = t.shape, c = n.slice();
	c.pop();
	let l = 1;
	for (let u = s; u < r; ++u) l *= a[u], c.push(a[u]);
	let m = [...ht(t.shape).map((u) => u / l), 1].slice(0, s);
	return [
		c,
		i,
		l,
		m
	];
}
function Yi(t, e, r) {
	let o = e.rank > 1 ? e.shape[e.rank - 1] : 1, n = e.rank > 1 ? e.rank - 1 : 1, s = `Must have updates.shape = indices.shape[:batchDim] + shape[sliceDim:], got updates.shape: ${r.shape}, indices.shape: ${e.shape}, shape: ${t}, sliceDim: ${o}, and batchDim: ${n}.`;
	if (r.rank < n) throw new Error(s + ` update.rank < ${n}. `);
	if (t.length < o + (r.rank - n)) throw new Error(s + ` Output shape length < ${o + (r.rank - n)}`);
	if (r.rank !== n + t.length - o) throw new Error(s + ` update.rank != ${n + t.length - o}`);
	for (let i = 0; i < n; ++i) if (r.shape[i] !== e.shape[i]) throw new Error(s + ` updates.shape[${i}] (${r.shape[i]}) != indices.shape[${i}] (${e.shape[i]}).`);
	for (let i = 0; i < r.rank - n; ++i) if (r.shape[i + n] !== t[i + o]) throw new Error(s + ` updates.shape[${i + n}] (${r.shape[i + n]}) != shape[${i + n}] (${t[i + n]})`);
}
function gp(t, e, r) {
	if (e.rank < 1) throw new Error(`tf.scatterND() expects the indices to be rank 1 or higher, but the rank was ${e.rank}.`);
	if (t.rank < 1) throw new Error(`tf.scatterND() expects the updates to be rank 1 or higher, but the rank was ${t.rank}.`);
	if (e.dtype !== "int32") throw new Error(`The dtype of 'indices' should be int32, but got dtype: ${e.dtype}`);
	if (r.length < 1) throw new Error(`Output rank must be greater or equal to 1, but got shape: ${r}`);
	if (r.length === 0) {
		if (e.size === 0) throw new Error(`Indices specified for empty output. indices shape: ${e.shape}`);
		if (t.size === 0) throw new Error(`Updates specified for empty output. updates shape: ${t.shape}`);
	}
	Yi(r, e, t);
}
function xp(t, e, r) {
	let o = e.shape.length, n = o > 1 ? e.shape[o - 1] : 1, s = r.length, i = 1;
	for (let u = n; u < s; ++u) i *= r[u];
	let a = n < 1 ? 1 : n, c = _(e.shape) / a, l = [...ht(r.slice(0, n)), 1], m = _(r);
	return {
		sliceRank: n,
		numUpdates: c,
		sliceSize: i,
		strides: l,
		outputSize: m
	};
}
var Qr = {};
kr(Qr, {
	assertParamsValid: () => yp,
	computeFlatOffset: () => Tp,
	computeOutShape: () => Sp,
	getNormalizedAxes: () => kp,
	isSliceContinous: () => Ep,
	maskToAxes: () => bp,
	parseSliceParams: () => Yr,
	sliceInfo: () => vp,
	startForAxis: () => ia,
	startIndicesWithElidedDims: () => oa,
	stopForAxis: () => aa,
	stopIndicesWithElidedDims: () => na,
	stridesForAxis: () => sa,
	stridesWithElidedDims: () => ta
});
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
*/ var Zr = -2;
var wp = -1;
function yp(t, e, r) {
	let o = t.shape.length;
	g(o === e.length, () => `Error in slice${o}D: Length of begin ${e} must match the rank of the array (${o}).`), g(o === r.length, () => `Error in slice${o}D: Length of size ${r} must match the rank of the array (${o}).`);
	for (let n = 0; n < o; ++n) g(e[n] + r[n] <= t.shape[n], () => `Error in slice${o}D: begin[${n}] + size[${n}] (${e[n] + r[n]}) would overflow input.shape[${n}] (${t.shape[n]})`);
}
function bp(t) {
	let e = [], r = 0;
	for (; t > 0;) t & 1 && e.push(r), t /= 2, r++;
	return e;
}
function Sp(t, e, r) {
	let o = [];
	for (let n = 0; n < t.length; n++) o[n] = Math.ceil((e[n] - t[n]) / r[n]);
	return o;
}
function ta(t, e, r, o) {
	let n = [...t];
	for (let s = n.length; s < o.length; s++) n.push(1);
	for (let s = 0; s < r; s++) s === 0 ? n[e] = 1 : (n.splice(e, 0, 1), n.pop());
	return n;
}
function ea(t, e, r) {
	return r <= t ? r : r - (e - 1);
}
function ra(t, e) {
	let r = [];
	for (let o = 0; o < t; o++) r.push(e + o);
	return r;
}
function kp(t, e, r, o, n, s, i, a, c) {
	let l = t.length, m = new Array(l), u = new Array(l), p = new Array(l);
	if (e.length && r > 0) {
		let x = e[0], b = r + 1;
		m = oa(i, x, b, o, t), u = na(a, x, b, n, t), p = ta(s, x, b, t);
	} else for (let x = 0; x < l; x++) m[x] = ia(i, o, s, t, x, c), u[x] = aa(a, n, s, t, x, c), p[x] = sa(s, x, c);
	return {
		begin: m,
		end: u,
		strides: p
	};
}
function oa(t, e, r, o, n) {
	let s = [...n], i = ra(r, e);
	for (let a = 0; a < s.length; a++) if (i.indexOf(a) > -1) s[a] = 0;
	else {
		let c = ea(e, r, a), l = o[c];
		t & 1 << c && (l = 0), s[a] = l;
	}
	return s;
}
function na(t, e, r, o, n) {
	let s = [...n], i = ra(r, e);
	for (let a = 0; a < s.length; a++) if (i.indexOf(a) > -1) s[a] = Number.MAX_SAFE_INTEGER;
	else {
		let c = ea(e, r, a), l = o[c];
		t & 1 << c && (l = Number.MAX_SAFE_INTEGER), s[a] = l;
	}
	for (let a = 0; a < s.length; a++) {
		let c = n[a];
		s[a] < 0 && (s[a] += c), s[a] = Lt(0, s[a], n[a]);
	}
	return s;
}
function sa(t, e, r) {
	let o = t[e];
	return (r & 1 << e || o == null) && (o = 1), o;
}
function ia(t, e, r, o, n, s) {
	let i = e[n], a = r[n] || 1;
	(t & 1 << n || s & 1 << n || i == null) && (a > 0 ? i = Number.MIN_SAFE_INTEGER : i = Number.MAX_SAFE_INTEGER);
	let c = o[n];
	return i < 0 && (i += c), i = Lt(0, i, c - 1), i;
}
function aa(t, e, r, o, n, s) {
	let i = e[n], a = r[n] || 1;
	(t & 1 << n || s & 1 << n || i == null) && (a > 0 ? i = Number.MAX_SAFE_INTEGER : i = Number.MIN_SAFE_INTEGER);
	let c = o[n];
	return i < 0 && (i += c), a > 0 ? i = Lt(0, i, c) : i = Lt(-1, i, c - 1), i;
}
function Ep(t, e, r) {
	let o = r.length;
	for (let n = 0; n < r.length; n++) if (r[n] > 1) {
		o = n;
		break;
	}
	for (let n = o + 1; n < r.length; n++) if (e[n] > 0 || r[n] !== t[n]) return !1;
	return !0;
}
function Tp(t, e) {
	let r = t.length > 0 ? t[t.length - 1] : 1;
	for (let o = 0; o < t.length - 1; o++) r += t[o] * e[o];
	return r;
}
function Yr(t, e, r) {
	let o, n = t.shape.length;
	typeof e == "number" ? o = [e, ...new Array(n - 1).fill(0)] : e.length < n ? o = e.concat(new Array(n - e.length).fill(0)) : o = e.slice(), o.forEach((i) => {
		g(i !== -1, () => "slice() does not support negative begin indexing.");
	});
	let s;
	return r == null ? s = new Array(n).fill(-1) : typeof r == "number" ? s = [r, ...new Array(n - 1).fill(-1)] : r.length < n ? s = r.concat(new Array(n - r.length).fill(-1)) : s = r, s = s.map((i, a) => i >= 0 ? i : (g(i === -1, () => `Negative size values should be exactly -1 but got ${i} for the slice() size at index ${a}.`), t.shape[a] - o[a])), [o, s];
}
function vp(t, e, r, o, n, s, i, a, c) {
	let l;
	if (o == null ? (l = new Array(e.length), l.fill(1)) : l = o, i != null && (i & i - 1) !== 0) throw new Error("Multiple ellipses in slice is not allowed.");
	let m = !1, u = {
		dims: l.length,
		numAddAxisAfterEllipsis: 0,
		begin: e.slice(),
		end: r.slice(),
		strides: l.slice(),
		beginMask: n,
		endMask: s,
		ellipsisMask: i,
		newAxisMask: a,
		shrinkAxisMask: c
	};
	for (let S = 0; S < u.dims; S++) m && 1 << S & a && u.numAddAxisAfterEllipsis++, 1 << S & i && (m = !0);
	m || (u.ellipsisMask |= 1 << u.dims, u.dims++);
	let p = {
		dims: t.length,
		beginMask: 0,
		endMask: 0,
		beginValid: !1,
		endValid: !1
	};
	Ip(u, p);
	let x = !0, b = !0, k = !0, T = [], N = [];
	for (let S = 0; S < t.length; ++S) {
		if (p.strides[S] === 0) throw Error(`strides[${S}] must be non-zero`);
		let v = !!(p.shrinkAxisMask & 1 << S), M = t[S];
		if (M === -1) {
			T.push(v ? 1 : -1);
			continue;
		}
		let j = [p.beginMask & 1 << S, p.endMask & 1 << S], X = [p.strides[S] > 0 ? 0 : -1, p.strides[S] > 0 ? M : M - 1];
		if (v && p.strides[S] <= 0) throw Error("only stride 1 allowed on non-range indexing.");
		k = k && p.strides[S] === 1;
		let et = !!(p.beginMask & 1 << S && p.endMask & 1 << S);
		if (p.beginValid && p.endValid) {
			if (v) {
				let wt = p.begin[S] < 0 ? M + p.begin[S] : p.begin[S];
				if (p.begin[S] = wt, p.end[S] = p.begin[S] + 1, wt < 0 || wt >= M) throw Error(`slice index ${p.begin[S]} of dimension ${S} out of bounds.`);
			} else p.begin[S] = Qi(p.begin[S], 0, p.strides[S], M, j, X), p.end[S] = Qi(p.end[S], 1, p.strides[S], M, j, X);
			let rt = p.strides[S] === 1 && p.begin[S] === 0 && p.end[S] === M;
			x = x && rt, b = b && (S === 0 && p.strides[S] === 1 || rt);
		} else x = x && p.strides[S] === 1 && et, b = b && (S === 0 && p.strides[S] === 1 || et);
		let z, mt = !1;
		if (p.beginValid && p.endValid ? (z = p.end[S] - p.begin[S], mt = !0) : v ? (z = 1, mt = !0) : et && M >= 0 && (p.strides[S] < 0 ? z = -M : z = M, mt = !0), mt) {
			let rt;
			z === 0 || z < 0 != p.strides[S] < 0 ? rt = 0 : rt = Math.trunc(z / p.strides[S]) + (z % p.strides[S] !== 0 ? 1 : 0), T.push(rt);
		} else T.push(-1);
	}
	for (let S = 0; S < p.finalShapeGatherIndices.length; ++S) {
		let v = p.finalShapeGatherIndices[S];
		v >= 0 ? N.push(T[v]) : v === Zr && N.push(1);
	}
	return {
		finalShapeSparse: N.filter((S, v) => p.finalShapeGatherIndices[v] !== Zr),
		finalShape: N,
		isIdentity: x,
		sliceDim0: b,
		isSimpleSlice: k,
		begin: p.begin,
		end: p.end,
		strides: p.strides
	};
}
function Ip(t, e) {
	e.beginMask = 0, e.endMask = 0, e.shrinkAxisMask = 0;
	let r = 0;
	e.beginValid = t.begin != null, e.endValid = t.end != null, e.begin = new Array(e.dims), e.end = new Array(e.dims), e.strides = new Array(e.dims), e.finalShapeGatherIndices = [], e.finalShapeGatherIndicesSparse = [], e.inputShapeGatherIndicesSparse = new Array(e.dims);
	for (let o = 0; o < t.dims; o++) if (1 << o & t.ellipsisMask) {
		let n = Math.min(e.dims - (t.dims - o) + 1 + t.numAddAxisAfterEllipsis, e.dims);
		for (; r < n; r++) e.begin[r] = 0, e.end[r] = 0, e.strides[r] = 1, e.beginMask |= 1 << r, e.endMask |= 1 << r, e.finalShapeGatherIndices.push(r), e.finalShapeGatherIndicesSparse.push(-1), e.inputShapeGatherIndicesSparse[r] = o;
	} else if (1 << o & t.newAxisMask) e.finalShapeGatherIndices.push(Zr), e.finalShapeGatherIndicesSparse.push(-1);
	else {
		if (r === e.begin.length) throw Error(`Index out of range using input dim ${r}; input has only ${e.dims} dims, ${e.begin.length}.`);
		t.begin != null && (e.begin[r] = t.begin[o]), t.end != null && (e.end[r] = t.end[o]), e.strides[r] = t.strides[o], t.beginMask & 1 << o && (e.beginMask |= 1 << r), t.endMask & 1 << o && (e.endMask |= 1 << r), t.shrinkAxisMask & 1 << o ? (e.finalShapeGatherIndices.push(wp), e.finalShapeGatherIndicesSparse.push(-1), e.shrinkAxisMask |= 1 << r) : (e.finalShapeGatherIndices.push(r), e.finalShapeGatherIndicesSparse.push(o)), e.inputShapeGatherIndicesSparse[r] = o, r++;
	}
}
function Qi(t, e, r, o, n, s) {
	if (n[e]) return r > 0 ? s[e] : s[e + 1 & 1];
	{
		let i = t < 0 ? o + t : t;
		return i < s[0] ? s[0] : i > s[1] ? s[1] : i;
	}
}
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
*/ function Ap(t, e = 0) {
	g(t.length >= 1, () => "Pass at least one tensor to concat");
	let r = er(t, "tensors", "concat", "string_or_numeric");
	if (r[0].dtype === "complex64" && r.forEach((s) => {
		if (s.dtype !== "complex64") throw new Error(`Cannot concatenate complex64 tensors with a tensor
          with dtype ${s.dtype}. `);
	}), r.length === 1) return sr(r[0]);
	let o = r, n = { axis: e };
	return f.runKernel(ue, o, n);
}
var ca = d({ concat_: Ap });
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
*/ function $p(t) {
	let r = { x: h(t, "x", "sigmoid", "float32") };
	return f.runKernel(Re, r);
}
var gr = d({ sigmoid_: $p });
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
*/ function Np(t, e, r) {
	let o = h(t, "x", "batchToSpaceND"), n = e.reduce((a, c) => a * c);
	g(o.rank >= 1 + e.length, () => `input rank is ${o.rank} but should be > than blockShape.length ${e.length}`), g(r.length === e.length, () => `crops.length is ${r.length} but should be equal to blockShape.length  ${e.length}`), g(o.shape[0] % n === 0, () => `input tensor batch is ${o.shape[0]} but is not divisible by the product of the elements of blockShape ${e.join(" * ")} === ${n}`);
	let s = { x: o }, i = {
		blockShape: e,
		crops: r
	};
	return f.runKernel(pe, s, i);
}
var la = d({ batchToSpaceND_: Np });
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
*/ function Dp(t) {
	let r = { x: h(t, "x", "cos", "float32") };
	return f.runKernel("Cos", r);
}
var xr = d({ cos_: Dp });
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
*/ function Gp(t) {
	let r = { x: h(t, "x", "cosh", "float32") };
	return f.runKernel(he, r);
}
var pa = d({ cosh_: Gp });
/**
* @license
* Copyright 2022 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the 'License');
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an 'AS IS' BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/ function Fp(t, e = 0, r = !1, o = !1) {
	let s = { x: h(t, "x", "cumprod") }, i = {
		axis: e,
		exclusive: r,
		reverse: o
	};
	return f.runKernel(Go, s, i);
}
var to = d({ cumprod_: Fp });
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
*/ function Cp(t) {
	let r = { x: h(t, "x", "elu", "float32") };
	return f.runKernel("Elu", r);
}
var ua = d({ elu_: Cp });
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
*/ function Mp(t, e = 0) {
	let r = h(t, "x", "expandDims", "string_or_numeric");
	g(e <= r.rank, () => "Axis must be <= rank of the tensor");
	let o = { input: r }, n = { dim: e };
	return f.runKernel(xe, o, n);
}
var fa = d({ expandDims_: Mp });
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
*/ function Bp(t, e, r = 0, o = 0) {
	let i = {
		x: h(t, "x", "gather"),
		indices: h(e, "indices", "gather", "int32")
	}, a = {
		axis: r,
		batchDims: o
	};
	return f.runKernel(be, i, a);
}
var ma = d({ gather_: Bp });
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
*/ function Rp(t, e = .2) {
	let o = { x: h(t, "x", "leakyRelu") }, n = { alpha: e };
	return f.runKernel(ke, o, n);
}
var ha = d({ leakyRelu_: Rp });
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
*/ function _p(t) {
	let r = { x: h(t, "x", "logicalNot", "bool") };
	return f.runKernel(Zo, r);
}
var da = d({ logicalNot_: _p });
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
*/ function Pp(t, e) {
	let r = h(t, "a", "maximum"), o = h(e, "b", "maximum");
	[r, o] = P(r, o), r.dtype === "bool" && (r = E(r, "int32"), o = E(o, "int32")), G(r.shape, o.shape);
	let n = {
		a: r,
		b: o
	};
	return f.runKernel(Ee, n);
}
var ga = d({ maximum_: Pp });
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
*/ function Lp(t, e, r = 0) {
	let o = h(t, "x", "pad");
	if (o.rank === 0) throw new Error("pad(scalar) is not defined. Pass non-scalar to pad");
	let n = {
		paddings: e,
		constantValue: r
	}, s = { x: o };
	return f.runKernel(Ie, s, n);
}
var xa = d({ pad_: Lp });
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
*/ function Op(t, e) {
	let n = {
		x: h(t, "x", "prelu"),
		alpha: h(e, "alpha", "prelu")
	};
	return f.runKernel(Ae, n);
}
var wa = d({ prelu_: Op });
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
*/ function zp(t) {
	let r = { x: h(t, "x", "relu") };
	return f.runKernel($e, r);
}
var ya = d({ relu_: zp });
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
*/ function Up(t) {
	let r = { x: h(t, "x", "relu6") };
	return f.runKernel(De, r);
}
var ba = d({ relu6_: Up });
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
*/ function qp(t, e) {
	let o = { x: h(t, "x", "reverse") }, n = { dims: e };
	return f.runKernel(Ge, o, n);
}
var Sa = d({ reverse_: qp });
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
*/ function Wp(t, e, r) {
	if (r == null || r === "linear") return t;
	if (r === "relu") return w(t, gt(e));
	throw new Error(`Cannot compute gradient for fused activation ${r}.`);
}
function Kp(t, e) {
	let r = e, o = C(t.shape, e.shape);
	return o.length > 0 && (r = $(r, o)), y(r, t.shape);
}
function Vp(t, e, r, o) {
	if (e === "linear") return t;
	if (e === "relu") return ya(t);
	if (e === "elu") return ua(t);
	if (e === "relu6") return ba(t);
	if (e === "prelu") return wa(t, r);
	if (e === "leakyrelu") return ha(t, o);
	if (e === "sigmoid") return gr(t);
	throw new Error(`Unknown fused activation ${e}.`);
}
var Hp = (t, e) => !(t > 0) || e === "linear";
var ce = {};
kr(ce, {
	ERF_A1: () => cu,
	ERF_A2: () => lu,
	ERF_A3: () => pu,
	ERF_A4: () => uu,
	ERF_A5: () => fu,
	ERF_P: () => au,
	PARALLELIZE_THRESHOLD: () => wr,
	RowPartitionType: () => at,
	SELU_SCALE: () => ro,
	SELU_SCALEALPHA: () => eo,
	applyActivation: () => Vp,
	assertAndGetBroadcastShape: () => G,
	assertAxesAreInnerMostDims: () => hl,
	assertParamsConsistent: () => jp,
	assignToTypedArray: () => wu,
	axesAreInnerMostDims: () => qr,
	calculateShapes: () => xp,
	checkEinsumDimSizes: () => Tu,
	checkPadOnDimRoundingMode: () => V,
	combineLocations: () => Bs,
	combineRaggedTensorToTensorShapes: () => Jp,
	complexWithEvenIndex: () => du,
	complexWithOddIndex: () => gu,
	computeConv2DInfo: () => zr,
	computeConv3DInfo: () => cs,
	computeDefaultPad: () => Ur,
	computeDilation2DInfo: () => zc,
	computeOptimalWindowSize: () => tu,
	computeOutAndReduceShapes: () => Wr,
	computeOutShape: () => Xp,
	computePool2DInfo: () => Uc,
	computePool3DInfo: () => qc,
	convertConv2DDataFormat: () => ls,
	decodeEinsumEquation: () => ku,
	eitherStridesOrDilationsAreOne: () => re,
	expandShapeToKeepDim: () => cr,
	exponent: () => bu,
	exponents: () => yu,
	fromStringArrayToUint8: () => Ku,
	fromUint8ToStringArray: () => Wu,
	getAxesPermutation: () => Kr,
	getBroadcastDims: () => Bc,
	getComplexWithIndex: () => xu,
	getEinsumComputePath: () => vu,
	getEinsumPermutation: () => Eu,
	getFusedBiasGradient: () => Kp,
	getFusedDyActivation: () => Wp,
	getImageCenter: () => eu,
	getInnerMostAxes: () => dl,
	getPermuted: () => ou,
	getRaggedRank: () => Yp,
	getReductionAxes: () => C,
	getReshaped: () => ru,
	getReshapedPermuted: () => nu,
	getRowPartitionTypesHelper: () => Zp,
	getSliceBeginCoords: () => su,
	getSliceSize: () => iu,
	getSparseFillEmptyRowsIndicesDenseShapeMismatch: () => Nu,
	getSparseFillEmptyRowsNegativeIndexErrorMessage: () => Du,
	getSparseFillEmptyRowsOutOfRangeIndexErrorMessage: () => Gu,
	getSparseReshapeEmptyTensorZeroOutputDimErrorMessage: () => Mu,
	getSparseReshapeInputOutputMismatchErrorMessage: () => Ru,
	getSparseReshapeInputOutputMultipleErrorMessage: () => Bu,
	getSparseReshapeMultipleNegativeOneOutputDimErrorMessage: () => Fu,
	getSparseReshapeNegativeOutputDimErrorMessage: () => Cu,
	getSparseSegmentReductionIndicesOutOfRangeErrorMessage: () => Ou,
	getSparseSegmentReductionNegativeSegmentIdsErrorMessage: () => _u,
	getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage: () => Pu,
	getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage: () => Lu,
	getUndoAxesPermutation: () => oe,
	isIdentityPermutation: () => Iu,
	log: () => uc,
	mergeRealAndImagArrays: () => mu,
	prepareAndValidate: () => dp,
	prepareSplitSize: () => $u,
	segment_util: () => no,
	shouldFuse: () => Hp,
	slice_util: () => Qr,
	splitRealAndImagArrays: () => hu,
	stridesOrDilationsArePositive: () => or,
	tupleValuesAreOne: () => lt,
	upcastType: () => Ze,
	validateDefaultValueShape: () => Qp,
	validateInput: () => gp,
	validateUpdateShape: () => Yi,
	warn: () => ct
});
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
*/ function jp(t, e) {
	let r = t[0].length;
	t.forEach((n, s) => {
		g(n.length === r, () => `Error in concat${r}D: rank of tensors[${s}] must be the same as the rank of the rest (${r})`);
	}), g(e >= 0 && e < r, () => `Error in concat${r}D: axis must be between 0 and ${r - 1}.`);
	let o = t[0];
	t.forEach((n, s) => {
		for (let i = 0; i < r; i++) g(i === e || n[i] === o[i], () => `Error in concat${r}D: Shape of tensors[${s}] (${n}) does not match the shape of the rest (${o}) along the non-concatenated axis ${s}.`);
	});
}
function Xp(t, e) {
	let r = t[0].slice();
	for (let o = 1; o < t.length; o++) r[e] += t[o][e];
	return r;
}
/**
* @license
* Copyright 2022 Google LLC. All Rights Reserved.
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
*/ var at;
(function(t) {
	t[t.FIRST_DIM_SIZE = 0] = "FIRST_DIM_SIZE", t[t.VALUE_ROWIDS = 1] = "VALUE_ROWIDS", t[t.ROW_LENGTHS = 2] = "ROW_LENGTHS", t[t.ROW_SPLITS = 3] = "ROW_SPLITS", t[t.ROW_LIMITS = 4] = "ROW_LIMITS", t[t.ROW_STARTS = 5] = "ROW_STARTS";
})(at || (at = {}));
function Jp(t, e, r) {
	let o = new Array();
	if (r == null && e == null) return o;
	if (e == null) for (; o.length < t + r.length;) o.push(-1);
	else o = e.slice();
	if (r == null) return o;
	if (t + r.length !== o.length) throw new Error(`rt input.shape and shape=${e} are incompatible: rt input.rank = ${t + r.length}, but shape.rank = ${o.length}`);
	for (let n = 1; n < r.length; ++n) {
		let s = r[n], i = o[o.length - r.length + n], a = o[i];
		if (s >= 0) if (a >= 0) {
			if (a !== s) throw new Error(`rt input.shape and shape=${e} are incompatible: rt input.shape[${n + t}] = ${s} but shape[${n + t}] = ${a}`);
		} else o[i] = s;
	}
	return o;
}
function Zp(t) {
	let e = {
		FIRST_DIM_SIZE: at.FIRST_DIM_SIZE,
		VALUE_ROWIDS: at.VALUE_ROWIDS,
		ROW_LENGTHS: at.ROW_LENGTHS,
		ROW_SPLITS: at.ROW_SPLITS,
		ROW_LIMITS: at.ROW_LIMITS,
		ROW_STARTS: at.ROW_STARTS
	}, r = [];
	for (let o of t) if (o in e) r.push(e[o]);
	else break;
	return r;
}
function Yp(t) {
	return t.length === 0 ? 0 : t[0] === at.FIRST_DIM_SIZE ? t.length - 1 : t.length;
}
function Qp(t, e) {
	if (t == null || e == null) return;
	let r = t.length, o = e.length;
	if (r >= o) throw new Error(`defaultValue.shape=${t} and ragged tensor flatValues.shape=${e}, are incompatible: defaultValue.rank = ${r} must be less than ragged tensor input flatValues.rank = ${o})`);
	for (let n = 0; n < Math.min(r, o - 1); ++n) {
		let s = t[n], i = e[n + 1];
		if (s >= 0 && i >= 0 && s !== 1 && s !== i) throw new Error(`defaultValue.shape=${t}, and ragged tensor input flatValues.shape=${e} are incompatible: defaultValue.shape[${n - t.length}] = ${s} but ragged tensor input.flatValues.shape[${n - t.length}] = ${i}`);
	}
}
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
*/ var wr = 30;
function tu(t) {
	return t <= wr ? t : Wt(t, Math.floor(Math.sqrt(t)));
}
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
*/ function eu(t, e, r) {
	return [r * (typeof t == "number" ? t : t[0]), e * (typeof t == "number" ? t : t[1])];
}
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
*/ function ru(t, e, r, o = !0) {
	let n = [];
	if (o) n = n.concat(e.slice(0)), n.push(t[0] / r), n = n.concat(t.slice(1));
	else {
		n = n.concat(t[0]);
		let s = e.length;
		for (let i = 0; i < s; ++i) n = n.concat([t[i + 1] / e[i], e[i]]);
		n = n.concat(t.slice(s + 1));
	}
	return n;
}
function ou(t, e, r = !0) {
	let o = [];
	if (r) {
		o.push(e);
		for (let n = e + 1; n < t; ++n) n <= 2 * e ? (o.push(n), o.push(n - (e + 1))) : o.push(n);
	} else {
		let n = [], s = [];
		for (let i = 1; i < t; ++i) i >= e * 2 + 1 || i % 2 === 1 ? s.push(i) : n.push(i);
		o.push(...n), o.push(0), o.push(...s);
	}
	return o;
}
function nu(t, e, r, o = !0) {
	let n = [];
	o ? n.push(t[0] / r) : n.push(t[0] * r);
	for (let s = 1; s < t.length; ++s) s <= e.length ? o ? n.push(e[s - 1] * t[s]) : n.push(t[s] / e[s - 1]) : n.push(t[s]);
	return n;
}
function su(t, e) {
	let r = [0];
	for (let o = 0; o < e; ++o) r.push(t[o][0]);
	return r;
}
function iu(t, e, r) {
	let o = t.slice(0, 1);
	for (let n = 0; n < r; ++n) o.push(t[n + 1] - e[n][0] - e[n][1]);
	return o;
}
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
*/ var eo = 1.7580993408473768;
var ro = 1.0507009873554805;
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
*/ var au = .3275911;
var cu = .254829592;
var lu = -.284496736;
var pu = 1.421413741;
var uu = -1.453152027;
var fu = 1.061405429;
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
*/ function mu(t, e) {
	if (t.length !== e.length) throw new Error(`Cannot merge real and imag arrays of different lengths. real:${t.length}, imag: ${e.length}.`);
	let r = new Float32Array(t.length * 2);
	for (let o = 0; o < r.length; o += 2) r[o] = t[o / 2], r[o + 1] = e[o / 2];
	return r;
}
function hu(t) {
	let e = new Float32Array(t.length / 2), r = new Float32Array(t.length / 2);
	for (let o = 0; o < t.length; o += 2) e[o / 2] = t[o], r[o / 2] = t[o + 1];
	return {
		real: e,
		imag: r
	};
}
function du(t) {
	let e = Math.ceil(t.length / 4), r = new Float32Array(e), o = new Float32Array(e);
	for (let n = 0; n < t.length; n += 4) r[Math.floor(n / 4)] = t[n], o[Math.floor(n / 4)] = t[n + 1];
	return {
		real: r,
		imag: o
	};
}
function gu(t) {
	let e = Math.floor(t.length / 4), r = new Float32Array(e), o = new Float32Array(e);
	for (let n = 2; n < t.length; n += 4) r[Math.floor(n / 4)] = t[n], o[Math.floor(n / 4)] = t[n + 1];
	return {
		real: r,
		imag: o
	};
}
function xu(t, e) {
	return {
		real: t[e * 2],
		imag: t[e * 2 + 1]
	};
}
function wu(t, e, r, o) {
	t[o * 2] = e, t[o * 2 + 1] = r;
}
function yu(t, e) {
	let r = new Float32Array(t / 2), o = new Float32Array(t / 2);
	for (let n = 0; n < Math.ceil(t / 2); n++) {
		let s = (e ? 2 : -2) * Math.PI * (n / t);
		r[n] = Math.cos(s), o[n] = Math.sin(s);
	}
	return {
		real: r,
		imag: o
	};
}
function bu(t, e, r) {
	let o = (r ? 2 : -2) * Math.PI * (t / e);
	return {
		real: Math.cos(o),
		imag: Math.sin(o)
	};
}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
*/ var oo = "->";
var Su = /->/g;
var ka = ",";
var Ea = "...";
function ku(t, e) {
	t = t.replace(/\s/g, "");
	let r = (t.length - t.replace(Su, "").length) / oo.length;
	if (r < 1) throw new Error("Equations without an arrow are not supported.");
	if (r > 1) throw new Error(`Equation must contain exactly one arrow ("${oo}").`);
	let [o, n] = t.split(oo);
	g(o.indexOf(Ea) === -1, () => `The ellipsis notation ("${Ea}") is not supported yet.`);
	let s = o.split(ka), i = s.length;
	if (e !== i) throw new Error(`Expected ${i} input tensors, received ${e}`);
	if (i > 2) throw new Error("Support for more than 2 input tensors is not implemented yet.");
	let a = [];
	for (let p = 0; p < n.length; ++p) {
		let x = n[p];
		if (!s.some((b) => b.indexOf(x) !== -1)) throw new Error(`Output subscripts contain the label ${x} not present in the input subscripts.`);
		a.indexOf(x) === -1 && a.push(x);
	}
	for (let p = 0; p < o.length; ++p) {
		let x = o[p];
		a.indexOf(x) === -1 && x !== ka && a.push(x);
	}
	let c = new Array(s.length);
	for (let p = 0; p < i; ++p) {
		if (new Set(s[p].split("")).size !== s[p].length) throw new Error(`Found duplicate axes in input component ${s[p]}. Support for duplicate axes in input is not implemented yet.`);
		c[p] = [];
		for (let x = 0; x < s[p].length; ++x) c[p].push(a.indexOf(s[p][x]));
	}
	let l = a.length, m = n.length, u = [];
	for (let p = m; p < l; ++p) u.push(p);
	return {
		allDims: a,
		summedDims: u,
		idDims: c
	};
}
function Eu(t, e) {
	let r = new Array(t);
	r.fill(-1);
	for (let n = 0; n < e.length; ++n) r[e[n]] = n;
	let o = [];
	for (let n = 0; n < t; ++n) r[n] === -1 && o.push(n);
	return r = r.filter((n) => n !== -1), {
		permutationIndices: r,
		expandDims: o
	};
}
function Tu(t, e, r) {
	let o = new Array(t);
	for (let n = 0; n < r.length; ++n) {
		let s = r[n].shape;
		for (let i = 0; i < e[n].length; ++i) o[e[n][i]] === void 0 ? o[e[n][i]] = s[i] : g(o[e[n][i]] === s[i], () => `Expected dimension ${o[e[n][i]]} at axis ${i} of input shaped ${JSON.stringify(s)}, but got dimension ${s[i]}`);
	}
}
function vu(t, e) {
	let r = t, o = [], n = 0;
	t.length === 0 && r.push(-1), n = t.length + 1;
	for (let i = 0; i < n; ++i) o.push([]);
	let s = [];
	for (let i = 0; i < r.length; ++i) {
		let a = r[i], c = Au(e, a);
		for (let l of c) s.indexOf(l) === -1 && (o[i].push(l), s.push(l));
	}
	return {
		path: r,
		steps: o
	};
}
function Iu(t) {
	return t.every((e, r) => e === r);
}
function Au(t, e) {
	let r = [];
	for (let o = 0; o < t.length; ++o) (t[o].length === 0 || t[o].indexOf(e) !== -1 || e === -1) && r.push(o);
	return r;
}
function $u(t, e, r = 0) {
	let o = [];
	if (typeof e == "number") g(t.shape[r] % e === 0, () => "Number of splits must evenly divide the axis."), o = new Array(e).fill(t.shape[r] / e);
	else {
		g(e.reduce((i, a) => (a === -1 && (i += 1), i), 0) <= 1, () => "There should be only one negative value in split array.");
		let s = e.indexOf(-1);
		if (s !== -1) {
			let i = e.reduce((a, c) => c > 0 ? a + c : a);
			e[s] = t.shape[r] - i;
		}
		g(t.shape[r] === e.reduce((i, a) => i + a), () => "The sum of sizes must match the size of the axis dimension."), o = e;
	}
	return o;
}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
*/ function Nu(t) {
	return `Received SparseTensor with denseShape[0] = 0 but
  indices.shape[0] = ${t}`;
}
function Du(t, e) {
	return `indices(${t}, 0) is invalid: ${e} < 0`;
}
function Gu(t, e, r) {
	return `indices(${t}, 0) is invalid: ${e} >= ${r}`;
}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
*/ function Fu(t, e) {
	return `only one output dimension may be -1, not both ${t} and ${e}`;
}
function Cu(t, e) {
	return `size ${t} must be non-negative, not ${e}`;
}
function Mu() {
	return "reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero";
}
function Bu(t, e) {
	return `Input to reshape is a SparseTensor with ${_(t)}
  dense values, but the requested shape requires a multiple of ${_(e)}. inputShape=${t} outputShape= ${e}`;
}
function Ru(t, e) {
	return `Input to reshape is a tensor with ${_(t)} dense values, but the requested shape has ${_(e)}. inputShape=${t} outputShape=${e}`;
}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
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
*/ function _u() {
	return "segment ids must be >= 0";
}
function Pu() {
	return "segment ids are not increasing";
}
function Lu(t, e) {
	return `Segment id ${t} out of range [0, ${e}), possibly because segmentIds input is not sorted.`;
}
function Ou(t, e, r) {
	return `Bad: indices[${t}] == ${e} out of range [0, ${r})`;
}
var no = {};
kr(no, {
	collectGatherOpShapeInfo: () => qu,
	computeOutShape: () => Uu,
	segOpComputeOptimalWindowSize: () => zu
});
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
*/ function zu(t, e) {
	let r = !1, o;
	for (t <= wr ? (o = t, r = !0) : o = Wt(t, Math.floor(Math.sqrt(t))); !r;) o > e || o === t ? r = !0 : o = Wt(t, o + 1);
	return o;
}
function Uu(t, e, r) {
	let o = [], n = t.length;
	for (let s = 0; s < n; s++) s !== e ? o.push(t[s]) : o.push(r);
	return o;
}
function qu(t, e, r, o) {
	let n = e.shape.length, s = t.shape.length;
	if (o !== 0 && (o < -n || o > n)) throw new Error(`Expect batchDims in the range of [-${n}, ${n}], but got ${o}`);
	if (o < 0 && (o += n), o > s) throw new Error(`batchDims (${o}) must be less than rank(x) (
    ${s}).`);
	if (r < o) throw new Error(`batchDims (${o}) must be less than or equal to axis (${r}).`);
	for (let u = 0; u < o; ++u) if (t.shape[u] !== e.shape[u]) throw new Error(`x.shape[${u}]: ${t.shape[u]} should be equal to indices.shape[${u}]: ${e.shape[u]}.`);
	let i = t.shape[r], a = [], c = 1, l = 1, m = 1;
	for (let u = 0; u < o; ++u) a.push(t.shape[u]), c *= t.shape[u];
	for (let u = o; u < r; u++) a.push(t.shape[u]), l *= t.shape[u];
	for (let u = o; u < n; u++) a.push(e.shape[u]);
	for (let u = r + 1; u < s; u++) a.push(t.shape[u]), m *= t.shape[u];
	return {
		batchSize: c,
		sliceSize: m,
		outerSize: l,
		dimSize: i,
		outputShape: a
	};
}
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
*/ function Wu(t) {
	try {
		return t.map((e) => Ht(e));
	} catch (e) {
		throw new Error(`Failed to decode encoded string bytes into utf-8, error: ${e}`);
	}
}
function Ku(t) {
	return t.map((e) => je(e));
}
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
* @license
* Copyright 2022 Google Inc. All Rights Reserved.
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
*/ function Vu(t, e, r) {
	let o = t.shape.slice();
	o[r] = 1;
	return w(y(e, o), w(to(t, r, !0, !1), to(t, r, !0, !0)));
}
function Hu(t, e, r) {
	let o = t.shape.length, n = o - r.length, s = ce.getAxesPermutation(r, o), i = t;
	s != null && (i = st(t, s));
	let a = i.shape.slice(), l = a.splice(o - r.length, r.length).reduce((p, x) => p * x, 1);
	a.push(l);
	let u = Vu(i.reshape(a), e, n);
	if (u = u.reshape(i.shape), s != null) {
		let p = ce.getUndoAxesPermutation(s);
		u = st(u, p);
	}
	return u;
}
var Ta = {
	kernelName: pn,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { axis: n } = r, s = [];
		return n == null ? s = o.shape.map((i, a) => a) : typeof n == "number" ? s = [n] : s = n, { x: () => Hu(o, t, s) };
	}
};
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
*/ var va = {
	kernelName: ge,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = G(r.shape, o.shape);
		return {
			a: () => {
				let a = D(t, E(o, "float32")), c = C(r.shape, n);
				return c.length > 0 ? y($(a, c), r.shape) : a;
			},
			b: () => {
				let a = w(t, E(r, "float32")), c = C(o.shape, n);
				c.length > 0 && (a = y($(a, c), o.shape));
				let l = B(o);
				return L(D(a, E(l, "float32")));
			}
		};
	}
};
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
*/ var Ia = {
	kernelName: fn,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => D(t, L(B(r))) };
	}
};
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
*/ var Aa = {
	kernelName: De,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e, o = w(Ct(r, 6), gt(r));
		return { x: () => w(t, E(o, "float32")) };
	}
};
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
*/ var $a = {
	kernelName: $e,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(t, E(gt(r), "float32")) };
	}
};
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
*/ var Na = {
	kernelName: Ne,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => y(t, r.shape) };
	}
};
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
*/ var Da = {
	kernelName: dn,
	inputsToSave: ["images"],
	gradFunc: (t, e, r) => {
		let [o] = e, n = {
			dy: t,
			images: o
		};
		return { images: () => f.runKernel(gn, n, r) };
	}
};
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
*/ var Ga = {
	kernelName: mn,
	inputsToSave: ["images"],
	gradFunc: (t, e, r) => {
		let [o] = e, n = {
			dy: t,
			images: o
		};
		return { images: () => f.runKernel(hn, n, r) };
	}
};
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
*/ var Fa = {
	kernelName: Ge,
	gradFunc: (t, e, r) => {
		let { dims: o } = r, n = Z(o, t.shape);
		return { x: () => Sa(t, n) };
	}
};
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
*/ var Ca = {
	kernelName: xn,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ var Ma = {
	kernelName: Fe,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => L(D(t, w(ur(r, 1.5), 2))) };
	}
};
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
*/ var Ba = {
	kernelName: Ce,
	inputsToSave: ["condition"],
	gradFunc: (t, e) => {
		let [r] = e;
		return {
			condition: () => E(A(r), "float32"),
			t: () => w(t, E(r, t.dtype)),
			e: () => w(t, E(da(r), t.dtype))
		};
	}
};
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
*/ var Ra = {
	kernelName: wn,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => {
			let o = it(r, R(0)), n = R(eo);
			return tt(o, w(t, R(ro)), w(w(t, n), xt(E(r, "float32"))));
		} };
	}
};
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
*/ var _a = {
	kernelName: Re,
	outputsToSave: [!0],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(t, w(r, O(R(1), r))) };
	}
};
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
*/ var Pa = {
	kernelName: yn,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ var La = {
	kernelName: "Sin",
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(xr(E(r, "float32")), t) };
	}
};
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
*/ var Oa = {
	kernelName: Be,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(pa(E(r, "float32")), t) };
	}
};
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
*/ var za = {
	kernelName: Me,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { begin: n, size: s } = r, i = o.shape, [a, c] = Yr(o, n, s), l = [];
		for (let m = 0; m < t.rank; m++) l.push([a[m], i[m] - a[m] - c[m]]);
		return { x: () => xa(t, l) };
	}
};
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
*/ var Ua = {
	kernelName: Sn,
	outputsToSave: [!0],
	gradFunc: (t, e, r) => {
		let [o] = e, { dim: n } = r, s = !0, i = w(t, o);
		return { logits: () => O(i, w($(i, [n], s), o)) };
	}
};
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
*/ var qa = {
	kernelName: bn,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(t, gr(r)) };
	}
};
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
*/ var so = {
	kernelName: Pe,
	gradFunc: (t, e, r) => {
		let { blockShape: o, paddings: n } = r;
		return { x: () => la(t, o, n) };
	}
};
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
*/ var io = {
	kernelName: Le,
	gradFunc: (t, e, r) => {
		let { axis: o } = r;
		return { x: () => ca(t, o) };
	}
};
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
*/ var Wa = {
	kernelName: _e,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => D(t, w(nt(E(r, "float32")), 2)) };
	}
};
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
*/ var Ka = {
	kernelName: En,
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(t, w(E(r, "float32"), 2)) };
	}
};
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
*/ var Va = {
	kernelName: kn,
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = R(2);
		return {
			a: () => w(t, w(n, O(r, o))),
			b: () => w(t, w(n, O(o, r)))
		};
	}
};
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
*/ var Ha = {
	kernelName: qe,
	gradFunc: (t) => ({ x: () => A(t) })
};
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
*/ var ja = {
	kernelName: "Sub",
	inputsToSave: ["a", "b"],
	gradFunc: (t, e) => {
		let [r, o] = e, n = G(r.shape, o.shape);
		return {
			a: () => {
				let a = t, c = C(r.shape, n);
				return c.length > 0 && (a = $(a, c)), y(a, r.shape);
			},
			b: () => {
				let a = t, c = C(o.shape, n);
				return c.length > 0 && (a = $(a, c)), y(L(a), o.shape);
			}
		};
	}
};
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
*/ var Xa = {
	kernelName: "Sum",
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, n = o.shape.slice(), { axis: s } = r;
		Z(s, o.shape).forEach((l) => {
			n[l] = 1;
		});
		let c = w(y(t, n), St(o.shape, "float32"));
		return { x: () => c };
	}
};
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
*/ var Ja = {
	kernelName: "Tan",
	inputsToSave: ["x"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => D(t, B(xr(r))) };
	}
};
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
*/ var Za = {
	kernelName: Tn,
	outputsToSave: [!0],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => w(O(R(1), B(r)), t) };
	}
};
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
*/ var Ya = {
	kernelName: Tt,
	inputsToSave: ["x"],
	gradFunc: (t, e, r) => {
		let [o] = e, { reps: n } = r;
		return { x: () => {
			let i = A(o);
			if (o.rank === 1) for (let a = 0; a < n[0]; ++a) i = K(i, ut(t, [a * o.shape[0]], [o.shape[0]]));
			else if (o.rank === 2) for (let a = 0; a < n[0]; ++a) for (let c = 0; c < n[1]; ++c) i = K(i, ut(t, [a * o.shape[0], c * o.shape[1]], [o.shape[0], o.shape[1]]));
			else if (o.rank === 3) for (let a = 0; a < n[0]; ++a) for (let c = 0; c < n[1]; ++c) for (let l = 0; l < n[2]; ++l) i = K(i, ut(t, [
				a * o.shape[0],
				c * o.shape[1],
				l * o.shape[2]
			], [
				o.shape[0],
				o.shape[1],
				o.shape[2]
			]));
			else if (o.rank === 4) for (let a = 0; a < n[0]; ++a) for (let c = 0; c < n[1]; ++c) for (let l = 0; l < n[2]; ++l) for (let m = 0; m < n[3]; ++m) i = K(i, ut(t, [
				a * o.shape[0],
				c * o.shape[1],
				l * o.shape[2],
				m * o.shape[3]
			], [
				o.shape[0],
				o.shape[1],
				o.shape[2],
				o.shape[3]
			]));
			else throw new Error(`Gradient for tile operation is not implemented for rank-${o.rank} tensors yet.`);
			return i;
		} };
	}
};
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
*/ var Qa = {
	kernelName: vt,
	gradFunc: (t, e, r) => {
		let { perm: n } = r, s = oe(n);
		return { x: () => st(t, s) };
	}
};
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
*/ var tc = {
	kernelName: Oe,
	gradFunc: (t, e, r) => {
		let { axis: n } = r;
		return { value: () => lr(t, n) };
	}
};
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
*/ var ec = {
	kernelName: ze,
	inputsToSave: ["segmentIds"],
	gradFunc: (t, e) => {
		let [r] = e;
		return { x: () => ju(t, r) };
	}
};
function ju(t, e) {
	let o = ma(t, ga(e, A(e))), n = Ft(e, R(0, "int32")), s = o.rank - n.rank;
	for (let a = 0; a < s; ++a) n = fa(n, a + 1);
	n = nr(n, St(o.shape, "bool"));
	let i = A(o);
	return tt(n, o, i);
}
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
*/ var Xu = [
	rr,
	Zn,
	Yn,
	Qn,
	ts,
	es,
	rs,
	os,
	ns,
	ss,
	is,
	as,
	us,
	ms,
	hs,
	gs,
	xs,
	ws,
	ys,
	bs,
	Ss,
	Es,
	As,
	vs,
	Ds,
	Fs,
	Ms,
	zs,
	Ws,
	Ks,
	va,
	Hs,
	js,
	Xs,
	Js,
	Zs,
	Qs,
	Ys,
	ri,
	ii,
	ai,
	ci,
	li,
	pi,
	ui,
	fi,
	mi,
	hi,
	di,
	xi,
	Vr,
	Vr,
	bi,
	ki,
	Ti,
	vi,
	Ii,
	Ai,
	$i,
	Di,
	Gi,
	Fi,
	Ci,
	Mi,
	Ri,
	Hr,
	Hr,
	Pi,
	Li,
	Ta,
	Ia,
	Aa,
	$a,
	Na,
	Da,
	Ga,
	Fa,
	Ca,
	Ma,
	Ba,
	Ra,
	_a,
	Pa,
	La,
	Oa,
	za,
	Ua,
	qa,
	so,
	so,
	io,
	io,
	Wa,
	Va,
	Ka,
	Ha,
	ja,
	Xa,
	Ja,
	Za,
	Ya,
	Qa,
	tc,
	ec,
	{
		kernelName: Ue,
		gradFunc: (t) => ({ x: () => A(t) })
	}
];
function KG() {
	for (let t of Xu) Bn(t);
}
// ../core/dist/register-gradients.js
var done = false;
/** Registers tfjs-core's gradients once (idempotent). */
function ensureGradients() {
	if (done) return;
	done = true;
	KG();
}
// ../core/dist/errors.js
/**
* The one error type every mlpinit package throws for bad input or an
* unavailable runtime feature. `param` names the offending argument (dotted
* path, e.g. `opts.lr`) so callers and UIs can point at it.
*/
var MlpinitError = class extends Error {
	name = "MlpinitError";
	code;
	param;
	constructor(code, message, param) {
		super(param === void 0 ? message : `${param}: ${message}`);
		this.code = code;
		this.param = param;
	}
};
/** Thrown (or used to reject) when an `AbortSignal` cancels long work. */
function abortError(what) {
	return new MlpinitError("ABORTED", `${what} was cancelled`);
}
// ../core/dist/validate.js
/** Throws unless `value` is a finite number. */
function assertFinite(value, param) {
	if (typeof value !== "number" || !Number.isFinite(value)) throw new MlpinitError("INVALID_ARGUMENT", `expected a finite number, got ${String(value)}`, param);
}
/** Throws unless `value` is a finite number > 0. */
function assertPositive(value, param) {
	assertFinite(value, param);
	if (value <= 0) throw new MlpinitError("INVALID_ARGUMENT", `expected a positive number, got ${value}`, param);
}
/** Throws unless `value` is a finite number >= 0. */
function assertNonNegative(value, param) {
	assertFinite(value, param);
	if (value < 0) throw new MlpinitError("INVALID_ARGUMENT", `expected a number >= 0, got ${value}`, param);
}
/** Throws unless `value` is an integer >= `min` (default 1). */
function assertInteger(value, param, min = 1) {
	if (typeof value !== "number" || !Number.isInteger(value) || value < min) throw new MlpinitError("INVALID_ARGUMENT", `expected an integer >= ${min}, got ${String(value)}`, param);
}
/** Throws unless every entry of `values` is finite; names the first bad index. */
function assertAllFinite(values, param) {
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (!Number.isFinite(v)) throw new MlpinitError("NON_FINITE", `entry ${i} is ${v}; all entries must be finite`, param);
	}
}
/**
* Validates MLP layer sizes `[d_in, h_1, ..., h_L, d_out]`.
* @param minLength 2 for any network, 3 when a hidden layer is required.
*/
function assertSizes(sizes, param = "sizes", minLength = 2) {
	if (!Array.isArray(sizes) || sizes.length < minLength) throw new MlpinitError("INVALID_ARGUMENT", `expected ${minLength >= 3 ? "[d_in, h_1, ..., d_out] with at least one hidden layer" : "[d_in, ..., d_out] with at least 2 entries"}, got ${JSON.stringify(sizes)}`, param);
	sizes.forEach((s, i) => {
		assertInteger(s, `${param}[${i}]`, 1);
	});
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/complex.js
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
* Converts two real numbers to a complex number.
*
* Given a tensor `real` representing the real part of a complex number, and a
* tensor `imag` representing the imaginary part of a complex number, this
* operation returns complex numbers elementwise of the form [r0, i0, r1, i1],
* where r represents the real part and i represents the imag part.
*
* The input tensors real and imag must have the same shape.
*
* ```js
* const real = tf.tensor1d([2.25, 3.25]);
* const imag = tf.tensor1d([4.75, 5.75]);
* const complex = tf.complex(real, imag);
*
* complex.print();
* ```
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function complex_(real, imag) {
	const $real = convertToTensor(real, "real", "complex");
	const $imag = convertToTensor(imag, "imag", "complex");
	assertShapesMatch($real.shape, $imag.shape, `real and imag shapes, ${$real.shape} and ${$imag.shape}, must match in call to tf.complex().`);
	const inputs = {
		real: $real,
		imag: $imag
	};
	return ENGINE.runKernel(Complex, inputs);
}
var complex = /* @__PURE__ */ op$1({ complex_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/tensor.js
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
* Creates a `tf.Tensor` with the provided values, shape and dtype.
*
* ```js
* // Pass an array of values to create a vector.
* tf.tensor([1, 2, 3, 4]).print();
* ```
*
* ```js
* // Pass a nested array of values to make a matrix or a higher
* // dimensional tensor.
* tf.tensor([[1, 2], [3, 4]]).print();
* ```
*
* ```js
* // Pass a flat array and specify a shape yourself.
* tf.tensor([1, 2, 3, 4], [2, 2]).print();
* ```
*
* ```js
* // Pass a `WebGLData` object and specify a shape yourself.
*
* // This makes it possible for TF.js applications to avoid GPU / CPU sync.
* // For example, if your application includes a preprocessing step on the GPU,
* // you could upload the GPU output directly to TF.js, rather than first
* // downloading the values.
*
* // Example for WebGL2:
* if (tf.findBackend('custom-webgl') == null) {
*   const customCanvas = document.createElement('canvas');
*   const customBackend = new tf.MathBackendWebGL(customCanvas);
*   tf.registerBackend('custom-webgl', () => customBackend);
* }
* const savedBackend = tf.getBackend();
* await tf.setBackend('custom-webgl');
* const gl = tf.backend().gpgpu.gl;
* const texture = gl.createTexture();
* const tex2d = gl.TEXTURE_2D;
* const width = 2;
* const height = 2;
*
* gl.bindTexture(tex2d, texture);
* gl.texParameteri(tex2d, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
* gl.texParameteri(tex2d, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
* gl.texParameteri(tex2d, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
* gl.texParameteri(tex2d, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
* gl.texImage2D(
*   tex2d, 0, gl.RGBA32F, // internalFormat
*   width, height, 0,
*   gl.RGBA, // textureFormat
*   gl.FLOAT, // textureType
*   new Float32Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
* );
*
* // Currently, the `texture` has 4 pixels:
* // Pixel0 is {R:0, G:1, B:2, A:3}
* // Pixel1 is {R:4, G:5, B:6, A:7}
* // Pixel2 is {R:8, G:9, B:10, A:11}
* // Pixel3 is {R:12, G:13, B:14, A:15}
*
* const logicalShape = [height * width * 2];
* const a = tf.tensor({texture, height, width, channels: 'BR'}, logicalShape);
* a.print();
* // Tensor value will be [2, 0, 6, 4, 10, 8, 14, 12], since [2, 0] is the
* // values of 'B' and 'R' channels of Pixel0, [6, 4] is the values of 'B' and
* 'R'
* // channels of Pixel1...
*
* // For postprocessing on the GPU, it's possible to retrieve the texture
* // backing any tensor by calling the tensor's `dataToGPU` method like
* // so:
*
* const tex = a.dataToGPU();
* await tf.setBackend(savedBackend);
* ```
*
* ```js
* // Pass a `WebGPUData` object and specify a shape yourself.
*
* // This makes it possible for TF.js applications to avoid GPU / CPU sync.
* // For example, if your application includes a preprocessing step on the GPU,
* // you could upload the GPU output directly to TF.js, rather than first
* // downloading the values. Unlike WebGL, this optionally supports zero copy
* // by WebGPUData.zeroCopy. When zeroCopy is false or undefined(default), this
* // passing GPUBuffer can be destroyed after tensor is created. When zeroCopy
* // is true, this GPUBuffer is bound directly by the tensor, so do not destroy
* // this GPUBuffer until all access is done.
*
* // Example for WebGPU:
* function createGPUBufferFromData(device, data, dtype) {
*   const bytesPerElement = 4;
*   const sizeInBytes = data.length * bytesPerElement;
*
*   const gpuWriteBuffer = device.createBuffer({
*     mappedAtCreation: true,
*     size: sizeInBytes,
*     usage: GPUBufferUsage.MAP_WRITE | GPUBufferUsage.COPY_SRC
*   });
*   const arrayBuffer = gpuWriteBuffer.getMappedRange();
*   if (dtype === 'float32') {
*     new Float32Array(arrayBuffer).set(data);
*   } else if (dtype === 'int32') {
*     new Int32Array(arrayBuffer).set(data);
*   } else {
*     throw new Error(
*         `Creating tensor from GPUBuffer only supports` +
*         `'float32'|'int32' dtype, while the dtype is ${dtype}.`);
*   }
*   gpuWriteBuffer.unmap();
*
*   const gpuReadBuffer = device.createBuffer({
*     mappedAtCreation: false,
*     size: sizeInBytes,
*     usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.STORAGE |
*         GPUBufferUsage.COPY_SRC
*   });
*
*   const copyEncoder = device.createCommandEncoder();
*   copyEncoder.copyBufferToBuffer(
*       gpuWriteBuffer, 0, gpuReadBuffer, 0, sizeInBytes);
*   const copyCommands = copyEncoder.finish();
*   device.queue.submit([copyCommands]);
*   gpuWriteBuffer.destroy();
*   return gpuReadBuffer;
* }
*
* const savedBackend = tf.getBackend();
* await tf.setBackend('webgpu').catch(
*     () => {throw new Error(
*         'Failed to use WebGPU backend. Please use Chrome Canary to run.')});
* const dtype = 'float32';
* const device = tf.backend().device;
* const aData = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
* const bData = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4];
* const expected = [2, 4, 6, 8, 6, 8, 10, 12, 10, 12, 14, 16, 14, 16, 18, 20];
* const aBuffer = createGPUBufferFromData(device, aData, dtype);
* const shape = [aData.length];
* // To use zeroCopy, use {buffer: aBuffer, zeroCopy: true} instead and destroy
* // aBuffer untill all access is done.
* const a = tf.tensor({buffer: aBuffer}, shape, dtype);
* const b = tf.tensor(bData, shape, dtype);
* const result = tf.add(a, b);
* result.print();
* a.dispose();
* b.dispose();
* result.dispose();
* aBuffer.destroy();
* await tf.setBackend(savedBackend);
* ```
* @param values The values of the tensor. Can be nested array of numbers,
* or a flat array, or a `TypedArray`(At the moment it supports Uint8Array,
* Uint8ClampedArray, Int32Array, Float32Array) data types, or a `WebGLData`
* object, or a `WebGPUData` object. If the values are strings, they will be
* encoded as utf-8 and kept as `Uint8Array[]`. If the values is a `WebGLData`
* object, the dtype could only be 'float32' or 'int32' and the object has to
* have: 1. texture, a `WebGLTexture`, the texture must share the same
* `WebGLRenderingContext` with TFJS's WebGL backend (you could create a custom
* WebGL backend from your texture's canvas) and the internal texture format
* for the input texture must be floating point or normalized integer; 2.
* height, the height of the texture; 3. width, the width of the texture; 4.
* channels, a non-empty subset of 'RGBA', indicating the values of which
* channels will be passed to the tensor, such as 'R' or 'BR' (The order of the
* channels affect the order of tensor values. ). (If the values passed from
* texture is less than the tensor size, zeros will be padded at the rear.). If
* the values is a `WebGPUData` object, the dtype could only be 'float32' or
* 'int32 and the object has to have: buffer, a `GPUBuffer`. The buffer must:
* 1. share the same `GPUDevice` with TFJS's WebGPU backend; 2. buffer.usage
* should at least support GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC; 3.
* buffer.size should not be smaller than the byte size of tensor shape.
* WebGPUData optionally supports zero copy by flag zeroCopy. When zeroCopy is
* false or undefined(default),this passing GPUBuffer can be destroyed after
* tensor is created. When zeroCopy is true, this GPUBuffer is bound directly
* by the tensor, so do not destroy this GPUBuffer until all access is done.
* @param shape The shape of the tensor. Optional. If not provided,
*   it is inferred from `values`.
* @param dtype The data type.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function tensor(values, shape, dtype) {
	const inferredShape = inferShape(values, dtype);
	return makeTensor(values, shape, inferredShape, dtype);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/concat.js
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
* Concatenates a list of `tf.Tensor`s along a given axis.
*
* The tensors ranks and types must match, and their sizes must match in all
* dimensions except `axis`.
*
* Also available are stricter rank-specific methods that assert that
* `tensors` are of the given rank:
*   - `tf.concat1d`
*   - `tf.concat2d`
*   - `tf.concat3d`
*   - `tf.concat4d`
*
* Except `tf.concat1d` (which does not have axis param), all methods have
* same signature as this method.
*
* ```js
* const a = tf.tensor1d([1, 2]);
* const b = tf.tensor1d([3, 4]);
* a.concat(b).print();  // or a.concat(b)
* ```
*
* ```js
* const a = tf.tensor1d([1, 2]);
* const b = tf.tensor1d([3, 4]);
* const c = tf.tensor1d([5, 6]);
* tf.concat([a, b, c]).print();
* ```
*
* ```js
* const a = tf.tensor2d([[1, 2], [10, 20]]);
* const b = tf.tensor2d([[3, 4], [30, 40]]);
* const axis = 1;
* tf.concat([a, b], axis).print();
* ```
* @param tensors A list of tensors to concatenate.
* @param axis The axis to concatenate along. Defaults to 0 (the first dim).
*
* @doc {heading: 'Tensors', subheading: 'Slicing and Joining'}
*/
function concat_(tensors, axis = 0) {
	assert(tensors.length >= 1, () => "Pass at least one tensor to concat");
	const $tensors = convertToTensorArray(tensors, "tensors", "concat", "string_or_numeric");
	if ($tensors[0].dtype === "complex64") $tensors.forEach((tensor) => {
		if (tensor.dtype !== "complex64") throw new Error(`Cannot concatenate complex64 tensors with a tensor
          with dtype ${tensor.dtype}. `);
	});
	if ($tensors.length === 1) return clone($tensors[0]);
	const inputs = $tensors;
	const attr = { axis };
	return ENGINE.runKernel(Concat, inputs, attr);
}
var concat = /* @__PURE__ */ op$1({ concat_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/mat_mul.js
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
* Computes the dot product of two matrices, A * B. These must be matrices.
*
* ```js
* const a = tf.tensor2d([1, 2], [1, 2]);
* const b = tf.tensor2d([1, 2, 3, 4], [2, 2]);
*
* a.matMul(b).print();  // or tf.matMul(a, b)
* ```
* @param a First matrix in dot product operation.
* @param b Second matrix in dot product operation.
* @param transposeA If true, `a` is transposed before multiplication.
* @param transposeB If true, `b` is transposed before multiplication.
*
* @doc {heading: 'Operations', subheading: 'Matrices'}
*/
function matMul_(a, b, transposeA = false, transposeB = false) {
	let $a = convertToTensor(a, "a", "matMul");
	let $b = convertToTensor(b, "b", "matMul");
	[$a, $b] = makeTypesMatch($a, $b);
	const inputs = {
		a: $a,
		b: $b
	};
	const attrs = {
		transposeA,
		transposeB
	};
	return ENGINE.runKernel(BatchMatMul, inputs, attrs);
}
var matMul$1 = /* @__PURE__ */ op$1({ matMul_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/slice.js
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
* Extracts a slice from a `tf.Tensor` starting at coordinates `begin`
* and is of size `size`.
*
* Also available are stricter rank-specific methods with the same signature
* as this method that assert that `x` is of the given rank:
*   - `tf.slice1d`
*   - `tf.slice2d`
*   - `tf.slice3d`
*   - `tf.slice4d`
*
* ```js
* const x = tf.tensor1d([1, 2, 3, 4]);
*
* x.slice([1], [2]).print();
* ```
*
* ```js
* const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
*
* x.slice([1, 0], [1, 2]).print();
* ```
* @param x The input `tf.Tensor` to slice from.
* @param begin The coordinates to start the slice from. The length can be
*     less than the rank of x - the rest of the axes will have implicit 0 as
*     start. Can also be a single number, in which case it specifies the
*     first axis.
* @param size The size of the slice. The length can be less than the rank of
*     x - the rest of the axes will have implicit -1. A value of -1 requests
*     the rest of the dimensions in the axis. Can also be a single number,
*     in which case it specifies the size of the first axis.
*
* @doc {heading: 'Tensors', subheading: 'Slicing and Joining'}
*/
function slice_(x, begin, size) {
	const $x = convertToTensor(x, "x", "slice", "string_or_numeric");
	if ($x.rank === 0) throw new Error("Slicing scalar is not possible");
	const inputs = { x: $x };
	const attrs = {
		begin,
		size
	};
	return ENGINE.runKernel(Slice, inputs, attrs);
}
var slice = /* @__PURE__ */ op$1({ slice_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/tanh.js
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
* Computes hyperbolic tangent of the input `tf.Tensor` element-wise: `tanh(x)`
*
* ```js
* const x = tf.tensor1d([0, 1, -1, 70]);
*
* x.tanh().print();  // or tf.tanh(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function tanh_(x) {
	const inputs = { x: convertToTensor(x, "x", "tanh", "float32") };
	return ENGINE.runKernel(Tanh, inputs);
}
var tanh = /* @__PURE__ */ op$1({ tanh_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/broadcast_to.js
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
* Broadcast an array to a compatible shape NumPy-style.
*
* The tensor's shape is compared to the broadcast shape from end to beginning.
* Ones are prepended to the tensor's shape until it has the same length as
* the broadcast shape. If input.shape[i]==shape[i], the (i+1)-th axis is
* already broadcast-compatible. If input.shape[i]==1 and shape[i]==N, then
* the input tensor is tiled N times along that axis (using tf.tile).
*
* @param input The tensor that is to be broadcasted.
* @param shape The input is to be broadcast to this shape.
*
* @doc {heading: 'Tensors', subheading: 'Transformations'}
*/
function broadcastTo_(x, shape) {
	let input = convertToTensor(x, "broadcastTo", "x");
	const xShape = input.shape;
	assertNonNegativeIntegerDimensions(shape);
	if (shape.length < input.rank) throw new Error(`broadcastTo(): shape.length=${shape.length} < input.rank=${input.rank}.`);
	if (shape.length > input.rank) {
		const newShape = input.shape.slice();
		while (newShape.length < shape.length) newShape.unshift(1);
		input = reshape(input, newShape);
	}
	const inputShape = input.shape;
	const reps = Array.from(shape);
	for (let i = shape.length - 1; i >= 0; i--) if (inputShape[i] === shape[i]) reps[i] = 1;
	else if (input.shape[i] !== 1) throw new Error(`broadcastTo(): [${xShape}] cannot be broadcast to [${shape}].`);
	if (reps.map((n, i) => n > 1 ? i : -1).filter((i) => i >= 0).length === 0) return clone(input);
	const inputs = { x: input };
	const attrs = { reps };
	return ENGINE.runKernel(Tile, inputs, attrs);
}
var broadcastTo = /* @__PURE__ */ op$1({ broadcastTo_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/clip_by_value.js
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
* Clips values element-wise. `max(min(x, clipValueMax), clipValueMin)`
*
* ```js
* const x = tf.tensor1d([-1, 2, -3, 4]);
*
* x.clipByValue(-2, 3).print();  // or tf.clipByValue(x, -2, 3)
* ```
* @param x The input tensor.
* @param clipValueMin Lower bound of range to be clipped to.
* @param clipValueMax Upper bound of range to be clipped to.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function clipByValue_(x, clipValueMin, clipValueMax) {
	const $x = convertToTensor(x, "x", "clipByValue");
	assert(clipValueMin <= clipValueMax, () => `Error in clip: min (${clipValueMin}) must be less than or equal to max (${clipValueMax}).`);
	if (clipValueMin === clipValueMax) return fill($x.shape, clipValueMin, $x.dtype);
	const inputs = { x: $x };
	const attrs = {
		clipValueMin,
		clipValueMax
	};
	return ENGINE.runKernel(ClipByValue, inputs, attrs);
}
var clipByValue = /* @__PURE__ */ op$1({ clipByValue_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/cos.js
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
* Computes cos of the input `tf.Tensor` element-wise: `cos(x)`
*
* ```js
* const x = tf.tensor1d([0, Math.PI / 2, Math.PI * 3 / 4]);
*
* x.cos().print();  // or tf.cos(x)
* ```
* @param x The input tensor. Must be float32 type.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function cos_(x) {
	const inputs = { x: convertToTensor(x, "x", "cos", "float32") };
	return ENGINE.runKernel("Cos", inputs);
}
var cos = /* @__PURE__ */ op$1({ cos_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/where.js
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
* Returns the elements, either `a` or `b` depending on the `condition`.
*
* If the condition is true, select from `a`, otherwise select from `b`.
*
* ```js
* const cond = tf.tensor1d([false, false, true], 'bool');
* const a = tf.tensor1d([1 , 2, 3]);
* const b = tf.tensor1d([-1, -2, -3]);
*
* a.where(cond, b).print();
* ```
*
* @param condition The input condition. Must be of dtype bool.
* @param a If `condition` is rank 1, `a` may have a higher rank but
*     its first dimension must match the size of `condition`.
* @param b A tensor with the same dtype as `a` and with shape that is
*     compatible with `a`.
* @return A tensor with same dtype as `a` and `b`, and shape that is
*     broadcastable from `a` and `b`.
*
* @doc {heading: 'Operations', subheading: 'Logical'}
*/
function where_(condition, a, b) {
	const $a = convertToTensor(a, "a", "where");
	const $b = convertToTensor(b, "b", "where");
	const $condition = convertToTensor(condition, "condition", "where", "bool");
	const broadcastShape = assertAndGetBroadcastShape(assertAndGetBroadcastShape($condition.shape, $a.shape), $b.shape);
	const inputs = {
		condition: broadcastTo($condition, broadcastShape),
		t: broadcastTo($a, broadcastShape),
		e: broadcastTo($b, broadcastShape)
	};
	return ENGINE.runKernel(Select, inputs);
}
var where = /* @__PURE__ */ op$1({ where_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/erf.js
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
* Computes Gauss error function of the input `tf.Tensor` element-wise:
* `erf(x)`
*
* ```js
* const x = tf.tensor1d([0, .1, -.1, .7]);
*
* x.erf().print(); // or tf.erf(x);
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function erf_(x) {
	let $x = convertToTensor(x, "x", "erf");
	assert($x.dtype === "int32" || $x.dtype === "float32", () => "Input dtype must be `int32` or `float32`.");
	if ($x.dtype === "int32") $x = cast($x, "float32");
	const inputs = { x: $x };
	return ENGINE.runKernel("Erf", inputs);
}
var erf = /* @__PURE__ */ op$1({ erf_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/exp.js
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
* Computes exponential of the input `tf.Tensor` element-wise. `e ^ x`
*
* ```js
* const x = tf.tensor1d([1, 2, -3]);
*
* x.exp().print();  // or tf.exp(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function exp_(x) {
	const inputs = { x: convertToTensor(x, "x", "exp") };
	return ENGINE.runKernel("Exp", inputs);
}
var exp = /* @__PURE__ */ op$1({ exp_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/expand_dims.js
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
* Returns a `tf.Tensor` that has expanded rank, by inserting a dimension
* into the tensor's shape.
*
* ```js
* const x = tf.tensor1d([1, 2, 3, 4]);
* const axis = 1;
* x.expandDims(axis).print();
* ```
*
* @param x The input tensor whose dimensions are to be expanded.
* @param axis The dimension index at which to insert shape of `1`. Defaults
*     to 0 (the first dimension).
*
* @doc {heading: 'Tensors', subheading: 'Transformations'}
*/
function expandDims_(x, axis = 0) {
	const $x = convertToTensor(x, "x", "expandDims", "string_or_numeric");
	assert(axis <= $x.rank, () => "Axis must be <= rank of the tensor");
	const inputs = { input: $x };
	const attrs = { dim: axis };
	return ENGINE.runKernel(ExpandDims, inputs, attrs);
}
var expandDims = /* @__PURE__ */ op$1({ expandDims_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/tile.js
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
* Construct a tensor by repeating it the number of times given by reps.
*
* This operation creates a new tensor by replicating `input` `reps`
* times. The output tensor's `i`th dimension has `input.shape[i] *
* reps[i]` elements, and the values of `input` are replicated
* `reps[i]` times along the `i`th dimension. For example, tiling
* `[a, b, c, d]` by `[2]` produces `[a, b, c, d, a, b, c, d]`.
*
* ```js
* const a = tf.tensor1d([1, 2]);
*
* a.tile([2]).print();    // or tf.tile(a, [2])
* ```
*
* ```js
* const a = tf.tensor2d([1, 2, 3, 4], [2, 2]);
*
* a.tile([1, 2]).print();  // or tf.tile(a, [1,2])
* ```
* @param x The tensor to tile.
* @param reps Determines the number of replications per dimension.
*
* @doc {heading: 'Tensors', subheading: 'Slicing and Joining'}
*/
function tile_(x, reps) {
	const $x = convertToTensor(x, "x", "tile", "string_or_numeric");
	assert($x.rank === reps.length, () => `Error in transpose: rank of input ${$x.rank} must match length of reps ${reps}.`);
	const inputs = { x: $x };
	const attrs = { reps };
	return ENGINE.runKernel(Tile, inputs, attrs);
}
var tile = /* @__PURE__ */ op$1({ tile_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/eye.js
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
* Create an identity matrix.
*
* @param numRows Number of rows.
* @param numColumns Number of columns. Defaults to `numRows`.
* @param batchShape If provided, will add the batch shape to the beginning
*   of the shape of the returned `tf.Tensor` by repeating the identity
*   matrix.
* @param dtype Data type.
* @returns Identity matrix of the specified size and data type, possibly
*   with batch repetition if `batchShape` is specified.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function eye_(numRows, numColumns, batchShape, dtype = "float32") {
	if (numColumns == null) numColumns = numRows;
	const buff = buffer([numRows, numColumns], dtype);
	const n = numRows <= numColumns ? numRows : numColumns;
	for (let i = 0; i < n; ++i) buff.set(1, i, i);
	const out = reshape(buff.toTensor(), [numRows, numColumns]);
	if (batchShape == null) return out;
	else if (batchShape.length === 1) return tile(expandDims(out, 0), [
		batchShape[0],
		1,
		1
	]);
	else if (batchShape.length === 2) return tile(expandDims(expandDims(out, 0), 0), [
		batchShape[0],
		batchShape[1],
		1,
		1
	]);
	else if (batchShape.length === 3) return tile(expandDims(expandDims(expandDims(out, 0), 0), 0), [
		batchShape[0],
		batchShape[1],
		batchShape[2],
		1,
		1
	]);
	else throw new Error(`eye() currently supports only 1D and 2D batchShapes, but received ${batchShape.length}D.`);
}
var eye = /* @__PURE__ */ op$1({ eye_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/gather.js
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
* Gather slices from tensor `x`'s axis `axis` according to `indices`.
*
* ```js
* const x = tf.tensor1d([1, 2, 3, 4]);
* const indices = tf.tensor1d([1, 3, 3], 'int32');
*
* x.gather(indices).print();
* ```
*
* ```js
* const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
* const indices = tf.tensor1d([1, 1, 0], 'int32');
*
* x.gather(indices).print();
* ```
* @param x The input tensor whose slices are to be gathered.
* @param indices The indices of the values to extract.
* @param axis The axis over which to select values. Defaults to 0.
* @param batchDims Optional. The number of batch dimensions. It must be less
*     than or equal to rank(indices). Defaults to 0.
*     The output tensor will have shape of
*     `x.shape[:axis] + indices.shape[batchDims:] + x.shape[axis + 1:]`
*
* @doc {heading: 'Tensors', subheading: 'Slicing and Joining'}
*/
function gather_(x, indices, axis = 0, batchDims = 0) {
	const inputs = {
		x: convertToTensor(x, "x", "gather"),
		indices: convertToTensor(indices, "indices", "gather", "int32")
	};
	const attrs = {
		axis,
		batchDims
	};
	return ENGINE.runKernel(GatherV2, inputs, attrs);
}
var gather = /* @__PURE__ */ op$1({ gather_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/greater.js
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
* Returns the truth value of (a > b) element-wise. Supports broadcasting.
*
* ```js
* const a = tf.tensor1d([1, 2, 3]);
* const b = tf.tensor1d([2, 2, 2]);
*
* a.greater(b).print();
* ```
*
* @param a The first input tensor.
* @param b The second input tensor. Must have the same dtype as `a`.
*
* @doc {heading: 'Operations', subheading: 'Logical'}
*/
function greater_(a, b) {
	let $a = convertToTensor(a, "a", "greater", "string_or_numeric");
	let $b = convertToTensor(b, "b", "greater", "string_or_numeric");
	[$a, $b] = makeTypesMatch($a, $b);
	assertAndGetBroadcastShape($a.shape, $b.shape);
	const inputs = {
		a: $a,
		b: $b
	};
	return ENGINE.runKernel(Greater, inputs);
}
var greater = /* @__PURE__ */ op$1({ greater_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/imag.js
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
* Returns the imaginary part of a complex (or real) tensor.
*
* Given a tensor input, this operation returns a tensor of type float that is
* the imaginary part of each element in input considered as a complex number.
* If input is real, a tensor of all zeros is returned.
*
* ```js
* const x = tf.complex([-2.25, 3.25], [4.75, 5.75]);
* tf.imag(x).print();
* ```
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function imag_(input) {
	const inputs = { input: convertToTensor(input, "input", "imag") };
	return ENGINE.runKernel(Imag, inputs);
}
var imag = /* @__PURE__ */ op$1({ imag_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/log.js
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
* Computes natural logarithm of the input `tf.Tensor` element-wise: `ln(x)`
*
* ```js
* const x = tf.tensor1d([1, 2, Math.E]);
*
* x.log().print();  // or tf.log(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function log_(x) {
	const inputs = { x: convertToTensor(x, "x", "log", "float32") };
	return ENGINE.runKernel("Log", inputs);
}
var log = /* @__PURE__ */ op$1({ log_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/neg.js
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
* Computes `-1 * x` element-wise.
*
* ```js
* const x = tf.tensor2d([1, 2, -2, 0], [2, 2]);
*
* x.neg().print();  // or tf.neg(x)
* ```
*
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function neg_(x) {
	const inputs = { x: convertToTensor(x, "x", "neg") };
	return ENGINE.runKernel("Neg", inputs);
}
var neg = /* @__PURE__ */ op$1({ neg_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/softplus.js
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
* Computes softplus of the input `tf.Tensor` element-wise: `log(exp(x) + 1)`
*
* ```js
* const x = tf.tensor1d([0, 1, -1, .7]);
*
* x.softplus().print();  // or tf.softplus(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function softplus_(x) {
	const inputs = { x: convertToTensor(x, "x", "softplus") };
	return ENGINE.runKernel(Softplus, inputs);
}
var softplus = /* @__PURE__ */ op$1({ softplus_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/mean.js
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
* Computes the mean of elements across dimensions of a `tf.Tensor`.
*
* Reduces `x` along the dimensions given in `axis`. Unless `keepDims` is
* true, the rank of the `tf.Tensor` is reduced by 1 for each entry in `axis`.
* If `keepDims` is true, the reduced dimensions are retained with length 1.
* If `axis` has no entries, all dimensions are reduced, and a `tf.Tensor` with
* a single element is returned.
*
* ```js
* const x = tf.tensor1d([1, 2, 3]);
*
* x.mean().print();  // or tf.mean(a)
* ```
*
* ```js
* const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
*
* const axis = 1;
* x.mean(axis).print();  // or tf.mean(x, axis)
* ```
*
* @param x The input tensor.
* @param axis The dimension(s) to reduce. By default it reduces
*     all dimensions.
* @param keepDims If true, retains reduced dimensions with size 1.
*
* @doc {heading: 'Operations', subheading: 'Reduction'}
*/
function mean_(x, axis = null, keepDims = false) {
	const inputs = { x: convertToTensor(x, "x", "mean") };
	const attrs = {
		axis,
		keepDims
	};
	return ENGINE.runKernel(Mean, inputs, attrs);
}
var mean$1 = /* @__PURE__ */ op$1({ mean_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/zeros.js
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
* Creates a `tf.Tensor` with all elements set to 0.
*
* ```js
* tf.zeros([2, 2]).print();
* ```
*
* @param shape An array of integers defining the output tensor shape.
* @param dtype The type of an element in the resulting tensor. Can
*     be 'float32', 'int32' or 'bool'. Defaults to 'float'.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function zeros(shape, dtype = "float32") {
	assertNonNegativeIntegerDimensions(shape);
	if (dtype === "complex64") return complex(zeros(shape, "float32"), zeros(shape, "float32"));
	const values = makeZerosTypedArray(sizeFromShape(shape), dtype);
	return ENGINE.makeTensor(values, shape, dtype);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/ones.js
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
* Creates a `tf.Tensor` with all elements set to 1.
*
* ```js
* tf.ones([2, 2]).print();
* ```
*
* @param shape An array of integers defining the output tensor shape.
* @param dtype The type of an element in the resulting tensor. Defaults to
*     'float'.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function ones(shape, dtype = "float32") {
	assertNonNegativeIntegerDimensions(shape);
	if (dtype === "complex64") return complex(ones(shape, "float32"), zeros(shape, "float32"));
	const values = makeOnesTypedArray(sizeFromShape(shape), dtype);
	return ENGINE.makeTensor(values, shape, dtype);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/moments.js
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
* Calculates the mean and variance of `x`. The mean and variance are
* calculated by aggregating the contents of `x` across `axes`. If `x` is
* 1-D and `axes = [0]` this is just the mean and variance of a vector.
*
* @param x The input tensor.
* @param axis The dimension(s) along with to compute mean and
*     variance. By default it reduces all dimensions.
* @param keepDims If true, the moments have the same dimensionality as the
*     input.
* @return An object with two keys: `mean` and `variance`.
*
* @doc {heading: 'Operations', subheading: 'Normalization'}
*/
function moments_(x, axis = null, keepDims = false) {
	x = convertToTensor(x, "x", "moments");
	const axes = parseAxisParam(axis, x.shape);
	const xMean = mean$1(x, axes, keepDims);
	let keepDimsShape = xMean.shape;
	if (!keepDims) keepDimsShape = expandShapeToKeepDim(xMean.shape, axes);
	return {
		mean: xMean,
		variance: mean$1(square(sub(cast(x, "float32"), reshape(xMean, keepDimsShape))), axes, keepDims)
	};
}
var moments = /* @__PURE__ */ op$1({ moments_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/ones_like.js
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
* Creates a `tf.Tensor` with all elements set to 1 with the same shape as the
* given tensor.
*
* ```js
* const x = tf.tensor([1, 2]);
* tf.onesLike(x).print();
* ```
* @param x A tensor.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function onesLike_(x) {
	const inputs = { x: convertToTensor(x, "x", "onesLike") };
	return ENGINE.runKernel(OnesLike, inputs);
}
var onesLike = /* @__PURE__ */ op$1({ onesLike_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/pad.js
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
* Pads a `tf.Tensor` with a given value and paddings.
*
* This operation implements `CONSTANT` mode. For `REFLECT` and `SYMMETRIC`,
* refer to `tf.mirrorPad`.
*
* Also available are stricter rank-specific methods with the same signature
* as this method that assert that `paddings` is of given length.
*   - `tf.pad1d`
*   - `tf.pad2d`
*   - `tf.pad3d`
*   - `tf.pad4d`
*
* ```js
* const x = tf.tensor1d([1, 2, 3, 4]);
* x.pad([[1, 2]]).print();
* ```
* @param x The tensor to pad.
* @param paddings An array of length `R` (the rank of the tensor), where
* each element is a length-2 tuple of ints `[padBefore, padAfter]`,
* specifying how much to pad along each dimension of the tensor.
* @param constantValue The pad value to use. Defaults to 0.
*
* @doc {heading: 'Tensors', subheading: 'Transformations'}
*/
function pad_(x, paddings, constantValue = 0) {
	const $x = convertToTensor(x, "x", "pad");
	if ($x.rank === 0) throw new Error("pad(scalar) is not defined. Pass non-scalar to pad");
	const attrs = {
		paddings,
		constantValue
	};
	const inputs = { x: $x };
	return ENGINE.runKernel(PadV2, inputs, attrs);
}
var pad = /* @__PURE__ */ op$1({ pad_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/real.js
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
* Returns the real part of a complex (or real) tensor.
*
* Given a tensor input, this operation returns a tensor of type float that is
* the real part of each element in input considered as a complex number.
*
* If the input is real, it simply makes a clone.
*
* ```js
* const x = tf.complex([-2.25, 3.25], [4.75, 5.75]);
* tf.real(x).print();
* ```
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function real_(input) {
	const inputs = { input: convertToTensor(input, "input", "real") };
	return ENGINE.runKernel(Real, inputs);
}
var real = /* @__PURE__ */ op$1({ real_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/rsqrt.js
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
* Computes reciprocal of square root of the input `tf.Tensor` element-wise:
* `y = 1 / sqrt(x)`
*
* ```js
* const x = tf.tensor1d([1, 2, 4, -1]);
*
* x.rsqrt().print();  // or tf.rsqrt(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function rsqrt_(x) {
	const inputs = { x: convertToTensor(x, "x", "rsqrt", "float32") };
	return ENGINE.runKernel(Rsqrt, inputs);
}
var rsqrt = /* @__PURE__ */ op$1({ rsqrt_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/sin.js
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
* Computes sin of the input Tensor element-wise: `sin(x)`
*
* ```js
* const x = tf.tensor1d([0, Math.PI / 2, Math.PI * 3 / 4]);
*
* x.sin().print();  // or tf.sin(x)
* ```
* @param x The input tensor.
*
* @doc {heading: 'Operations', subheading: 'Basic math'}
*/
function sin_(x) {
	const inputs = { x: convertToTensor(x, "x", "sin", "float32") };
	return ENGINE.runKernel("Sin", inputs);
}
var sin = /* @__PURE__ */ op$1({ sin_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/stack.js
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
* Stacks a list of rank-`R` `tf.Tensor`s into one rank-`(R+1)` `tf.Tensor`.
*
* ```js
* const a = tf.tensor1d([1, 2]);
* const b = tf.tensor1d([3, 4]);
* const c = tf.tensor1d([5, 6]);
* tf.stack([a, b, c]).print();
* ```
*
* @param tensors A list of tensor objects with the same shape and dtype.
* @param axis The axis to stack along. Defaults to 0 (the first dim).
*
* @doc {heading: 'Tensors', subheading: 'Slicing and Joining'}
*/
function stack_(tensors, axis = 0) {
	const $tensors = convertToTensorArray(tensors, "tensors", "stack", "string_or_numeric");
	assert($tensors.length >= 1, () => "Pass at least one tensor to tf.stack");
	if ($tensors.length > 0) assert(axis <= $tensors[0].rank, () => "Axis must be <= rank of the tensor");
	const inputs = $tensors;
	const attrs = { axis };
	return ENGINE.runKernel(Pack, inputs, attrs);
}
var stack = /* @__PURE__ */ op$1({ stack_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/tensor1d.js
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
* Creates rank-1 `tf.Tensor` with the provided values, shape and dtype.
*
* The same functionality can be achieved with `tf.tensor`, but in general
* we recommend using `tf.tensor1d` as it makes the code more readable.
*
* ```js
* tf.tensor1d([1, 2, 3]).print();
* ```
*
* @param values The values of the tensor. Can be array of numbers,
*     or a `TypedArray`.
* @param dtype The data type.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function tensor1d(values, dtype) {
	assertNonNull(values);
	const inferredShape = inferShape(values, dtype);
	if (inferredShape.length !== 1) throw new Error("tensor1d() requires values to be a flat/TypedArray");
	return makeTensor(values, null, inferredShape, dtype);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/tensor2d.js
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
* Creates rank-2 `tf.Tensor` with the provided values, shape and dtype.
*
* The same functionality can be achieved with `tf.tensor`, but in general
* we recommend using `tf.tensor2d` as it makes the code more readable.
*
*  ```js
* // Pass a nested array.
* tf.tensor2d([[1, 2], [3, 4]]).print();
* ```
* ```js
* // Pass a flat array and specify a shape.
* tf.tensor2d([1, 2, 3, 4], [2, 2]).print();
* ```
*
* @param values The values of the tensor. Can be nested array of numbers,
*     or a flat array, or a `TypedArray`.
* @param shape The shape of the tensor. If not provided, it is inferred from
*     `values`.
* @param dtype The data type.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function tensor2d(values, shape, dtype) {
	assertNonNull(values);
	if (shape != null && shape.length !== 2) throw new Error("tensor2d() requires shape to have two numbers");
	const inferredShape = inferShape(values, dtype);
	if (inferredShape.length !== 2 && inferredShape.length !== 1) throw new Error("tensor2d() requires values to be number[][] or flat/TypedArray");
	if (inferredShape.length === 1 && shape == null) throw new Error("tensor2d() requires shape to be provided when `values` are a flat/TypedArray");
	return makeTensor(values, shape, inferredShape, dtype);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/unstack.js
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
* Unstacks a `tf.Tensor` of rank-`R` into a list of rank-`(R-1)` `tf.Tensor`s.
*
* ```js
* const a = tf.tensor2d([1, 2, 3, 4], [2, 2]);
*
* tf.unstack(a).forEach(tensor => tensor.print());
* ```
*
* @param x A tensor object.
* @param axis The axis to unstack along. Defaults to 0 (the first dim).
*
* @doc {heading: 'Tensors', subheading: 'Slicing and Joining'}
*/
function unstack_(x, axis = 0) {
	const $x = convertToTensor(x, "x", "unstack", "string_or_numeric");
	assert(axis >= -$x.shape.length && axis < $x.shape.length, () => `Axis = ${axis} is not in [-${$x.shape.length}, ${$x.shape.length})`);
	const inputs = { value: $x };
	const attrs = { axis };
	return ENGINE.runKernel(Unpack, inputs, attrs);
}
var unstack = /* @__PURE__ */ op$1({ unstack_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/variable.js
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
* Creates a new variable with the provided initial value.
* ```js
* const x = tf.variable(tf.tensor([1, 2, 3]));
* x.assign(tf.tensor([4, 5, 6]));
*
* x.print();
* ```
*
* @param initialValue Initial value for the tensor.
* @param trainable If true, optimizers are allowed to update it.
* @param name Name of the variable. Defaults to a unique id.
* @param dtype If set, initialValue will be converted to the given type.
*
* @doc {heading: 'Tensors', subheading: 'Creation'}
*/
function variable(initialValue, trainable = true, name, dtype) {
	return ENGINE.makeVariable(initialValue, trainable, name, dtype);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/transpose.js
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
* Transposes the `tf.Tensor`. Permutes the dimensions according to `perm`.
*
* The returned `tf.Tensor`'s dimension `i` will correspond to the input
* dimension `perm[i]`. If `perm` is not given, it is set to `[n-1...0]`,
* where `n` is the rank of the input `tf.Tensor`. Hence by default, this
* operation performs a regular matrix transpose on 2-D input `tf.Tensor`s.
*
* ```js
* const a = tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3]);
*
* a.transpose().print();  // or tf.transpose(a)
* ```
*
* @param x The tensor to transpose.
* @param perm The permutation of the dimensions of a.
* @param conjugate Will conjugate complex input if true.
*
* @doc {heading: 'Operations', subheading: 'Matrices'}
*/
function transpose_(x, perm, conjugate) {
	const $x = convertToTensor(x, "x", "transpose");
	if (perm == null) perm = $x.shape.map((s, i) => i).reverse();
	assert($x.rank === perm.length, () => `Error in transpose: rank of input ${$x.rank} must match length of perm ${perm}.`);
	perm.forEach((axis) => {
		assert(axis >= 0 && axis < $x.rank, () => `All entries in 'perm' must be between 0 and ${$x.rank - 1} but got ${perm}`);
	});
	if ($x.rank <= 1) return $x.clone();
	const inputs = { x: $x };
	const attrs = { perm };
	if ($x.dtype === "complex64") return tidy(() => {
		let $real = real($x);
		let $imag = imag($x);
		$real = ENGINE.runKernel(Transpose, { x: $real }, attrs);
		$imag = ENGINE.runKernel(Transpose, { x: $imag }, attrs);
		if (conjugate) $imag = neg($imag);
		return complex($real, $imag);
	});
	return ENGINE.runKernel(Transpose, inputs, attrs);
}
var transpose = /* @__PURE__ */ op$1({ transpose_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/fused/mat_mul.js
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
* Computes the dot product of two matrices with optional activation and bias.
*
* ```js
* const a = tf.tensor2d([-1, -2], [1, 2]);
* const b = tf.tensor2d([1, 2, 3, 4], [2, 2]);
* const bias = tf.tensor2d([1, 2], [1, 2]);
*
* tf.fused.matMul({a, b, bias, activation: 'relu'}).print();
* ```
*
* @param obj An object with the following properties:
* - `a` First matrix in dot product operation.
* - `b` Second matrix in dot product operation.
* - `transposeA` If true, `a` is transposed before multiplication.
* - `transposeB` If true, `b` is transposed before multiplication.
* - `bias` Matrix to be added to the result.
* - `activation` Name of activation kernel (defaults to `linear`).
* - `preluActivationWeights` Tensor of prelu weights.
* - `leakyreluAlpha` Alpha of leakyrelu.
*/
function fusedMatMul_({ a, b, transposeA = false, transposeB = false, bias, activation = "linear", preluActivationWeights, leakyreluAlpha = .2 }) {
	if (shouldFuse(ENGINE.state.gradientDepth, activation) === false) {
		let result = matMul$1(a, b, transposeA, transposeB);
		if (bias != null) result = add(result, bias);
		return applyActivation(result, activation, preluActivationWeights, leakyreluAlpha);
	}
	let $a = convertToTensor(a, "a", "fused matMul");
	let $b = convertToTensor(b, "b", "fused matMul");
	[$a, $b] = makeTypesMatch($a, $b);
	const innerShapeA = transposeA ? $a.shape[$a.rank - 2] : $a.shape[$a.rank - 1];
	const innerShapeB = transposeB ? $b.shape[$b.rank - 1] : $b.shape[$b.rank - 2];
	const outerShapeA = transposeA ? $a.shape[$a.rank - 1] : $a.shape[$a.rank - 2];
	const outerShapeB = transposeB ? $b.shape[$b.rank - 2] : $b.shape[$b.rank - 1];
	const outerDimsA = $a.shape.slice(0, -2);
	const outerDimsB = $b.shape.slice(0, -2);
	const batchDimA = sizeFromShape(outerDimsA);
	const batchDimB = sizeFromShape(outerDimsB);
	assert(innerShapeA === innerShapeB, () => `Error in fused matMul: inner shapes (${innerShapeA}) and (${innerShapeB}) of Tensors with shapes ${$a.shape} and ${$b.shape} and transposeA=${transposeA} and transposeB=${transposeB} must match.`);
	const outShape = assertAndGetBroadcastShape($a.shape.slice(0, -2), $b.shape.slice(0, -2)).concat([outerShapeA, outerShapeB]);
	const a3D = transposeA ? reshape($a, [
		batchDimA,
		innerShapeA,
		outerShapeA
	]) : reshape($a, [
		batchDimA,
		outerShapeA,
		innerShapeA
	]);
	const b3D = transposeB ? reshape($b, [
		batchDimB,
		outerShapeB,
		innerShapeB
	]) : reshape($b, [
		batchDimB,
		innerShapeB,
		outerShapeB
	]);
	let $bias;
	if (bias != null) {
		$bias = convertToTensor(bias, "bias", "fused matMul");
		[$bias] = makeTypesMatch($bias, $a);
		assertAndGetBroadcastShape(outShape, $bias.shape);
	}
	let $preluActivationWeights;
	if (preluActivationWeights != null) $preluActivationWeights = convertToTensor(preluActivationWeights, "prelu weights", "fused matMul");
	const grad = (dy, saved) => {
		const [a3D, b3D, y, $bias] = saved;
		const dyActivation = getFusedDyActivation(reshape(dy, y.shape), y, activation);
		let aDer;
		let bDer;
		if (!transposeA && !transposeB) {
			aDer = matMul$1(dyActivation, b3D, false, true);
			bDer = matMul$1(a3D, dyActivation, true, false);
		} else if (!transposeA && transposeB) {
			aDer = matMul$1(dyActivation, b3D, false, false);
			bDer = matMul$1(dyActivation, a3D, true, false);
		} else if (transposeA && !transposeB) {
			aDer = matMul$1(b3D, dyActivation, false, true);
			bDer = matMul$1(a3D, dyActivation, false, false);
		} else {
			aDer = matMul$1(b3D, dyActivation, true, true);
			bDer = matMul$1(dyActivation, a3D, true, true);
		}
		if (bias != null) {
			const biasDer = getFusedBiasGradient($bias, dyActivation);
			return [
				aDer,
				bDer,
				biasDer
			];
		} else return [aDer, bDer];
	};
	const inputs = {
		a: a3D,
		b: b3D,
		bias: $bias,
		preluActivationWeights: $preluActivationWeights
	};
	const attrs = {
		transposeA,
		transposeB,
		activation,
		leakyreluAlpha
	};
	if (bias == null) return customGrad((a3D, b3D, save) => {
		const res = ENGINE.runKernel(_FusedMatMul, inputs, attrs);
		save([
			a3D,
			b3D,
			res
		]);
		return {
			value: reshape(res, outShape),
			gradFunc: grad
		};
	})(a3D, b3D);
	else return customGrad((a3D, b3D, $bias, save) => {
		const res = ENGINE.runKernel(_FusedMatMul, inputs, attrs);
		save([
			a3D,
			b3D,
			res,
			$bias
		]);
		return {
			value: reshape(res, outShape),
			gradFunc: grad
		};
	})(a3D, b3D, $bias);
}
var matMul = /* @__PURE__ */ op$1({ fusedMatMul_ });
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/optimizers/optimizer_constructors.js
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
var OptimizerConstructors = class {
	/**
	* Constructs a `tf.SGDOptimizer` that uses stochastic gradient descent.
	*
	* ```js
	* // Fit a quadratic function by learning the coefficients a, b, c.
	* const xs = tf.tensor1d([0, 1, 2, 3]);
	* const ys = tf.tensor1d([1.1, 5.9, 16.8, 33.9]);
	*
	* const a = tf.scalar(Math.random()).variable();
	* const b = tf.scalar(Math.random()).variable();
	* const c = tf.scalar(Math.random()).variable();
	*
	* // y = a * x^2 + b * x + c.
	* const f = x => a.mul(x.square()).add(b.mul(x)).add(c);
	* const loss = (pred, label) => pred.sub(label).square().mean();
	*
	* const learningRate = 0.01;
	* const optimizer = tf.train.sgd(learningRate);
	*
	* // Train the model.
	* for (let i = 0; i < 10; i++) {
	*   optimizer.minimize(() => loss(f(xs), ys));
	* }
	*
	* // Make predictions.
	* console.log(
	*     `a: ${a.dataSync()}, b: ${b.dataSync()}, c: ${c.dataSync()}`);
	* const preds = f(xs).dataSync();
	* preds.forEach((pred, i) => {
	*   console.log(`x: ${i}, pred: ${pred}`);
	* });
	* ```
	*
	* @param learningRate The learning rate to use for the SGD algorithm.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers', namespace: 'train'}
	*/
	static sgd(learningRate) {
		return new SGDOptimizer(learningRate);
	}
	/**
	* Constructs a `tf.MomentumOptimizer` that uses momentum gradient
	* descent.
	*
	* See
	* [http://proceedings.mlr.press/v28/sutskever13.pdf](
	* http://proceedings.mlr.press/v28/sutskever13.pdf)
	*
	* @param learningRate The learning rate to use for the Momentum gradient
	* descent algorithm.
	* @param momentum The momentum to use for the momentum gradient descent
	* algorithm.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers', namespace: 'train'}
	*/
	static momentum(learningRate, momentum, useNesterov = false) {
		return new MomentumOptimizer(learningRate, momentum, useNesterov);
	}
	/**
	* Constructs a `tf.RMSPropOptimizer` that uses RMSProp gradient
	* descent. This implementation uses plain momentum and is not centered
	* version of RMSProp.
	*
	* See
	* [http://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf](
	* http://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf)
	*
	* @param learningRate The learning rate to use for the RMSProp gradient
	* descent algorithm.
	* @param decay The discounting factor for the history/coming gradient.
	* @param momentum The momentum to use for the RMSProp gradient descent
	* algorithm.
	* @param epsilon Small value to avoid zero denominator.
	* @param centered If true, gradients are normalized by the estimated
	* variance of the gradient.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers', namespace: 'train'}
	*/
	static rmsprop(learningRate, decay = .9, momentum = 0, epsilon = null, centered = false) {
		return new RMSPropOptimizer(learningRate, decay, momentum, epsilon, centered);
	}
	/**
	* Constructs a `tf.AdamOptimizer` that uses the Adam algorithm.
	* See [https://arxiv.org/abs/1412.6980](https://arxiv.org/abs/1412.6980)
	*
	* @param learningRate The learning rate to use for the Adam gradient
	* descent algorithm.
	* @param beta1 The exponential decay rate for the 1st moment estimates.
	* @param beta2 The exponential decay rate for the 2nd moment estimates.
	* @param epsilon A small constant for numerical stability.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers', namespace: 'train'}
	*/
	static adam(learningRate = .001, beta1 = .9, beta2 = .999, epsilon = null) {
		return new AdamOptimizer(learningRate, beta1, beta2, epsilon);
	}
	/**
	* Constructs a `tf.AdadeltaOptimizer` that uses the Adadelta algorithm.
	* See [https://arxiv.org/abs/1212.5701](https://arxiv.org/abs/1212.5701)
	*
	* @param learningRate The learning rate to use for the Adadelta gradient
	* descent algorithm.
	* @param rho The learning rate decay over each update.
	* @param epsilon A constant epsilon used to better condition the grad
	* update.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers', namespace: 'train'}
	*/
	static adadelta(learningRate = .001, rho = .95, epsilon = null) {
		return new AdadeltaOptimizer(learningRate, rho, epsilon);
	}
	/**
	* Constructs a `tf.AdamaxOptimizer` that uses the Adamax algorithm.
	* See [https://arxiv.org/abs/1412.6980](https://arxiv.org/abs/1412.6980)
	*
	* @param learningRate The learning rate to use for the Adamax gradient
	* descent algorithm.
	* @param beta1 The exponential decay rate for the 1st moment estimates.
	* @param beta2 The exponential decay rate for the 2nd moment estimates.
	* @param epsilon A small constant for numerical stability.
	* @param decay The learning rate decay over each update.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers', namespace: 'train'}
	*/
	static adamax(learningRate = .002, beta1 = .9, beta2 = .999, epsilon = null, decay = 0) {
		return new AdamaxOptimizer(learningRate, beta1, beta2, epsilon, decay);
	}
	/**
	* Constructs a `tf.AdagradOptimizer` that uses the Adagrad algorithm.
	* See
	* [http://www.jmlr.org/papers/volume12/duchi11a/duchi11a.pdf](
	* http://www.jmlr.org/papers/volume12/duchi11a/duchi11a.pdf)
	* or
	* [http://ruder.io/optimizing-gradient-descent/index.html#adagrad](
	* http://ruder.io/optimizing-gradient-descent/index.html#adagrad)
	*
	* @param learningRate The learning rate to use for the Adagrad gradient
	* descent algorithm.
	* @param initialAccumulatorValue Starting value for the accumulators, must be
	* positive.
	*
	* @doc {heading: 'Training', subheading: 'Optimizers', namespace: 'train'}
	*/
	static adagrad(learningRate, initialAccumulatorValue = .1) {
		return new AdagradOptimizer(learningRate, initialAccumulatorValue);
	}
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/train.js
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
var train$1 = OptimizerConstructors;
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/browser_util.js
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
var delayCallback = (() => {
	if (typeof requestAnimationFrame !== "undefined") return requestAnimationFrame;
	else if (typeof setImmediate !== "undefined") return setImmediate;
	return (f) => f();
})();
/**
* Returns a promise that resolves when a requestAnimationFrame has completed.
*
* On Node.js this uses setImmediate instead of requestAnimationFrame.
*
* This is simply a sugar method so that users can do the following:
* `await tf.nextFrame();`
*
* @doc {heading: 'Performance', subheading: 'Timing'}
*/
function nextFrame() {
	return new Promise((resolve) => delayCallback(() => resolve()));
}
// ../core/dist/node-module.js
/** True in Node (not in a browser page or a web worker with a `process` shim). */
var isNode = typeof process !== "undefined" && process.versions?.node !== void 0 && typeof window === "undefined";
/**
* Imports a Node built-in through a runtime specifier, so browser bundlers
* neither try to resolve it nor warn about externalising it; only called on
* code paths that run in Node.
*/
function nodeModule(name) {
	return import(
		/* @vite-ignore */
		name
);
}
// \0vite/preload-helper.js
var scriptRel = "modulepreload";
var assetsURL = function(dep, importerUrl) {
	return new URL(dep, importerUrl).href;
};
var seen = {};
var isCssPreloadUrl = function isCssPreloadUrl(url) {
	return url.pathname.endsWith(".css");
};
var preloadOnce = function preloadOnce(seen, href, preload) {
	if (href in seen) return seen[href];
	const promise = preload();
	if (!promise) {
		seen[href] = void 0;
		return;
	}
	const preloadPromise = promise.then(() => {
		seen[href] = void 0;
	}, (err) => {
		seen[href] = void 0;
		throw err;
	});
	seen[href] = preloadPromise;
	return preloadPromise;
};
var __vitePreload = function preload(baseModule, deps, importerUrl) {
	let promise = Promise.resolve();
	if (deps && deps.length > 0) {
		let preloadedHrefs;
		const cspNonceMeta = document.querySelector("meta[property=csp-nonce]");
		const cspNonce = cspNonceMeta?.nonce || cspNonceMeta?.getAttribute("nonce");
		function allSettled(promises) {
			return Promise.all(promises.map((p) => Promise.resolve(p).then((value) => ({
				status: "fulfilled",
				value
			}), (reason) => ({
				status: "rejected",
				reason
			}))));
		}
		function importMetaResolve(specifier) {
			if (import.meta.resolve) return new URL(import.meta.resolve(specifier));
			return new URL(
				specifier,
				/** #__KEEP__ */
				import.meta.url
			);
		}
		promise = allSettled(deps.map((depString) => {
			depString = assetsURL(depString, importerUrl);
			const dep = importMetaResolve(depString);
			const isCss = isCssPreloadUrl(dep);
			return preloadOnce(seen, dep.href, () => {
				if (preloadedHrefs === void 0) {
					preloadedHrefs = {
						all: /* @__PURE__ */ new Set(),
						styles: /* @__PURE__ */ new Set()
					};
					const links = document.getElementsByTagName("link");
					for (let i = links.length - 1; i >= 0; i--) {
						const link = links[i];
						preloadedHrefs.all.add(link.href);
						if (link.rel === "stylesheet") preloadedHrefs.styles.add(link.href);
					}
				}
				if ((isCss ? preloadedHrefs.styles : preloadedHrefs.all).has(dep.href)) return;
				const link = document.createElement("link");
				link.rel = isCss ? "stylesheet" : scriptRel;
				if (!isCss) link.as = "script";
				link.crossOrigin = "";
				link.href = dep.href;
				if (cspNonce) link.setAttribute("nonce", cspNonce);
				document.head.appendChild(link);
				if (isCss) return new Promise((res, rej) => {
					const handleSettle = (e) => {
						link.removeEventListener("load", handleSettle);
						link.removeEventListener("error", handleSettle);
						if (e.type === "error") rej(/* @__PURE__ */ new Error(`Unable to preload CSS for ${dep}`));
						else res(e);
					};
					link.addEventListener("load", handleSettle);
					link.addEventListener("error", handleSettle);
				});
			});
		}).filter((p) => p !== void 0));
	}
	function handlePreloadError(err) {
		const e = new Event("vite:preloadError", { cancelable: true });
		e.payload = err;
		window.dispatchEvent(e);
		if (!e.defaultPrevented) throw err;
	}
	return promise.then((res) => {
		for (const item of res || []) {
			if (item.status !== "rejected") continue;
			handlePreloadError(item.reason);
		}
		return baseModule().catch(handlePreloadError);
	});
};
// ../core/dist/backend.js
var BACKEND_NAMES = [
	"cpu",
	"wasm",
	"webgl",
	"webgpu",
	"tensorflow"
];
var PACKAGES = {
	cpu: "@tensorflow/tfjs-backend-cpu",
	wasm: "@tensorflow/tfjs-backend-wasm",
	webgl: "@tensorflow/tfjs-backend-webgl",
	webgpu: "@tensorflow/tfjs-backend-webgpu",
	tensorflow: "@tensorflow/tfjs-node"
};
var tfjsNodeSpecifier = "@tensorflow/tfjs-node";
var loaders = {
	cpu: () => __vitePreload(() => import("./dist-BaFMfhMV.js"), __vite__mapDeps([0,1,2,3,4,5]), import.meta.url),
	wasm: () => __vitePreload(() => import("./dist-B1fmLseT.js"), __vite__mapDeps([6,1,2,3]), import.meta.url),
	webgl: () => __vitePreload(() => import("./dist-BzfoobWj.js"), __vite__mapDeps([7,1,2,3,4,5]), import.meta.url),
	webgpu: () => __vitePreload(() => import("./dist-H80hkyeu.js"), __vite__mapDeps([8,1,2,3,5]), import.meta.url),
	tensorflow: () => import(
		/* @vite-ignore */
		tfjsNodeSpecifier
)
};
var current;
var pending;
function unavailableReason(name) {
	if (isNode && (name === "webgl" || name === "webgpu")) return `the '${name}' backend needs a browser (${name === "webgl" ? "WebGL2" : "WebGPU"}); in Node.js use 'wasm', 'cpu' or 'tensorflow'`;
	if (!isNode && name === "tensorflow") return "the 'tensorflow' backend (@tensorflow/tfjs-node) runs only in Node.js";
	if (name === "webgpu" && !isNode && !(typeof navigator !== "undefined" && "gpu" in navigator)) return "this browser has no WebGPU (navigator.gpu is missing); use 'webgl' or 'wasm'";
}
async function configureWasm(mod, opts) {
	const wasm = mod;
	if (opts.wasmPaths !== void 0) wasm.setWasmPaths(opts.wasmPaths);
	else if (!isNode) wasm.setWasmPaths({
		"tfjs-backend-wasm.wasm": new URL(new URL("tfjs-backend-wasm-BIA8cDLW.wasm", import.meta.url).href, "" + import.meta.url).href,
		"tfjs-backend-wasm-simd.wasm": new URL(new URL("tfjs-backend-wasm-simd-BrM3BlWr.wasm", import.meta.url).href, "" + import.meta.url).href,
		"tfjs-backend-wasm-threaded-simd.wasm": new URL(new URL("tfjs-backend-wasm-threaded-simd-BLCcuiBu.wasm", import.meta.url).href, "" + import.meta.url).href
	});
	if (opts.threads !== void 0) wasm.setThreadsCount(opts.threads);
}
async function describe(name) {
	if (name === "wasm") {
		const simd = Boolean(await env().getAsync("WASM_HAS_SIMD_SUPPORT"));
		const mt = Boolean(await env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT"));
		let threads = 1;
		if (mt && !isNode) threads = (await loaders.wasm()).getThreadsCount?.() ?? 1;
		return {
			name,
			simd,
			threads,
			syncReads: true
		};
	}
	if (name === "tensorflow") return {
		name,
		simd: true,
		threads: (await nodeModule("node:os")).cpus().length,
		syncReads: true
	};
	if (name === "webgl" || name === "webgpu") {
		const adapter = gpuAdapterName(name);
		return {
			name,
			simd: false,
			threads: 1,
			syncReads: name === "webgl",
			...adapter ? {
				adapter,
				software: /swiftshader|llvmpipe|software|basic render/i.test(adapter)
			} : {}
		};
	}
	return {
		name,
		simd: false,
		threads: 1,
		syncReads: true
	};
}
/** The GPU the webgl or webgpu backend drives, as the browser reports it. */
function gpuAdapterName(name) {
	try {
		const b = backend();
		if (name === "webgpu") {
			const a = b.adapterInfo;
			const parts = [
				a?.vendor,
				a?.architecture,
				a?.description
			].filter((p) => p !== void 0 && p !== "");
			return parts.length > 0 ? parts.join(" ") : void 0;
		}
		const gl = b.gpgpu?.gl;
		if (!gl) return void 0;
		const ext = gl.getExtension("WEBGL_debug_renderer_info");
		return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
	} catch {
		return;
	}
}
/**
* Loads (lazily, once) and activates a tfjs backend. Resolves to what is
* active. A backend that is not installed or cannot run here rejects with an
* {@link MlpinitError} (`BACKEND_UNAVAILABLE`) naming the backend and the fix;
* the previously active backend stays active.
*/
async function setBackend(name, opts = {}) {
	if (!BACKEND_NAMES.includes(name)) throw new MlpinitError("UNKNOWN_BACKEND", `unknown backend ${JSON.stringify(name)}; expected one of ${BACKEND_NAMES.join(", ")}`, "name");
	const reason = unavailableReason(name);
	if (reason) throw new MlpinitError("BACKEND_UNAVAILABLE", reason, "name");
	const run = async () => {
		if (name === "webgpu") {
			if (!await navigator.gpu.requestAdapter().catch(() => null)) throw new MlpinitError("BACKEND_UNAVAILABLE", "this browser has WebGPU but returned no GPU adapter; use 'webgl' or 'wasm'", "name");
		}
		let mod;
		try {
			mod = await loaders[name]();
		} catch (err) {
			throw new MlpinitError("BACKEND_UNAVAILABLE", `the '${name}' backend needs the package ${PACKAGES[name]}, which could not be loaded (install it next to @mlpinit/core: npm install ${PACKAGES[name]}@4.22.0): ${err.message}`, "name");
		}
		if (name === "wasm") await configureWasm(mod, opts);
		let ok = false;
		try {
			ok = await setBackend$1(name);
		} catch (err) {
			throw new MlpinitError("BACKEND_UNAVAILABLE", `the '${name}' backend failed to start: ${err.message}`, "name");
		}
		if (!ok) throw new MlpinitError("BACKEND_UNAVAILABLE", `the '${name}' backend failed to initialize in this runtime`, "name");
		if (name === "cpu" && isNode) {
			const cpu = findBackend("cpu");
			if (cpu) cpu.firstUse = false;
		}
		current = await describe(name);
		return current;
	};
	pending = (pending ?? Promise.resolve(void 0)).catch(() => void 0).then(run);
	return pending;
}
/**
* Makes sure a backend is active, starting the default (wasm) if none is.
* Every asynchronous entry point of mlpinit calls this first.
*/
async function ready() {
	if (pending) await pending.catch(() => void 0);
	const active = activeBackendName();
	if (active && (!current || current.name !== active)) current = await describe(active);
	if (current && activeBackendName() === current.name) return current;
	return setBackend("wasm");
}
/** The active backend, or `undefined` when none has been started. */
function getBackendInfo() {
	const active = activeBackendName();
	return current && current.name === active ? current : void 0;
}
function activeBackendName() {
	const name = engine().backendName;
	return name && BACKEND_NAMES.includes(name) ? name : void 0;
}
/**
* Throws a clear error when no backend is active (synchronous APIs cannot start
* the default wasm backend, whose initialization is asynchronous).
*/
function requireBackend() {
	if (activeBackendName() === void 0) throw new MlpinitError("NO_BACKEND", "no tfjs backend is active: `await ready()` (wasm by default) or `await setBackend('cpu')` first");
}
// ../core/dist/sync-read.js
/**
* Throws `SYNC_READ_UNSUPPORTED` when the active backend cannot read tensors
* synchronously (WebGPU without a working canvas read-back: tfjs then returns
* zeros, not an error). `api` is the synchronous call, `instead` its
* asynchronous counterpart, both named in the message; `param`, when given,
* names the argument whose tensor would be read.
*/
function assertSyncReads(api, instead, param) {
	const info = getBackendInfo();
	if (info && !info.syncReads) throw new MlpinitError("SYNC_READ_UNSUPPORTED", `${api} reads tensors synchronously, which mlpinit does not do on the ${info.name} backend (tfjs's canvas read-back is slow, and returns zeros on SwiftShader${info.adapter ? `; adapter: ${info.adapter}` : ""}); use ${instead}`, param);
}
/** `t.dataSync()` after {@link assertSyncReads}. */
function readSync(t, api, instead, param) {
	assertSyncReads(api, instead, param);
	return t.dataSync();
}
// ../../node_modules/.pnpm/pure-rand@8.4.2/node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps = [
	3639956645,
	3750757012,
	1261568508,
	386426335
];
var XoroShiro128Plus = class XoroShiro128Plus {
	constructor(s01, s00, s11, s10) {
		this.s01 = s01;
		this.s00 = s00;
		this.s11 = s11;
		this.s10 = s10;
	}
	clone() {
		return new XoroShiro128Plus(this.s01, this.s00, this.s11, this.s10);
	}
	next() {
		const out = this.s00 + this.s10 | 0;
		const a0 = this.s10 ^ this.s00;
		const a1 = this.s11 ^ this.s01;
		const s00 = this.s00;
		const s01 = this.s01;
		this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
		this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
		this.s10 = a1 << 5 ^ a0 >>> 27;
		this.s11 = a0 << 5 ^ a1 >>> 27;
		return out;
	}
	jump() {
		let ns01 = 0;
		let ns00 = 0;
		let ns11 = 0;
		let ns10 = 0;
		let s01 = this.s01;
		let s00 = this.s00;
		let s11 = this.s11;
		let s10 = this.s10;
		for (let i = 0; i !== 4; ++i) {
			const ji = jumps[i];
			for (let mask = 1; mask; mask <<= 1) {
				if (ji & mask) {
					ns01 ^= s01;
					ns00 ^= s00;
					ns11 ^= s11;
					ns10 ^= s10;
				}
				const a0 = s10 ^ s00;
				const a1 = s11 ^ s01;
				const s00_ = s00;
				const s01_ = s01;
				s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
				s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
				s10 = a1 << 5 ^ a0 >>> 27;
				s11 = a0 << 5 ^ a1 >>> 27;
			}
		}
		this.s01 = ns01;
		this.s00 = ns00;
		this.s11 = ns11;
		this.s10 = ns10;
	}
	getState() {
		return [
			this.s01,
			this.s00,
			this.s11,
			this.s10
		];
	}
};
function xoroshiro128plus(seed) {
	return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}
// ../../node_modules/.pnpm/pure-rand@8.4.2/node_modules/pure-rand/lib/esm/distribution/uniformFloat64.js
var scale26 = 1.4901161193847656e-8;
var scale53 = 11102230246251565e-32;
var mask1 = 67108863;
var mask2 = 134217727;
/**
* Uniformly generate random 64-bit floating point values between 0 (included) and 1 (excluded)
*
* @remarks Generated values are multiples of 2**-53, providing 53 bits of randomness.
*
* @param rng - Instance of RandomGenerator to extract random values from
*
* @public
*/
function uniformFloat64(rng) {
	const value1 = rng.next() & mask1;
	const value2 = rng.next() & mask2;
	return value1 * scale26 + value2 * scale53;
}
// ../core/dist/rng.js
/**
* Seeded random number generator (xoroshiro128+ from `pure-rand`), the single
* source of randomness in mlpinit. Draws happen in JavaScript (float64) and are
* rounded to float32 only when they become tensors, so one seed gives
* bit-identical weights on every tfjs backend.
*/
var Rng = class Rng {
	gen;
	spare;
	constructor(seed) {
		assertFinite(seed, "seed");
		this.gen = xoroshiro128plus(Math.trunc(seed) | 0);
	}
	/**
	* Independent stream `index` of `seed`: the generator of `new Rng(seed)`
	* advanced by `index` jumps of 2^64 draws (xoroshiro128+'s jump polynomial,
	* Blackman & Vigna 2018), so no draw of stream 0 (the network's weights)
	* ever meets a draw of stream 1 (e.g. a Fourier matrix) for the same seed.
	*/
	static stream(seed, index) {
		if (!Number.isInteger(index) || index < 0 || index > 64) throw new MlpinitError("INVALID_ARGUMENT", `expected an integer stream index in [0, 64], got ${index}`, "index");
		const rng = new Rng(seed);
		for (let k = 0; k < index; k++) rng.gen.jump();
		return rng;
	}
	/** Uniform on [0, 1) with 53 random bits. */
	uniform() {
		return uniformFloat64(this.gen);
	}
	/** Uniform on [lo, hi). */
	uniformRange(lo, hi) {
		return lo + (hi - lo) * this.uniform();
	}
	/** Uniform integer in [0, n). */
	int(n) {
		return Math.floor(this.uniform() * n);
	}
	/** Standard normal N(0, 1), Marsaglia's polar method. */
	normal() {
		if (this.spare !== void 0) {
			const s = this.spare;
			this.spare = void 0;
			return s;
		}
		let u = 0;
		let v = 0;
		let r = 0;
		do {
			u = 2 * this.uniform() - 1;
			v = 2 * this.uniform() - 1;
			r = u * u + v * v;
		} while (r >= 1 || r === 0);
		const m = Math.sqrt(-2 * Math.log(r) / r);
		this.spare = v * m;
		return u * m;
	}
	/** `n` draws of N(mean, std²) as float32. */
	normalArray(n, std = 1, mean = 0) {
		const out = new Float32Array(n);
		for (let i = 0; i < n; i++) out[i] = mean + std * this.normal();
		return out;
	}
	/** `n` draws of U(lo, hi) as float32 (redrawing the rare value that rounds up to `hi`). */
	uniformArray(n, lo, hi) {
		const out = new Float32Array(n);
		for (let i = 0; i < n; i++) {
			let v = Math.fround(this.uniformRange(lo, hi));
			while (v >= hi && hi > lo) v = Math.fround(this.uniformRange(lo, hi));
			out[i] = v;
		}
		return out;
	}
	/** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
	permutation(n) {
		const p = new Int32Array(n);
		for (let i = 0; i < n; i++) p[i] = i;
		for (let i = n - 1; i > 0; i--) {
			const j = this.int(i + 1);
			const t = p[i];
			p[i] = p[j];
			p[j] = t;
		}
		return p;
	}
	/** A new independent generator seeded from this one (for sub-streams). */
	split() {
		return new Rng(this.gen.next());
	}
};
// ../core/dist/epoch-sampler.js
/**
* Mini-batches by epochs: each epoch is a fresh seeded permutation of 0…n−1
* (Fisher–Yates, {@link Rng.permutation}) cut into consecutive batches of
* `batch` indices; a remainder shorter than a batch is dropped and the next
* epoch starts. The one sampler of core's `train`, its data-parallel path and
* go-init's GO optimizer, so one seed gives the same batches in each.
*/
var EpochSampler = class {
	n;
	batch;
	rng;
	perm = /* @__PURE__ */ new Int32Array(0);
	cursor;
	/** @param rng the generator permutations are drawn from (advanced only at epoch starts). */
	constructor(n, batch, rng) {
		assertInteger(n, "n", 1);
		assertInteger(batch, "batch", 1);
		this.n = n;
		this.batch = Math.min(batch, n);
		this.rng = rng;
		this.cursor = n;
	}
	/** True when a batch is all n points (then {@link next} is never needed). */
	get fullBatch() {
		return this.batch >= this.n;
	}
	/** The next batch's indices (a view into the epoch's permutation: copy it to keep it). */
	next() {
		if (this.cursor + this.batch > this.n) {
			this.perm = this.rng.permutation(this.n);
			this.cursor = 0;
		}
		const out = this.perm.subarray(this.cursor, this.cursor + this.batch);
		this.cursor += this.batch;
		return out;
	}
};
// ../../node_modules/.pnpm/@stdlib+math-base-assert-is-nan@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-assert-is-nan/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$38 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Tests if a double-precision floating-point numeric value is `NaN`.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is `NaN`
	*
	* @example
	* var bool = isnan( NaN );
	* // returns true
	*
	* @example
	* var bool = isnan( 7.0 );
	* // returns false
	*/
	function isnan(x) {
		return x !== x;
	}
	module.exports = isnan;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-assert-is-nan@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-assert-is-nan/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$52 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$38();
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-floor@0.2.4_supports-color@7.2.0/node_modules/@stdlib/math-base-special-floor/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$37 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = Math.floor;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-floor@0.2.4_supports-color@7.2.0/node_modules/@stdlib/math-base-special-floor/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$51 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$37();
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-ceil@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-special-ceil/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$36 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = Math.ceil;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-ceil@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-special-ceil/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$50 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$36();
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-trunc@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-special-trunc/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$35 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var floor = require_lib$51();
	var ceil = require_lib$50();
	/**
	* Rounds a double-precision floating-point number toward zero.
	*
	* @param {number} x - input value
	* @returns {number} rounded value
	*
	* @example
	* var v = trunc( -4.2 );
	* // returns -4.0
	*
	* @example
	* var v = trunc( 9.99999 );
	* // returns 9.0
	*
	* @example
	* var v = trunc( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = trunc( -0.0 );
	* // returns -0.0
	*
	* @example
	* var v = trunc( NaN );
	* // returns NaN
	*
	* @example
	* var v = trunc( Infinity );
	* // returns Infinity
	*
	* @example
	* var v = trunc( -Infinity );
	* // returns -Infinity
	*/
	function trunc(x) {
		if (x < 0) return ceil(x);
		return floor(x);
	}
	module.exports = trunc;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-trunc@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-special-trunc/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$49 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$35();
}));
// ../../node_modules/.pnpm/@stdlib+number-ctor@0.2.3/node_modules/@stdlib/number-ctor/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$34 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = Number;
}));
// ../../node_modules/.pnpm/@stdlib+number-ctor@0.2.3/node_modules/@stdlib/number-ctor/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$48 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$34();
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-ninf@0.2.3/node_modules/@stdlib/constants-float64-ninf/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$47 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_lib$48().NEGATIVE_INFINITY;
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-pinf@0.2.3/node_modules/@stdlib/constants-float64-pinf/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$46 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = Number.POSITIVE_INFINITY;
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-exponent-bias@0.2.3/node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$45 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 1023;
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-max-base2-exponent@0.2.3/node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$44 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 1023;
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-max-base2-exponent-subnormal@0.2.1/node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$43 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = -1023;
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-min-base2-exponent-subnormal@0.2.1/node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$42 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = -1074;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-assert-is-infinite@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$33 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var PINF = require_lib$46();
	var NINF = require_lib$47();
	/**
	* Tests if a double-precision floating-point numeric value is infinite.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is infinite
	*
	* @example
	* var bool = isInfinite( Infinity );
	* // returns true
	*
	* @example
	* var bool = isInfinite( -Infinity );
	* // returns true
	*
	* @example
	* var bool = isInfinite( 5.0 );
	* // returns false
	*
	* @example
	* var bool = isInfinite( NaN );
	* // returns false
	*/
	function isInfinite(x) {
		return x === PINF || x === NINF;
	}
	module.exports = isInfinite;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-assert-is-infinite@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$41 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$33();
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-high-word-sign-mask@0.2.1/node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$40 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 2147483648;
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-high-word-abs-mask@0.2.3/node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$39 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 2147483647;
}));
// ../../node_modules/.pnpm/@stdlib+utils-define-property@0.2.5/node_modules/@stdlib/utils-define-property/lib/define_property.js
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_define_property = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Object.defineProperty === "function" ? Object.defineProperty : null;
}));
// ../../node_modules/.pnpm/@stdlib+utils-define-property@0.2.5/node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_has_define_property_support = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var defineProperty = require_define_property();
	/**
	* Tests for `Object.defineProperty` support.
	*
	* @private
	* @returns {boolean} boolean indicating if an environment has `Object.defineProperty` support
	*
	* @example
	* var bool = hasDefinePropertySupport();
	* // returns <boolean>
	*/
	function hasDefinePropertySupport() {
		try {
			defineProperty({}, "x", {});
			return true;
		} catch (err) {
			return false;
		}
	}
	module.exports = hasDefinePropertySupport;
}));
// ../../node_modules/.pnpm/@stdlib+utils-define-property@0.2.5/node_modules/@stdlib/utils-define-property/lib/builtin.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_builtin = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = Object.defineProperty;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-interpolate@0.2.4/node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_is_number = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Tests if a value is a number primitive.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating if a value is a number primitive
	*
	* @example
	* var bool = isNumber( 3.14 );
	* // returns true
	*
	* @example
	* var bool = isNumber( NaN );
	* // returns true
	*
	* @example
	* var bool = isNumber( new Number( 3.14 ) );
	* // returns false
	*/
	function isNumber(value) {
		return typeof value === "number";
	}
	module.exports = isNumber;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-interpolate@0.2.4/node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_zero_pad = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Tests if a string starts with a minus sign (`-`).
	*
	* @private
	* @param {string} str - input string
	* @returns {boolean} boolean indicating if a string starts with a minus sign (`-`)
	*/
	function startsWithMinus(str) {
		return str[0] === "-";
	}
	/**
	* Returns a string of `n` zeros.
	*
	* @private
	* @param {number} n - number of zeros
	* @returns {string} string of zeros
	*/
	function zeros(n) {
		var out = "";
		var i = 0;
		for (; i < n; i++) out += "0";
		return out;
	}
	/**
	* Pads a token with zeros to the specified width.
	*
	* @private
	* @param {string} str - token argument
	* @param {number} width - token width
	* @param {boolean} [right=false] - boolean indicating whether to pad to the right
	* @returns {string} padded token argument
	*/
	function zeroPad(str, width, right) {
		var negative = false;
		var pad = width - str.length;
		if (pad < 0) return str;
		if (startsWithMinus(str)) {
			negative = true;
			str = str.substr(1);
		}
		str = right ? str + zeros(pad) : zeros(pad) + str;
		if (negative) str = "-" + str;
		return str;
	}
	module.exports = zeroPad;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-interpolate@0.2.4/node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_format_integer = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isNumber = require_is_number();
	var zeroPad = require_zero_pad();
	var lowercase = String.prototype.toLowerCase;
	var uppercase = String.prototype.toUpperCase;
	/**
	* Formats a token object argument as an integer.
	*
	* @private
	* @param {Object} token - token object
	* @throws {Error} must provide a valid integer
	* @returns {string} formatted token argument
	*/
	function formatInteger(token) {
		var base;
		var out;
		var i;
		switch (token.specifier) {
			case "b":
				base = 2;
				break;
			case "o":
				base = 8;
				break;
			case "x":
			case "X":
				base = 16;
				break;
			default: base = 10;
		}
		out = token.arg;
		i = parseInt(out, 10);
		if (!isFinite(i)) {
			if (!isNumber(out)) throw new Error("invalid integer. Value: " + out);
			i = 0;
		}
		if (i < 0 && (token.specifier === "u" || base !== 10)) i = 4294967295 + i + 1;
		if (i < 0) {
			out = (-i).toString(base);
			if (token.precision) out = zeroPad(out, token.precision, token.padRight);
			out = "-" + out;
		} else {
			out = i.toString(base);
			if (!i && !token.precision) out = "";
			else if (token.precision) out = zeroPad(out, token.precision, token.padRight);
			if (token.sign) out = token.sign + out;
		}
		if (base === 16) {
			if (token.alternate) out = "0x" + out;
			out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
		}
		if (base === 8) {
			if (token.alternate && out.charAt(0) !== "0") out = "0" + out;
		}
		return out;
	}
	module.exports = formatInteger;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-interpolate@0.2.4/node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_is_string$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Tests if a value is a string primitive.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating if a value is a string primitive
	*
	* @example
	* var bool = isString( 'beep' );
	* // returns true
	*
	* @example
	* var bool = isString( new String( 'beep' ) );
	* // returns false
	*/
	function isString(value) {
		return typeof value === "string";
	}
	module.exports = isString;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-interpolate@0.2.4/node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_format_double = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var abs = Math.abs;
	var lowercase = String.prototype.toLowerCase;
	var uppercase = String.prototype.toUpperCase;
	var replace = String.prototype.replace;
	var RE_EXP_POS_DIGITS = /e\+(\d)$/;
	var RE_EXP_NEG_DIGITS = /e-(\d)$/;
	var RE_ONLY_DIGITS = /^(\d+)$/;
	var RE_DIGITS_BEFORE_EXP = /^(\d+)e/;
	var RE_TRAILING_PERIOD_ZERO = /\.0$/;
	var RE_PERIOD_ZERO_EXP = /\.0*e/;
	var RE_ZERO_BEFORE_EXP = /(\..*[^0])0*e/;
	/**
	* Formats a token object argument as a floating-point number.
	*
	* @private
	* @param {number} f - parsed number
	* @param {Object} token - token object
	* @throws {Error} must provide a valid floating-point number
	* @returns {string} formatted token argument
	*/
	function formatDouble(f, token) {
		var digits;
		var out;
		switch (token.specifier) {
			case "e":
			case "E":
				out = f.toExponential(token.precision);
				break;
			case "f":
			case "F":
				out = f.toFixed(token.precision);
				break;
			case "g":
			case "G":
				if (abs(f) < 1e-4) {
					digits = token.precision;
					if (digits > 0) digits -= 1;
					out = f.toExponential(digits);
				} else out = f.toPrecision(token.precision);
				if (!token.alternate) {
					out = replace.call(out, RE_ZERO_BEFORE_EXP, "$1e");
					out = replace.call(out, RE_PERIOD_ZERO_EXP, "e");
					out = replace.call(out, RE_TRAILING_PERIOD_ZERO, "");
				}
				break;
			default: throw new Error("invalid double notation. Value: " + token.specifier);
		}
		out = replace.call(out, RE_EXP_POS_DIGITS, "e+0$1");
		out = replace.call(out, RE_EXP_NEG_DIGITS, "e-0$1");
		if (token.alternate) {
			out = replace.call(out, RE_ONLY_DIGITS, "$1.");
			out = replace.call(out, RE_DIGITS_BEFORE_EXP, "$1.e");
		}
		if (f >= 0 && token.sign) out = token.sign + out;
		out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
		return out;
	}
	module.exports = formatDouble;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-interpolate@0.2.4/node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_space_pad = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Returns `n` spaces.
	*
	* @private
	* @param {number} n - number of spaces
	* @returns {string} string of spaces
	*/
	function spaces(n) {
		var out = "";
		var i = 0;
		for (; i < n; i++) out += " ";
		return out;
	}
	/**
	* Pads a token with spaces to the specified width.
	*
	* @private
	* @param {string} str - token argument
	* @param {number} width - token width
	* @param {boolean} [right=false] - boolean indicating whether to pad to the right
	* @returns {string} padded token argument
	*/
	function spacePad(str, width, right) {
		var pad = width - str.length;
		if (pad < 0) return str;
		str = right ? str + spaces(pad) : spaces(pad) + str;
		return str;
	}
	module.exports = spacePad;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-interpolate@0.2.4/node_modules/@stdlib/string-base-format-interpolate/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$32 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var formatInteger = require_format_integer();
	var isString = require_is_string$1();
	var isNumber = require_is_number();
	var formatDouble = require_format_double();
	var spacePad = require_space_pad();
	var zeroPad = require_zero_pad();
	var fromCharCode = String.fromCharCode;
	var isArray = Array.isArray;
	/**
	* Returns a boolean indicating whether a value is `NaN`.
	*
	* @private
	* @param {*} value - input value
	* @returns {boolean} boolean indicating whether a value is `NaN`
	*
	* @example
	* var bool = isnan( NaN );
	* // returns true
	*
	* @example
	* var bool = isnan( 4 );
	* // returns false
	*/
	function isnan(value) {
		return value !== value;
	}
	/**
	* Initializes token object with properties of supplied format identifier object or default values if not present.
	*
	* @private
	* @param {Object} token - format identifier object
	* @returns {Object} token object
	*/
	function initialize(token) {
		var out = {};
		out.specifier = token.specifier;
		out.precision = token.precision === void 0 ? 1 : token.precision;
		out.width = token.width;
		out.flags = token.flags || "";
		out.mapping = token.mapping;
		return out;
	}
	/**
	* Generates string from a token array by interpolating values.
	*
	* @param {Array} tokens - string parts and format identifier objects
	* @param {Array} ...args - variable values
	* @throws {TypeError} first argument must be an array
	* @throws {Error} invalid flags
	* @returns {string} formatted string
	*
	* @example
	* var tokens = [ 'beep ', { 'specifier': 's' } ];
	* var out = formatInterpolate( tokens, 'boop' );
	* // returns 'beep boop'
	*/
	function formatInterpolate(tokens) {
		var hasPeriod;
		var flags;
		var token;
		var flag;
		var num;
		var out;
		var pos;
		var f;
		var i;
		var j;
		if (!isArray(tokens)) throw new TypeError("invalid argument. First argument must be an array. Value: `" + tokens + "`.");
		out = "";
		pos = 1;
		for (i = 0; i < tokens.length; i++) {
			token = tokens[i];
			if (isString(token)) out += token;
			else {
				hasPeriod = token.precision !== void 0;
				token = initialize(token);
				if (!token.specifier) throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `" + i + "`. Value: `" + token + "`.");
				if (token.mapping) pos = token.mapping;
				flags = token.flags;
				for (j = 0; j < flags.length; j++) {
					flag = flags.charAt(j);
					switch (flag) {
						case " ":
							token.sign = " ";
							break;
						case "+":
							token.sign = "+";
							break;
						case "-":
							token.padRight = true;
							token.padZeros = false;
							break;
						case "0":
							token.padZeros = flags.indexOf("-") < 0;
							break;
						case "#":
							token.alternate = true;
							break;
						default: throw new Error("invalid flag: " + flag);
					}
				}
				if (token.width === "*") {
					token.width = parseInt(arguments[pos], 10);
					pos += 1;
					if (isnan(token.width)) throw new TypeError("the argument for * width at position " + pos + " is not a number. Value: `" + token.width + "`.");
					if (token.width < 0) {
						token.padRight = true;
						token.width = -token.width;
					}
				}
				if (hasPeriod) {
					if (token.precision === "*") {
						token.precision = parseInt(arguments[pos], 10);
						pos += 1;
						if (isnan(token.precision)) throw new TypeError("the argument for * precision at position " + pos + " is not a number. Value: `" + token.precision + "`.");
						if (token.precision < 0) {
							token.precision = 1;
							hasPeriod = false;
						}
					}
				}
				token.arg = arguments[pos];
				switch (token.specifier) {
					case "b":
					case "o":
					case "x":
					case "X":
					case "d":
					case "i":
					case "u":
						if (hasPeriod) token.padZeros = false;
						token.arg = formatInteger(token);
						break;
					case "s":
						token.maxWidth = hasPeriod ? token.precision : -1;
						token.arg = String(token.arg);
						break;
					case "c":
						if (!isnan(token.arg)) {
							num = parseInt(token.arg, 10);
							if (num < 0 || num > 127) throw new Error("invalid character code. Value: " + token.arg);
							token.arg = isnan(num) ? String(token.arg) : fromCharCode(num);
						}
						break;
					case "e":
					case "E":
					case "f":
					case "F":
					case "g":
					case "G":
						if (!hasPeriod) token.precision = 6;
						f = parseFloat(token.arg);
						if (!isFinite(f)) {
							if (!isNumber(token.arg)) throw new Error("invalid floating-point number. Value: " + out);
							f = token.arg;
							token.padZeros = false;
						}
						token.arg = formatDouble(f, token);
						break;
					default: throw new Error("invalid specifier: " + token.specifier);
				}
				if (token.maxWidth >= 0 && token.arg.length > token.maxWidth) token.arg = token.arg.substring(0, token.maxWidth);
				if (token.padZeros) token.arg = zeroPad(token.arg, token.width || token.precision, token.padRight);
				else if (token.width) token.arg = spacePad(token.arg, token.width, token.padRight);
				out += token.arg || "";
				pos += 1;
			}
		}
		return out;
	}
	module.exports = formatInterpolate;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-interpolate@0.2.4/node_modules/@stdlib/string-base-format-interpolate/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$38 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$32();
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-tokenize@0.2.4/node_modules/@stdlib/string-base-format-tokenize/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$31 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var RE = /%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;
	/**
	* Parses a delimiter.
	*
	* @private
	* @param {Array} match - regular expression match
	* @returns {Object} delimiter token object
	*/
	function parse(match) {
		var token = {
			"mapping": match[1] ? parseInt(match[1], 10) : void 0,
			"flags": match[2],
			"width": match[3],
			"precision": match[5],
			"specifier": match[6]
		};
		if (match[4] === "." && match[5] === void 0) token.precision = "1";
		return token;
	}
	/**
	* Tokenizes a string into an array of string parts and format identifier objects.
	*
	* @param {string} str - input string
	* @returns {Array} tokens
	*
	* @example
	* var tokens = formatTokenize( 'Hello %s!' );
	* // returns [ 'Hello ', {...}, '!' ]
	*/
	function formatTokenize(str) {
		var content;
		var tokens;
		var match;
		var prev;
		tokens = [];
		prev = 0;
		match = RE.exec(str);
		while (match) {
			content = str.slice(prev, RE.lastIndex - match[0].length);
			if (content.length) tokens.push(content);
			if (match[6] === "%") tokens.push("%");
			else tokens.push(parse(match));
			prev = RE.lastIndex;
			match = RE.exec(str);
		}
		content = str.slice(prev);
		if (content.length) tokens.push(content);
		return tokens;
	}
	module.exports = formatTokenize;
}));
// ../../node_modules/.pnpm/@stdlib+string-base-format-tokenize@0.2.4/node_modules/@stdlib/string-base-format-tokenize/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$37 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$31();
}));
// ../../node_modules/.pnpm/@stdlib+string-format@0.2.3/node_modules/@stdlib/string-format/lib/is_string.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_is_string = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Tests if a value is a string primitive.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating if a value is a string primitive
	*
	* @example
	* var bool = isString( 'beep' );
	* // returns true
	*
	* @example
	* var bool = isString( new String( 'beep' ) );
	* // returns false
	*/
	function isString(value) {
		return typeof value === "string";
	}
	module.exports = isString;
}));
// ../../node_modules/.pnpm/@stdlib+string-format@0.2.3/node_modules/@stdlib/string-format/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$30 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var interpolate = require_lib$38();
	var tokenize = require_lib$37();
	var isString = require_is_string();
	/**
	* Inserts supplied variable values into a format string.
	*
	* @param {string} str - input string
	* @param {Array} ...args - variable values
	* @throws {TypeError} first argument must be a string
	* @throws {Error} invalid flags
	* @returns {string} formatted string
	*
	* @example
	* var str = format( 'Hello %s!', 'world' );
	* // returns 'Hello world!'
	*
	* @example
	* var str = format( 'Pi: ~%.2f', 3.141592653589793 );
	* // returns 'Pi: ~3.14'
	*/
	function format(str) {
		var args;
		var i;
		if (!isString(str)) throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", str));
		args = [tokenize(str)];
		for (i = 1; i < arguments.length; i++) args.push(arguments[i]);
		return interpolate.apply(null, args);
	}
	module.exports = format;
}));
// ../../node_modules/.pnpm/@stdlib+string-format@0.2.3/node_modules/@stdlib/string-format/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$36 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$30();
}));
// ../../node_modules/.pnpm/@stdlib+utils-define-property@0.2.5/node_modules/@stdlib/utils-define-property/lib/polyfill.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyfill$5 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var format = require_lib$36();
	var objectProtoype = Object.prototype;
	var toStr = objectProtoype.toString;
	var defineGetter = objectProtoype.__defineGetter__;
	var defineSetter = objectProtoype.__defineSetter__;
	var lookupGetter = objectProtoype.__lookupGetter__;
	var lookupSetter = objectProtoype.__lookupSetter__;
	/**
	* Defines (or modifies) an object property.
	*
	* ## Notes
	*
	* -   Property descriptors come in two flavors: **data descriptors** and **accessor descriptors**. A data descriptor is a property that has a value, which may or may not be writable. An accessor descriptor is a property described by a getter-setter function pair. A descriptor must be one of these two flavors and cannot be both.
	*
	* @param {Object} obj - object on which to define the property
	* @param {string} prop - property name
	* @param {Object} descriptor - property descriptor
	* @param {boolean} [descriptor.configurable=false] - boolean indicating if property descriptor can be changed and if the property can be deleted from the provided object
	* @param {boolean} [descriptor.enumerable=false] - boolean indicating if the property shows up when enumerating object properties
	* @param {boolean} [descriptor.writable=false] - boolean indicating if the value associated with the property can be changed with an assignment operator
	* @param {*} [descriptor.value] - property value
	* @param {(Function|void)} [descriptor.get=undefined] - function which serves as a getter for the property, or, if no getter, undefined. When the property is accessed, a getter function is called without arguments and with the `this` context set to the object through which the property is accessed (which may not be the object on which the property is defined due to inheritance). The return value will be used as the property value.
	* @param {(Function|void)} [descriptor.set=undefined] - function which serves as a setter for the property, or, if no setter, undefined. When assigning a property value, a setter function is called with one argument (the value being assigned to the property) and with the `this` context set to the object through which the property is assigned.
	* @throws {TypeError} first argument must be an object
	* @throws {TypeError} third argument must be an object
	* @throws {Error} property descriptor cannot have both a value and a setter and/or getter
	* @returns {Object} object with added property
	*
	* @example
	* var obj = {};
	*
	* defineProperty( obj, 'foo', {
	*     'value': 'bar'
	* });
	*
	* var str = obj.foo;
	* // returns 'bar'
	*/
	function defineProperty(obj, prop, descriptor) {
		var prototype;
		var hasValue;
		var hasGet;
		var hasSet;
		if (typeof obj !== "object" || obj === null || toStr.call(obj) === "[object Array]") throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.", obj));
		if (typeof descriptor !== "object" || descriptor === null || toStr.call(descriptor) === "[object Array]") throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.", descriptor));
		hasValue = "value" in descriptor;
		if (hasValue) {
			if (lookupGetter.call(obj, prop) || lookupSetter.call(obj, prop)) {
				prototype = obj.__proto__;
				obj.__proto__ = objectProtoype;
				delete obj[prop];
				obj[prop] = descriptor.value;
				obj.__proto__ = prototype;
			} else obj[prop] = descriptor.value;
		}
		hasGet = "get" in descriptor;
		hasSet = "set" in descriptor;
		if (hasValue && (hasGet || hasSet)) throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");
		if (hasGet && defineGetter) defineGetter.call(obj, prop, descriptor.get);
		if (hasSet && defineSetter) defineSetter.call(obj, prop, descriptor.set);
		return obj;
	}
	module.exports = defineProperty;
}));
// ../../node_modules/.pnpm/@stdlib+utils-define-property@0.2.5/node_modules/@stdlib/utils-define-property/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$35 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Define (or modify) an object property.
	*
	* @module @stdlib/utils-define-property
	*
	* @example
	* var defineProperty = require( '@stdlib/utils-define-property' );
	*
	* var obj = {};
	* defineProperty( obj, 'foo', {
	*     'value': 'bar',
	*     'writable': false,
	*     'configurable': false,
	*     'enumerable': false
	* });
	* obj.foo = 'boop'; // => throws
	*/
	var hasDefinePropertySupport = require_has_define_property_support();
	var builtin = require_builtin();
	var polyfill = require_polyfill$5();
	var defineProperty;
	if (hasDefinePropertySupport()) defineProperty = builtin;
	else defineProperty = polyfill;
	module.exports = defineProperty;
}));
// ../../node_modules/.pnpm/@stdlib+utils-define-nonenumerable-read-only-property@0.2.3/node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$29 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var defineProperty = require_lib$35();
	/**
	* Defines a non-enumerable read-only property.
	*
	* @param {Object} obj - object on which to define the property
	* @param {(string|symbol)} prop - property name
	* @param {*} value - value to set
	*
	* @example
	* var obj = {};
	*
	* setNonEnumerableReadOnly( obj, 'foo', 'bar' );
	*
	* try {
	*     obj.foo = 'boop';
	* } catch ( err ) {
	*     console.error( err.message );
	* }
	*/
	function setNonEnumerableReadOnly(obj, prop, value) {
		defineProperty(obj, prop, {
			"configurable": false,
			"enumerable": false,
			"writable": false,
			"value": value
		});
	}
	module.exports = setNonEnumerableReadOnly;
}));
// ../../node_modules/.pnpm/@stdlib+utils-define-nonenumerable-read-only-property@0.2.3/node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$34 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$29();
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-symbol-support@0.2.3/node_modules/@stdlib/assert-has-symbol-support/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$28 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Tests for native `Symbol` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Symbol` support
	*
	* @example
	* var bool = hasSymbolSupport();
	* // returns <boolean>
	*/
	function hasSymbolSupport() {
		return typeof Symbol === "function" && typeof Symbol("foo") === "symbol";
	}
	module.exports = hasSymbolSupport;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-symbol-support@0.2.3/node_modules/@stdlib/assert-has-symbol-support/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$33 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$28();
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-tostringtag-support@0.2.3/node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$27 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var FLG = require_lib$33()();
	/**
	* Tests for native `Symbol.toStringTag` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Symbol.toStringTag` support
	*
	* @example
	* var bool = hasToStringTagSupport();
	* // returns <boolean>
	*/
	function hasToStringTagSupport() {
		return FLG && typeof Symbol.toStringTag === "symbol";
	}
	module.exports = hasToStringTagSupport;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-tostringtag-support@0.2.3/node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$32 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$27();
}));
// ../../node_modules/.pnpm/@stdlib+utils-native-class@0.2.3/node_modules/@stdlib/utils-native-class/lib/tostring.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_tostring = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = Object.prototype.toString;
}));
// ../../node_modules/.pnpm/@stdlib+utils-native-class@0.2.3/node_modules/@stdlib/utils-native-class/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$26 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var toStr = require_tostring();
	/**
	* Returns a string value indicating a specification defined classification (via the internal property `[[Class]]`) of an object.
	*
	* @param {*} v - input value
	* @returns {string} string value indicating a specification defined classification of the input value
	*
	* @example
	* var str = nativeClass( 'a' );
	* // returns '[object String]'
	*
	* @example
	* var str = nativeClass( 5 );
	* // returns '[object Number]'
	*
	* @example
	* function Beep() {
	*     return this;
	* }
	* var str = nativeClass( new Beep() );
	* // returns '[object Object]'
	*/
	function nativeClass(v) {
		return toStr.call(v);
	}
	module.exports = nativeClass;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-own-property@0.2.3/node_modules/@stdlib/assert-has-own-property/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$25 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var has = Object.prototype.hasOwnProperty;
	/**
	* Tests if an object has a specified property.
	*
	* @param {*} value - value to test
	* @param {*} property - property to test
	* @returns {boolean} boolean indicating if an object has a specified property
	*
	* @example
	* var beep = {
	*     'boop': true
	* };
	*
	* var bool = hasOwnProp( beep, 'boop' );
	* // returns true
	*
	* @example
	* var beep = {
	*     'boop': true
	* };
	*
	* var bool = hasOwnProp( beep, 'bap' );
	* // returns false
	*/
	function hasOwnProp(value, property) {
		if (value === void 0 || value === null) return false;
		return has.call(value, property);
	}
	module.exports = hasOwnProp;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-own-property@0.2.3/node_modules/@stdlib/assert-has-own-property/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$31 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$25();
}));
// ../../node_modules/.pnpm/@stdlib+symbol-ctor@0.2.3/node_modules/@stdlib/symbol-ctor/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$24 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Symbol === "function" ? Symbol : void 0;
}));
// ../../node_modules/.pnpm/@stdlib+symbol-ctor@0.2.3/node_modules/@stdlib/symbol-ctor/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$30 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$24();
}));
// ../../node_modules/.pnpm/@stdlib+utils-native-class@0.2.3/node_modules/@stdlib/utils-native-class/lib/tostringtag.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_tostringtag = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var Symbol = require_lib$30();
	module.exports = typeof Symbol === "function" ? Symbol.toStringTag : "";
}));
// ../../node_modules/.pnpm/@stdlib+utils-native-class@0.2.3/node_modules/@stdlib/utils-native-class/lib/polyfill.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyfill$4 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var hasOwnProp = require_lib$31();
	var toStringTag = require_tostringtag();
	var toStr = require_tostring();
	/**
	* Returns a string value indicating a specification defined classification of an object in environments supporting `Symbol.toStringTag`.
	*
	* @param {*} v - input value
	* @returns {string} string value indicating a specification defined classification of the input value
	*
	* @example
	* var str = nativeClass( 'a' );
	* // returns '[object String]'
	*
	* @example
	* var str = nativeClass( 5 );
	* // returns '[object Number]'
	*
	* @example
	* function Beep() {
	*     return this;
	* }
	* var str = nativeClass( new Beep() );
	* // returns '[object Object]'
	*/
	function nativeClass(v) {
		var isOwn;
		var tag;
		var out;
		if (v === null || v === void 0) return toStr.call(v);
		tag = v[toStringTag];
		isOwn = hasOwnProp(v, toStringTag);
		try {
			v[toStringTag] = void 0;
		} catch (err) {
			return toStr.call(v);
		}
		out = toStr.call(v);
		if (isOwn) v[toStringTag] = tag;
		else delete v[toStringTag];
		return out;
	}
	module.exports = nativeClass;
}));
// ../../node_modules/.pnpm/@stdlib+utils-native-class@0.2.3/node_modules/@stdlib/utils-native-class/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$29 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Return a string value indicating a specification defined classification of an object.
	*
	* @module @stdlib/utils-native-class
	*
	* @example
	* var nativeClass = require( '@stdlib/utils-native-class' );
	*
	* var str = nativeClass( 'a' );
	* // returns '[object String]'
	*
	* str = nativeClass( 5 );
	* // returns '[object Number]'
	*
	* function Beep() {
	*     return this;
	* }
	* str = nativeClass( new Beep() );
	* // returns '[object Object]'
	*/
	var hasToStringTag = require_lib$32();
	var builtin = require_main$26();
	var polyfill = require_polyfill$4();
	var main;
	if (hasToStringTag()) main = polyfill;
	else main = builtin;
	module.exports = main;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-uint32array@0.2.3/node_modules/@stdlib/assert-is-uint32array/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$23 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var nativeClass = require_lib$29();
	var hasUint32Array = typeof Uint32Array === "function";
	/**
	* Tests if a value is a Uint32Array.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating whether value is a Uint32Array
	*
	* @example
	* var Uint32Array = require( '@stdlib/array-uint32' );
	*
	* var bool = isUint32Array( new Uint32Array( 10 ) );
	* // returns true
	*
	* @example
	* var bool = isUint32Array( [] );
	* // returns false
	*/
	function isUint32Array(value) {
		return hasUint32Array && value instanceof Uint32Array || nativeClass(value) === "[object Uint32Array]";
	}
	module.exports = isUint32Array;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-uint32array@0.2.3/node_modules/@stdlib/assert-is-uint32array/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$28 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$23();
}));
// ../../node_modules/.pnpm/@stdlib+constants-uint32-max@0.2.3/node_modules/@stdlib/constants-uint32-max/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$27 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 4294967295;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint32array-support@0.2.3/node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_uint32array = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Uint32Array === "function" ? Uint32Array : null;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint32array-support@0.2.3/node_modules/@stdlib/assert-has-uint32array-support/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$22 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isUint32Array = require_lib$28();
	var UINT32_MAX = require_lib$27();
	var GlobalUint32Array = require_uint32array();
	/**
	* Tests for native `Uint32Array` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Uint32Array` support
	*
	* @example
	* var bool = hasUint32ArraySupport();
	* // returns <boolean>
	*/
	function hasUint32ArraySupport() {
		var bool;
		var arr;
		if (typeof GlobalUint32Array !== "function") return false;
		try {
			arr = [
				1,
				3.14,
				-3.14,
				UINT32_MAX + 1,
				UINT32_MAX + 2
			];
			arr = new GlobalUint32Array(arr);
			bool = isUint32Array(arr) && arr[0] === 1 && arr[1] === 3 && arr[2] === UINT32_MAX - 2 && arr[3] === 0 && arr[4] === 1;
		} catch (err) {
			bool = false;
		}
		return bool;
	}
	module.exports = hasUint32ArraySupport;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint32array-support@0.2.3/node_modules/@stdlib/assert-has-uint32array-support/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$26 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$22();
}));
// ../../node_modules/.pnpm/@stdlib+array-uint32@0.2.3/node_modules/@stdlib/array-uint32/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$21 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Uint32Array === "function" ? Uint32Array : void 0;
}));
// ../../node_modules/.pnpm/@stdlib+array-uint32@0.2.3/node_modules/@stdlib/array-uint32/lib/polyfill.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyfill$3 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Typed array which represents an array of 32-bit unsigned integers in the platform byte order.
	*
	* @throws {Error} not implemented
	*/
	function polyfill() {
		throw new Error("not implemented");
	}
	module.exports = polyfill;
}));
// ../../node_modules/.pnpm/@stdlib+array-uint32@0.2.3/node_modules/@stdlib/array-uint32/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$25 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Typed array constructor which returns a typed array representing an array of 32-bit unsigned integers in the platform byte order.
	*
	* @module @stdlib/array-uint32
	*
	* @example
	* var ctor = require( '@stdlib/array-uint32' );
	*
	* var arr = new ctor( 10 );
	* // returns <Uint32Array>
	*/
	var hasUint32ArraySupport = require_lib$26();
	var builtin = require_main$21();
	var polyfill = require_polyfill$3();
	var ctor;
	if (hasUint32ArraySupport()) ctor = builtin;
	else ctor = polyfill;
	module.exports = ctor;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-float64array@0.2.3/node_modules/@stdlib/assert-is-float64array/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$20 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var nativeClass = require_lib$29();
	var hasFloat64Array = typeof Float64Array === "function";
	/**
	* Tests if a value is a Float64Array.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating whether value is a Float64Array
	*
	* @example
	* var Float64Array = require( '@stdlib/array-float64' );
	*
	* var bool = isFloat64Array( new Float64Array( 10 ) );
	* // returns true
	*
	* @example
	* var bool = isFloat64Array( [] );
	* // returns false
	*/
	function isFloat64Array(value) {
		return hasFloat64Array && value instanceof Float64Array || nativeClass(value) === "[object Float64Array]";
	}
	module.exports = isFloat64Array;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-float64array@0.2.3/node_modules/@stdlib/assert-is-float64array/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$24 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$20();
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-float64array-support@0.2.3/node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_float64array = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Float64Array === "function" ? Float64Array : null;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-float64array-support@0.2.3/node_modules/@stdlib/assert-has-float64array-support/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$19 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isFloat64Array = require_lib$24();
	var GlobalFloat64Array = require_float64array();
	/**
	* Tests for native `Float64Array` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Float64Array` support
	*
	* @example
	* var bool = hasFloat64ArraySupport();
	* // returns <boolean>
	*/
	function hasFloat64ArraySupport() {
		var bool;
		var arr;
		if (typeof GlobalFloat64Array !== "function") return false;
		try {
			arr = new GlobalFloat64Array([
				1,
				3.14,
				-3.14,
				NaN
			]);
			bool = isFloat64Array(arr) && arr[0] === 1 && arr[1] === 3.14 && arr[2] === -3.14 && arr[3] !== arr[3];
		} catch (err) {
			bool = false;
		}
		return bool;
	}
	module.exports = hasFloat64ArraySupport;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-float64array-support@0.2.3/node_modules/@stdlib/assert-has-float64array-support/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$23 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$19();
}));
// ../../node_modules/.pnpm/@stdlib+array-float64@0.2.3/node_modules/@stdlib/array-float64/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$18 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Float64Array === "function" ? Float64Array : void 0;
}));
// ../../node_modules/.pnpm/@stdlib+array-float64@0.2.3/node_modules/@stdlib/array-float64/lib/polyfill.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyfill$2 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Typed array which represents an array of double-precision floating-point numbers in the platform byte order.
	*
	* @throws {Error} not implemented
	*/
	function polyfill() {
		throw new Error("not implemented");
	}
	module.exports = polyfill;
}));
// ../../node_modules/.pnpm/@stdlib+array-float64@0.2.3/node_modules/@stdlib/array-float64/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$22 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Typed array constructor which returns a typed array representing an array of double-precision floating-point numbers in the platform byte order.
	*
	* @module @stdlib/array-float64
	*
	* @example
	* var ctor = require( '@stdlib/array-float64' );
	*
	* var arr = new ctor( 10 );
	* // returns <Float64Array>
	*/
	var hasFloat64ArraySupport = require_lib$23();
	var builtin = require_main$18();
	var polyfill = require_polyfill$2();
	var ctor;
	if (hasFloat64ArraySupport()) ctor = builtin;
	else ctor = polyfill;
	module.exports = ctor;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-uint8array@0.2.3/node_modules/@stdlib/assert-is-uint8array/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$17 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var nativeClass = require_lib$29();
	var hasUint8Array = typeof Uint8Array === "function";
	/**
	* Tests if a value is a Uint8Array.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating whether value is a Uint8Array
	*
	* @example
	* var Uint8Array = require( '@stdlib/array-uint8' );
	*
	* var bool = isUint8Array( new Uint8Array( 10 ) );
	* // returns true
	*
	* @example
	* var bool = isUint8Array( [] );
	* // returns false
	*/
	function isUint8Array(value) {
		return hasUint8Array && value instanceof Uint8Array || nativeClass(value) === "[object Uint8Array]";
	}
	module.exports = isUint8Array;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-uint8array@0.2.3/node_modules/@stdlib/assert-is-uint8array/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$21 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$17();
}));
// ../../node_modules/.pnpm/@stdlib+constants-uint8-max@0.2.3/node_modules/@stdlib/constants-uint8-max/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$20 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 255;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint8array-support@0.2.3/node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_uint8array = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Uint8Array === "function" ? Uint8Array : null;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint8array-support@0.2.3/node_modules/@stdlib/assert-has-uint8array-support/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$16 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isUint8Array = require_lib$21();
	var UINT8_MAX = require_lib$20();
	var GlobalUint8Array = require_uint8array();
	/**
	* Tests for native `Uint8Array` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Uint8Array` support
	*
	* @example
	* var bool = hasUint8ArraySupport();
	* // returns <boolean>
	*/
	function hasUint8ArraySupport() {
		var bool;
		var arr;
		if (typeof GlobalUint8Array !== "function") return false;
		try {
			arr = [
				1,
				3.14,
				-3.14,
				UINT8_MAX + 1,
				UINT8_MAX + 2
			];
			arr = new GlobalUint8Array(arr);
			bool = isUint8Array(arr) && arr[0] === 1 && arr[1] === 3 && arr[2] === UINT8_MAX - 2 && arr[3] === 0 && arr[4] === 1;
		} catch (err) {
			bool = false;
		}
		return bool;
	}
	module.exports = hasUint8ArraySupport;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint8array-support@0.2.3/node_modules/@stdlib/assert-has-uint8array-support/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$19 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$16();
}));
// ../../node_modules/.pnpm/@stdlib+array-uint8@0.2.3/node_modules/@stdlib/array-uint8/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$15 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Uint8Array === "function" ? Uint8Array : void 0;
}));
// ../../node_modules/.pnpm/@stdlib+array-uint8@0.2.3/node_modules/@stdlib/array-uint8/lib/polyfill.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyfill$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Typed array which represents an array of 8-bit unsigned integers in the platform byte order.
	*
	* @throws {Error} not implemented
	*/
	function polyfill() {
		throw new Error("not implemented");
	}
	module.exports = polyfill;
}));
// ../../node_modules/.pnpm/@stdlib+array-uint8@0.2.3/node_modules/@stdlib/array-uint8/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$18 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Typed array constructor which returns a typed array representing an array of 8-bit unsigned integers in the platform byte order.
	*
	* @module @stdlib/array-uint8
	*
	* @example
	* var ctor = require( '@stdlib/array-uint8' );
	*
	* var arr = new ctor( 10 );
	* // returns <Uint8Array>
	*/
	var hasUint8ArraySupport = require_lib$19();
	var builtin = require_main$15();
	var polyfill = require_polyfill$1();
	var ctor;
	if (hasUint8ArraySupport()) ctor = builtin;
	else ctor = polyfill;
	module.exports = ctor;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-uint16array@0.2.3/node_modules/@stdlib/assert-is-uint16array/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$14 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var nativeClass = require_lib$29();
	var hasUint16Array = typeof Uint16Array === "function";
	/**
	* Tests if a value is a Uint16Array.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating whether value is a Uint16Array
	*
	* @example
	* var Uint16Array = require( '@stdlib/array-uint16' );
	*
	* var bool = isUint16Array( new Uint16Array( 10 ) );
	* // returns true
	*
	* @example
	* var bool = isUint16Array( [] );
	* // returns false
	*/
	function isUint16Array(value) {
		return hasUint16Array && value instanceof Uint16Array || nativeClass(value) === "[object Uint16Array]";
	}
	module.exports = isUint16Array;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-uint16array@0.2.3/node_modules/@stdlib/assert-is-uint16array/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$17 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$14();
}));
// ../../node_modules/.pnpm/@stdlib+constants-uint16-max@0.2.3/node_modules/@stdlib/constants-uint16-max/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$16 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 65535;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint16array-support@0.2.3/node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_uint16array = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Uint16Array === "function" ? Uint16Array : null;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint16array-support@0.2.3/node_modules/@stdlib/assert-has-uint16array-support/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$13 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isUint16Array = require_lib$17();
	var UINT16_MAX = require_lib$16();
	var GlobalUint16Array = require_uint16array();
	/**
	* Tests for native `Uint16Array` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Uint16Array` support
	*
	* @example
	* var bool = hasUint16ArraySupport();
	* // returns <boolean>
	*/
	function hasUint16ArraySupport() {
		var bool;
		var arr;
		if (typeof GlobalUint16Array !== "function") return false;
		try {
			arr = [
				1,
				3.14,
				-3.14,
				UINT16_MAX + 1,
				UINT16_MAX + 2
			];
			arr = new GlobalUint16Array(arr);
			bool = isUint16Array(arr) && arr[0] === 1 && arr[1] === 3 && arr[2] === UINT16_MAX - 2 && arr[3] === 0 && arr[4] === 1;
		} catch (err) {
			bool = false;
		}
		return bool;
	}
	module.exports = hasUint16ArraySupport;
}));
// ../../node_modules/.pnpm/@stdlib+assert-has-uint16array-support@0.2.3/node_modules/@stdlib/assert-has-uint16array-support/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$15 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$13();
}));
// ../../node_modules/.pnpm/@stdlib+array-uint16@0.2.3/node_modules/@stdlib/array-uint16/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$12 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof Uint16Array === "function" ? Uint16Array : void 0;
}));
// ../../node_modules/.pnpm/@stdlib+array-uint16@0.2.3/node_modules/@stdlib/array-uint16/lib/polyfill.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyfill = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Typed array which represents an array of 16-bit unsigned integers in the platform byte order.
	*
	* @throws {Error} not implemented
	*/
	function polyfill() {
		throw new Error("not implemented");
	}
	module.exports = polyfill;
}));
// ../../node_modules/.pnpm/@stdlib+array-uint16@0.2.3/node_modules/@stdlib/array-uint16/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$14 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Typed array constructor which returns a typed array representing an array of 16-bit unsigned integers in the platform byte order.
	*
	* @module @stdlib/array-uint16
	*
	* @example
	* var ctor = require( '@stdlib/array-uint16' );
	*
	* var arr = new ctor( 10 );
	* // returns <Uint16Array>
	*/
	var hasUint16ArraySupport = require_lib$15();
	var builtin = require_main$12();
	var polyfill = require_polyfill();
	var ctor;
	if (hasUint16ArraySupport()) ctor = builtin;
	else ctor = polyfill;
	module.exports = ctor;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-little-endian@0.2.3/node_modules/@stdlib/assert-is-little-endian/lib/ctors.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_ctors = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var Uint8Array = require_lib$18();
	module.exports = {
		"uint16": require_lib$14(),
		"uint8": Uint8Array
	};
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-little-endian@0.2.3/node_modules/@stdlib/assert-is-little-endian/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$11 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var ctors = require_ctors();
	var bool;
	/**
	* Returns a boolean indicating if an environment is little endian.
	*
	* @private
	* @returns {boolean} boolean indicating if an environment is little endian
	*
	* @example
	* var bool = isLittleEndian();
	* // returns <boolean>
	*/
	function isLittleEndian() {
		var uint16view;
		var uint8view;
		uint16view = new ctors["uint16"](1);
		uint16view[0] = 4660;
		uint8view = new ctors["uint8"](uint16view.buffer);
		return uint8view[0] === 52;
	}
	bool = isLittleEndian();
	module.exports = bool;
}));
// ../../node_modules/.pnpm/@stdlib+assert-is-little-endian@0.2.3/node_modules/@stdlib/assert-is-little-endian/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$13 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$11();
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-to-words@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-to-words/lib/indices.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_indices$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isLittleEndian = require_lib$13();
	var indices;
	var HIGH;
	var LOW;
	if (isLittleEndian === true) {
		HIGH = 1;
		LOW = 0;
	} else {
		HIGH = 0;
		LOW = 1;
	}
	indices = {
		"HIGH": HIGH,
		"LOW": LOW
	};
	module.exports = indices;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-to-words@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-to-words/lib/assign.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_assign$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var Uint32Array = require_lib$25();
	var Float64Array = require_lib$22();
	var indices = require_indices$1();
	var FLOAT64_VIEW = new Float64Array(1);
	var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
	var HIGH = indices.HIGH;
	var LOW = indices.LOW;
	/**
	* Splits a double-precision floating-point number into a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 can we find the higher order bits? If little endian, the second; if big endian, the first.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @private
	* @param {number} x - input value
	* @param {Collection} out - output array
	* @param {integer} stride - output array stride
	* @param {NonNegativeInteger} offset - output array index offset
	* @returns {Collection} output array
	*
	* @example
	* var Uint32Array = require( '@stdlib/array-uint32' );
	*
	* var out = new Uint32Array( 2 );
	*
	* var w = toWords( 3.14e201, out, 1, 0 );
	* // returns <Uint32Array>[ 1774486211, 2479577218 ]
	*
	* var bool = ( w === out );
	* // returns true
	*/
	function toWords(x, out, stride, offset) {
		FLOAT64_VIEW[0] = x;
		out[offset] = UINT32_VIEW[HIGH];
		out[offset + stride] = UINT32_VIEW[LOW];
		return out;
	}
	module.exports = toWords;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-to-words@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-to-words/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$10 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var fcn = require_assign$1();
	/**
	* Splits a double-precision floating-point number into a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* @param {number} x - input value
	* @returns {Array<number>} output array
	*
	* @example
	* var w = toWords( 3.14e201 );
	* // returns [ 1774486211, 2479577218 ]
	*/
	function toWords(x) {
		return fcn(x, [0, 0], 1, 0);
	}
	module.exports = toWords;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-to-words@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-to-words/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$12 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Split a double-precision floating-point number into a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* @module @stdlib/number-float64-base-to-words
	*
	* @example
	* var toWords = require( '@stdlib/number-float64-base-to-words' );
	*
	* var w = toWords( 3.14e201 );
	* // returns [ 1774486211, 2479577218 ]
	*
	* @example
	* var Uint32Array = require( '@stdlib/array-uint32' );
	* var toWords = require( '@stdlib/number-float64-base-to-words' );
	*
	* var out = new Uint32Array( 2 );
	*
	* var w = toWords.assign( 3.14e201, out, 1, 0 );
	* // returns <Uint32Array>[ 1774486211, 2479577218 ]
	*
	* var bool = ( w === out );
	* // returns true
	*/
	var setReadOnly = require_lib$34();
	var main = require_main$10();
	setReadOnly(main, "assign", require_assign$1());
	module.exports = main;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-get-high-word@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_high = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isLittleEndian = require_lib$13();
	var HIGH;
	if (isLittleEndian === true) HIGH = 1;
	else HIGH = 0;
	module.exports = HIGH;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-get-high-word@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$9 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var Uint32Array = require_lib$25();
	var Float64Array = require_lib$22();
	var HIGH = require_high();
	var FLOAT64_VIEW = new Float64Array(1);
	var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
	/**
	* Returns an unsigned 32-bit integer corresponding to the more significant 32 bits of a double-precision floating-point number.
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 can we find the higher order bits? If little endian, the second; if big endian, the first.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @param {number} x - input value
	* @returns {uinteger32} higher order word
	*
	* @example
	* var w = getHighWord( 3.14e201 ); // => 01101001110001001000001011000011
	* // returns 1774486211
	*/
	function getHighWord(x) {
		FLOAT64_VIEW[0] = x;
		return UINT32_VIEW[HIGH];
	}
	module.exports = getHighWord;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-get-high-word@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$11 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$9();
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-from-words@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-from-words/lib/indices.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_indices = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isLittleEndian = require_lib$13();
	var indices;
	var HIGH;
	var LOW;
	if (isLittleEndian === true) {
		HIGH = 1;
		LOW = 0;
	} else {
		HIGH = 0;
		LOW = 1;
	}
	indices = {
		"HIGH": HIGH,
		"LOW": LOW
	};
	module.exports = indices;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-from-words@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-from-words/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$8 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var Uint32Array = require_lib$25();
	var Float64Array = require_lib$22();
	var indices = require_indices();
	var FLOAT64_VIEW = new Float64Array(1);
	var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
	var HIGH = indices.HIGH;
	var LOW = indices.LOW;
	/**
	* Creates a double-precision floating-point number from a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 should we place the higher order bits? If little endian, the second; if big endian, the first.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @param {uinteger32} high - higher order word (unsigned 32-bit integer)
	* @param {uinteger32} low - lower order word (unsigned 32-bit integer)
	* @returns {number} floating-point number
	*
	* @example
	* var v = fromWords( 1774486211, 2479577218 );
	* // returns 3.14e201
	*
	* @example
	* var v = fromWords( 3221823995, 1413754136 );
	* // returns -3.141592653589793
	*
	* @example
	* var v = fromWords( 0, 0 );
	* // returns 0.0
	*
	* @example
	* var v = fromWords( 2147483648, 0 );
	* // returns -0.0
	*
	* @example
	* var v = fromWords( 2146959360, 0 );
	* // returns NaN
	*
	* @example
	* var v = fromWords( 2146435072, 0 );
	* // returns Infinity
	*
	* @example
	* var v = fromWords( 4293918720, 0 );
	* // returns -Infinity
	*/
	function fromWords(high, low) {
		UINT32_VIEW[HIGH] = high;
		UINT32_VIEW[LOW] = low;
		return FLOAT64_VIEW[0];
	}
	module.exports = fromWords;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-from-words@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-from-words/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$10 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$8();
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-copysign@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-special-copysign/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$7 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var SIGN_MASK = require_lib$40();
	var ABS_MASK = require_lib$39();
	var toWords = require_lib$12();
	var getHighWord = require_lib$11();
	var fromWords = require_lib$10();
	var WORDS = [0, 0];
	/**
	* Returns a double-precision floating-point number with the magnitude of `x` and the sign of `y`.
	*
	* @param {number} x - number from which to derive a magnitude
	* @param {number} y - number from which to derive a sign
	* @returns {number} a double-precision floating-point number
	*
	* @example
	* var z = copysign( -3.14, 10.0 );
	* // returns 3.14
	*
	* @example
	* var z = copysign( 3.14, -1.0 );
	* // returns -3.14
	*
	* @example
	* var z = copysign( 1.0, -0.0 );
	* // returns -1.0
	*
	* @example
	* var z = copysign( -3.14, -0.0 );
	* // returns -3.14
	*
	* @example
	* var z = copysign( -0.0, 1.0 );
	* // returns 0.0
	*/
	function copysign(x, y) {
		var hx;
		var hy;
		toWords.assign(x, WORDS, 1, 0);
		hx = WORDS[0];
		hx &= ABS_MASK;
		hy = getHighWord(y);
		hy &= SIGN_MASK;
		hx |= hy;
		return fromWords(hx, WORDS[1]);
	}
	module.exports = copysign;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-copysign@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-special-copysign/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$9 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$7();
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-smallest-normal@0.2.3/node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$8 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 22250738585072014e-324;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-abs@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-special-abs/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$6 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Computes the absolute value of a double-precision floating-point number `x`.
	*
	* @param {number} x - input value
	* @returns {number} absolute value
	*
	* @example
	* var v = abs( -1.0 );
	* // returns 1.0
	*
	* @example
	* var v = abs( 2.0 );
	* // returns 2.0
	*
	* @example
	* var v = abs( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = abs( -0.0 );
	* // returns 0.0
	*
	* @example
	* var v = abs( NaN );
	* // returns NaN
	*/
	function abs(x) {
		return Math.abs(x);
	}
	module.exports = abs;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-abs@0.2.3_supports-color@7.2.0/node_modules/@stdlib/math-base-special-abs/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$7 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$6();
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-normalize@0.2.4_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-normalize/lib/assign.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_assign = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var FLOAT64_SMALLEST_NORMAL = require_lib$8();
	var isInfinite = require_lib$41();
	var isnan = require_lib$52();
	var abs = require_lib$7();
	var SCALAR = 4503599627370496;
	/**
	* Returns a normal number `y` and exponent `exp` satisfying \\(x = y \cdot 2^\mathrm{exp}\\) and assigns results to a provided output array.
	*
	* @param {number} x - input value
	* @param {Collection} out - output array
	* @param {integer} stride - output array stride
	* @param {NonNegativeInteger} offset - output array index offset
	* @returns {Collection} output array
	*
	* @example
	* var pow = require( '@stdlib/math-base-special-pow' );
	*
	* var out = normalize( 3.14e-319, [ 0.0, 0 ], 1, 0 );
	* // returns [ 1.4141234400356668e-303, -52 ]
	*
	* var y = out[ 0 ];
	* var exp = out[ 1 ];
	*
	* var bool = ( y*pow(2.0,exp) === 3.14e-319 );
	* // returns true
	*
	* @example
	* var out = normalize( 0.0, [ 0.0, 0 ], 1, 0 );
	* // returns [ 0.0, 0 ];
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' );
	*
	* var out = normalize( PINF, [ 0.0, 0 ], 1, 0 );
	* // returns [ Infinity, 0 ]
	*
	* @example
	* var NINF = require( '@stdlib/constants-float64-ninf' );
	*
	* var out = normalize( NINF, [ 0.0, 0 ], 1, 0 );
	* // returns [ -Infinity, 0 ]
	*
	* @example
	* var out = normalize( NaN, [ 0.0, 0 ], 1, 0 );
	* // returns [ NaN, 0 ]
	*/
	function normalize(x, out, stride, offset) {
		if (isnan(x) || isInfinite(x)) {
			out[offset] = x;
			out[offset + stride] = 0;
			return out;
		}
		if (x !== 0 && abs(x) < FLOAT64_SMALLEST_NORMAL) {
			out[offset] = x * SCALAR;
			out[offset + stride] = -52;
			return out;
		}
		out[offset] = x;
		out[offset + stride] = 0;
		return out;
	}
	module.exports = normalize;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-normalize@0.2.4_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-normalize/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$5 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var fcn = require_assign();
	/**
	* Returns a normal number `y` and exponent `exp` satisfying \\(x = y \cdot 2^\mathrm{exp}\\).
	*
	* @param {number} x - input value
	* @returns {NumberArray} output array
	*
	* @example
	* var pow = require( '@stdlib/math-base-special-pow' );
	*
	* var out = normalize( 3.14e-319 );
	* // returns [ 1.4141234400356668e-303, -52 ]
	*
	* var y = out[ 0 ];
	* var exp = out[ 1 ];
	*
	* var bool = ( y*pow(2.0,exp) === 3.14e-319 );
	* // returns true
	*
	* @example
	* var out = normalize( 0.0 );
	* // returns [ 0.0, 0 ]
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' );
	*
	* var out = normalize( PINF );
	* // returns [ Infinity, 0 ]
	*
	* @example
	* var NINF = require( '@stdlib/constants-float64-ninf' );
	*
	* var out = normalize( NINF );
	* // returns [ -Infinity, 0 ]
	*
	* @example
	* var out = normalize( NaN );
	* // returns [ NaN, 0 ]
	*/
	function normalize(x) {
		return fcn(x, [0, 0], 1, 0);
	}
	module.exports = normalize;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-normalize@0.2.4_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-normalize/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$6 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Return a normal number `y` and exponent `exp` satisfying \\(x = y \cdot 2^\mathrm{exp}\\).
	*
	* @module @stdlib/number-float64-base-normalize
	*
	* @example
	* var pow = require( '@stdlib/math-base-special-pow' );
	* var normalize = require( '@stdlib/number-float64-base-normalize' );
	*
	* var out = normalize( 3.14e-319 );
	* // returns [ 1.4141234400356668e-303, -52 ]
	*
	* var y = out[ 0 ];
	* var exp = out[ 1 ];
	*
	* var bool = ( y*pow(2.0, exp) === 3.14e-319 );
	* // returns true
	*
	* @example
	* var Float64Array = require( '@stdlib/array-float64' );
	* var normalize = require( '@stdlib/number-float64-base-normalize' );
	*
	* var out = new Float64Array( 2 );
	*
	* var v = normalize.assign( 3.14e-319, out, 1, 0 );
	* // returns <Float64Array>[ 1.4141234400356668e-303, -52 ]
	*
	* var bool = ( v === out );
	* // returns true
	*/
	var setReadOnly = require_lib$34();
	var main = require_main$5();
	setReadOnly(main, "assign", require_assign());
	module.exports = main;
}));
// ../../node_modules/.pnpm/@stdlib+constants-float64-high-word-exponent-mask@0.2.3/node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$5 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = 2146435072;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-exponent@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-exponent/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$4 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var getHighWord = require_lib$11();
	var EXP_MASK = require_lib$5();
	var BIAS = require_lib$45();
	/**
	* Returns an integer corresponding to the unbiased exponent of a double-precision floating-point number.
	*
	* @param {number} x - input value
	* @returns {integer32} unbiased exponent
	*
	* @example
	* var exp = exponent( 3.14e-307 ); // => 2**-1019 ~ 1e-307
	* // returns -1019
	*
	* @example
	* var exp = exponent( -3.14 );
	* // returns 1
	*
	* @example
	* var exp = exponent( 0.0 );
	* // returns -1023
	*
	* @example
	* var exp = exponent( NaN );
	* // returns 1024
	*/
	function exponent(x) {
		var high = getHighWord(x);
		high = (high & EXP_MASK) >>> 20;
		return high - BIAS | 0;
	}
	module.exports = exponent;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-exponent@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-exponent/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$4 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$4();
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-ldexp@0.2.5_supports-color@7.2.0/node_modules/@stdlib/math-base-special-ldexp/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$3 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var PINF = require_lib$46();
	var NINF = require_lib$47();
	var BIAS = require_lib$45();
	var MAX_EXPONENT = require_lib$44();
	var MAX_SUBNORMAL_EXPONENT = require_lib$43();
	var MIN_SUBNORMAL_EXPONENT = require_lib$42();
	var isnan = require_lib$52();
	var isInfinite = require_lib$41();
	var copysign = require_lib$9();
	var normalize = require_lib$6().assign;
	var floatExp = require_lib$4();
	var toWords = require_lib$12();
	var fromWords = require_lib$10();
	var TWO52_INV = 2220446049250313e-31;
	var CLEAR_EXP_MASK = 2148532223;
	var FRAC = [0, 0];
	var WORDS = [0, 0];
	/**
	* Multiplies a double-precision floating-point number by an integer power of two.
	*
	* @param {number} frac - fraction
	* @param {integer} exp - exponent
	* @returns {number} double-precision floating-point number
	*
	* @example
	* var x = ldexp( 0.5, 3 ); // => 0.5 * 2^3 = 0.5 * 8
	* // returns 4.0
	*
	* @example
	* var x = ldexp( 4.0, -2 ); // => 4 * 2^(-2) = 4 * (1/4)
	* // returns 1.0
	*
	* @example
	* var x = ldexp( 0.0, 20 );
	* // returns 0.0
	*
	* @example
	* var x = ldexp( -0.0, 39 );
	* // returns -0.0
	*
	* @example
	* var x = ldexp( NaN, -101 );
	* // returns NaN
	*
	* @example
	* var x = ldexp( Infinity, 11 );
	* // returns Infinity
	*
	* @example
	* var x = ldexp( -Infinity, -118 );
	* // returns -Infinity
	*/
	function ldexp(frac, exp) {
		var high;
		var m;
		if (exp === 0 || frac === 0 || isnan(frac) || isInfinite(frac)) return frac;
		normalize(frac, FRAC, 1, 0);
		frac = FRAC[0];
		exp += FRAC[1];
		exp += floatExp(frac);
		if (exp < MIN_SUBNORMAL_EXPONENT) return copysign(0, frac);
		if (exp > MAX_EXPONENT) {
			if (frac < 0) return NINF;
			return PINF;
		}
		if (exp <= MAX_SUBNORMAL_EXPONENT) {
			exp += 52;
			m = TWO52_INV;
		} else m = 1;
		toWords.assign(frac, WORDS, 1, 0);
		high = WORDS[0];
		high &= CLEAR_EXP_MASK;
		high |= exp + BIAS << 20;
		return m * fromWords(high, WORDS[1]);
	}
	module.exports = ldexp;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-ldexp@0.2.5_supports-color@7.2.0/node_modules/@stdlib/math-base-special-ldexp/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$3 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$3();
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-exp@0.2.5_supports-color@7.2.0/node_modules/@stdlib/math-base-special-exp/lib/polyval_p.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_p = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return .16666666666666602;
		return .16666666666666602 + x * (-.0027777777777015593 + x * (6613756321437934e-20 + x * (-16533902205465252e-22 + x * 4.1381367970572385e-8)));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-exp@0.2.5_supports-color@7.2.0/node_modules/@stdlib/math-base-special-exp/lib/expmulti.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var require_expmulti = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var ldexp = require_lib$3();
	var polyvalP = require_polyval_p();
	/**
	* Computes \\(e^{r} 2^k\\) where \\(r = \mathrm{hi} - \mathrm{lo}\\) and \\(|r| \leq \ln(2)/2\\).
	*
	* @private
	* @param {number} hi - upper bound
	* @param {number} lo - lower bound
	* @param {integer} k - power of 2
	* @returns {number} function value
	*/
	function expmulti(hi, lo, k) {
		var r;
		var t;
		var c;
		var y;
		r = hi - lo;
		t = r * r;
		c = r - t * polyvalP(t);
		y = 1 - (lo - r * c / (2 - c) - hi);
		return ldexp(y, k);
	}
	module.exports = expmulti;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-exp@0.2.5_supports-color@7.2.0/node_modules/@stdlib/math-base-special-exp/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var require_main$2 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isnan = require_lib$52();
	var trunc = require_lib$49();
	var NINF = require_lib$47();
	var PINF = require_lib$46();
	var expmulti = require_expmulti();
	var LN2_HI = .6931471803691238;
	var LN2_LO = 19082149292705877e-26;
	var LOG2_E = 1.4426950408889634;
	var OVERFLOW = 709.782712893384;
	var UNDERFLOW = -745.1332191019411;
	var NEARZERO = 1 / (1 << 28);
	var NEG_NEARZERO = -NEARZERO;
	/**
	* Evaluates the natural exponential function.
	*
	* ## Method
	*
	* 1.  We reduce \\( x \\) to an \\( r \\) so that \\( |r| \leq 0.5 \cdot \ln(2) \approx 0.34658 \\). Given \\( x \\), we find an \\( r \\) and integer \\( k \\) such that
	*
	*     ```tex
	*     \begin{align*}
	*     x &= k \cdot \ln(2) + r \\
	*     |r| &\leq 0.5 \cdot \ln(2)
	*     \end{align*}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     \\( r \\) can be represented as \\( r = \mathrm{hi} - \mathrm{lo} \\) for better accuracy.
	*
	*     <!-- </note> -->
	*
	* 2.  We approximate of \\( e^{r} \\) by a special rational function on the interval \\(\[0,0.34658]\\):
	*
	*     ```tex
	*     \begin{align*}
	*     R\left(r^2\right) &= r \cdot \frac{ e^{r}+1 }{ e^{r}-1 } \\
	*     &= 2 + \frac{r^2}{6} - \frac{r^4}{360} + \ldots
	*     \end{align*}
	*     ```
	*
	*     We use a special Remes algorithm on \\(\[0,0.34658]\\) to generate a polynomial of degree \\(5\\) to approximate \\(R\\). The maximum error of this polynomial approximation is bounded by \\(2^{-59}\\). In other words,
	*
	*     ```tex
	*     R(z) \sim 2 + P_1 z + P_2 z^2 + P_3 z^3 + P_4 z^4 + P_5 z^5
	*     ```
	*
	*     where \\( z = r^2 \\) and
	*
	*     ```tex
	*     \left|  2 + P_1 z + \ldots + P_5 z^5  - R(z) \right| \leq 2^{-59}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     The values of \\( P_1 \\) to \\( P_5 \\) are listed in the source code.
	*
	*     <!-- </note> -->
	*
	*     The computation of \\( e^{r} \\) thus becomes
	*
	*     ```tex
	*     \begin{align*}
	*     e^{r} &= 1 + \frac{2r}{R-r} \\
	*           &= 1 + r + \frac{r \cdot R_1(r)}{2 - R_1(r)}\ \text{for better accuracy}
	*     \end{align*}
	*     ```
	*
	*     where
	*
	*     ```tex
	*     R_1(r) = r - P_1\ r^2 + P_2\ r^4 + \ldots + P_5\ r^{10}
	*     ```
	*
	* 3.  We scale back to obtain \\( e^{x} \\). From step 1, we have
	*
	*     ```tex
	*     e^{x} = 2^k e^{r}
	*     ```
	*
	* ## Special Cases
	*
	* ```tex
	* \begin{align*}
	* e^\infty &= \infty \\
	* e^{-\infty} &= 0 \\
	* e^{\mathrm{NaN}} &= \mathrm{NaN} \\
	* e^0 &= 1\ \mathrm{is\ exact\ for\ finite\ argument\ only}
	* \end{align*}
	* ```
	*
	* ## Notes
	*
	* -   According to an error analysis, the error is always less than \\(1\\) ulp (unit in the last place).
	*
	* -   For an IEEE double,
	*
	*     -   if \\(x > 7.09782712893383973096\mbox{e+}02\\), then \\(e^{x}\\) overflows
	*     -   if \\(x < -7.45133219101941108420\mbox{e+}02\\), then \\(e^{x}\\) underflows
	*
	* -   The hexadecimal values included in the source code are the intended ones for the used constants. Decimal values may be used, provided that the compiler will convert from decimal to binary accurately enough to produce the intended hexadecimal values.
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = exp( 4.0 );
	* // returns ~54.5982
	*
	* @example
	* var v = exp( -9.0 );
	* // returns ~1.234e-4
	*
	* @example
	* var v = exp( 0.0 );
	* // returns 1.0
	*
	* @example
	* var v = exp( NaN );
	* // returns NaN
	*/
	function exp(x) {
		var hi;
		var lo;
		var k;
		if (isnan(x) || x === PINF) return x;
		if (x === NINF) return 0;
		if (x > OVERFLOW) return PINF;
		if (x < UNDERFLOW) return 0;
		if (x > NEG_NEARZERO && x < NEARZERO) return 1 + x;
		if (x < 0) k = trunc(LOG2_E * x - .5);
		else k = trunc(LOG2_E * x + .5);
		hi = x - k * LN2_HI;
		lo = k * LN2_LO;
		return expmulti(hi, lo, k);
	}
	module.exports = exp;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-exp@0.2.5_supports-color@7.2.0/node_modules/@stdlib/math-base-special-exp/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$2 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$2();
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-set-low-word@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_low = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isLittleEndian = require_lib$13();
	var LOW;
	if (isLittleEndian === true) LOW = 0;
	else LOW = 1;
	module.exports = LOW;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-set-low-word@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_main$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var Uint32Array = require_lib$25();
	var Float64Array = require_lib$22();
	var LOW = require_low();
	var FLOAT64_VIEW = new Float64Array(1);
	var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
	/**
	* Sets the less significant 32 bits of a double-precision floating-point number.
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 can we find the lower order bits? If little endian, the first; if big endian, the second.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @param {number} x - double
	* @param {uinteger32} low - unsigned 32-bit integer to replace the lower order word of `x`
	* @returns {number} double having the same higher order word as `x`
	*
	* @example
	* var low = 5 >>> 0; // => 00000000000000000000000000000101
	*
	* var x = 3.14e201; // => 0 11010011100 01001000001011000011 10010011110010110101100010000010
	*
	* var y = setLowWord( x, low ); // => 0 11010011100 01001000001011000011 00000000000000000000000000000101
	* // returns 3.139998651394392e+201
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' );
	* var NINF = require( '@stdlib/constants-float64-ninf' );
	*
	* var low = 12345678;
	*
	* var y = setLowWord( PINF, low );
	* // returns NaN
	*
	* y = setLowWord( NINF, low );
	* // returns NaN
	*
	* y = setLowWord( NaN, low );
	* // returns NaN
	*/
	function setLowWord(x, low) {
		FLOAT64_VIEW[0] = x;
		UINT32_VIEW[LOW] = low >>> 0;
		return FLOAT64_VIEW[0];
	}
	module.exports = setLowWord;
}));
// ../../node_modules/.pnpm/@stdlib+number-float64-base-set-low-word@0.2.3_supports-color@7.2.0/node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_lib$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main$1();
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/polyval_pp.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_pp = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return -.3250421072470015;
		return -.3250421072470015 + x * (-.02848174957559851 + x * (-.005770270296489442 + x * -23763016656650163e-21));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/polyval_qq.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_qq = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return .39791722395915535;
		return .39791722395915535 + x * (.0650222499887673 + x * (.005081306281875766 + x * (.00013249473800432164 + x * -3960228278775368e-21)));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/polyval_pa.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_pa = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return .41485611868374833;
		return .41485611868374833 + x * (-.3722078760357013 + x * (.31834661990116175 + x * (-.11089469428239668 + x * (.035478304325618236 + x * -.002166375594868791))));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/polyval_qa.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_qa = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return .10642088040084423;
		return .10642088040084423 + x * (.540397917702171 + x * (.07182865441419627 + x * (.12617121980876164 + x * (.01363708391202905 + x * .011984499846799107))));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/polyval_ra.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_ra = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return -.6938585727071818;
		return -.6938585727071818 + x * (-10.558626225323291 + x * (-62.375332450326006 + x * (-162.39666946257347 + x * (-184.60509290671104 + x * (-81.2874355063066 + x * -9.814329344169145)))));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/polyval_sa.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_sa = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return 19.651271667439257;
		return 19.651271667439257 + x * (137.65775414351904 + x * (434.56587747522923 + x * (645.3872717332679 + x * (429.00814002756783 + x * (108.63500554177944 + x * (6.570249770319282 + x * -.0604244152148581))))));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/polyval_rb.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_rb = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return -.799283237680523;
		return -.799283237680523 + x * (-17.757954917754752 + x * (-160.63638485582192 + x * (-637.5664433683896 + x * (-1025.0951316110772 + x * -483.5191916086514))));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/polyval_sb.js
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var require_polyval_sb = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly(x) {
		if (x === 0) return 30.33806074348246;
		return 30.33806074348246 + x * (325.7925129965739 + x * (1536.729586084437 + x * (3199.8582195085955 + x * (2553.0504064331644 + x * (474.52854120695537 + x * -22.44095244658582)))));
	}
	module.exports = evalpoly;
}));
// ../../node_modules/.pnpm/@stdlib+math-base-special-erf@0.2.6_supports-color@7.2.0/node_modules/@stdlib/math-base-special-erf/lib/main.js
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var require_main = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var isnan = require_lib$52();
	var exp = require_lib$2();
	var setLowWord = require_lib$1();
	var PINF = require_lib$46();
	var NINF = require_lib$47();
	var polyvalPP = require_polyval_pp();
	var polyvalQQ = require_polyval_qq();
	var polyvalPA = require_polyval_pa();
	var polyvalQA = require_polyval_qa();
	var polyvalRA = require_polyval_ra();
	var polyvalSA = require_polyval_sa();
	var polyvalRB = require_polyval_rb();
	var polyvalSB = require_polyval_sb();
	var TINY = 1e-300;
	var VERY_TINY = 2848094538889218e-321;
	var SMALL = 3.725290298461914e-9;
	var ERX = .8450629115104675;
	var EFX = .1283791670955126;
	var EFX8 = 1.0270333367641007;
	var PPC = .12837916709551256;
	var QQC = 1;
	var PAC = -.0023621185607526594;
	var QAC = 1;
	var RAC = -.009864944034847148;
	var SAC = 1;
	var RBC = -.0098649429247001;
	var SBC = 1;
	/**
	* Evaluates the error function.
	*
	* ```tex
	* \operatorname{erf}(x) = \frac{2}{\sqrt{\pi}} \int^{x}_{0} e^{-t^2}\ \mathrm{dt}
	* ```
	*
	* Note that
	*
	* ```tex
	* \begin{align*}
	* \operatorname{erfc}(x) &= 1 - \operatorname{erf}(x) \\
	* \operatorname{erf}(-x) &= -\operatorname{erf}(x) \\
	* \operatorname{erfc}(-x) &= 2 - \operatorname{erfc}(x)
	* \end{align*}
	* ```
	*
	* ## Method
	*
	* 1.  For \\(|x| \in [0, 0.84375)\\),
	*
	*     ```tex
	*     \operatorname{erf}(x) = x + x \cdot \operatorname{R}(x^2)
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \operatorname{erfc}(x) = \begin{cases}
	*     1 - \operatorname{erf}(x) & \textrm{if}\ x \in (-.84375,0.25) \\
	*     0.5 + ((0.5-x)-x \mathrm{R}) & \textrm{if}\ x \in [0.25,0.84375)
	*     \end{cases}
	*     ```
	*
	*     where \\(R = P/Q\\) and where \\(P\\) is an odd polynomial of degree \\(8\\) and \\(Q\\) is an odd polynomial of degree \\(10\\).
	*
	*     ```tex
	*     \biggl| \mathrm{R} - \frac{\operatorname{erf}(x)-x}{x} \biggr| \leq 2^{-57.90}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     The formula is derived by noting
	*
	*     ```tex
	*     \operatorname{erf}(x) = \frac{2}{\sqrt{\pi}}\biggl(x - \frac{x^3}{3} + \frac{x^5}{10} - \frac{x^7}{42} + \ldots \biggr)
	*     ```
	*
	*     and that
	*
	*     ```tex
	*     \frac{2}{\sqrt{\pi}} = 1.128379167095512573896158903121545171688
	*     ```
	*
	*     is close to unity. The interval is chosen because the fix point of \\(\operatorname{erf}(x)\\) is near \\(0.6174\\) (i.e., \\(\operatorname{erf(x)} = x\\) when \\(x\\) is near \\(0.6174\\)), and, by some experiment, \\(0.84375\\) is chosen to guarantee the error is less than one ulp for \\(\operatorname{erf}(x)\\).
	*
	*     <!-- </note> -->
	*
	* 2.  For \\(|x| \in [0.84375,1.25)\\), let \\(s = |x|-1\\), and \\(c = 0.84506291151\\) rounded to single (\\(24\\) bits)
	*
	*     ```tex
	*     \operatorname{erf}(x) = \operatorname{sign}(x) \cdot \biggl(c + \frac{\operatorname{P1}(s)}{\operatorname{Q1}(s)}\biggr)
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \operatorname{erfc}(x) = \begin{cases}
	*     (1-c) - \frac{\operatorname{P1}(s)}{\operatorname{Q1}(s)} & \textrm{if}\ x > 0 \\
	*     1 + \biggl(c + \frac{\operatorname{P1}(s)}{\operatorname{Q1}(s)}\biggr) & \textrm{if}\ x < 0
	*     \end{cases}
	*     ```
	*
	*     where
	*
	*     ```tex
	*     \biggl|\frac{\mathrm{P1}}{\mathrm{Q1}} - (\operatorname{erf}(|x|)-c)\biggr| \leq 2^{-59.06}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     Here, we use the Taylor series expansion at \\(x = 1\\)
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{erf}(1+s) &= \operatorname{erf}(1) + s\cdot \operatorname{poly}(s) \\
	*     &= 0.845.. + \frac{\operatorname{P1}(s)}{\operatorname{Q1}(s)}
	*     \end{align*}
	*     ```
	*
	*     using a rational approximation to approximate
	*
	*     ```tex
	*     \operatorname{erf}(1+s) - (c = (\mathrm{single})0.84506291151)
	*     ```
	*
	*     <!-- </note> -->
	*
	*     Note that, for \\(x \in [0.84375,1.25)\\), \\(|\mathrm{P1}/\mathrm{Q1}| < 0.078\\), where
	*
	*     -   \\(\operatorname{P1}(s)\\) is a degree \\(6\\) polynomial in \\(s\\)
	*     -   \\(\operatorname{Q1}(s)\\) is a degree \\(6\\) polynomial in \\(s\\)
	*
	* 3.  For \\(x \in [1.25,1/0.35)\\),
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{erfc}(x) &= \frac{1}{x}e^{-x^2-0.5625+(\mathrm{R1}/\mathrm{S1})} \\
	*     \operatorname{erf}(x) &= 1 - \operatorname{erfc}(x)
	*     \end{align*}
	*     ```
	*
	*     where
	*
	*     -   \\(\operatorname{R1}(z)\\) is a degree \\(7\\) polynomial in \\(z\\), where \\(z = 1/x^2\\)
	*     -   \\(\operatorname{S1}(z)\\) is a degree \\(8\\) polynomial in \\(z\\)
	*
	* 4.  For \\(x \in [1/0.35,28)\\),
	*
	*     ```tex
	*     \operatorname{erfc}(x) = \begin{cases}
	*     \frac{1}{x} e^{-x^2-0.5625+(\mathrm{R2}/\mathrm{S2})} & \textrm{if}\ x > 0 \\
	*     2.0 - \frac{1}{x} e^{-x^2-0.5625+(\mathrm{R2}/\mathrm{S2})} & \textrm{if}\ -6 < x < 0 \\
	*     2.0 - \mathrm{tiny} & \textrm{if}\ x \leq -6
	*     \end{cases}
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \operatorname{erf}(x) = \begin{cases}
	*     \operatorname{sign}(x) \cdot (1.0 - \operatorname{erfc}(x)) & \textrm{if}\ x < 6 \\
	*     \operatorname{sign}(x) \cdot (1.0 - \mathrm{tiny}) & \textrm{otherwise}
	*     \end{cases}
	*     ```
	*
	*     where
	*
	*     -   \\(\operatorname{R2}(z)\\) is a degree \\(6\\) polynomial in \\(z\\), where \\(z = 1/x^2\\)
	*     -   \\(\operatorname{S2}(z)\\) is a degree \\(7\\) polynomial in \\(z\\)
	*
	* 5.  For \\(x \in [28, \infty)\\),
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{erf}(x) &= \operatorname{sign}(x) \cdot (1 - \mathrm{tiny}) & \textrm{(raise inexact)}
	*     \end{align*}
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \operatorname{erfc}(x) = \begin{cases}
	*     \mathrm{tiny} \cdot \mathrm{tiny} & \textrm{if}\ x > 0\ \textrm{(raise underflow)} \\
	*     2 - \mathrm{tiny} & \textrm{if}\ x < 0
	*     \end{cases}
	*     ```
	*
	* ## Special Cases
	*
	* ```tex
	* \begin{align*}
	* \operatorname{erf}(0) &= 0 \\
	* \operatorname{erf}(-0) &= -0 \\
	* \operatorname{erf}(\infty) &= 1 \\
	* \operatorname{erf}(-\infty) &= -1 \\
	* \operatorname{erfc}(0) &= 1 \\
	* \operatorname{erfc}(\infty) &= 0 \\
	* \operatorname{erfc}(-\infty) &= 2 \\
	* \operatorname{erf}(\mathrm{NaN}) &= \mathrm{NaN} \\
	* \operatorname{erfc}(\mathrm{NaN}) &= \mathrm{NaN}
	* \end{align*}
	* ```
	*
	* ## Notes
	*
	* -   To compute \\(\exp(-x^2-0.5625+(\mathrm{R}/\mathrm{S}))\\), let \\(s\\) be a single precision number and \\(s := x\\); then
	*
	*     ```tex
	*     -x^2 = -s^2 + (s-x)(s+x)
	*     ```
	*
	*     and
	*
	*     ```tex
	*     e^{-x^2-0.5626+(\mathrm{R}/\mathrm{S})} = e^{-s^2-0.5625} e^{(s-x)(s+x)+(\mathrm{R}/\mathrm{S})}
	*     ```
	*
	* -   `#4` and `#5` make use of the asymptotic series
	*
	*     ```tex
	*     \operatorname{erfc}(x) \approx \frac{e^{-x^2}}{x\sqrt{\pi}} (1 + \operatorname{poly}(1/x^2))
	*     ```
	*
	*     We use a rational approximation to approximate
	*
	*     ```tex
	*     g(s) = f(1/x^2) = \ln(\operatorname{erfc}(x) \cdot x) - x^2 + 0.5625
	*     ```
	*
	* -   The error bound for \\(\mathrm{R1}/\mathrm{S1}\\) is
	*
	*     ```tex
	*     |\mathrm{R1}/\mathrm{S1} - f(x)| < 2^{-62.57}
	*     ```
	*
	*     and for \\(\mathrm{R2}/\mathrm{S2}\\) is
	*
	*     ```tex
	*     |\mathrm{R2}/\mathrm{S2} - f(x)| < 2^{-61.52}
	*     ```
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var y = erf( 2.0 );
	* // returns ~0.9953
	*
	* @example
	* var y = erf( -1.0 );
	* // returns ~-0.8427
	*
	* @example
	* var y = erf( -0.0 );
	* // returns -0.0
	*
	* @example
	* var y = erf( NaN );
	* // returns NaN
	*/
	function erf(x) {
		var sign;
		var ax;
		var z;
		var r;
		var s;
		var y;
		var p;
		var q;
		if (isnan(x)) return NaN;
		if (x === PINF) return 1;
		if (x === NINF) return -1;
		if (x === 0) return x;
		if (x < 0) {
			sign = true;
			ax = -x;
		} else {
			sign = false;
			ax = x;
		}
		if (ax < .84375) {
			if (ax < SMALL) {
				if (ax < VERY_TINY) return .125 * (8 * x + EFX8 * x);
				return x + EFX * x;
			}
			z = x * x;
			r = PPC + z * polyvalPP(z);
			s = QQC + z * polyvalQQ(z);
			y = r / s;
			return x + x * y;
		}
		if (ax < 1.25) {
			s = ax - 1;
			p = PAC + s * polyvalPA(s);
			q = QAC + s * polyvalQA(s);
			if (sign) return -ERX - p / q;
			return ERX + p / q;
		}
		if (ax >= 6) {
			if (sign) return TINY - 1;
			return 1 - TINY;
		}
		s = 1 / (ax * ax);
		if (ax < 2.857142857142857) {
			r = RAC + s * polyvalRA(s);
			s = SAC + s * polyvalSA(s);
		} else {
			r = RBC + s * polyvalRB(s);
			s = SBC + s * polyvalSB(s);
		}
		z = setLowWord(ax, 0);
		r = exp(-(z * z) - .5625) * exp((z - ax) * (z + ax) + r / s);
		if (sign) return r / ax - 1;
		return 1 - r / ax;
	}
	module.exports = erf;
}));
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
// ../core/dist/kernel-dispatch.js
var import_lib = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_main();
})))(), 1);
/**
* True when the active backend has a kernel registered under `kernelName`:
* core's own kernels (the wasm heap loops of fast-slice, fast-transpose,
* fast-trig) are chosen by the kernel registry, never by a backend's name, so
* registering one for another backend is all it takes to use it there.
*/
function hasKernel(kernelName) {
	return getKernel(kernelName, getBackend()) !== void 0;
}
// ../core/dist/fast-trig.js
var SIN = "MlpinitSin";
var COS = "MlpinitCos";
/**
* Element-wise sin and cos for the wasm backend as plain loops over the wasm
* heap with V8's Math.sin/Math.cos (float64, rounded to float32).
* tfjs-backend-wasm 4.22's Sin and Cos take ~3 ms for 65k elements on this
* project's reference machine (~47 ns each, ~15× a sigmoid), which made SIREN
* (sin activations) train ~3× slower than tanh; the loops take a fraction of that.
* Both take attributes `scale` and `amplitude` (a·sin(s·x)): SIREN's sin(ω₀z)
* and its derivative ω₀·cos(ω₀z) in one pass each.
*/
for (const [kernelName, fn] of [[SIN, Math.sin], [COS, Math.cos]]) registerKernel({
	kernelName,
	backendName: "wasm",
	kernelFunc: ({ inputs, backend, attrs }) => {
		const x = inputs.x;
		const { scale = 1, amplitude = 1 } = attrs ?? {};
		const b = backend;
		const out = b.makeOutput([...x.shape], "float32");
		const src = b.typedArrayFromHeap(x);
		const dst = b.typedArrayFromHeap(out);
		if (scale === 1 && amplitude === 1) for (let i = 0; i < src.length; i++) dst[i] = fn(src[i]);
		else for (let i = 0; i < src.length; i++) dst[i] = amplitude * fn(scale * src[i]);
		return out;
	}
});
var attrsOf = (attrs) => {
	const a = attrs ?? {};
	return {
		scale: a.scale ?? 1,
		amplitude: a.amplitude ?? 1
	};
};
registerGradient({
	kernelName: SIN,
	inputsToSave: ["x"],
	gradFunc: (dy, saved, attrs) => {
		const { scale, amplitude } = attrsOf(attrs);
		return { x: () => mul(dy, fastCos(saved[0], scale, amplitude * scale)) };
	}
});
registerGradient({
	kernelName: COS,
	inputsToSave: ["x"],
	gradFunc: (dy, saved, attrs) => {
		const { scale, amplitude } = attrsOf(attrs);
		return { x: () => mul(dy, fastSin(saved[0], scale, -amplitude * scale)) };
	}
});
var useKernel = (name, x) => hasKernel(name) && x.dtype === "float32";
/** a·f(s·x) with tfjs ops (the other backends). */
function viaOps(f, x, scale, amplitude) {
	if (scale === 1 && amplitude === 1) return f(x);
	return tidy(() => {
		const y = f(scale === 1 ? x : mul(x, scale));
		return amplitude === 1 ? y : mul(y, amplitude);
	});
}
/** Element-wise `amplitude`·sin(`scale`·x): a heap loop on wasm (see above), tfjs ops elsewhere. */
function fastSin(x, scale = 1, amplitude = 1) {
	return useKernel(SIN, x) ? engine().runKernel(SIN, { x }, {
		scale,
		amplitude
	}) : viaOps(sin, x, scale, amplitude);
}
/** Element-wise `amplitude`·cos(`scale`·x): a heap loop on wasm (see above), tfjs ops elsewhere. */
function fastCos(x, scale = 1, amplitude = 1) {
	return useKernel(COS, x) ? engine().runKernel(COS, { x }, {
		scale,
		amplitude
	}) : viaOps(cos, x, scale, amplitude);
}
// ../core/dist/activation.js
var SQRT1_2 = Math.SQRT1_2;
var INV_SQRT_2PI$1 = 1 / Math.sqrt(2 * Math.PI);
var TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
var sigmoid = (x) => x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
var normalCdf = (x) => .5 * (1 + (0, import_lib.default)(x * SQRT1_2));
var normalPdf = (x) => INV_SQRT_2PI$1 * Math.exp(-.5 * x * x);
var builtins = [
	{
		name: "tanh",
		apply: (x) => tanh(x),
		scalar: Math.tanh,
		derivative: (x) => 1 - Math.tanh(x) ** 2,
		grad: (_z, y) => sub(1, square(y)),
		grad2: (_z, y) => mul(mul(y, -2), sub(1, square(y))),
		fast: (x) => sub(mul(sigmoid$1(mul(x, 2)), 2), 1)
	},
	{
		name: "relu",
		apply: (x) => relu(x),
		scalar: (x) => Math.max(x, 0),
		derivative: (x) => x > 0 ? 1 : 0,
		grad: (z) => step(z, 0),
		grad2: (z) => zerosLike(z),
		kinks: [0]
	},
	{
		name: "sin",
		apply: (x) => fastSin(x),
		scalar: Math.sin,
		derivative: Math.cos,
		grad: (z) => fastCos(z),
		grad2: (_z, y) => neg(y),
		oscillatory: true
	},
	{
		name: "erf",
		apply: (x) => erf(x),
		scalar: import_lib.default,
		derivative: (x) => TWO_OVER_SQRT_PI * Math.exp(-x * x),
		grad: (z) => mul(TWO_OVER_SQRT_PI, exp(neg(square(z)))),
		grad2: (z) => mul(mul(z, -2 * TWO_OVER_SQRT_PI), exp(neg(square(z))))
	},
	{
		name: "sigmoid",
		apply: (x) => sigmoid$1(x),
		scalar: sigmoid,
		derivative: (x) => sigmoid(x) * (1 - sigmoid(x)),
		grad: (_z, y) => mul(y, sub(1, y)),
		grad2: (_z, y) => mul(mul(y, sub(1, y)), sub(1, mul(y, 2)))
	},
	{
		name: "gelu",
		apply: (x) => mul(mul(x, .5), add(1, erf(mul(x, SQRT1_2)))),
		scalar: (x) => x * normalCdf(x),
		derivative: (x) => normalCdf(x) + x * normalPdf(x),
		grad: (z) => add(mul(.5, add(1, erf(mul(z, SQRT1_2)))), mul(mul(z, INV_SQRT_2PI$1), exp(mul(square(z), -.5)))),
		grad2: (z) => mul(mul(INV_SQRT_2PI$1, exp(mul(square(z), -.5))), sub(2, square(z)))
	},
	{
		name: "silu",
		apply: (x) => mul(x, sigmoid$1(x)),
		scalar: (x) => x * sigmoid(x),
		derivative: (x) => sigmoid(x) * (1 + x * (1 - sigmoid(x))),
		grad: (z) => {
			const s = sigmoid$1(z);
			return mul(s, add(1, mul(z, sub(1, s))));
		},
		grad2: (z) => {
			const s = sigmoid$1(z);
			return mul(mul(s, sub(1, s)), add(2, mul(z, sub(1, mul(s, 2)))));
		}
	},
	{
		name: "elu",
		apply: (x) => elu(x),
		scalar: (x) => x > 0 ? x : Math.expm1(x),
		derivative: (x) => x > 0 ? 1 : Math.exp(x),
		grad: (z, y) => where(greater(z, 0), onesLike(z), add(y, 1)),
		grad2: (z, y) => where(greater(z, 0), zerosLike(z), add(y, 1)),
		kinks: [0]
	},
	{
		name: "softplus",
		apply: (x) => softplus(x),
		scalar: (x) => x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)),
		derivative: sigmoid,
		grad: (z) => sigmoid$1(z),
		grad2: (z) => {
			const s = sigmoid$1(z);
			return mul(s, sub(1, s));
		}
	},
	{
		name: "linear",
		apply: (x) => x,
		scalar: (x) => x,
		derivative: () => 1,
		grad: (z) => onesLike(z),
		grad2: (z) => zerosLike(z)
	}
];
var registry = new Map(builtins.map((a) => [a.name, a]));
builtins.map((a) => a.name);
/** `sin-w<ω₀>`: the name of {@link scaledSine}(ω₀). */
var sines = /* @__PURE__ */ new Map();
var SCALED_SINE = /^sin-w(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;
/**
* SIREN's activation, sin(ω₀·z), as Sitzmann et al. (NeurIPS 2020, Sec. 3.2
* and their reference code) write every sine layer: ω₀ stays in the
* activation, so the weights keep the paper's scale (first layer U(±1/d_in),
* later layers U(±√(6/d_in)/ω₀)) and Adam steps them at the paper's learning
* rate. Named `sin-w<ω₀>` (e.g. `sin-w30`); {@link getActivation} builds it
* from its name, so networks with it serialise and cross to workers. One
* instance per ω₀.
*/
function scaledSine(omega0) {
	if (typeof omega0 !== "number" || !Number.isFinite(omega0) || omega0 <= 0) throw new MlpinitError("INVALID_ARGUMENT", `expected a finite ω₀ > 0, got ${String(omega0)}`, "omega0");
	const name = `sin-w${omega0}`;
	const cached = sines.get(name);
	if (cached) return cached;
	const w = omega0;
	const act = {
		name,
		apply: (x) => fastSin(x, w),
		scalar: (x) => Math.sin(w * x),
		derivative: (x) => w * Math.cos(w * x),
		grad: (z) => fastCos(z, w, w),
		grad2: (_z, y) => mul(y, -w * w),
		oscillatory: true
	};
	sines.set(name, act);
	return act;
}
/** Looks up an activation by name (including `sin-w<ω₀>`, see {@link scaledSine}), or passes an {@link Activation} through. */
function getActivation(activation) {
	if (typeof activation === "object" && activation !== null) return activation;
	const sine = typeof activation === "string" ? SCALED_SINE.exec(activation) : null;
	if (sine) return scaledSine(Number(sine[1]));
	const found = typeof activation === "string" ? registry.get(activation) : void 0;
	if (!found) throw new MlpinitError("UNKNOWN_ACTIVATION", `unknown activation ${JSON.stringify(activation)}; known: ${[...registry.keys()].join(", ")}`, "activation");
	return found;
}
// ../../node_modules/.pnpm/ml-matrix@6.15.1/node_modules/ml-matrix/matrix.mjs
var import_matrix = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	var toString = Object.prototype.toString;
	/**
	* Checks if an object is an instance of an Array (array or typed array, except those that contain bigint values).
	* @param value - Object to check.
	* @returns True if the object is an array or a typed array.
	*/
	function isAnyArray(value) {
		const tag = toString.call(value);
		return tag.endsWith("Array]") && !tag.includes("Big");
	}
	/**
	* Computes the maximum of the given values.
	*
	* @param input
	* @param options
	*/
	function max(input, options = {}) {
		if (!isAnyArray(input)) throw new TypeError("input must be an array");
		if (input.length === 0) throw new TypeError("input must not be empty");
		const { fromIndex = 0, toIndex = input.length } = options;
		if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) throw new Error("fromIndex must be a positive integer smaller than length");
		if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
		let maxValue = input[fromIndex];
		for (let i = fromIndex + 1; i < toIndex; i++) if (input[i] > maxValue) maxValue = input[i];
		return maxValue;
	}
	/**
	* Computes the minimum of the given values.
	*/
	function min(input, options = {}) {
		if (!isAnyArray(input)) throw new TypeError("input must be an array");
		if (input.length === 0) throw new TypeError("input must not be empty");
		const { fromIndex = 0, toIndex = input.length } = options;
		if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) throw new Error("fromIndex must be a positive integer smaller than length");
		if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
		let minValue = input[fromIndex];
		for (let i = fromIndex + 1; i < toIndex; i++) if (input[i] < minValue) minValue = input[i];
		return minValue;
	}
	/**
	* Rescale an array into a range.
	*/
	function rescale(input, options = {}) {
		if (!isAnyArray(input)) throw new TypeError("input must be an array");
		else if (input.length === 0) throw new TypeError("input must not be empty");
		let output;
		if (options.output !== void 0) {
			if (!isAnyArray(options.output)) throw new TypeError("output option must be an array if specified");
			output = options.output;
		} else output = new Array(input.length);
		const currentMin = min(input);
		const currentMax = max(input);
		if (currentMin === currentMax) throw new RangeError("minimum and maximum input values are equal. Cannot rescale a constant array");
		const { min: minValue = options.autoMinMax ? currentMin : 0, max: maxValue = options.autoMinMax ? currentMax : 1 } = options;
		if (minValue >= maxValue) throw new RangeError("min option must be smaller than max option");
		const factor = (maxValue - minValue) / (currentMax - currentMin);
		for (let i = 0; i < input.length; i++) output[i] = (input[i] - currentMin) * factor + minValue;
		return output;
	}
	var indent = " ".repeat(2);
	var indentData = " ".repeat(4);
	/**
	* @this {Matrix}
	* @returns {string}
	*/
	function inspectMatrix() {
		return inspectMatrixWithOptions(this);
	}
	function inspectMatrixWithOptions(matrix, options = {}) {
		const { maxRows = 15, maxColumns = 10, maxNumSize = 8, padMinus = "auto" } = options;
		return `${matrix.constructor.name} {
${indent}[
${indentData}${inspectData(matrix, maxRows, maxColumns, maxNumSize, padMinus)}
${indent}]
${indent}rows: ${matrix.rows}
${indent}columns: ${matrix.columns}
}`;
	}
	function inspectData(matrix, maxRows, maxColumns, maxNumSize, padMinus) {
		const { rows, columns } = matrix;
		const maxI = Math.min(rows, maxRows);
		const maxJ = Math.min(columns, maxColumns);
		const result = [];
		if (padMinus === "auto") {
			padMinus = false;
			loop: for (let i = 0; i < maxI; i++) for (let j = 0; j < maxJ; j++) if (matrix.get(i, j) < 0) {
				padMinus = true;
				break loop;
			}
		}
		for (let i = 0; i < maxI; i++) {
			let line = [];
			for (let j = 0; j < maxJ; j++) line.push(formatNumber(matrix.get(i, j), maxNumSize, padMinus));
			result.push(`${line.join(" ")}`);
		}
		if (maxJ !== columns) result[result.length - 1] += ` ... ${columns - maxColumns} more columns`;
		if (maxI !== rows) result.push(`... ${rows - maxRows} more rows`);
		return result.join(`\n${indentData}`);
	}
	function formatNumber(num, maxNumSize, padMinus) {
		return (num >= 0 && padMinus ? ` ${formatNumber2(num, maxNumSize - 1)}` : formatNumber2(num, maxNumSize)).padEnd(maxNumSize);
	}
	function formatNumber2(num, len) {
		let str = num.toString();
		if (str.length <= len) return str;
		let fix = num.toFixed(len);
		if (fix.length > len) fix = num.toFixed(Math.max(0, len - (fix.length - len)));
		if (fix.length <= len && !fix.startsWith("0.000") && !fix.startsWith("-0.000")) return fix;
		let exp = num.toExponential(len);
		if (exp.length > len) exp = num.toExponential(Math.max(0, len - (exp.length - len)));
		return exp.slice(0);
	}
	function installMathOperations(AbstractMatrix, Matrix) {
		AbstractMatrix.prototype.add = function add(value) {
			if (typeof value === "number") return this.addS(value);
			return this.addM(value);
		};
		AbstractMatrix.prototype.addS = function addS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) + value);
			return this;
		};
		AbstractMatrix.prototype.addM = function addM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) + matrix.get(i, j));
			return this;
		};
		AbstractMatrix.add = function add(matrix, value) {
			return new Matrix(matrix).add(value);
		};
		AbstractMatrix.prototype.sub = function sub(value) {
			if (typeof value === "number") return this.subS(value);
			return this.subM(value);
		};
		AbstractMatrix.prototype.subS = function subS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) - value);
			return this;
		};
		AbstractMatrix.prototype.subM = function subM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) - matrix.get(i, j));
			return this;
		};
		AbstractMatrix.sub = function sub(matrix, value) {
			return new Matrix(matrix).sub(value);
		};
		AbstractMatrix.prototype.subtract = AbstractMatrix.prototype.sub;
		AbstractMatrix.prototype.subtractS = AbstractMatrix.prototype.subS;
		AbstractMatrix.prototype.subtractM = AbstractMatrix.prototype.subM;
		AbstractMatrix.subtract = AbstractMatrix.sub;
		AbstractMatrix.prototype.mul = function mul(value) {
			if (typeof value === "number") return this.mulS(value);
			return this.mulM(value);
		};
		AbstractMatrix.prototype.mulS = function mulS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) * value);
			return this;
		};
		AbstractMatrix.prototype.mulM = function mulM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) * matrix.get(i, j));
			return this;
		};
		AbstractMatrix.mul = function mul(matrix, value) {
			return new Matrix(matrix).mul(value);
		};
		AbstractMatrix.prototype.multiply = AbstractMatrix.prototype.mul;
		AbstractMatrix.prototype.multiplyS = AbstractMatrix.prototype.mulS;
		AbstractMatrix.prototype.multiplyM = AbstractMatrix.prototype.mulM;
		AbstractMatrix.multiply = AbstractMatrix.mul;
		AbstractMatrix.prototype.div = function div(value) {
			if (typeof value === "number") return this.divS(value);
			return this.divM(value);
		};
		AbstractMatrix.prototype.divS = function divS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) / value);
			return this;
		};
		AbstractMatrix.prototype.divM = function divM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) / matrix.get(i, j));
			return this;
		};
		AbstractMatrix.div = function div(matrix, value) {
			return new Matrix(matrix).div(value);
		};
		AbstractMatrix.prototype.divide = AbstractMatrix.prototype.div;
		AbstractMatrix.prototype.divideS = AbstractMatrix.prototype.divS;
		AbstractMatrix.prototype.divideM = AbstractMatrix.prototype.divM;
		AbstractMatrix.divide = AbstractMatrix.div;
		AbstractMatrix.prototype.mod = function mod(value) {
			if (typeof value === "number") return this.modS(value);
			return this.modM(value);
		};
		AbstractMatrix.prototype.modS = function modS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) % value);
			return this;
		};
		AbstractMatrix.prototype.modM = function modM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) % matrix.get(i, j));
			return this;
		};
		AbstractMatrix.mod = function mod(matrix, value) {
			return new Matrix(matrix).mod(value);
		};
		AbstractMatrix.prototype.modulus = AbstractMatrix.prototype.mod;
		AbstractMatrix.prototype.modulusS = AbstractMatrix.prototype.modS;
		AbstractMatrix.prototype.modulusM = AbstractMatrix.prototype.modM;
		AbstractMatrix.modulus = AbstractMatrix.mod;
		AbstractMatrix.prototype.and = function and(value) {
			if (typeof value === "number") return this.andS(value);
			return this.andM(value);
		};
		AbstractMatrix.prototype.andS = function andS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) & value);
			return this;
		};
		AbstractMatrix.prototype.andM = function andM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) & matrix.get(i, j));
			return this;
		};
		AbstractMatrix.and = function and(matrix, value) {
			return new Matrix(matrix).and(value);
		};
		AbstractMatrix.prototype.or = function or(value) {
			if (typeof value === "number") return this.orS(value);
			return this.orM(value);
		};
		AbstractMatrix.prototype.orS = function orS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) | value);
			return this;
		};
		AbstractMatrix.prototype.orM = function orM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) | matrix.get(i, j));
			return this;
		};
		AbstractMatrix.or = function or(matrix, value) {
			return new Matrix(matrix).or(value);
		};
		AbstractMatrix.prototype.xor = function xor(value) {
			if (typeof value === "number") return this.xorS(value);
			return this.xorM(value);
		};
		AbstractMatrix.prototype.xorS = function xorS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) ^ value);
			return this;
		};
		AbstractMatrix.prototype.xorM = function xorM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) ^ matrix.get(i, j));
			return this;
		};
		AbstractMatrix.xor = function xor(matrix, value) {
			return new Matrix(matrix).xor(value);
		};
		AbstractMatrix.prototype.leftShift = function leftShift(value) {
			if (typeof value === "number") return this.leftShiftS(value);
			return this.leftShiftM(value);
		};
		AbstractMatrix.prototype.leftShiftS = function leftShiftS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) << value);
			return this;
		};
		AbstractMatrix.prototype.leftShiftM = function leftShiftM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) << matrix.get(i, j));
			return this;
		};
		AbstractMatrix.leftShift = function leftShift(matrix, value) {
			return new Matrix(matrix).leftShift(value);
		};
		AbstractMatrix.prototype.signPropagatingRightShift = function signPropagatingRightShift(value) {
			if (typeof value === "number") return this.signPropagatingRightShiftS(value);
			return this.signPropagatingRightShiftM(value);
		};
		AbstractMatrix.prototype.signPropagatingRightShiftS = function signPropagatingRightShiftS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) >> value);
			return this;
		};
		AbstractMatrix.prototype.signPropagatingRightShiftM = function signPropagatingRightShiftM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) >> matrix.get(i, j));
			return this;
		};
		AbstractMatrix.signPropagatingRightShift = function signPropagatingRightShift(matrix, value) {
			return new Matrix(matrix).signPropagatingRightShift(value);
		};
		AbstractMatrix.prototype.rightShift = function rightShift(value) {
			if (typeof value === "number") return this.rightShiftS(value);
			return this.rightShiftM(value);
		};
		AbstractMatrix.prototype.rightShiftS = function rightShiftS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) >>> value);
			return this;
		};
		AbstractMatrix.prototype.rightShiftM = function rightShiftM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) >>> matrix.get(i, j));
			return this;
		};
		AbstractMatrix.rightShift = function rightShift(matrix, value) {
			return new Matrix(matrix).rightShift(value);
		};
		AbstractMatrix.prototype.zeroFillRightShift = AbstractMatrix.prototype.rightShift;
		AbstractMatrix.prototype.zeroFillRightShiftS = AbstractMatrix.prototype.rightShiftS;
		AbstractMatrix.prototype.zeroFillRightShiftM = AbstractMatrix.prototype.rightShiftM;
		AbstractMatrix.zeroFillRightShift = AbstractMatrix.rightShift;
		AbstractMatrix.prototype.not = function not() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, ~this.get(i, j));
			return this;
		};
		AbstractMatrix.not = function not(matrix) {
			return new Matrix(matrix).not();
		};
		AbstractMatrix.prototype.abs = function abs() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.abs(this.get(i, j)));
			return this;
		};
		AbstractMatrix.abs = function abs(matrix) {
			return new Matrix(matrix).abs();
		};
		AbstractMatrix.prototype.acos = function acos() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.acos(this.get(i, j)));
			return this;
		};
		AbstractMatrix.acos = function acos(matrix) {
			return new Matrix(matrix).acos();
		};
		AbstractMatrix.prototype.acosh = function acosh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.acosh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.acosh = function acosh(matrix) {
			return new Matrix(matrix).acosh();
		};
		AbstractMatrix.prototype.asin = function asin() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.asin(this.get(i, j)));
			return this;
		};
		AbstractMatrix.asin = function asin(matrix) {
			return new Matrix(matrix).asin();
		};
		AbstractMatrix.prototype.asinh = function asinh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.asinh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.asinh = function asinh(matrix) {
			return new Matrix(matrix).asinh();
		};
		AbstractMatrix.prototype.atan = function atan() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.atan(this.get(i, j)));
			return this;
		};
		AbstractMatrix.atan = function atan(matrix) {
			return new Matrix(matrix).atan();
		};
		AbstractMatrix.prototype.atanh = function atanh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.atanh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.atanh = function atanh(matrix) {
			return new Matrix(matrix).atanh();
		};
		AbstractMatrix.prototype.cbrt = function cbrt() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.cbrt(this.get(i, j)));
			return this;
		};
		AbstractMatrix.cbrt = function cbrt(matrix) {
			return new Matrix(matrix).cbrt();
		};
		AbstractMatrix.prototype.ceil = function ceil() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.ceil(this.get(i, j)));
			return this;
		};
		AbstractMatrix.ceil = function ceil(matrix) {
			return new Matrix(matrix).ceil();
		};
		AbstractMatrix.prototype.clz32 = function clz32() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.clz32(this.get(i, j)));
			return this;
		};
		AbstractMatrix.clz32 = function clz32(matrix) {
			return new Matrix(matrix).clz32();
		};
		AbstractMatrix.prototype.cos = function cos() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.cos(this.get(i, j)));
			return this;
		};
		AbstractMatrix.cos = function cos(matrix) {
			return new Matrix(matrix).cos();
		};
		AbstractMatrix.prototype.cosh = function cosh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.cosh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.cosh = function cosh(matrix) {
			return new Matrix(matrix).cosh();
		};
		AbstractMatrix.prototype.exp = function exp() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.exp(this.get(i, j)));
			return this;
		};
		AbstractMatrix.exp = function exp(matrix) {
			return new Matrix(matrix).exp();
		};
		AbstractMatrix.prototype.expm1 = function expm1() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.expm1(this.get(i, j)));
			return this;
		};
		AbstractMatrix.expm1 = function expm1(matrix) {
			return new Matrix(matrix).expm1();
		};
		AbstractMatrix.prototype.floor = function floor() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.floor(this.get(i, j)));
			return this;
		};
		AbstractMatrix.floor = function floor(matrix) {
			return new Matrix(matrix).floor();
		};
		AbstractMatrix.prototype.fround = function fround() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.fround(this.get(i, j)));
			return this;
		};
		AbstractMatrix.fround = function fround(matrix) {
			return new Matrix(matrix).fround();
		};
		AbstractMatrix.prototype.log = function log() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.log(this.get(i, j)));
			return this;
		};
		AbstractMatrix.log = function log(matrix) {
			return new Matrix(matrix).log();
		};
		AbstractMatrix.prototype.log1p = function log1p() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.log1p(this.get(i, j)));
			return this;
		};
		AbstractMatrix.log1p = function log1p(matrix) {
			return new Matrix(matrix).log1p();
		};
		AbstractMatrix.prototype.log10 = function log10() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.log10(this.get(i, j)));
			return this;
		};
		AbstractMatrix.log10 = function log10(matrix) {
			return new Matrix(matrix).log10();
		};
		AbstractMatrix.prototype.log2 = function log2() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.log2(this.get(i, j)));
			return this;
		};
		AbstractMatrix.log2 = function log2(matrix) {
			return new Matrix(matrix).log2();
		};
		AbstractMatrix.prototype.round = function round() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.round(this.get(i, j)));
			return this;
		};
		AbstractMatrix.round = function round(matrix) {
			return new Matrix(matrix).round();
		};
		AbstractMatrix.prototype.sign = function sign() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.sign(this.get(i, j)));
			return this;
		};
		AbstractMatrix.sign = function sign(matrix) {
			return new Matrix(matrix).sign();
		};
		AbstractMatrix.prototype.sin = function sin() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.sin(this.get(i, j)));
			return this;
		};
		AbstractMatrix.sin = function sin(matrix) {
			return new Matrix(matrix).sin();
		};
		AbstractMatrix.prototype.sinh = function sinh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.sinh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.sinh = function sinh(matrix) {
			return new Matrix(matrix).sinh();
		};
		AbstractMatrix.prototype.sqrt = function sqrt() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.sqrt(this.get(i, j)));
			return this;
		};
		AbstractMatrix.sqrt = function sqrt(matrix) {
			return new Matrix(matrix).sqrt();
		};
		AbstractMatrix.prototype.tan = function tan() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.tan(this.get(i, j)));
			return this;
		};
		AbstractMatrix.tan = function tan(matrix) {
			return new Matrix(matrix).tan();
		};
		AbstractMatrix.prototype.tanh = function tanh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.tanh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.tanh = function tanh(matrix) {
			return new Matrix(matrix).tanh();
		};
		AbstractMatrix.prototype.trunc = function trunc() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.trunc(this.get(i, j)));
			return this;
		};
		AbstractMatrix.trunc = function trunc(matrix) {
			return new Matrix(matrix).trunc();
		};
		AbstractMatrix.pow = function pow(matrix, arg0) {
			return new Matrix(matrix).pow(arg0);
		};
		AbstractMatrix.prototype.pow = function pow(value) {
			if (typeof value === "number") return this.powS(value);
			return this.powM(value);
		};
		AbstractMatrix.prototype.powS = function powS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) ** value);
			return this;
		};
		AbstractMatrix.prototype.powM = function powM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) ** matrix.get(i, j));
			return this;
		};
	}
	/**
	* @private
	* Check that a row index is not out of bounds
	* @param {Matrix} matrix
	* @param {number} index
	* @param {boolean} [outer]
	*/
	function checkRowIndex(matrix, index, outer) {
		let max = outer ? matrix.rows : matrix.rows - 1;
		if (index < 0 || index > max) throw new RangeError("Row index out of range");
	}
	/**
	* @private
	* Check that a column index is not out of bounds
	* @param {Matrix} matrix
	* @param {number} index
	* @param {boolean} [outer]
	*/
	function checkColumnIndex(matrix, index, outer) {
		let max = outer ? matrix.columns : matrix.columns - 1;
		if (index < 0 || index > max) throw new RangeError("Column index out of range");
	}
	/**
	* @private
	* Check that the provided vector is an array with the right length
	* @param {Matrix} matrix
	* @param {Array|Matrix} vector
	* @return {Array}
	* @throws {RangeError}
	*/
	function checkRowVector(matrix, vector) {
		if (vector.to1DArray) vector = vector.to1DArray();
		if (vector.length !== matrix.columns) throw new RangeError("vector size must be the same as the number of columns");
		return vector;
	}
	/**
	* @private
	* Check that the provided vector is an array with the right length
	* @param {Matrix} matrix
	* @param {Array|Matrix} vector
	* @return {Array}
	* @throws {RangeError}
	*/
	function checkColumnVector(matrix, vector) {
		if (vector.to1DArray) vector = vector.to1DArray();
		if (vector.length !== matrix.rows) throw new RangeError("vector size must be the same as the number of rows");
		return vector;
	}
	function checkRowIndices(matrix, rowIndices) {
		if (!isAnyArray(rowIndices)) throw new TypeError("row indices must be an array");
		for (let i = 0; i < rowIndices.length; i++) if (rowIndices[i] < 0 || rowIndices[i] >= matrix.rows) throw new RangeError("row indices are out of range");
	}
	function checkColumnIndices(matrix, columnIndices) {
		if (!isAnyArray(columnIndices)) throw new TypeError("column indices must be an array");
		for (let i = 0; i < columnIndices.length; i++) if (columnIndices[i] < 0 || columnIndices[i] >= matrix.columns) throw new RangeError("column indices are out of range");
	}
	function checkRange(matrix, startRow, endRow, startColumn, endColumn) {
		if (arguments.length !== 5) throw new RangeError("expected 4 arguments");
		checkNumber("startRow", startRow);
		checkNumber("endRow", endRow);
		checkNumber("startColumn", startColumn);
		checkNumber("endColumn", endColumn);
		if (startRow > endRow || startColumn > endColumn || startRow < 0 || startRow >= matrix.rows || endRow < 0 || endRow >= matrix.rows || startColumn < 0 || startColumn >= matrix.columns || endColumn < 0 || endColumn >= matrix.columns) throw new RangeError("Submatrix indices are out of range");
	}
	function newArray(length, value = 0) {
		let array = [];
		for (let i = 0; i < length; i++) array.push(value);
		return array;
	}
	function checkNumber(name, value) {
		if (typeof value !== "number") throw new TypeError(`${name} must be a number`);
	}
	function checkNonEmpty(matrix) {
		if (matrix.isEmpty()) throw new Error("Empty matrix has no elements to index");
	}
	function sumByRow(matrix) {
		let sum = newArray(matrix.rows);
		for (let i = 0; i < matrix.rows; ++i) for (let j = 0; j < matrix.columns; ++j) sum[i] += matrix.get(i, j);
		return sum;
	}
	function sumByColumn(matrix) {
		let sum = newArray(matrix.columns);
		for (let i = 0; i < matrix.rows; ++i) for (let j = 0; j < matrix.columns; ++j) sum[j] += matrix.get(i, j);
		return sum;
	}
	function sumAll(matrix) {
		let v = 0;
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) v += matrix.get(i, j);
		return v;
	}
	function productByRow(matrix) {
		let sum = newArray(matrix.rows, 1);
		for (let i = 0; i < matrix.rows; ++i) for (let j = 0; j < matrix.columns; ++j) sum[i] *= matrix.get(i, j);
		return sum;
	}
	function productByColumn(matrix) {
		let sum = newArray(matrix.columns, 1);
		for (let i = 0; i < matrix.rows; ++i) for (let j = 0; j < matrix.columns; ++j) sum[j] *= matrix.get(i, j);
		return sum;
	}
	function productAll(matrix) {
		let v = 1;
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) v *= matrix.get(i, j);
		return v;
	}
	function varianceByRow(matrix, unbiased, mean) {
		const rows = matrix.rows;
		const cols = matrix.columns;
		const variance = [];
		for (let i = 0; i < rows; i++) {
			let sum1 = 0;
			let sum2 = 0;
			let x = 0;
			for (let j = 0; j < cols; j++) {
				x = matrix.get(i, j) - mean[i];
				sum1 += x;
				sum2 += x * x;
			}
			if (unbiased) variance.push((sum2 - sum1 * sum1 / cols) / (cols - 1));
			else variance.push((sum2 - sum1 * sum1 / cols) / cols);
		}
		return variance;
	}
	function varianceByColumn(matrix, unbiased, mean) {
		const rows = matrix.rows;
		const cols = matrix.columns;
		const variance = [];
		for (let j = 0; j < cols; j++) {
			let sum1 = 0;
			let sum2 = 0;
			let x = 0;
			for (let i = 0; i < rows; i++) {
				x = matrix.get(i, j) - mean[j];
				sum1 += x;
				sum2 += x * x;
			}
			if (unbiased) variance.push((sum2 - sum1 * sum1 / rows) / (rows - 1));
			else variance.push((sum2 - sum1 * sum1 / rows) / rows);
		}
		return variance;
	}
	function varianceAll(matrix, unbiased, mean) {
		const rows = matrix.rows;
		const cols = matrix.columns;
		const size = rows * cols;
		let sum1 = 0;
		let sum2 = 0;
		let x = 0;
		for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
			x = matrix.get(i, j) - mean;
			sum1 += x;
			sum2 += x * x;
		}
		if (unbiased) return (sum2 - sum1 * sum1 / size) / (size - 1);
		else return (sum2 - sum1 * sum1 / size) / size;
	}
	function centerByRow(matrix, mean) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) - mean[i]);
	}
	function centerByColumn(matrix, mean) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) - mean[j]);
	}
	function centerAll(matrix, mean) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) - mean);
	}
	function getScaleByRow(matrix) {
		const scale = [];
		for (let i = 0; i < matrix.rows; i++) {
			let sum = 0;
			for (let j = 0; j < matrix.columns; j++) sum += matrix.get(i, j) ** 2 / (matrix.columns - 1);
			scale.push(Math.sqrt(sum));
		}
		return scale;
	}
	function scaleByRow(matrix, scale) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) / scale[i]);
	}
	function getScaleByColumn(matrix) {
		const scale = [];
		for (let j = 0; j < matrix.columns; j++) {
			let sum = 0;
			for (let i = 0; i < matrix.rows; i++) sum += matrix.get(i, j) ** 2 / (matrix.rows - 1);
			scale.push(Math.sqrt(sum));
		}
		return scale;
	}
	function scaleByColumn(matrix, scale) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) / scale[j]);
	}
	function getScaleAll(matrix) {
		const divider = matrix.size - 1;
		let sum = 0;
		for (let j = 0; j < matrix.columns; j++) for (let i = 0; i < matrix.rows; i++) sum += matrix.get(i, j) ** 2 / divider;
		return Math.sqrt(sum);
	}
	function scaleAll(matrix, scale) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) / scale);
	}
	var AbstractMatrix = class AbstractMatrix {
		static from1DArray(newRows, newColumns, newData) {
			if (newRows * newColumns !== newData.length) throw new RangeError("data length does not match given dimensions");
			let newMatrix = new Matrix(newRows, newColumns);
			for (let row = 0; row < newRows; row++) for (let column = 0; column < newColumns; column++) newMatrix.set(row, column, newData[row * newColumns + column]);
			return newMatrix;
		}
		static rowVector(newData) {
			let vector = new Matrix(1, newData.length);
			for (let i = 0; i < newData.length; i++) vector.set(0, i, newData[i]);
			return vector;
		}
		static columnVector(newData) {
			let vector = new Matrix(newData.length, 1);
			for (let i = 0; i < newData.length; i++) vector.set(i, 0, newData[i]);
			return vector;
		}
		static zeros(rows, columns) {
			return new Matrix(rows, columns);
		}
		static ones(rows, columns) {
			return new Matrix(rows, columns).fill(1);
		}
		static rand(rows, columns, options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { random = Math.random } = options;
			let matrix = new Matrix(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) matrix.set(i, j, random());
			return matrix;
		}
		static randInt(rows, columns, options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { min = 0, max = 1e3, random = Math.random } = options;
			if (!Number.isInteger(min)) throw new TypeError("min must be an integer");
			if (!Number.isInteger(max)) throw new TypeError("max must be an integer");
			if (min >= max) throw new RangeError("min must be smaller than max");
			let interval = max - min;
			let matrix = new Matrix(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) {
				let value = min + Math.round(random() * interval);
				matrix.set(i, j, value);
			}
			return matrix;
		}
		static eye(rows, columns, value) {
			if (columns === void 0) columns = rows;
			if (value === void 0) value = 1;
			let min = Math.min(rows, columns);
			let matrix = this.zeros(rows, columns);
			for (let i = 0; i < min; i++) matrix.set(i, i, value);
			return matrix;
		}
		static diag(data, rows, columns) {
			let l = data.length;
			if (rows === void 0) rows = l;
			if (columns === void 0) columns = rows;
			let min = Math.min(l, rows, columns);
			let matrix = this.zeros(rows, columns);
			for (let i = 0; i < min; i++) matrix.set(i, i, data[i]);
			return matrix;
		}
		static min(matrix1, matrix2) {
			matrix1 = this.checkMatrix(matrix1);
			matrix2 = this.checkMatrix(matrix2);
			let rows = matrix1.rows;
			let columns = matrix1.columns;
			let result = new Matrix(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) result.set(i, j, Math.min(matrix1.get(i, j), matrix2.get(i, j)));
			return result;
		}
		static max(matrix1, matrix2) {
			matrix1 = this.checkMatrix(matrix1);
			matrix2 = this.checkMatrix(matrix2);
			let rows = matrix1.rows;
			let columns = matrix1.columns;
			let result = new this(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) result.set(i, j, Math.max(matrix1.get(i, j), matrix2.get(i, j)));
			return result;
		}
		static checkMatrix(value) {
			return AbstractMatrix.isMatrix(value) ? value : new Matrix(value);
		}
		static isMatrix(value) {
			return value != null && value.klass === "Matrix";
		}
		get size() {
			return this.rows * this.columns;
		}
		apply(callback) {
			if (typeof callback !== "function") throw new TypeError("callback must be a function");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) callback.call(this, i, j);
			return this;
		}
		applyAlongAxis(callback, by) {
			if (typeof callback !== "function") throw new TypeError("callback must be a function");
			const result = [];
			switch (by) {
				case "row":
					for (let i = 0; i < this.rows; i++) result.push(callback.call(this, this.getRow(i), i));
					break;
				case "column":
					for (let i = 0; i < this.columns; i++) result.push(callback.call(this, this.getColumn(i), i));
					break;
				default: throw new Error(`invalid option: ${by}`);
			}
			return result;
		}
		to1DArray() {
			let array = [];
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) array.push(this.get(i, j));
			return array;
		}
		to2DArray() {
			let copy = [];
			for (let i = 0; i < this.rows; i++) {
				copy.push([]);
				for (let j = 0; j < this.columns; j++) copy[i].push(this.get(i, j));
			}
			return copy;
		}
		toJSON() {
			return this.to2DArray();
		}
		isRowVector() {
			return this.rows === 1;
		}
		isColumnVector() {
			return this.columns === 1;
		}
		isVector() {
			return this.rows === 1 || this.columns === 1;
		}
		isSquare() {
			return this.rows === this.columns;
		}
		isEmpty() {
			return this.rows === 0 || this.columns === 0;
		}
		isSymmetric() {
			if (this.isSquare()) {
				for (let i = 0; i < this.rows; i++) for (let j = 0; j <= i; j++) if (this.get(i, j) !== this.get(j, i)) return false;
				return true;
			}
			return false;
		}
		isDistance() {
			if (!this.isSymmetric()) return false;
			for (let i = 0; i < this.rows; i++) if (this.get(i, i) !== 0) return false;
			return true;
		}
		isEchelonForm() {
			let i = 0;
			let j = 0;
			let previousColumn = -1;
			let isEchelonForm = true;
			let checked = false;
			while (i < this.rows && isEchelonForm) {
				j = 0;
				checked = false;
				while (j < this.columns && checked === false) if (this.get(i, j) === 0) j++;
				else if (this.get(i, j) === 1 && j > previousColumn) {
					checked = true;
					previousColumn = j;
				} else {
					isEchelonForm = false;
					checked = true;
				}
				i++;
			}
			return isEchelonForm;
		}
		isReducedEchelonForm() {
			let i = 0;
			let j = 0;
			let previousColumn = -1;
			let isReducedEchelonForm = true;
			let checked = false;
			while (i < this.rows && isReducedEchelonForm) {
				j = 0;
				checked = false;
				while (j < this.columns && checked === false) if (this.get(i, j) === 0) j++;
				else if (this.get(i, j) === 1 && j > previousColumn) {
					checked = true;
					previousColumn = j;
				} else {
					isReducedEchelonForm = false;
					checked = true;
				}
				for (let k = j + 1; k < this.rows; k++) if (this.get(i, k) !== 0) isReducedEchelonForm = false;
				i++;
			}
			return isReducedEchelonForm;
		}
		echelonForm() {
			let result = this.clone();
			let h = 0;
			let k = 0;
			while (h < result.rows && k < result.columns) {
				let iMax = h;
				for (let i = h; i < result.rows; i++) if (result.get(i, k) > result.get(iMax, k)) iMax = i;
				if (result.get(iMax, k) === 0) k++;
				else {
					result.swapRows(h, iMax);
					let tmp = result.get(h, k);
					for (let j = k; j < result.columns; j++) result.set(h, j, result.get(h, j) / tmp);
					for (let i = h + 1; i < result.rows; i++) {
						let factor = result.get(i, k) / result.get(h, k);
						result.set(i, k, 0);
						for (let j = k + 1; j < result.columns; j++) result.set(i, j, result.get(i, j) - result.get(h, j) * factor);
					}
					h++;
					k++;
				}
			}
			return result;
		}
		reducedEchelonForm() {
			let result = this.echelonForm();
			let m = result.columns;
			let n = result.rows;
			let h = n - 1;
			while (h >= 0) if (result.maxRow(h) === 0) h--;
			else {
				let p = 0;
				let pivot = false;
				while (p < n && pivot === false) if (result.get(h, p) === 1) pivot = true;
				else p++;
				for (let i = 0; i < h; i++) {
					let factor = result.get(i, p);
					for (let j = p; j < m; j++) {
						let tmp = result.get(i, j) - factor * result.get(h, j);
						result.set(i, j, tmp);
					}
				}
				h--;
			}
			return result;
		}
		set() {
			throw new Error("set method is unimplemented");
		}
		get() {
			throw new Error("get method is unimplemented");
		}
		repeat(options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { rows = 1, columns = 1 } = options;
			if (!Number.isInteger(rows) || rows <= 0) throw new TypeError("rows must be a positive integer");
			if (!Number.isInteger(columns) || columns <= 0) throw new TypeError("columns must be a positive integer");
			let matrix = new Matrix(this.rows * rows, this.columns * columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) matrix.setSubMatrix(this, this.rows * i, this.columns * j);
			return matrix;
		}
		fill(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, value);
			return this;
		}
		neg() {
			return this.mulS(-1);
		}
		getRow(index) {
			checkRowIndex(this, index);
			let row = [];
			for (let i = 0; i < this.columns; i++) row.push(this.get(index, i));
			return row;
		}
		getRowVector(index) {
			return Matrix.rowVector(this.getRow(index));
		}
		setRow(index, array) {
			checkRowIndex(this, index);
			array = checkRowVector(this, array);
			for (let i = 0; i < this.columns; i++) this.set(index, i, array[i]);
			return this;
		}
		swapRows(row1, row2) {
			checkRowIndex(this, row1);
			checkRowIndex(this, row2);
			for (let i = 0; i < this.columns; i++) {
				let temp = this.get(row1, i);
				this.set(row1, i, this.get(row2, i));
				this.set(row2, i, temp);
			}
			return this;
		}
		getColumn(index) {
			checkColumnIndex(this, index);
			let column = [];
			for (let i = 0; i < this.rows; i++) column.push(this.get(i, index));
			return column;
		}
		getColumnVector(index) {
			return Matrix.columnVector(this.getColumn(index));
		}
		setColumn(index, array) {
			checkColumnIndex(this, index);
			array = checkColumnVector(this, array);
			for (let i = 0; i < this.rows; i++) this.set(i, index, array[i]);
			return this;
		}
		swapColumns(column1, column2) {
			checkColumnIndex(this, column1);
			checkColumnIndex(this, column2);
			for (let i = 0; i < this.rows; i++) {
				let temp = this.get(i, column1);
				this.set(i, column1, this.get(i, column2));
				this.set(i, column2, temp);
			}
			return this;
		}
		addRowVector(vector) {
			vector = checkRowVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) + vector[j]);
			return this;
		}
		subRowVector(vector) {
			vector = checkRowVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) - vector[j]);
			return this;
		}
		mulRowVector(vector) {
			vector = checkRowVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) * vector[j]);
			return this;
		}
		divRowVector(vector) {
			vector = checkRowVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) / vector[j]);
			return this;
		}
		addColumnVector(vector) {
			vector = checkColumnVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) + vector[i]);
			return this;
		}
		subColumnVector(vector) {
			vector = checkColumnVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) - vector[i]);
			return this;
		}
		mulColumnVector(vector) {
			vector = checkColumnVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) * vector[i]);
			return this;
		}
		divColumnVector(vector) {
			vector = checkColumnVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) / vector[i]);
			return this;
		}
		mulRow(index, value) {
			checkRowIndex(this, index);
			for (let i = 0; i < this.columns; i++) this.set(index, i, this.get(index, i) * value);
			return this;
		}
		mulColumn(index, value) {
			checkColumnIndex(this, index);
			for (let i = 0; i < this.rows; i++) this.set(i, index, this.get(i, index) * value);
			return this;
		}
		max(by) {
			if (this.isEmpty()) return NaN;
			switch (by) {
				case "row": {
					const max = new Array(this.rows).fill(Number.NEGATIVE_INFINITY);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) > max[row]) max[row] = this.get(row, column);
					return max;
				}
				case "column": {
					const max = new Array(this.columns).fill(Number.NEGATIVE_INFINITY);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) > max[column]) max[column] = this.get(row, column);
					return max;
				}
				case void 0: {
					let max = this.get(0, 0);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) > max) max = this.get(row, column);
					return max;
				}
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		maxIndex() {
			checkNonEmpty(this);
			let v = this.get(0, 0);
			let idx = [0, 0];
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) if (this.get(i, j) > v) {
				v = this.get(i, j);
				idx[0] = i;
				idx[1] = j;
			}
			return idx;
		}
		min(by) {
			if (this.isEmpty()) return NaN;
			switch (by) {
				case "row": {
					const min = new Array(this.rows).fill(Number.POSITIVE_INFINITY);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) < min[row]) min[row] = this.get(row, column);
					return min;
				}
				case "column": {
					const min = new Array(this.columns).fill(Number.POSITIVE_INFINITY);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) < min[column]) min[column] = this.get(row, column);
					return min;
				}
				case void 0: {
					let min = this.get(0, 0);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) < min) min = this.get(row, column);
					return min;
				}
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		minIndex() {
			checkNonEmpty(this);
			let v = this.get(0, 0);
			let idx = [0, 0];
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) if (this.get(i, j) < v) {
				v = this.get(i, j);
				idx[0] = i;
				idx[1] = j;
			}
			return idx;
		}
		maxRow(row) {
			checkRowIndex(this, row);
			if (this.isEmpty()) return NaN;
			let v = this.get(row, 0);
			for (let i = 1; i < this.columns; i++) if (this.get(row, i) > v) v = this.get(row, i);
			return v;
		}
		maxRowIndex(row) {
			checkRowIndex(this, row);
			checkNonEmpty(this);
			let v = this.get(row, 0);
			let idx = [row, 0];
			for (let i = 1; i < this.columns; i++) if (this.get(row, i) > v) {
				v = this.get(row, i);
				idx[1] = i;
			}
			return idx;
		}
		minRow(row) {
			checkRowIndex(this, row);
			if (this.isEmpty()) return NaN;
			let v = this.get(row, 0);
			for (let i = 1; i < this.columns; i++) if (this.get(row, i) < v) v = this.get(row, i);
			return v;
		}
		minRowIndex(row) {
			checkRowIndex(this, row);
			checkNonEmpty(this);
			let v = this.get(row, 0);
			let idx = [row, 0];
			for (let i = 1; i < this.columns; i++) if (this.get(row, i) < v) {
				v = this.get(row, i);
				idx[1] = i;
			}
			return idx;
		}
		maxColumn(column) {
			checkColumnIndex(this, column);
			if (this.isEmpty()) return NaN;
			let v = this.get(0, column);
			for (let i = 1; i < this.rows; i++) if (this.get(i, column) > v) v = this.get(i, column);
			return v;
		}
		maxColumnIndex(column) {
			checkColumnIndex(this, column);
			checkNonEmpty(this);
			let v = this.get(0, column);
			let idx = [0, column];
			for (let i = 1; i < this.rows; i++) if (this.get(i, column) > v) {
				v = this.get(i, column);
				idx[0] = i;
			}
			return idx;
		}
		minColumn(column) {
			checkColumnIndex(this, column);
			if (this.isEmpty()) return NaN;
			let v = this.get(0, column);
			for (let i = 1; i < this.rows; i++) if (this.get(i, column) < v) v = this.get(i, column);
			return v;
		}
		minColumnIndex(column) {
			checkColumnIndex(this, column);
			checkNonEmpty(this);
			let v = this.get(0, column);
			let idx = [0, column];
			for (let i = 1; i < this.rows; i++) if (this.get(i, column) < v) {
				v = this.get(i, column);
				idx[0] = i;
			}
			return idx;
		}
		diag() {
			let min = Math.min(this.rows, this.columns);
			let diag = [];
			for (let i = 0; i < min; i++) diag.push(this.get(i, i));
			return diag;
		}
		norm(type = "frobenius") {
			switch (type) {
				case "max": return Matrix.abs(this).max();
				case "frobenius": return Math.sqrt(this.dot(this));
				default: throw new RangeError(`unknown norm type: ${type}`);
			}
		}
		cumulativeSum() {
			let sum = 0;
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) {
				sum += this.get(i, j);
				this.set(i, j, sum);
			}
			return this;
		}
		dot(vector2) {
			if (AbstractMatrix.isMatrix(vector2)) vector2 = vector2.to1DArray();
			let vector1 = this.to1DArray();
			if (vector1.length !== vector2.length) throw new RangeError("vectors do not have the same size");
			let dot = 0;
			for (let i = 0; i < vector1.length; i++) dot += vector1[i] * vector2[i];
			return dot;
		}
		mmul(other) {
			other = Matrix.checkMatrix(other);
			let m = this.rows;
			let n = this.columns;
			let p = other.columns;
			let result = new Matrix(m, p);
			let Bcolj = new Float64Array(n);
			for (let j = 0; j < p; j++) {
				for (let k = 0; k < n; k++) Bcolj[k] = other.get(k, j);
				for (let i = 0; i < m; i++) {
					let s = 0;
					for (let k = 0; k < n; k++) s += this.get(i, k) * Bcolj[k];
					result.set(i, j, s);
				}
			}
			return result;
		}
		gram() {
			const rows = this.rows;
			const n = this.columns;
			const gramData = new Float64Array(n * n);
			for (let r = 0; r < rows; r++) for (let i = 0; i < n; i++) {
				const value = this.get(r, i);
				if (value === 0) continue;
				const offset = i * n;
				for (let j = i; j < n; j++) gramData[offset + j] += value * this.get(r, j);
			}
			const result = new Matrix(n, n);
			for (let i = 0; i < n; i++) {
				const offset = i * n;
				for (let j = i; j < n; j++) {
					const value = gramData[offset + j];
					result.set(i, j, value);
					result.set(j, i, value);
				}
			}
			return result;
		}
		transposeMultiply(other) {
			other = Matrix.checkMatrix(other);
			if (this.rows !== other.rows) throw new RangeError("the number of rows of the two matrices must be equal");
			const n = this.columns;
			const p = other.columns;
			const result = new Matrix(n, p);
			const otherRow = new Float64Array(p);
			for (let r = 0; r < this.rows; r++) {
				for (let j = 0; j < p; j++) otherRow[j] = other.get(r, j);
				for (let i = 0; i < n; i++) {
					const value = this.get(r, i);
					if (value === 0) continue;
					const resultRow = result.data[i];
					for (let j = 0; j < p; j++) resultRow[j] += value * otherRow[j];
				}
			}
			return result;
		}
		mmulByTranspose(scale) {
			let m = this.rows;
			let n = this.columns;
			if (scale !== void 0 && scale.length !== n) throw new RangeError("scale must have one value per column");
			let result = new Matrix(m, m);
			let rowj = new Float64Array(n);
			for (let j = 0; j < m; j++) {
				if (scale === void 0) for (let k = 0; k < n; k++) rowj[k] = this.get(j, k);
				else for (let k = 0; k < n; k++) rowj[k] = scale[k] * this.get(j, k);
				for (let i = j; i < m; i++) {
					let s = 0;
					for (let k = 0; k < n; k++) s += this.get(i, k) * rowj[k];
					result.set(i, j, s);
					result.set(j, i, s);
				}
			}
			return result;
		}
		mpow(scalar) {
			if (!this.isSquare()) throw new RangeError("Matrix must be square");
			if (!Number.isInteger(scalar) || scalar < 0) throw new RangeError("Exponent must be a non-negative integer");
			let result = Matrix.eye(this.rows);
			let bb = this;
			for (let e = scalar; e >= 1; e /= 2) {
				if ((e & 1) !== 0) result = result.mmul(bb);
				bb = bb.mmul(bb);
			}
			return result;
		}
		strassen2x2(other) {
			other = Matrix.checkMatrix(other);
			let result = new Matrix(2, 2);
			const a11 = this.get(0, 0);
			const b11 = other.get(0, 0);
			const a12 = this.get(0, 1);
			const b12 = other.get(0, 1);
			const a21 = this.get(1, 0);
			const b21 = other.get(1, 0);
			const a22 = this.get(1, 1);
			const b22 = other.get(1, 1);
			const m1 = (a11 + a22) * (b11 + b22);
			const m2 = (a21 + a22) * b11;
			const m3 = a11 * (b12 - b22);
			const m4 = a22 * (b21 - b11);
			const m5 = (a11 + a12) * b22;
			const m6 = (a21 - a11) * (b11 + b12);
			const m7 = (a12 - a22) * (b21 + b22);
			const c00 = m1 + m4 - m5 + m7;
			const c01 = m3 + m5;
			const c10 = m2 + m4;
			const c11 = m1 - m2 + m3 + m6;
			result.set(0, 0, c00);
			result.set(0, 1, c01);
			result.set(1, 0, c10);
			result.set(1, 1, c11);
			return result;
		}
		strassen3x3(other) {
			other = Matrix.checkMatrix(other);
			let result = new Matrix(3, 3);
			const a00 = this.get(0, 0);
			const a01 = this.get(0, 1);
			const a02 = this.get(0, 2);
			const a10 = this.get(1, 0);
			const a11 = this.get(1, 1);
			const a12 = this.get(1, 2);
			const a20 = this.get(2, 0);
			const a21 = this.get(2, 1);
			const a22 = this.get(2, 2);
			const b00 = other.get(0, 0);
			const b01 = other.get(0, 1);
			const b02 = other.get(0, 2);
			const b10 = other.get(1, 0);
			const b11 = other.get(1, 1);
			const b12 = other.get(1, 2);
			const b20 = other.get(2, 0);
			const b21 = other.get(2, 1);
			const b22 = other.get(2, 2);
			const m1 = (a00 + a01 + a02 - a10 - a11 - a21 - a22) * b11;
			const m2 = (a00 - a10) * (-b01 + b11);
			const m3 = a11 * (-b00 + b01 + b10 - b11 - b12 - b20 + b22);
			const m4 = (-a00 + a10 + a11) * (b00 - b01 + b11);
			const m5 = (a10 + a11) * (-b00 + b01);
			const m6 = a00 * b00;
			const m7 = (-a00 + a20 + a21) * (b00 - b02 + b12);
			const m8 = (-a00 + a20) * (b02 - b12);
			const m9 = (a20 + a21) * (-b00 + b02);
			const m10 = (a00 + a01 + a02 - a11 - a12 - a20 - a21) * b12;
			const m11 = a21 * (-b00 + b02 + b10 - b11 - b12 - b20 + b21);
			const m12 = (-a02 + a21 + a22) * (b11 + b20 - b21);
			const m13 = (a02 - a22) * (b11 - b21);
			const m14 = a02 * b20;
			const m15 = (a21 + a22) * (-b20 + b21);
			const m16 = (-a02 + a11 + a12) * (b12 + b20 - b22);
			const m17 = (a02 - a12) * (b12 - b22);
			const m18 = (a11 + a12) * (-b20 + b22);
			const m19 = a01 * b10;
			const m20 = a12 * b21;
			const m21 = a10 * b02;
			const m22 = a20 * b01;
			const m23 = a22 * b22;
			const c00 = m6 + m14 + m19;
			const c01 = m1 + m4 + m5 + m6 + m12 + m14 + m15;
			const c02 = m6 + m7 + m9 + m10 + m14 + m16 + m18;
			const c10 = m2 + m3 + m4 + m6 + m14 + m16 + m17;
			const c11 = m2 + m4 + m5 + m6 + m20;
			const c12 = m14 + m16 + m17 + m18 + m21;
			const c20 = m6 + m7 + m8 + m11 + m12 + m13 + m14;
			const c21 = m12 + m13 + m14 + m15 + m22;
			const c22 = m6 + m7 + m8 + m9 + m23;
			result.set(0, 0, c00);
			result.set(0, 1, c01);
			result.set(0, 2, c02);
			result.set(1, 0, c10);
			result.set(1, 1, c11);
			result.set(1, 2, c12);
			result.set(2, 0, c20);
			result.set(2, 1, c21);
			result.set(2, 2, c22);
			return result;
		}
		mmulStrassen(y) {
			y = Matrix.checkMatrix(y);
			let x = this.clone();
			let r1 = x.rows;
			let c1 = x.columns;
			let r2 = y.rows;
			let c2 = y.columns;
			if (c1 !== r2) console.warn(`Multiplying ${r1} x ${c1} and ${r2} x ${c2} matrix: dimensions do not match.`);
			function embed(mat, rows, cols) {
				let r = mat.rows;
				let c = mat.columns;
				if (r === rows && c === cols) return mat;
				else {
					let resultat = AbstractMatrix.zeros(rows, cols);
					resultat = resultat.setSubMatrix(mat, 0, 0);
					return resultat;
				}
			}
			let r = Math.max(r1, r2);
			let c = Math.max(c1, c2);
			x = embed(x, r, c);
			y = embed(y, r, c);
			function blockMult(a, b, rows, cols) {
				if (rows <= 512 || cols <= 512) return a.mmul(b);
				if (rows % 2 === 1 && cols % 2 === 1) {
					a = embed(a, rows + 1, cols + 1);
					b = embed(b, rows + 1, cols + 1);
				} else if (rows % 2 === 1) {
					a = embed(a, rows + 1, cols);
					b = embed(b, rows + 1, cols);
				} else if (cols % 2 === 1) {
					a = embed(a, rows, cols + 1);
					b = embed(b, rows, cols + 1);
				}
				let halfRows = parseInt(a.rows / 2, 10);
				let halfCols = parseInt(a.columns / 2, 10);
				let a11 = a.subMatrix(0, halfRows - 1, 0, halfCols - 1);
				let b11 = b.subMatrix(0, halfRows - 1, 0, halfCols - 1);
				let a12 = a.subMatrix(0, halfRows - 1, halfCols, a.columns - 1);
				let b12 = b.subMatrix(0, halfRows - 1, halfCols, b.columns - 1);
				let a21 = a.subMatrix(halfRows, a.rows - 1, 0, halfCols - 1);
				let b21 = b.subMatrix(halfRows, b.rows - 1, 0, halfCols - 1);
				let a22 = a.subMatrix(halfRows, a.rows - 1, halfCols, a.columns - 1);
				let b22 = b.subMatrix(halfRows, b.rows - 1, halfCols, b.columns - 1);
				let m1 = blockMult(AbstractMatrix.add(a11, a22), AbstractMatrix.add(b11, b22), halfRows, halfCols);
				let m2 = blockMult(AbstractMatrix.add(a21, a22), b11, halfRows, halfCols);
				let m3 = blockMult(a11, AbstractMatrix.sub(b12, b22), halfRows, halfCols);
				let m4 = blockMult(a22, AbstractMatrix.sub(b21, b11), halfRows, halfCols);
				let m5 = blockMult(AbstractMatrix.add(a11, a12), b22, halfRows, halfCols);
				let m6 = blockMult(AbstractMatrix.sub(a21, a11), AbstractMatrix.add(b11, b12), halfRows, halfCols);
				let m7 = blockMult(AbstractMatrix.sub(a12, a22), AbstractMatrix.add(b21, b22), halfRows, halfCols);
				let c11 = AbstractMatrix.add(m1, m4);
				c11.sub(m5);
				c11.add(m7);
				let c12 = AbstractMatrix.add(m3, m5);
				let c21 = AbstractMatrix.add(m2, m4);
				let c22 = AbstractMatrix.sub(m1, m2);
				c22.add(m3);
				c22.add(m6);
				let result = AbstractMatrix.zeros(2 * c11.rows, 2 * c11.columns);
				result = result.setSubMatrix(c11, 0, 0);
				result = result.setSubMatrix(c12, c11.rows, 0);
				result = result.setSubMatrix(c21, 0, c11.columns);
				result = result.setSubMatrix(c22, c11.rows, c11.columns);
				return result.subMatrix(0, rows - 1, 0, cols - 1);
			}
			return blockMult(x, y, r, c);
		}
		scaleRows(options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { min = 0, max = 1 } = options;
			if (!Number.isFinite(min)) throw new TypeError("min must be a number");
			if (!Number.isFinite(max)) throw new TypeError("max must be a number");
			if (min >= max) throw new RangeError("min must be smaller than max");
			let newMatrix = new Matrix(this.rows, this.columns);
			for (let i = 0; i < this.rows; i++) {
				const row = this.getRow(i);
				if (row.length > 0) rescale(row, {
					min,
					max,
					output: row
				});
				newMatrix.setRow(i, row);
			}
			return newMatrix;
		}
		scaleColumns(options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { min = 0, max = 1 } = options;
			if (!Number.isFinite(min)) throw new TypeError("min must be a number");
			if (!Number.isFinite(max)) throw new TypeError("max must be a number");
			if (min >= max) throw new RangeError("min must be smaller than max");
			let newMatrix = new Matrix(this.rows, this.columns);
			for (let i = 0; i < this.columns; i++) {
				const column = this.getColumn(i);
				if (column.length) rescale(column, {
					min,
					max,
					output: column
				});
				newMatrix.setColumn(i, column);
			}
			return newMatrix;
		}
		flipRows() {
			const middle = Math.ceil(this.columns / 2);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < middle; j++) {
				let first = this.get(i, j);
				let last = this.get(i, this.columns - 1 - j);
				this.set(i, j, last);
				this.set(i, this.columns - 1 - j, first);
			}
			return this;
		}
		flipColumns() {
			const middle = Math.ceil(this.rows / 2);
			for (let j = 0; j < this.columns; j++) for (let i = 0; i < middle; i++) {
				let first = this.get(i, j);
				let last = this.get(this.rows - 1 - i, j);
				this.set(i, j, last);
				this.set(this.rows - 1 - i, j, first);
			}
			return this;
		}
		kroneckerProduct(other) {
			other = Matrix.checkMatrix(other);
			let m = this.rows;
			let n = this.columns;
			let p = other.rows;
			let q = other.columns;
			let result = new Matrix(m * p, n * q);
			for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) for (let k = 0; k < p; k++) for (let l = 0; l < q; l++) result.set(p * i + k, q * j + l, this.get(i, j) * other.get(k, l));
			return result;
		}
		kroneckerSum(other) {
			other = Matrix.checkMatrix(other);
			if (!this.isSquare() || !other.isSquare()) throw new Error("Kronecker Sum needs two Square Matrices");
			let m = this.rows;
			let n = other.rows;
			let AxI = this.kroneckerProduct(Matrix.eye(n, n));
			let IxB = Matrix.eye(m, m).kroneckerProduct(other);
			return AxI.add(IxB);
		}
		transpose() {
			let result = new Matrix(this.columns, this.rows);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) result.set(j, i, this.get(i, j));
			return result;
		}
		sortRows(compareFunction = compareNumbers) {
			for (let i = 0; i < this.rows; i++) this.setRow(i, this.getRow(i).sort(compareFunction));
			return this;
		}
		sortColumns(compareFunction = compareNumbers) {
			for (let i = 0; i < this.columns; i++) this.setColumn(i, this.getColumn(i).sort(compareFunction));
			return this;
		}
		subMatrix(startRow, endRow, startColumn, endColumn) {
			checkRange(this, startRow, endRow, startColumn, endColumn);
			let newMatrix = new Matrix(endRow - startRow + 1, endColumn - startColumn + 1);
			for (let i = startRow; i <= endRow; i++) for (let j = startColumn; j <= endColumn; j++) newMatrix.set(i - startRow, j - startColumn, this.get(i, j));
			return newMatrix;
		}
		subMatrixRow(indices, startColumn, endColumn) {
			if (startColumn === void 0) startColumn = 0;
			if (endColumn === void 0) endColumn = this.columns - 1;
			if (startColumn > endColumn || startColumn < 0 || startColumn >= this.columns || endColumn < 0 || endColumn >= this.columns) throw new RangeError("Argument out of range");
			let newMatrix = new Matrix(indices.length, endColumn - startColumn + 1);
			for (let i = 0; i < indices.length; i++) for (let j = startColumn; j <= endColumn; j++) {
				if (indices[i] < 0 || indices[i] >= this.rows) throw new RangeError(`Row index out of range: ${indices[i]}`);
				newMatrix.set(i, j - startColumn, this.get(indices[i], j));
			}
			return newMatrix;
		}
		subMatrixColumn(indices, startRow, endRow) {
			if (startRow === void 0) startRow = 0;
			if (endRow === void 0) endRow = this.rows - 1;
			if (startRow > endRow || startRow < 0 || startRow >= this.rows || endRow < 0 || endRow >= this.rows) throw new RangeError("Argument out of range");
			let newMatrix = new Matrix(endRow - startRow + 1, indices.length);
			for (let i = 0; i < indices.length; i++) for (let j = startRow; j <= endRow; j++) {
				if (indices[i] < 0 || indices[i] >= this.columns) throw new RangeError(`Column index out of range: ${indices[i]}`);
				newMatrix.set(j - startRow, i, this.get(j, indices[i]));
			}
			return newMatrix;
		}
		setSubMatrix(matrix, startRow, startColumn) {
			matrix = Matrix.checkMatrix(matrix);
			if (matrix.isEmpty()) return this;
			let endRow = startRow + matrix.rows - 1;
			let endColumn = startColumn + matrix.columns - 1;
			checkRange(this, startRow, endRow, startColumn, endColumn);
			for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) this.set(startRow + i, startColumn + j, matrix.get(i, j));
			return this;
		}
		concat(other, by = "row") {
			other = Matrix.checkMatrix(other);
			switch (by) {
				case "row": {
					if (this.columns !== other.columns) throw new RangeError("both matrices must have the same number of columns");
					const result = new Matrix(this.rows + other.rows, this.columns);
					result.setSubMatrix(this, 0, 0);
					result.setSubMatrix(other, this.rows, 0);
					return result;
				}
				case "column": {
					if (this.rows !== other.rows) throw new RangeError("both matrices must have the same number of rows");
					const result = new Matrix(this.rows, this.columns + other.columns);
					result.setSubMatrix(this, 0, 0);
					result.setSubMatrix(other, 0, this.columns);
					return result;
				}
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		selection(rowIndices, columnIndices) {
			checkRowIndices(this, rowIndices);
			checkColumnIndices(this, columnIndices);
			let newMatrix = new Matrix(rowIndices.length, columnIndices.length);
			for (let i = 0; i < rowIndices.length; i++) {
				let rowIndex = rowIndices[i];
				for (let j = 0; j < columnIndices.length; j++) {
					let columnIndex = columnIndices[j];
					newMatrix.set(i, j, this.get(rowIndex, columnIndex));
				}
			}
			return newMatrix;
		}
		trace() {
			let min = Math.min(this.rows, this.columns);
			let trace = 0;
			for (let i = 0; i < min; i++) trace += this.get(i, i);
			return trace;
		}
		clone() {
			return this.constructor.copy(this, new Matrix(this.rows, this.columns));
		}
		/**
		* @template {AbstractMatrix} M
		* @param {AbstractMatrix} from
		* @param {M} to
		* @return {M}
		*/
		static copy(from, to) {
			for (const [row, column, value] of from.entries()) to.set(row, column, value);
			return to;
		}
		sum(by) {
			switch (by) {
				case "row": return sumByRow(this);
				case "column": return sumByColumn(this);
				case void 0: return sumAll(this);
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		product(by) {
			switch (by) {
				case "row": return productByRow(this);
				case "column": return productByColumn(this);
				case void 0: return productAll(this);
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		mean(by) {
			const sum = this.sum(by);
			switch (by) {
				case "row":
					for (let i = 0; i < this.rows; i++) sum[i] /= this.columns;
					return sum;
				case "column":
					for (let i = 0; i < this.columns; i++) sum[i] /= this.rows;
					return sum;
				case void 0: return sum / this.size;
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		variance(by, options = {}) {
			if (typeof by === "object") {
				options = by;
				by = void 0;
			}
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { unbiased = true, mean = this.mean(by) } = options;
			if (typeof unbiased !== "boolean") throw new TypeError("unbiased must be a boolean");
			switch (by) {
				case "row":
					if (!isAnyArray(mean)) throw new TypeError("mean must be an array");
					return varianceByRow(this, unbiased, mean);
				case "column":
					if (!isAnyArray(mean)) throw new TypeError("mean must be an array");
					return varianceByColumn(this, unbiased, mean);
				case void 0:
					if (typeof mean !== "number") throw new TypeError("mean must be a number");
					return varianceAll(this, unbiased, mean);
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		standardDeviation(by, options) {
			if (typeof by === "object") {
				options = by;
				by = void 0;
			}
			const variance = this.variance(by, options);
			if (by === void 0) return Math.sqrt(variance);
			else {
				for (let i = 0; i < variance.length; i++) variance[i] = Math.sqrt(variance[i]);
				return variance;
			}
		}
		center(by, options = {}) {
			if (typeof by === "object") {
				options = by;
				by = void 0;
			}
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { center = this.mean(by) } = options;
			switch (by) {
				case "row":
					if (!isAnyArray(center)) throw new TypeError("center must be an array");
					centerByRow(this, center);
					return this;
				case "column":
					if (!isAnyArray(center)) throw new TypeError("center must be an array");
					centerByColumn(this, center);
					return this;
				case void 0:
					if (typeof center !== "number") throw new TypeError("center must be a number");
					centerAll(this, center);
					return this;
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		scale(by, options = {}) {
			if (typeof by === "object") {
				options = by;
				by = void 0;
			}
			if (typeof options !== "object") throw new TypeError("options must be an object");
			let scale = options.scale;
			switch (by) {
				case "row":
					if (scale === void 0) scale = getScaleByRow(this);
					else if (!isAnyArray(scale)) throw new TypeError("scale must be an array");
					scaleByRow(this, scale);
					return this;
				case "column":
					if (scale === void 0) scale = getScaleByColumn(this);
					else if (!isAnyArray(scale)) throw new TypeError("scale must be an array");
					scaleByColumn(this, scale);
					return this;
				case void 0:
					if (scale === void 0) scale = getScaleAll(this);
					else if (typeof scale !== "number") throw new TypeError("scale must be a number");
					scaleAll(this, scale);
					return this;
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		toString(options) {
			return inspectMatrixWithOptions(this, options);
		}
		[Symbol.iterator]() {
			return this.entries();
		}
		/**
		* iterator from left to right, from top to bottom
		* yield [row, column, value]
		* @returns {Generator<[number, number, number], void, void>}
		*/
		*entries() {
			for (let row = 0; row < this.rows; row++) for (let col = 0; col < this.columns; col++) yield [
				row,
				col,
				this.get(row, col)
			];
		}
		/**
		* iterator from left to right, from top to bottom
		* yield value
		* @returns {Generator<number, void, void>}
		*/
		*values() {
			for (let row = 0; row < this.rows; row++) for (let col = 0; col < this.columns; col++) yield this.get(row, col);
		}
	};
	AbstractMatrix.prototype.klass = "Matrix";
	if (typeof Symbol !== "undefined") AbstractMatrix.prototype[Symbol.for("nodejs.util.inspect.custom")] = inspectMatrix;
	function compareNumbers(a, b) {
		return a - b;
	}
	function isArrayOfNumbers(array) {
		return array.every((element) => {
			return typeof element === "number";
		});
	}
	AbstractMatrix.random = AbstractMatrix.rand;
	AbstractMatrix.randomInt = AbstractMatrix.randInt;
	AbstractMatrix.diagonal = AbstractMatrix.diag;
	AbstractMatrix.prototype.diagonal = AbstractMatrix.prototype.diag;
	AbstractMatrix.identity = AbstractMatrix.eye;
	AbstractMatrix.prototype.negate = AbstractMatrix.prototype.neg;
	AbstractMatrix.prototype.tensorProduct = AbstractMatrix.prototype.kroneckerProduct;
	var Matrix = class Matrix extends AbstractMatrix {
		/**
		* @type {Float64Array[]}
		*/
		data;
		/**
		* Init an empty matrix
		* @param {number} nRows
		* @param {number} nColumns
		*/
		#initData(nRows, nColumns) {
			this.data = [];
			if (Number.isInteger(nColumns) && nColumns >= 0) for (let i = 0; i < nRows; i++) this.data.push(new Float64Array(nColumns));
			else throw new TypeError("nColumns must be a positive integer");
			this.rows = nRows;
			this.columns = nColumns;
		}
		constructor(nRows, nColumns) {
			super();
			if (Matrix.isMatrix(nRows)) {
				this.#initData(nRows.rows, nRows.columns);
				Matrix.copy(nRows, this);
			} else if (Number.isInteger(nRows) && nRows >= 0) this.#initData(nRows, nColumns);
			else if (isAnyArray(nRows)) {
				const arrayData = nRows;
				nRows = arrayData.length;
				nColumns = nRows ? arrayData[0].length : 0;
				if (typeof nColumns !== "number") throw new TypeError("Data must be a 2D array with at least one element");
				this.data = [];
				for (let i = 0; i < nRows; i++) {
					if (arrayData[i].length !== nColumns) throw new RangeError("Inconsistent array dimensions");
					if (!isArrayOfNumbers(arrayData[i])) throw new TypeError("Input data contains non-numeric values");
					this.data.push(Float64Array.from(arrayData[i]));
				}
				this.rows = nRows;
				this.columns = nColumns;
			} else throw new TypeError("First argument must be a positive number or an array");
		}
		set(rowIndex, columnIndex, value) {
			this.data[rowIndex][columnIndex] = value;
			return this;
		}
		get(rowIndex, columnIndex) {
			return this.data[rowIndex][columnIndex];
		}
		removeRow(index) {
			checkRowIndex(this, index);
			this.data.splice(index, 1);
			this.rows -= 1;
			return this;
		}
		addRow(index, array) {
			if (array === void 0) {
				array = index;
				index = this.rows;
			}
			checkRowIndex(this, index, true);
			array = Float64Array.from(checkRowVector(this, array));
			this.data.splice(index, 0, array);
			this.rows += 1;
			return this;
		}
		removeColumn(index) {
			checkColumnIndex(this, index);
			for (let i = 0; i < this.rows; i++) {
				const newRow = new Float64Array(this.columns - 1);
				for (let j = 0; j < index; j++) newRow[j] = this.data[i][j];
				for (let j = index + 1; j < this.columns; j++) newRow[j - 1] = this.data[i][j];
				this.data[i] = newRow;
			}
			this.columns -= 1;
			return this;
		}
		addColumn(index, array) {
			if (typeof array === "undefined") {
				array = index;
				index = this.columns;
			}
			checkColumnIndex(this, index, true);
			array = checkColumnVector(this, array);
			for (let i = 0; i < this.rows; i++) {
				const newRow = new Float64Array(this.columns + 1);
				let j = 0;
				for (; j < index; j++) newRow[j] = this.data[i][j];
				newRow[j++] = array[i];
				for (; j < this.columns + 1; j++) newRow[j] = this.data[i][j - 1];
				this.data[i] = newRow;
			}
			this.columns += 1;
			return this;
		}
	};
	installMathOperations(AbstractMatrix, Matrix);
	/**
	* @typedef {0 | 1 | number | boolean} Mask
	*/
	var SymmetricMatrix = class SymmetricMatrix extends AbstractMatrix {
		/** @type {Matrix} */
		#matrix;
		get size() {
			return this.#matrix.size;
		}
		get rows() {
			return this.#matrix.rows;
		}
		get columns() {
			return this.#matrix.columns;
		}
		get diagonalSize() {
			return this.rows;
		}
		/**
		* not the same as matrix.isSymmetric()
		* Here is to check if it's instanceof SymmetricMatrix without bundling issues
		*
		* @param value
		* @returns {boolean}
		*/
		static isSymmetricMatrix(value) {
			return Matrix.isMatrix(value) && value.klassType === "SymmetricMatrix";
		}
		/**
		* @param diagonalSize
		* @return {SymmetricMatrix}
		*/
		static zeros(diagonalSize) {
			return new this(diagonalSize);
		}
		/**
		* @param diagonalSize
		* @return {SymmetricMatrix}
		*/
		static ones(diagonalSize) {
			return new this(diagonalSize).fill(1);
		}
		/**
		* @param {number | AbstractMatrix | ArrayLike<ArrayLike<number>>} diagonalSize
		* @return {this}
		*/
		constructor(diagonalSize) {
			super();
			if (Matrix.isMatrix(diagonalSize)) {
				if (!diagonalSize.isSymmetric()) throw new TypeError("not symmetric data");
				this.#matrix = Matrix.copy(diagonalSize, new Matrix(diagonalSize.rows, diagonalSize.rows));
			} else if (Number.isInteger(diagonalSize) && diagonalSize >= 0) this.#matrix = new Matrix(diagonalSize, diagonalSize);
			else {
				this.#matrix = new Matrix(diagonalSize);
				if (!this.isSymmetric()) throw new TypeError("not symmetric data");
			}
		}
		clone() {
			const matrix = new SymmetricMatrix(this.diagonalSize);
			for (const [row, col, value] of this.upperRightEntries()) matrix.set(row, col, value);
			return matrix;
		}
		toMatrix() {
			return new Matrix(this);
		}
		get(rowIndex, columnIndex) {
			return this.#matrix.get(rowIndex, columnIndex);
		}
		set(rowIndex, columnIndex, value) {
			this.#matrix.set(rowIndex, columnIndex, value);
			this.#matrix.set(columnIndex, rowIndex, value);
			return this;
		}
		removeCross(index) {
			this.#matrix.removeRow(index);
			this.#matrix.removeColumn(index);
			return this;
		}
		addCross(index, array) {
			if (array === void 0) {
				array = index;
				index = this.diagonalSize;
			}
			const row = array.slice();
			row.splice(index, 1);
			this.#matrix.addRow(index, row);
			this.#matrix.addColumn(index, array);
			return this;
		}
		/**
		* @param {Mask[]} mask
		*/
		applyMask(mask) {
			if (mask.length !== this.diagonalSize) throw new RangeError("Mask size do not match with matrix size");
			/** @type {number[]} */
			const sidesToRemove = [];
			for (const [index, passthroughs] of mask.entries()) {
				if (passthroughs) continue;
				sidesToRemove.push(index);
			}
			sidesToRemove.reverse();
			for (const sideIndex of sidesToRemove) this.removeCross(sideIndex);
			return this;
		}
		/**
		* Compact format upper-right corner of matrix
		* iterate from left to right, from top to bottom.
		*
		* ```
		*   A B C D
		* A 1 2 3 4
		* B 2 5 6 7
		* C 3 6 8 9
		* D 4 7 9 10
		* ```
		*
		* will return compact 1D array `[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]`
		*
		* length is S(i=0, n=sideSize) => 10 for a 4 sideSized matrix
		*
		* @returns {number[]}
		*/
		toCompact() {
			const { diagonalSize } = this;
			/** @type {number[]} */
			const compact = new Array(diagonalSize * (diagonalSize + 1) / 2);
			for (let col = 0, row = 0, index = 0; index < compact.length; index++) {
				compact[index] = this.get(row, col);
				if (++col >= diagonalSize) col = ++row;
			}
			return compact;
		}
		/**
		* @param {number[]} compact
		* @return {SymmetricMatrix}
		*/
		static fromCompact(compact) {
			const compactSize = compact.length;
			const diagonalSize = (Math.sqrt(8 * compactSize + 1) - 1) / 2;
			if (!Number.isInteger(diagonalSize)) throw new TypeError(`This array is not a compact representation of a Symmetric Matrix, ${JSON.stringify(compact)}`);
			const matrix = new SymmetricMatrix(diagonalSize);
			for (let col = 0, row = 0, index = 0; index < compactSize; index++) {
				matrix.set(col, row, compact[index]);
				if (++col >= diagonalSize) col = ++row;
			}
			return matrix;
		}
		/**
		* half iterator upper-right-corner from left to right, from top to bottom
		* yield [row, column, value]
		*
		* @returns {Generator<[number, number, number], void, void>}
		*/
		*upperRightEntries() {
			for (let row = 0, col = 0; row < this.diagonalSize;) {
				const value = this.get(row, col);
				yield [
					row,
					col,
					value
				];
				if (++col >= this.diagonalSize) col = ++row;
			}
		}
		/**
		* half iterator upper-right-corner from left to right, from top to bottom
		* yield value
		*
		* @returns {Generator<[number, number, number], void, void>}
		*/
		*upperRightValues() {
			for (let row = 0, col = 0; row < this.diagonalSize;) {
				yield this.get(row, col);
				if (++col >= this.diagonalSize) col = ++row;
			}
		}
	};
	SymmetricMatrix.prototype.klassType = "SymmetricMatrix";
	var DistanceMatrix = class DistanceMatrix extends SymmetricMatrix {
		/**
		* not the same as matrix.isSymmetric()
		* Here is to check if it's instanceof SymmetricMatrix without bundling issues
		*
		* @param value
		* @returns {boolean}
		*/
		static isDistanceMatrix(value) {
			return SymmetricMatrix.isSymmetricMatrix(value) && value.klassSubType === "DistanceMatrix";
		}
		constructor(sideSize) {
			super(sideSize);
			if (!this.isDistance()) throw new TypeError("Provided arguments do no produce a distance matrix");
		}
		set(rowIndex, columnIndex, value) {
			if (rowIndex === columnIndex) value = 0;
			return super.set(rowIndex, columnIndex, value);
		}
		addCross(index, array) {
			if (array === void 0) {
				array = index;
				index = this.diagonalSize;
			}
			array = array.slice();
			array[index] = 0;
			return super.addCross(index, array);
		}
		toSymmetricMatrix() {
			return new SymmetricMatrix(this);
		}
		clone() {
			const matrix = new DistanceMatrix(this.diagonalSize);
			for (const [row, col, value] of this.upperRightEntries()) {
				if (row === col) continue;
				matrix.set(row, col, value);
			}
			return matrix;
		}
		/**
		* Compact format upper-right corner of matrix
		* no diagonal (only zeros)
		* iterable from left to right, from top to bottom.
		*
		* ```
		*   A B C D
		* A 0 1 2 3
		* B 1 0 4 5
		* C 2 4 0 6
		* D 3 5 6 0
		* ```
		*
		* will return compact 1D array `[1, 2, 3, 4, 5, 6]`
		*
		* length is S(i=0, n=sideSize-1) => 6 for a 4 side sized matrix
		*
		* @returns {number[]}
		*/
		toCompact() {
			const { diagonalSize } = this;
			const compactLength = (diagonalSize - 1) * diagonalSize / 2;
			/** @type {number[]} */
			const compact = new Array(compactLength);
			for (let col = 1, row = 0, index = 0; index < compact.length; index++) {
				compact[index] = this.get(row, col);
				if (++col >= diagonalSize) col = ++row + 1;
			}
			return compact;
		}
		/**
		* @param {number[]} compact
		*/
		static fromCompact(compact) {
			const compactSize = compact.length;
			if (compactSize === 0) return new this(0);
			const diagonalSize = (Math.sqrt(8 * compactSize + 1) + 1) / 2;
			if (!Number.isInteger(diagonalSize)) throw new TypeError(`This array is not a compact representation of a DistanceMatrix, ${JSON.stringify(compact)}`);
			const matrix = new this(diagonalSize);
			for (let col = 1, row = 0, index = 0; index < compactSize; index++) {
				matrix.set(col, row, compact[index]);
				if (++col >= diagonalSize) col = ++row + 1;
			}
			return matrix;
		}
	};
	DistanceMatrix.prototype.klassSubType = "DistanceMatrix";
	var WrapperMatrix2D = class extends AbstractMatrix {
		constructor(data) {
			super();
			this.data = data;
			this.rows = data.length;
			this.columns = data[0].length;
		}
		set(rowIndex, columnIndex, value) {
			this.data[rowIndex][columnIndex] = value;
			return this;
		}
		get(rowIndex, columnIndex) {
			return this.data[rowIndex][columnIndex];
		}
	};
	function hypotenuse(a, b) {
		let r = 0;
		if (Math.abs(a) > Math.abs(b)) {
			r = b / a;
			return Math.abs(a) * Math.sqrt(1 + r * r);
		}
		if (b !== 0) {
			r = a / b;
			return Math.abs(b) * Math.sqrt(1 + r * r);
		}
		return 0;
	}
	var QrDecomposition = class {
		constructor(value) {
			value = WrapperMatrix2D.checkMatrix(value);
			let qr = value.clone();
			let m = value.rows;
			let n = value.columns;
			let rdiag = new Float64Array(n);
			let i, j, k, s;
			for (k = 0; k < n; k++) {
				let nrm = 0;
				for (i = k; i < m; i++) nrm = hypotenuse(nrm, qr.get(i, k));
				if (nrm !== 0) {
					if (qr.get(k, k) < 0) nrm = -nrm;
					for (i = k; i < m; i++) qr.set(i, k, qr.get(i, k) / nrm);
					qr.set(k, k, qr.get(k, k) + 1);
					for (j = k + 1; j < n; j++) {
						s = 0;
						for (i = k; i < m; i++) s += qr.get(i, k) * qr.get(i, j);
						s = -s / qr.get(k, k);
						for (i = k; i < m; i++) qr.set(i, j, qr.get(i, j) + s * qr.get(i, k));
					}
				}
				rdiag[k] = -nrm;
			}
			this.QR = qr;
			this.Rdiag = rdiag;
		}
		solve(value) {
			value = Matrix.checkMatrix(value);
			let qr = this.QR;
			let m = qr.rows;
			if (value.rows !== m) throw new Error("Matrix row dimensions must agree");
			if (!this.isFullRank()) throw new Error("Matrix is rank deficient");
			let count = value.columns;
			let X = value.clone();
			let n = qr.columns;
			let i, j, k, s;
			for (k = 0; k < n; k++) for (j = 0; j < count; j++) {
				s = 0;
				for (i = k; i < m; i++) s += qr.get(i, k) * X.get(i, j);
				s = -s / qr.get(k, k);
				for (i = k; i < m; i++) X.set(i, j, X.get(i, j) + s * qr.get(i, k));
			}
			for (k = n - 1; k >= 0; k--) {
				for (j = 0; j < count; j++) X.set(k, j, X.get(k, j) / this.Rdiag[k]);
				for (i = 0; i < k; i++) for (j = 0; j < count; j++) X.set(i, j, X.get(i, j) - X.get(k, j) * qr.get(i, k));
			}
			return X.subMatrix(0, n - 1, 0, count - 1);
		}
		isFullRank() {
			let columns = this.QR.columns;
			for (let i = 0; i < columns; i++) if (this.Rdiag[i] === 0) return false;
			return true;
		}
		get upperTriangularMatrix() {
			let qr = this.QR;
			let n = qr.columns;
			let X = new Matrix(n, n);
			let i, j;
			for (i = 0; i < n; i++) for (j = 0; j < n; j++) if (i < j) X.set(i, j, qr.get(i, j));
			else if (i === j) X.set(i, j, this.Rdiag[i]);
			else X.set(i, j, 0);
			return X;
		}
		get orthogonalMatrix() {
			let qr = this.QR;
			let rows = qr.rows;
			let columns = qr.columns;
			let X = new Matrix(rows, columns);
			let i, j, k, s;
			for (k = columns - 1; k >= 0; k--) {
				for (i = 0; i < rows; i++) X.set(i, k, 0);
				X.set(k, k, 1);
				for (j = k; j < columns; j++) if (qr.get(k, k) !== 0) {
					s = 0;
					for (i = k; i < rows; i++) s += qr.get(i, k) * X.get(i, j);
					s = -s / qr.get(k, k);
					for (i = k; i < rows; i++) X.set(i, j, X.get(i, j) + s * qr.get(i, k));
				}
			}
			return X;
		}
	};
	exports.Matrix = Matrix;
	exports.QrDecomposition = QrDecomposition;
	exports.default = Matrix;
})))(), 1);
var Matrix = import_matrix.Matrix;
var QrDecomposition = import_matrix.QrDecomposition;
import_matrix.Matrix ? import_matrix.Matrix : import_matrix.Matrix;
// ../core/dist/initializers.js
function check(fanIn, fanOut, gain) {
	assertInteger(fanIn, "fanIn");
	assertInteger(fanOut, "fanOut");
	assertFinite(gain, "gain");
}
/** Glorot & Bengio (2010) normal: N(0, gain²·2/(d_in + d_out)). */
var glorotNormal = (fanIn, fanOut, rng, gain = 1) => {
	check(fanIn, fanOut, gain);
	return rng.normalArray(fanIn * fanOut, gain * Math.sqrt(2 / (fanIn + fanOut)));
};
/** Glorot & Bengio (2010) uniform: U(±gain·√(6/(d_in + d_out))). */
var glorotUniform = (fanIn, fanOut, rng, gain = 1) => {
	check(fanIn, fanOut, gain);
	const limit = gain * Math.sqrt(6 / (fanIn + fanOut));
	return rng.uniformArray(fanIn * fanOut, -limit, limit);
};
/** He et al. (2015) normal: N(0, gain²·2/d_in). */
var heNormal = (fanIn, fanOut, rng, gain = 1) => {
	check(fanIn, fanOut, gain);
	return rng.normalArray(fanIn * fanOut, gain * Math.sqrt(2 / fanIn));
};
/** LeCun et al. (1998) normal: N(0, gain²/d_in). */
var lecunNormal = (fanIn, fanOut, rng, gain = 1) => {
	check(fanIn, fanOut, gain);
	return rng.normalArray(fanIn * fanOut, gain / Math.sqrt(fanIn));
};
/**
* Fan-in normal N(0, c²/d_in) with a per-layer scale c: the weight law of the
* variance-flow analysis and of GO initialization (Wang & Perdikaris 2021,
* "Flow of variance"). With c = 1 it equals {@link lecunNormal}.
*/
var fanInNormal = (fanIn, fanOut, rng, c = 1) => lecunNormal(fanIn, fanOut, rng, c);
/**
* Orthogonal initialization (Saxe, McClelland & Ganguli 2014): the Q factor of
* a Gaussian matrix, sign-corrected by diag(R) so the law is Haar, times gain.
* Columns are orthonormal when d_in ≥ d_out, rows otherwise.
*/
var orthogonal = (fanIn, fanOut, rng, gain = 1) => {
	check(fanIn, fanOut, gain);
	const rows = Math.max(fanIn, fanOut);
	const cols = Math.min(fanIn, fanOut);
	const a = new Matrix(rows, cols);
	for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) a.set(i, j, rng.normal());
	const qr = new QrDecomposition(a);
	const q = qr.orthogonalMatrix;
	const r = qr.upperTriangularMatrix;
	const out = new Float32Array(fanIn * fanOut);
	for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
		const v = gain * q.get(i, j) * (r.get(j, j) < 0 ? -1 : 1);
		if (fanIn >= fanOut) out[i * fanOut + j] = v;
		else out[j * fanOut + i] = v;
	}
	return out;
};
/**
* SIREN first layer (Sitzmann et al. 2020, Sec. 3.2): U(±1/d_in), the draw the
* paper multiplies by ω₀ inside sin(ω₀·(xW + b)); `gain` multiplies the bound
* (default 1; pass ω₀ for the folded form a plain-`sin` network needs).
*/
var sirenFirst = (fanIn, fanOut, rng, gain = 1) => {
	check(fanIn, fanOut, gain);
	return rng.uniformArray(fanIn * fanOut, -gain / fanIn, gain / fanIn);
};
/**
* SIREN later layers (Sitzmann et al. 2020, Sec. 3.2): U(±√(6/d_in))·`gain`;
* `gain` = 1/ω₀ gives the paper's U(±√(6/d_in)/ω₀) for sin(ω₀·z), the
* default 1 its folded form for plain sin.
*/
var sirenHidden = (fanIn, fanOut, rng, gain = 1) => {
	check(fanIn, fanOut, gain);
	const limit = gain * Math.sqrt(6 / fanIn);
	return rng.uniformArray(fanIn * fanOut, -limit, limit);
};
/** Named initializers and their aliases. `siren` is resolved per layer. */
var INITIALIZERS = {
	"glorot-normal": glorotNormal,
	"glorot-uniform": glorotUniform,
	"he-normal": heNormal,
	"lecun-normal": lecunNormal,
	orthogonal,
	"fan-in-normal": fanInNormal
};
/** Short aliases: `glorot` → `glorot-normal`, `he` → `he-normal`, `lecun` → `lecun-normal`. */
var INIT_ALIASES = {
	glorot: "glorot-normal",
	he: "he-normal",
	lecun: "lecun-normal"
};
// ../core/dist/fast-transpose.js
var KERNEL$1 = "MlpinitTranspose2D";
var BLOCK = 16;
/**
* A cache-blocked 2-D transpose for the wasm backend, written straight into
* the wasm heap. tfjs-backend-wasm 4.22's Transpose walks the output with
* strided reads and takes ~64 ms for a [16384, 256] float32 matrix on this
* project's reference machine; 16×16 blocks bring that to ~13 ms, and the
* explicit back-propagation needs one such transpose per layer.
*/
registerKernel({
	kernelName: KERNEL$1,
	backendName: "wasm",
	kernelFunc: ({ inputs, backend }) => {
		const x = inputs.x;
		const [rows, cols] = x.shape;
		const b = backend;
		const out = b.makeOutput([cols, rows], "float32");
		const src = b.typedArrayFromHeap(x);
		const dst = b.typedArrayFromHeap(out);
		for (let i0 = 0; i0 < rows; i0 += BLOCK) {
			const i1 = Math.min(i0 + BLOCK, rows);
			for (let j0 = 0; j0 < cols; j0 += BLOCK) {
				const j1 = Math.min(j0 + BLOCK, cols);
				for (let i = i0; i < i1; i++) {
					const ro = i * cols;
					for (let j = j0; j < j1; j++) dst[j * rows + i] = src[ro + j];
				}
			}
		}
		return out;
	}
});
registerGradient({
	kernelName: KERNEL$1,
	gradFunc: (dy) => ({ x: () => transpose2d(dy) })
});
/** Transpose of a float32 matrix; a blocked kernel on wasm, `tf.transpose` elsewhere. */
function transpose2d(x) {
	if (hasKernel(KERNEL$1) && x.dtype === "float32") return engine().runKernel(KERNEL$1, { x }, {});
	return transpose(x);
}
// ../core/dist/dense.js
/**
* Fully connected layer y = x·W + b with a hand-written gradient that uses no
* transposed matMul: on the wasm backend a matMul with transposeA/transposeB
* is about 10× slower than a plain one, so the operands are transposed
* explicitly (dx = dy·transpose(W), dW = transpose(x)·dy, db = Σ_rows dy).
*/
var denseWithGrad = customGrad((...args) => {
	const [x, w, b, save] = args;
	const value = matMul({
		a: x,
		b: w,
		bias: b
	});
	save([x, w]);
	return {
		value,
		gradFunc: (dy, saved) => {
			const [xs, ws] = saved;
			const dy2 = dy;
			const ones$2 = ones([1, dy2.shape[0]]);
			return [
				matMul$1(dy2, transpose2d(ws)),
				matMul$1(transpose2d(xs), dy2),
				reshape(matMul$1(ones$2, dy2), [dy2.shape[1]])
			];
		}
	};
});
/** x: [N, d_in], w: [d_in, d_out], b: [d_out] → [N, d_out], differentiable. */
function dense(x, w, b) {
	return denseWithGrad(x, w, b);
}
// ../core/dist/encoding.js
/** A fixed encoding γ(v) = [cos 2πBv, sin 2πBv]; see {@link EncodingSpec}. */
var InputEncoding = class InputEncoding {
	type;
	/** Raw input dimension d_in. */
	inputDim;
	/** Number of frequencies m (the encoding has 2m outputs). */
	features;
	/** B, m × d_in row-major, float64. */
	matrix;
	sigma;
	frequencies;
	/** 2π·Bᵀ, [d_in, m]: the encoding's phases are x·(2πBᵀ). */
	phases;
	/** @internal Use {@link encodingFromSpec} or {@link encodingFromJSON}. */
	constructor(type, matrix, inputDim, meta = {}) {
		this.type = type;
		this.inputDim = inputDim;
		this.features = matrix.length / inputDim;
		this.matrix = matrix;
		if (meta.sigma !== void 0) this.sigma = meta.sigma;
		if (meta.frequencies !== void 0) this.frequencies = meta.frequencies;
		const t = new Float32Array(matrix.length);
		for (let i = 0; i < this.features; i++) for (let j = 0; j < inputDim; j++) t[j * this.features + i] = 2 * Math.PI * matrix[i * inputDim + j];
		this.phases = tensor2d(t, [inputDim, this.features], "float32");
	}
	/** Width of the encoded input, 2m. */
	get outputDim() {
		return 2 * this.features;
	}
	/** γ(x) = [cos 2πxBᵀ, sin 2πxBᵀ], [N, 2m], from x: [N, d_in]. Differentiable in x. */
	apply(x) {
		return tidy(() => {
			const z = matMul$1(x, this.phases);
			return concat([fastCos(z), fastSin(z)], 1);
		});
	}
	/**
	* ∂γ/∂x_k for every input direction k, each [N, 2m]:
	* [−2πB_k·sin 2πxBᵀ, 2πB_k·cos 2πxBᵀ] (B_k: column k of B). Used by
	* forward-mode input derivatives (gradient penalties).
	*/
	tangents(x) {
		return tidy(() => {
			const z = matMul$1(x, this.phases);
			const s = fastSin(z);
			const c = fastCos(z);
			return Array.from({ length: this.inputDim }, (_, k) => {
				const row = slice(this.phases, [k, 0], [1, this.features]);
				return concat([neg(mul(s, row)), mul(c, row)], 1);
			});
		});
	}
	/** The plain form stored in {@link MlpWeights}. */
	toJSON() {
		const matrix = Array.from({ length: this.features }, (_, i) => Array.from(this.matrix.subarray(i * this.inputDim, (i + 1) * this.inputDim)));
		return {
			type: this.type,
			matrix,
			...this.sigma !== void 0 ? { sigma: this.sigma } : {},
			...this.frequencies !== void 0 ? { frequencies: this.frequencies } : {}
		};
	}
	/** An independent copy (its own tensor). */
	clone() {
		return new InputEncoding(this.type, this.matrix, this.inputDim, {
			...this.sigma !== void 0 ? { sigma: this.sigma } : {},
			...this.frequencies !== void 0 ? { frequencies: this.frequencies } : {}
		});
	}
	/** Frees the encoding's tensor. */
	dispose() {
		this.phases.dispose();
	}
};
/** The {@link Rng.stream} a Fourier matrix is drawn from. */
var FOURIER_STREAM = 1;
/**
* Draws an encoding for `inputDim` raw inputs. A Fourier encoding draws B row
* by row, N(0, σ²), from stream 1 of `spec.seed ?? seed` ({@link Rng.stream}):
* independent of the weights, which `createMlp` draws from stream 0 of the
* same seed, and the same B on every backend.
*/
function encodingFromSpec(spec, inputDim, seed) {
	if (!spec || typeof spec !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected {type: 'fourier', features, sigma, seed?} or {type: 'positional', frequencies}", "encoding");
	assertInteger(inputDim, "inputDim", 1);
	if (spec.type === "fourier") {
		assertInteger(spec.features, "encoding.features", 1);
		assertPositive(spec.sigma, "encoding.sigma");
		if (spec.seed !== void 0) assertFinite(spec.seed, "encoding.seed");
		const rng = Rng.stream(spec.seed ?? seed, FOURIER_STREAM);
		const b = new Float64Array(spec.features * inputDim);
		for (let i = 0; i < b.length; i++) b[i] = spec.sigma * rng.normal();
		return new InputEncoding("fourier", b, inputDim, { sigma: spec.sigma });
	}
	if (spec.type === "positional") {
		assertInteger(spec.frequencies, "encoding.frequencies", 1);
		if (spec.frequencies > 30) throw new MlpinitError("INVALID_ARGUMENT", `expected at most 30 frequencies (2^29 π), got ${spec.frequencies}`, "encoding.frequencies");
		const m = spec.frequencies * inputDim;
		const b = new Float64Array(m * inputDim);
		for (let k = 0; k < spec.frequencies; k++) for (let j = 0; j < inputDim; j++) b[(k * inputDim + j) * inputDim + j] = 2 ** (k - 1);
		return new InputEncoding("positional", b, inputDim, { frequencies: spec.frequencies });
	}
	throw new MlpinitError("INVALID_ARGUMENT", `expected encoding type 'fourier' or 'positional', got ${JSON.stringify(spec.type)}`, "encoding.type");
}
// ../core/dist/tensor-input.js
/**
* Converts a {@link Matrix2D} to a tensor owned by the caller (a new tensor for
* arrays; the same tensor otherwise, so compare before disposing).
*/
function toTensor2D(x, param, cols) {
	let t;
	if (x instanceof Tensor) {
		if (x.rank !== 2) throw new MlpinitError("SHAPE_MISMATCH", `expected a 2-D tensor [N, d], got shape [${x.shape.join(", ")}]`, param);
		t = x;
	} else if (Array.isArray(x) && x.every((r) => Array.isArray(r))) {
		const width = x[0]?.length ?? 0;
		if (x.length === 0 || width === 0 || x.some((r) => r.length !== width)) throw new MlpinitError("SHAPE_MISMATCH", "expected a non-empty array of equal-length rows", param);
		assertAllFinite(x.flat(), param);
		t = tensor2d(x, [x.length, width], "float32");
	} else throw new MlpinitError("INVALID_ARGUMENT", "expected a Tensor2D or an array of number rows", param);
	if (cols !== void 0 && t.shape[1] !== cols) {
		if (t !== x) t.dispose();
		throw new MlpinitError("SHAPE_MISMATCH", `expected ${cols} columns, got ${t.shape[1]}`, param);
	}
	return t;
}
/**
* Reads any {@link NumericInput} into a flat Float64Array (synchronously; a
* tensor on a backend without synchronous reads throws `SYNC_READ_UNSUPPORTED`:
* pass `await t.data()` instead).
*/
function toFloat64(values, param) {
	if (values instanceof Tensor) return Float64Array.from(readSync(values, "a tensor argument", `await ${param}.data()`, param));
	if (Array.isArray(values) && values.length > 0 && Array.isArray(values[0])) return Float64Array.from(values.flat());
	if (values && typeof values.length === "number") return Float64Array.from(values);
	throw new MlpinitError("INVALID_ARGUMENT", "expected a tensor or an array of numbers", param);
}
// ../core/dist/mlp.js
/**
* A multilayer perceptron on tfjs variables: layer l computes h_l = f(h_{l-1}·W_l + b_l),
* the last layer is linear.
*/
var Mlp = class Mlp {
	/** Widths of the dense layers, `[d_0, h_1, …, h_L, d_out]`; d_0 is the encoding's width 2m when there is one. */
	sizes;
	/** The fixed input encoding in front of layer 0, if any. */
	encoding;
	activation;
	/** Trainable weights, `weights[l]` of shape [d_l, d_{l+1}]. */
	weights;
	/** Trainable biases, `biases[l]` of shape [d_{l+1}]. */
	biases;
	disposed = false;
	/** @internal Use {@link createMlp} or {@link mlpFromWeights}. */
	constructor(sizes, activation, weights, biases, encoding) {
		requireBackend();
		this.sizes = Object.freeze([...sizes]);
		this.encoding = encoding;
		this.activation = activation;
		this.weights = weights.map((w, l) => tidy(() => {
			const shape = [sizes[l], sizes[l + 1]];
			return variable(w instanceof Tensor ? reshape(clone(w), shape) : tensor2d(w, shape, "float32"), true);
		}));
		this.biases = biases.map((b) => tidy(() => variable(b instanceof Tensor ? reshape(clone(b), [-1]) : tensor1d(b, "float32"), true)));
	}
	/** Raw input dimension: the encoding's d_in, or `sizes[0]` without an encoding. */
	get inputSize() {
		return this.encoding?.inputDim ?? this.sizes[0];
	}
	/**
	* The first dense layer's input for raw inputs x: γ(x) [N, 2m] with an
	* encoding (a new tensor), x itself without. Training and the NTK run on it.
	*/
	encodeInputs(x) {
		return this.encoding ? this.encoding.apply(x) : x;
	}
	/** Number of layers with weights (hidden layers + output layer). */
	get numLayers() {
		return this.weights.length;
	}
	/** Total number of trainable scalars. */
	get numParams() {
		let n = 0;
		for (let l = 0; l < this.numLayers; l++) n += this.sizes[l] * this.sizes[l + 1] + this.sizes[l + 1];
		return n;
	}
	/** All trainable variables, weights and biases interleaved per layer. */
	get variables() {
		return this.weights.flatMap((w, l) => [w, this.biases[l]]);
	}
	/** Raw inputs as a tensor the caller owns when it differs from x (encoded when there is an encoding). */
	input(x) {
		if (this.disposed) throw new MlpinitError("INVALID_ARGUMENT", "this MLP has been disposed", "mlp");
		const raw = toTensor2D(x, "x", this.inputSize);
		if (!this.encoding) return raw;
		const enc = this.encoding.apply(raw);
		if (raw !== x) raw.dispose();
		return enc;
	}
	/** Post-activation outputs of every hidden layer for inputs x: [N, d_in]. */
	layerOutputs(x) {
		const xt = this.input(x);
		const outs = tidy(() => {
			const hs = [];
			let h = xt;
			for (let l = 0; l < this.numLayers - 1; l++) {
				h = this.activation.apply(dense(h, this.weights[l], this.biases[l]));
				hs.push(h);
			}
			return hs;
		});
		if (xt !== x) xt.dispose();
		return outs;
	}
	/** Post-activation output of the last hidden layer, [N, h_L]. */
	hiddenFeatures(x) {
		if (this.numLayers < 2) throw new MlpinitError("INVALID_ARGUMENT", "this MLP has no hidden layer", "mlp");
		const xt = this.input(x);
		const out = tidy(() => this.hidden(xt, this.numLayers - 1));
		if (xt !== x) xt.dispose();
		return out;
	}
	/**
	* @internal The output for inputs already encoded ({@link encodeInputs}):
	* the dense layers alone. Differentiable with respect to the variables.
	*/
	forwardEncoded(h) {
		return tidy(() => {
			const L = this.numLayers - 1;
			return dense(this.hidden(h, L), this.weights[L], this.biases[L]);
		});
	}
	/** Network output, [N, d_out]. Differentiable with respect to the variables (and x). */
	forward(x) {
		const xt = this.input(x);
		const out = tidy(() => {
			const L = this.numLayers - 1;
			return dense(this.hidden(xt, L), this.weights[L], this.biases[L]);
		});
		if (xt !== x) xt.dispose();
		return out;
	}
	hidden(x, layers) {
		let h = x;
		for (let l = 0; l < layers; l++) h = this.activation.apply(dense(h, this.weights[l], this.biases[l]));
		return h;
	}
	/**
	* The parameters as plain nested arrays (the form {@link mlpFromWeights}
	* takes), read synchronously. On a backend that cannot read synchronously
	* (see {@link BackendInfo.syncReads}; WebGPU here) it throws
	* `SYNC_READ_UNSUPPORTED`: use {@link Mlp.readWeights}.
	*/
	toWeights() {
		assertSyncReads("mlp.toWeights()", "await mlp.readWeights()");
		return {
			activation: this.activation.name,
			weights: this.weights.map((w) => w.arraySync()),
			biases: this.biases.map((b) => b.arraySync()),
			...this.encoding ? { encoding: this.encoding.toJSON() } : {}
		};
	}
	/** {@link Mlp.toWeights}, read asynchronously: works on every backend. */
	async readWeights() {
		const [weights, biases] = await Promise.all([Promise.all(this.weights.map((w) => w.array())), Promise.all(this.biases.map((b) => b.array()))]);
		return {
			activation: this.activation.name,
			weights,
			biases,
			...this.encoding ? { encoding: this.encoding.toJSON() } : {}
		};
	}
	/** An independent copy with the same parameters (copied on the device, no read-back). */
	clone() {
		return new Mlp([...this.sizes], this.activation, this.weights, this.biases, this.encoding?.clone());
	}
	/** Frees the variables. The MLP cannot be used afterwards. */
	dispose() {
		if (this.disposed) return;
		this.disposed = true;
		for (const v of this.variables) v.dispose();
		this.encoding?.dispose();
	}
};
function resolveInit(init) {
	if (typeof init === "function") return init;
	const name = INIT_ALIASES[init] ?? init;
	if (name === "siren") return "siren";
	const fn = INITIALIZERS[name];
	if (!fn) {
		const known = [
			...Object.keys(INITIALIZERS),
			"siren",
			...Object.keys(INIT_ALIASES)
		].join(", ");
		throw new MlpinitError("UNKNOWN_INITIALIZER", `unknown initializer ${JSON.stringify(init)}; known: ${known}`, "init");
	}
	return fn;
}
function checkPerLayer(values, hidden, param) {
	if (values === void 0) return;
	if (!Array.isArray(values) || values.length !== hidden) throw new MlpinitError("SHAPE_MISMATCH", `expected ${hidden} numbers (one per hidden layer), got ${JSON.stringify(values)}`, param);
	values.forEach((v, i) => {
		assertFinite(v, `${param}[${i}]`);
	});
}
/**
* Creates an MLP with seeded weights. Layer l's weights are drawn with the
* initializer from a {@link Rng} seeded with `seed`, in layer order, so the
* same seed gives bit-identical weights on every backend. Hidden layer l's
* draw is then multiplied by `layerScales[l]` and its bias set to
* `layerBiases[l]` (GO initialization, Wang & Perdikaris 2021); the output
* layer keeps its own initializer. Biases are otherwise zero, except for
* `siren`.
*
* `init: 'siren'` is SIREN as Sitzmann et al. (NeurIPS 2020, Sec. 3.2 and
* their reference code) define it: every hidden layer computes
* sin(ω₀·(xW + b)) (activation `sin-w<ω₀>`), the first layer's weights are
* U(±1/d_in), later layers' (the linear output layer's too)
* U(±√(6/d_in)/ω₀), and biases PyTorch's default U(±1/√d_in).
*
* With `encoding`, `sizes[0]` is the raw input dimension and the first dense
* layer takes the encoding's 2m features (`mlp.sizes[0] = 2m`); the
* encoding's B is drawn from its own seed (default `seed`) before the layers.
*/
function createMlp(opts) {
	if (!opts || typeof opts !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected an options object", "opts");
	const { seed = 0, gain } = opts;
	assertSizes(opts.sizes, "sizes");
	assertFinite(seed, "seed");
	if (gain !== void 0) assertFinite(gain, "gain");
	const init = resolveInit(opts.init ?? "glorot-normal");
	let omega0 = 30;
	let activation;
	if (init === "siren") {
		if (opts.omega0 !== void 0) assertPositive(opts.omega0, "omega0");
		if (gain !== void 0) assertPositive(gain, "gain");
		omega0 = opts.omega0 ?? gain ?? 30;
		activation = scaledSine(omega0);
		const given = opts.activation === void 0 ? void 0 : getActivation(opts.activation).name;
		if (given !== void 0 && given !== "sin" && given !== activation.name) throw new MlpinitError("INVALID_ARGUMENT", `init 'siren' uses sin(ω₀·z) (${activation.name}); got activation ${JSON.stringify(given)}`, "activation");
	} else {
		if (opts.omega0 !== void 0) throw new MlpinitError("INVALID_ARGUMENT", "omega0 applies to init 'siren' only", "omega0");
		activation = getActivation(opts.activation ?? "tanh");
	}
	requireBackend();
	const encoding = opts.encoding === void 0 ? void 0 : encodingFromSpec(opts.encoding, opts.sizes[0], seed);
	const sizes = encoding ? [encoding.outputDim, ...opts.sizes.slice(1)] : opts.sizes;
	const hidden = sizes.length - 2;
	try {
		checkPerLayer(opts.layerScales, hidden, "layerScales");
		checkPerLayer(opts.layerBiases, hidden, "layerBiases");
	} catch (e) {
		encoding?.dispose();
		throw e;
	}
	const rng = new Rng(seed);
	const weights = [];
	const biases = [];
	try {
		for (let l = 0; l < sizes.length - 1; l++) {
			const fanIn = sizes[l];
			const fanOut = sizes[l + 1];
			let w;
			let b = new Float32Array(fanOut);
			if (init === "siren") {
				w = l === 0 ? sirenFirst(fanIn, fanOut, rng, 1) : sirenHidden(fanIn, fanOut, rng, 1 / omega0);
				b = rng.uniformArray(fanOut, -1 / Math.sqrt(fanIn), 1 / Math.sqrt(fanIn));
			} else w = init(fanIn, fanOut, rng, gain ?? 1);
			if (l < hidden) {
				const c = opts.layerScales?.[l];
				if (c !== void 0) for (let i = 0; i < w.length; i++) w[i] = w[i] * c;
				const bl = opts.layerBiases?.[l];
				if (bl !== void 0) b.fill(bl);
			}
			weights.push(w);
			biases.push(b);
		}
	} catch (e) {
		encoding?.dispose();
		throw e;
	}
	return new Mlp(sizes, activation, weights, biases, encoding);
}
// ../core/dist/backprop.js
/** True when the MLP's activation supplies the tensor derivative explicit back-propagation needs. */
function supportsExplicitBackprop(mlp) {
	return typeof mlp.activation.grad === "function";
}
/**
* @internal {@link mseGradients} on explicit parameter tensors (the training
* engine passes slices of its flat parameter vector). Call inside a tidy.
*/
function backward(act, weights, biases, x, y) {
	const grad = act.grad;
	if (!grad) throw new Error("activation has no tensor derivative");
	const f = act.fast ?? act.apply;
	const L = weights.length;
	const n = x.shape[0];
	const inputs = [x];
	const pre = [];
	let h = x;
	for (let l = 0; l < L; l++) {
		const z = matMul({
			a: h,
			b: weights[l],
			bias: biases[l]
		});
		pre.push(z);
		if (l < L - 1) {
			h = f(z);
			inputs.push(h);
		} else h = z;
	}
	const diff = sub(h, y);
	const loss = mean$1(square(diff));
	let dz = mul(diff, 2 / diff.size);
	const ones$1 = ones([n, 1]);
	const grads = new Array(2 * L);
	for (let l = L - 1; l >= 0; l--) {
		const hin = inputs[l];
		const dzT = transpose2d(dz);
		grads[2 * l] = transpose2d(matMul$1(dzT, hin));
		grads[2 * l + 1] = reshape(matMul$1(dzT, ones$1), [dz.shape[1]]);
		if (l > 0) {
			const dh = matMul$1(dz, transpose2d(weights[l]));
			dz = mul(dh, grad(pre[l - 1], hin));
		}
	}
	return {
		loss,
		grads
	};
}
// ../core/dist/fast-slice.js
var KERNEL = "MlpinitContiguousSlice";
/**
* A contiguous slice for the wasm backend that copies only the slice.
* tfjs-backend-wasm 4.22's Slice calls `readSync` on its input, which copies
* the whole input out of the wasm heap first: slicing 256 biases out of a
* 462k-parameter flat vector took ~0.6 ms (the copy of 1.8 MB), ~12 ms of a
* 67 ms training step of a 2 → 8×256 → 3 network. Reading through a heap view
* makes it proportional to the slice.
*/
registerKernel({
	kernelName: KERNEL,
	backendName: "wasm",
	kernelFunc: ({ inputs, attrs, backend }) => {
		const x = inputs.x;
		const { offset, shape } = attrs;
		const size = shape.reduce((a, b) => a * b, 1);
		const b = backend;
		const out = b.makeOutput(shape, x.dtype);
		b.typedArrayFromHeap(out).set(b.typedArrayFromHeap(x).subarray(offset, offset + size));
		return out;
	}
});
registerGradient({
	kernelName: KERNEL,
	inputsToSave: ["x"],
	gradFunc: (dy, saved, attrs) => {
		const [x] = saved;
		const { offset } = attrs;
		const n = x.size;
		const flat = reshape(dy, [-1]);
		return { x: () => reshape(pad(flat, [[offset, n - offset - flat.size]]), x.shape) };
	}
});
/**
* The `size(shape)` elements of `x` that start at flat (row-major) position
* `offset`, shaped as `shape`: a slice of a flat parameter vector, or a range
* of rows of a matrix. Equals `reshape(slice(reshape(x, [-1]), offset, size),
* shape)`; on wasm it copies only the slice (see the kernel above).
*/
function contiguousSlice(x, offset, shape) {
	const size = shape.reduce((a, b) => a * b, 1);
	if (!Number.isInteger(offset) || offset < 0 || offset + size > x.size) throw new MlpinitError("INVALID_ARGUMENT", `expected a range inside the tensor's ${x.size} elements, got [${offset}, ${offset + size})`, "offset");
	if (hasKernel(KERNEL) && x.dtype !== "string" && x.dtype !== "complex64") return engine().runKernel(KERNEL, { x }, {
		offset,
		shape
	});
	return tidy(() => reshape(slice(reshape(x, [-1]), [offset], [size]), shape));
}
// ../core/dist/input-gradient.js
/**
* Output and input-Jacobian of the MLP by forward-mode propagation of
* tangents: J_0 = I, J_l = (J_{l−1}·W_l) ⊙ f'(z_l) per input direction. The
* result is an ordinary differentiable tensor expression, so penalties on
* ∂f/∂x (the gradient regularizer of Wang & Perdikaris' code) train with
* first-order autodiff only. Returns `jacobian[k]`: ∂f/∂x_k, shape [N, d_out].
*/
function inputJacobian(mlp, x) {
	return tidy(() => forwardTangents(mlp, x));
}
function forwardTangents(mlp, x) {
	const grad = mlp.activation.grad;
	if (!grad) throw new MlpinitError("INVALID_ARGUMENT", `activation '${mlp.activation.name}' has no tensor derivative (grad)`, "mlp.activation");
	const dIn = mlp.inputSize;
	const L = mlp.numLayers;
	const enc = mlp.encoding;
	let h = enc ? enc.apply(x) : x;
	let tangents = enc ? enc.tangents(x) : [];
	for (let l = 0; l < L; l++) {
		const w = mlp.weights[l];
		const z = dense(h, w, mlp.biases[l]);
		const dz = l === 0 && !enc ? Array.from({ length: dIn }, (_, k) => contiguousSlice(w, k * w.shape[1], [1, w.shape[1]])) : tangents.map((t) => matMul$1(t, w));
		if (l < L - 1) {
			h = mlp.activation.apply(z);
			const d = grad(z, h);
			tangents = dz.map((t) => mul(t, d));
		} else {
			h = z;
			tangents = l === 0 && !enc ? dz.map((t) => tile(t, [x.shape[0], 1])) : dz;
		}
	}
	return {
		output: h,
		jacobian: tangents
	};
}
/**
* Mean over points, outputs and input dimensions of (∂f/∂x)²: the smoothness
* penalty of the GO authors' image code. Differentiable in the weights.
*/
function gradientPenalty(mlp, x) {
	return tidy(() => {
		const { jacobian } = inputJacobian(mlp, x);
		return mean$1(stack(jacobian.map((j) => square(j))));
	});
}
// ../core/dist/penalty-backprop.js
/** True when the activation supplies f' and f'' as tensor ops (explicit penalty gradients). */
function supportsExplicitPenalty(act) {
	return typeof act.grad === "function" && typeof act.grad2 === "function";
}
/**
* @internal The input-gradient penalty P = w · mean_{n,k,o} (∂f_o/∂x_k(x_n))²
* (the smoothness term of Wang & Perdikaris' image code; see
* {@link gradientPenalty}) and its gradients in the parameters, by explicit
* reverse-mode differentiation of the forward-mode tangent network — the
* "forward-over-reverse" Hessian-vector pattern of Pearlmutter (1994), here
* reverse over forward, written out for an MLP. Call inside a tidy.
*
* Forward, with the K input directions stacked as rows (T_l is [K·N, d_l]):
* z_l = h_{l−1}W_l + b_l, h_l = f(z_l); U_0 = rows of W_0, U_l = T_{l−1}W_l,
* T_l = U_l ⊙ f'(z_l); J = U_{L−1}. Backward from dU = 2w·J/size(J):
* dW_l += T_{l−1}ᵀ dU_l + h_{l−1}ᵀ dz_l, db_l += Σ_rows dz_l,
* dT = dU_l W_lᵀ, dh = dz_l W_lᵀ, and through T = U ⊙ f'(z):
* dU_{l−1} = dT ⊙ f'(z), dz_{l−1} = dh ⊙ f'(z) + (Σ_k dT_k ⊙ U_k) ⊙ f''(z).
* The output bias does not enter P (its gradient is zero).
*/
function penaltyBackward(act, weights, biases, x, weight) {
	const { grad, grad2 } = act;
	if (!grad || !grad2) throw new Error("activation has no tensor first and second derivatives");
	const f = act.fast ?? act.apply;
	const L = weights.length;
	const [n, K] = x.shape;
	const w0 = weights[0];
	const rows0 = Array.from({ length: K }, (_, k) => contiguousSlice(w0, k * w0.shape[1], [1, w0.shape[1]]));
	const hs = [x];
	const zs = [];
	const fps = [];
	const fpsK = [];
	const us = [];
	const ts = [];
	let h = x;
	for (let l = 0; l < L - 1; l++) {
		const z = matMul({
			a: h,
			b: weights[l],
			bias: biases[l]
		});
		h = f(z);
		const fp = grad(z, h);
		const fpK = stackRows(fp, K);
		zs.push(z);
		hs.push(h);
		fps.push(fp);
		fpsK.push(fpK);
		if (l === 0) {
			ts.push(concat(rows0.map((r) => mul(fp, r)), 0));
			us.push(void 0);
		} else {
			const u = matMul$1(ts[l - 1], weights[l]);
			us.push(u);
			ts.push(mul(u, fpK));
		}
	}
	const grads = new Array(2 * L);
	const wLast = weights[L - 1];
	if (L === 1) {
		const loss = mul(mean$1(square(w0)), weight);
		grads[0] = mul(w0, 2 * weight / w0.size);
		grads[1] = zerosLike(biases[0]);
		return {
			loss,
			grads
		};
	}
	const J = matMul$1(ts[L - 2], wLast);
	const loss = mul(mean$1(square(J)), weight);
	let dU = mul(J, 2 * weight / J.size);
	let dz;
	const onesN = ones([n, 1]);
	for (let l = L - 1; l >= 1; l--) {
		const wl = weights[l];
		const tin = ts[l - 1];
		const hin = hs[l];
		let dWT = matMul$1(transpose2d(dU), tin);
		if (dz) {
			const dzT = transpose2d(dz);
			dWT = add(dWT, matMul$1(dzT, hin));
			grads[2 * l + 1] = reshape(matMul$1(dzT, onesN), [wl.shape[1]]);
		} else grads[2 * l + 1] = zerosLike(biases[l]);
		grads[2 * l] = transpose2d(dWT);
		const wlT = transpose2d(wl);
		const dT = matMul$1(dU, wlT);
		const fp = fps[l - 1];
		const d = fp.shape[1];
		dU = mul(dT, fpsK[l - 1]);
		let dfp;
		for (let k = 0; k < K; k++) {
			const dTk = contiguousSlice(dT, k * n * d, [n, d]);
			const term = l - 1 === 0 ? mul(dTk, rows0[k]) : mul(dTk, contiguousSlice(us[l - 1], k * n * d, [n, d]));
			dfp = dfp ? add(dfp, term) : term;
		}
		const curv = mul(dfp, grad2(zs[l - 1], hin));
		dz = dz ? add(mul(matMul$1(dz, wlT), fp), curv) : curv;
	}
	const dz0 = dz;
	const dz0T = transpose2d(dz0);
	const dUT = transpose2d(dU);
	const blockOnes = new Float32Array(K * n * K);
	for (let k = 0; k < K; k++) for (let i = 0; i < n; i++) blockOnes[(k * n + i) * K + k] = 1;
	const fromTangents = matMul$1(dUT, tensor2d(blockOnes, [K * n, K]));
	grads[0] = transpose2d(add(matMul$1(dz0T, x), fromTangents));
	grads[1] = reshape(matMul$1(dz0T, onesN), [dz0.shape[1]]);
	return {
		loss,
		grads
	};
}
/** K copies of m stacked as rows (tfjs-wasm's Tile is ~20× slower than Concat here). */
function stackRows(m, K) {
	return K === 1 ? m : concat(new Array(K).fill(m), 0);
}
// ../core/dist/gradient-penalty-regularizer.js
/**
* The input-gradient penalty w · mean_{n,k,o} (∂f_o/∂x_k)² at the given points
* (the smoothness regulariser of Wang & Perdikaris' image code, 2021) as a
* {@link train} regularizer. With an activation that has `grad2` (every
* built-in one) training back-propagates it explicitly (see
* `penaltyBackward`), about twice as fast as autodiff; otherwise through
* {@link gradientPenalty} and autodiff. Both give the same gradients.
*/
function gradientPenaltyRegularizer(opts) {
	if (!opts || typeof opts !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected {weight, points}", "opts");
	assertPositive(opts.weight, "opts.weight");
	if (typeof opts.points !== "function") throw new MlpinitError("INVALID_ARGUMENT", "expected a function (ctx) => points [M, d_in]", "opts.points");
	const { weight, points } = opts;
	const reg = (mlp, ctx) => tidy(() => mul(gradientPenalty(mlp, toTensor2D(points(ctx), "points(ctx)", mlp.inputSize)), weight));
	reg.explicit = {
		supports: supportsExplicitPenalty,
		gradients: (act, weights, biases, ctx) => {
			const dIn = weights[0].shape[0];
			return penaltyBackward(act, weights, biases, toTensor2D(points(ctx), "points(ctx)", dIn), weight);
		}
	};
	return reg;
}
// ../core/dist/adam.js
/**
* Adam over a fixed list of variables, with the learning rate passed per step
* (so schedules cost nothing). Uses the bias-corrected step size
* α_t = α·√(1−β₂ᵗ)/(1−β₁ᵗ) of Kingma & Ba (2015), Sec. 2, and ε added to √v̂
* as in their Algorithm 1 (with the same "ε-hat" placement as PyTorch).
*/
var Adam = class {
	vars;
	m;
	v;
	t = 0;
	beta1;
	beta2;
	epsilon;
	constructor(vars, opts = {}) {
		this.vars = vars;
		this.beta1 = opts.beta1 ?? .9;
		this.beta2 = opts.beta2 ?? .999;
		this.epsilon = opts.epsilon ?? 1e-8;
		this.m = vars.map((p) => tidy(() => variable(zerosLike(p), false)));
		this.v = vars.map((p) => tidy(() => variable(zerosLike(p), false)));
	}
	/** Steps taken so far. */
	get iterations() {
		return this.t;
	}
	/** Applies one update with gradients `grads[i]` for `vars[i]`. Does not dispose the gradients. */
	step(grads, lr) {
		this.t += 1;
		const { beta1: b1, beta2: b2 } = this;
		const c1 = 1 - b1 ** this.t;
		const c2 = 1 - b2 ** this.t;
		const stepSize = lr / c1;
		const sqrtC2 = Math.sqrt(c2);
		tidy(() => {
			this.vars.forEach((p, i) => {
				const g = grads[i];
				const m = this.m[i];
				const v = this.v[i];
				const mNew = add(mul(m, b1), mul(g, 1 - b1));
				const vNew = add(mul(v, b2), mul(square(g), 1 - b2));
				const denom = add(div(sqrt(vNew), sqrtC2), this.epsilon);
				p.assign(sub(p, mul(div(mNew, denom), stepSize)));
				m.assign(mNew);
				v.assign(vNew);
			});
		});
	}
	/** Frees the moment estimates. */
	dispose() {
		for (const t of [...this.m, ...this.v]) t.dispose();
	}
};
// ../core/dist/schedule.js
/** Learning rate at `step` (0-based) under an optional exponential decay. */
function learningRateAt(lr, step, decay) {
	return decay ? lr * decay.rate ** (step / decay.every) : lr;
}
/** Validates an {@link LrDecay}. */
function checkDecay(decay, param) {
	if (decay === void 0) return;
	if (typeof decay !== "object" || decay === null) throw new MlpinitError("INVALID_ARGUMENT", "expected {rate, every}", param);
	assertPositive(decay.rate, `${param}.rate`);
	if (decay.rate > 1) throw new MlpinitError("INVALID_ARGUMENT", `expected rate <= 1, got ${decay.rate}`, `${param}.rate`);
	assertPositive(decay.every, `${param}.every`);
}
// ../core/dist/flat-trainer.js
/**
* @internal The training engine's state: every parameter of an MLP packed in
* one flat variable, with Adam's moments over it. One Adam update is then ~10
* kernels for the whole network instead of ~10 per weight matrix and bias —
* on wasm a kernel launch costs tens of microseconds, which dominates small
* and medium networks. The layers read slices of the vector (a copy each, cheap
* next to the matMuls once {@link contiguousSlice} copies only the slice).
*/
var FlatTrainer = class {
	activation;
	flat;
	adam;
	layout;
	size;
	constructor(sizes, activation, params, adam) {
		this.activation = activation;
		this.layout = [];
		let offset = 0;
		for (let l = 0; l < sizes.length - 1; l++) {
			const din = sizes[l];
			const dout = sizes[l + 1];
			this.layout.push({
				offset,
				shape: [din, dout]
			});
			offset += din * dout;
			this.layout.push({
				offset,
				shape: [dout]
			});
			offset += dout;
		}
		this.size = offset;
		this.flat = tidy(() => variable(concat(params.map((p) => p instanceof Tensor ? reshape(p, [-1]) : tensor1d(p, "float32"))), true));
		this.adam = new Adam([this.flat], adam);
	}
	/** Slices of the flat vector shaped as W_0, b_0, W_1, b_1, … (call inside a tidy). */
	params() {
		const weights = [];
		const biases = [];
		this.layout.forEach(({ offset, shape }, i) => {
			const t = contiguousSlice(this.flat, offset, shape);
			if (i % 2 === 0) weights.push(t);
			else biases.push(t);
		});
		return {
			weights,
			biases
		};
	}
	/**
	* Mean-squared-error loss and the flat gradient on a batch, plus an extra
	* explicitly differentiated term if given (a regularizer); the caller owns both.
	*/
	gradients(x, y, extra) {
		return tidy(() => {
			const { weights, biases } = this.params();
			const flat = (gs) => concat(gs.map((g) => reshape(g, [-1])));
			const { loss, grads } = backward(this.activation, weights, biases, x, y);
			if (!extra) return {
				loss,
				grad: flat(grads)
			};
			const term = extra(this.activation, weights, biases);
			return {
				loss: add(loss, term.loss),
				grad: add(flat(grads), flat(term.grads))
			};
		});
	}
	/** One Adam update with a flat gradient. */
	apply(grad, lr) {
		this.adam.step([grad], lr);
	}
	/** One explicit-gradient Adam step; returns the batch loss (owned by the caller). */
	step(x, y, lr, extra) {
		const { loss, grad } = this.gradients(x, y, extra);
		this.apply(grad, lr);
		grad.dispose();
		return loss;
	}
	/** The parameters, in `mlp.variables` order, as float32 arrays. */
	async read() {
		const all = await this.flat.data();
		return this.layout.map(({ offset, shape }) => all.slice(offset, offset + shape.reduce((a, b) => a * b, 1)));
	}
	/** Writes the parameters into the given variables (`mlp.variables` order). */
	writeTo(vars) {
		tidy(() => {
			const { weights, biases } = this.params();
			vars.forEach((v, i) => {
				v.assign(i % 2 === 0 ? weights[i / 2] : biases[(i - 1) / 2]);
			});
		});
	}
	dispose() {
		this.adam.dispose();
		this.flat.dispose();
	}
};
// ../core/dist/train-options.js
/** Whether the explicit engine can train this MLP with this regularizer. */
function explicitPossible(mlp, regularizer) {
	if (!supportsExplicitBackprop(mlp)) return false;
	if (!regularizer) return true;
	if (mlp.encoding) return false;
	return regularizer.explicit?.supports(mlp.activation) === true;
}
/** Checks {@link train}'s options, naming the parameter at fault. */
function validateTrainOptions(mlp, opts) {
	if (!opts || typeof opts !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected an options object", "opts");
	assertInteger(opts.steps, "opts.steps", 1);
	if (opts.lr !== void 0) assertPositive(opts.lr, "opts.lr");
	checkDecay(opts.lrDecay, "opts.lrDecay");
	if (opts.batchSize !== void 0) assertInteger(opts.batchSize, "opts.batchSize", 1);
	if (opts.seed !== void 0) assertFinite(opts.seed, "opts.seed");
	if (opts.progressEvery !== void 0) assertInteger(opts.progressEvery, "opts.progressEvery", 1);
	if (opts.workers !== void 0 && opts.workers !== "auto") assertInteger(opts.workers, "opts.workers", 1);
	if (opts.gradients === "explicit" && !explicitPossible(mlp, opts.regularizer)) throw new MlpinitError("INVALID_ARGUMENT", "explicit gradients need an activation with a tensor derivative and no regularizer, or one with an explicit form the activation supports", "opts.gradients");
}
// ../core/dist/gradient-path.js
/**
* The two ways `train` computes gradients:
* - `explicit`: hand-written back-propagation (backprop.ts, and the explicit
*   form of a gradient-penalty regularizer) on all parameters in one flat
*   vector ({@link FlatTrainer});
* - `autodiff`: tfjs `variableGrads` of data loss + regularizer, Adam
*   directly on the MLP's variables: the reference, and the path for any
*   regularizer or activation without an explicit form.
*/
var PATHS = {
	explicit: (mlp, opts, regRng) => {
		const vars = mlp.variables;
		const trainer = new FlatTrainer(mlp.sizes, mlp.activation, vars, opts.adam);
		const explicitReg = opts.regularizer ? opts.regularizer.explicit : void 0;
		return {
			step: (x, y, lr, step) => {
				const ctx = {
					step,
					rng: regRng
				};
				return trainer.step(x, y, lr, explicitReg && ((act, w, b) => explicitReg.gradients(act, w, b, ctx)));
			},
			writeTo: () => trainer.writeTo(vars),
			dispose: () => trainer.dispose()
		};
	},
	autodiff: (mlp, opts, regRng) => {
		const vars = mlp.variables;
		const adam = new Adam(vars, opts.adam);
		const regularizer = opts.regularizer;
		return {
			step: (x, y, lr, step) => {
				const res = variableGrads(() => {
					const data = mean$1(square(sub(mlp.forwardEncoded(x), y)));
					return regularizer ? add(data, regularizer(mlp, {
						step,
						rng: regRng
					})) : data;
				}, vars);
				adam.step(vars.map((v) => res.grads[v.name]), lr);
				return res.value;
			},
			writeTo: () => {},
			dispose: () => adam.dispose()
		};
	}
};
/** The gradient path `train` takes: explicit unless asked for autodiff or impossible (see {@link explicitPossible}). */
function gradientPath(mlp, opts, regRng) {
	return PATHS[opts.gradients !== "autodiff" && explicitPossible(mlp, opts.regularizer) ? "explicit" : "autodiff"](mlp, opts, regRng);
}
// ../core/dist/parallel/replica.js
/**
* One data-parallel replica: the MLP's parameters (as a {@link FlatTrainer}),
* the training set, and its own Adam state. Every replica applies the same
* averaged gradient, so all copies stay identical without exchanging weights.
*/
var Replica = class {
	trainer;
	x;
	y;
	constructor(init) {
		const params = init.weights.flatMap((w, l) => [w, init.biases[l]]);
		this.trainer = new FlatTrainer(init.sizes, getActivation(init.activation), params, init.adam);
		const dIn = init.sizes[0];
		const dOut = init.sizes[init.sizes.length - 1];
		const n = init.x.length / dIn;
		this.x = tensor2d(init.x, [n, dIn]);
		this.y = tensor2d(init.y, [n, dOut]);
	}
	applyGrad(apply) {
		const g = tensor1d(apply.grad, "float32");
		this.trainer.apply(g, apply.lr);
		g.dispose();
	}
	/** Applies the previous step's averaged gradient, then returns mean loss and gradient over `rows`. */
	async step(req) {
		if (req.apply) this.applyGrad(req.apply);
		const [xb, yb, owned] = select(this.x, this.y, req.rows);
		const { loss, grad } = this.trainer.gradients(xb, yb);
		dispose(owned);
		const [lv, gv] = await Promise.all([loss.data(), grad.data()]);
		dispose([loss, grad]);
		return {
			loss: lv[0],
			count: xb.shape[0],
			grad: gv
		};
	}
	/** Applies the last gradient and returns the parameters (in `mlp.variables` order). */
	async finish(apply) {
		if (apply) this.applyGrad(apply);
		return this.trainer.read();
	}
	/** Writes the current parameters into the given variables (`mlp.variables` order). */
	writeTo(vars) {
		this.trainer.writeTo(vars);
	}
	dispose() {
		this.trainer.dispose();
		dispose([this.x, this.y]);
	}
};
function select(x, y, rows) {
	if ("indices" in rows) {
		const [xb, yb] = tidy(() => {
			const idx = tensor1d(rows.indices, "int32");
			return [gather(x, idx), gather(y, idx)];
		});
		return [
			xb,
			yb,
			[xb, yb]
		];
	}
	if (rows.start === 0 && rows.end === x.shape[0]) return [
		x,
		y,
		[]
	];
	const len = rows.end - rows.start;
	const [dIn, dOut] = [x.shape[1], y.shape[1]];
	const xb = contiguousSlice(x, rows.start * dIn, [len, dIn]);
	const yb = contiguousSlice(y, rows.start * dOut, [len, dOut]);
	return [
		xb,
		yb,
		[xb, yb]
	];
}
// ../core/dist/parallel/worker-replica.js
/**
* The compiled worker entry; from sources (vitest) fall back to the built file.
* Node modules are imported lazily so browser bundles of core never see them.
*/
async function workerUrl() {
	const { existsSync } = await nodeModule("node:fs");
	const { fileURLToPath } = await nodeModule("node:url");
	const here = new URL("data:text/javascript;base64,Ly8gV29ya2VyLXRocmVhZCBlbnRyeSBvZiBkYXRhLXBhcmFsbGVsIHRyYWluaW5nIChOb2RlIGB3b3JrZXJfdGhyZWFkc2ApLgppbXBvcnQgeyBwYXJlbnRQb3J0IH0gZnJvbSAnbm9kZTp3b3JrZXJfdGhyZWFkcyc7CmltcG9ydCB7IHNldEJhY2tlbmQgfSBmcm9tICcuLi9iYWNrZW5kLmpzJzsKaW1wb3J0IHsgTWxwaW5pdEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJzsKaW1wb3J0IHsgZW5zdXJlR3JhZGllbnRzIH0gZnJvbSAnLi4vcmVnaXN0ZXItZ3JhZGllbnRzLmpzJzsKaW1wb3J0IHsgUmVwbGljYSB9IGZyb20gJy4vcmVwbGljYS5qcyc7CmVuc3VyZUdyYWRpZW50cygpOwpjb25zdCBwb3J0ID0gcGFyZW50UG9ydDsKaWYgKCFwb3J0KQogICAgdGhyb3cgbmV3IEVycm9yKCd0cmFpbi13b3JrZXIgbXVzdCBydW4gaW4gYSB3b3JrZXIgdGhyZWFkJyk7CmxldCByZXBsaWNhOwpjb25zdCBzZW5kID0gKG1zZywgdHJhbnNmZXIgPSBbXSkgPT4gcG9ydC5wb3N0TWVzc2FnZShtc2csIHRyYW5zZmVyKTsKcG9ydC5vbignbWVzc2FnZScsIGFzeW5jIChtc2cpID0+IHsKICAgIHRyeSB7CiAgICAgICAgaWYgKG1zZy50eXBlID09PSAnaW5pdCcpIHsKICAgICAgICAgICAgYXdhaXQgc2V0QmFja2VuZChtc2cuaW5pdC5iYWNrZW5kKTsKICAgICAgICAgICAgcmVwbGljYSA9IG5ldyBSZXBsaWNhKG1zZy5pbml0KTsKICAgICAgICAgICAgc2VuZCh7IHR5cGU6ICdyZWFkeScgfSk7CiAgICAgICAgfQogICAgICAgIGVsc2UgaWYgKG1zZy50eXBlID09PSAnc3RlcCcpIHsKICAgICAgICAgICAgaWYgKCFyZXBsaWNhKQogICAgICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKCdzdGVwIGJlZm9yZSBpbml0Jyk7CiAgICAgICAgICAgIGNvbnN0IHJlcGx5ID0gYXdhaXQgcmVwbGljYS5zdGVwKG1zZy5yZXEpOwogICAgICAgICAgICBzZW5kKHsgdHlwZTogJ3N0ZXAnLCByZXBseSB9LCBbcmVwbHkuZ3JhZC5idWZmZXJdKTsKICAgICAgICB9CiAgICAgICAgZWxzZSBpZiAobXNnLnR5cGUgPT09ICdmaW5pc2gnKSB7CiAgICAgICAgICAgIGlmICghcmVwbGljYSkKICAgICAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcignZmluaXNoIGJlZm9yZSBpbml0Jyk7CiAgICAgICAgICAgIGNvbnN0IHBhcmFtcyA9IGF3YWl0IHJlcGxpY2EuZmluaXNoKG1zZy5hcHBseSk7CiAgICAgICAgICAgIHNlbmQoeyB0eXBlOiAnZmluaXNoJywgcGFyYW1zIH0pOwogICAgICAgIH0KICAgICAgICBlbHNlIGlmIChtc2cudHlwZSA9PT0gJ2Nsb3NlJykgewogICAgICAgICAgICByZXBsaWNhPy5kaXNwb3NlKCk7CiAgICAgICAgICAgIHJlcGxpY2EgPSB1bmRlZmluZWQ7CiAgICAgICAgICAgIHBvcnQuY2xvc2UoKTsKICAgICAgICB9CiAgICB9CiAgICBjYXRjaCAoZXJyKSB7CiAgICAgICAgY29uc3QgZSA9IGVycjsKICAgICAgICBzZW5kKHsgdHlwZTogJ2Vycm9yJywgbWVzc2FnZTogZS5tZXNzYWdlLCBjb2RlOiBlcnIgaW5zdGFuY2VvZiBNbHBpbml0RXJyb3IgPyBlcnIuY29kZSA6IHVuZGVmaW5lZCB9KTsKICAgIH0KfSk7Cg==", "" + import.meta.url);
	if (existsSync(fileURLToPath(here))) return here;
	const built = new URL("data:text/javascript;base64,Ly8gV29ya2VyLXRocmVhZCBlbnRyeSBvZiBkYXRhLXBhcmFsbGVsIHRyYWluaW5nIChOb2RlIGB3b3JrZXJfdGhyZWFkc2ApLgppbXBvcnQgeyBwYXJlbnRQb3J0IH0gZnJvbSAnbm9kZTp3b3JrZXJfdGhyZWFkcyc7CmltcG9ydCB7IHNldEJhY2tlbmQgfSBmcm9tICcuLi9iYWNrZW5kLmpzJzsKaW1wb3J0IHsgTWxwaW5pdEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJzsKaW1wb3J0IHsgZW5zdXJlR3JhZGllbnRzIH0gZnJvbSAnLi4vcmVnaXN0ZXItZ3JhZGllbnRzLmpzJzsKaW1wb3J0IHsgUmVwbGljYSB9IGZyb20gJy4vcmVwbGljYS5qcyc7CmVuc3VyZUdyYWRpZW50cygpOwpjb25zdCBwb3J0ID0gcGFyZW50UG9ydDsKaWYgKCFwb3J0KQogICAgdGhyb3cgbmV3IEVycm9yKCd0cmFpbi13b3JrZXIgbXVzdCBydW4gaW4gYSB3b3JrZXIgdGhyZWFkJyk7CmxldCByZXBsaWNhOwpjb25zdCBzZW5kID0gKG1zZywgdHJhbnNmZXIgPSBbXSkgPT4gcG9ydC5wb3N0TWVzc2FnZShtc2csIHRyYW5zZmVyKTsKcG9ydC5vbignbWVzc2FnZScsIGFzeW5jIChtc2cpID0+IHsKICAgIHRyeSB7CiAgICAgICAgaWYgKG1zZy50eXBlID09PSAnaW5pdCcpIHsKICAgICAgICAgICAgYXdhaXQgc2V0QmFja2VuZChtc2cuaW5pdC5iYWNrZW5kKTsKICAgICAgICAgICAgcmVwbGljYSA9IG5ldyBSZXBsaWNhKG1zZy5pbml0KTsKICAgICAgICAgICAgc2VuZCh7IHR5cGU6ICdyZWFkeScgfSk7CiAgICAgICAgfQogICAgICAgIGVsc2UgaWYgKG1zZy50eXBlID09PSAnc3RlcCcpIHsKICAgICAgICAgICAgaWYgKCFyZXBsaWNhKQogICAgICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKCdzdGVwIGJlZm9yZSBpbml0Jyk7CiAgICAgICAgICAgIGNvbnN0IHJlcGx5ID0gYXdhaXQgcmVwbGljYS5zdGVwKG1zZy5yZXEpOwogICAgICAgICAgICBzZW5kKHsgdHlwZTogJ3N0ZXAnLCByZXBseSB9LCBbcmVwbHkuZ3JhZC5idWZmZXJdKTsKICAgICAgICB9CiAgICAgICAgZWxzZSBpZiAobXNnLnR5cGUgPT09ICdmaW5pc2gnKSB7CiAgICAgICAgICAgIGlmICghcmVwbGljYSkKICAgICAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcignZmluaXNoIGJlZm9yZSBpbml0Jyk7CiAgICAgICAgICAgIGNvbnN0IHBhcmFtcyA9IGF3YWl0IHJlcGxpY2EuZmluaXNoKG1zZy5hcHBseSk7CiAgICAgICAgICAgIHNlbmQoeyB0eXBlOiAnZmluaXNoJywgcGFyYW1zIH0pOwogICAgICAgIH0KICAgICAgICBlbHNlIGlmIChtc2cudHlwZSA9PT0gJ2Nsb3NlJykgewogICAgICAgICAgICByZXBsaWNhPy5kaXNwb3NlKCk7CiAgICAgICAgICAgIHJlcGxpY2EgPSB1bmRlZmluZWQ7CiAgICAgICAgICAgIHBvcnQuY2xvc2UoKTsKICAgICAgICB9CiAgICB9CiAgICBjYXRjaCAoZXJyKSB7CiAgICAgICAgY29uc3QgZSA9IGVycjsKICAgICAgICBzZW5kKHsgdHlwZTogJ2Vycm9yJywgbWVzc2FnZTogZS5tZXNzYWdlLCBjb2RlOiBlcnIgaW5zdGFuY2VvZiBNbHBpbml0RXJyb3IgPyBlcnIuY29kZSA6IHVuZGVmaW5lZCB9KTsKICAgIH0KfSk7Cg==", "" + import.meta.url);
	if (existsSync(fileURLToPath(built))) return built;
	throw new MlpinitError("BACKEND_UNAVAILABLE", "the data-parallel worker script is missing: build @mlpinit/core first", "opts.workers");
}
/** A {@link Replica} in a Node worker thread, driven by messages. */
var WorkerReplica = class WorkerReplica {
	worker;
	pending;
	constructor(worker) {
		this.worker = worker;
		worker.on("message", (m) => this.settle(m));
		worker.on("error", (e) => this.fail(e));
		worker.on("exit", (code) => {
			if (code !== 0) this.fail(/* @__PURE__ */ new Error(`worker exited with code ${code}`));
		});
	}
	static async spawn(init) {
		const { Worker } = await nodeModule("node:worker_threads");
		const replica = new WorkerReplica(new Worker(await workerUrl()));
		await replica.request({
			type: "init",
			init
		});
		return replica;
	}
	settle(m) {
		const p = this.pending;
		this.pending = void 0;
		if (!p) return;
		if (m.type === "error") p.reject(new MlpinitError("INVALID_ARGUMENT", `training worker failed: ${m.message}`));
		else p.resolve(m);
	}
	fail(e) {
		const p = this.pending;
		this.pending = void 0;
		p?.reject(e);
	}
	request(msg) {
		return new Promise((resolve, reject) => {
			this.pending = {
				resolve,
				reject
			};
			this.worker.postMessage(msg);
		});
	}
	async step(req) {
		const m = await this.request({
			type: "step",
			req
		});
		if (m.type !== "step") throw new Error(`unexpected reply ${m.type}`);
		return m.reply;
	}
	async finish(apply) {
		const m = await this.request({
			type: "finish",
			apply
		});
		if (m.type !== "finish") throw new Error(`unexpected reply ${m.type}`);
		return m.params;
	}
	async dispose() {
		this.worker.postMessage({ type: "close" });
		await this.worker.terminate();
	}
};
// ../core/dist/parallel/data-parallel.js
/**
* Synchronous data-parallel Adam (as in PyTorch DDP): the main thread and
* `workers − 1` worker threads each hold a replica; every step each replica
* computes the mean-squared-error gradient on its share of the rows, the main
* thread averages them weighted by row counts, and every replica applies the
* same Adam update. Results equal the single-replica path up to the order of
* float summation. Batch indices come from the same seeded permutation as the
* single-replica path.
*/
async function trainDataParallel(mlp, x, y, run) {
	const backend = getBackendInfo()?.name;
	if (!backend) throw new MlpinitError("NO_BACKEND", "no backend is active");
	const init = {
		backend,
		sizes: [...mlp.sizes],
		activation: mlp.activation.name,
		weights: mlp.weights.map((w) => w.dataSync()),
		biases: mlp.biases.map((b) => b.dataSync()),
		x: await x.data(),
		y: await y.data(),
		adam: run.adam
	};
	const local = new Replica(init);
	const replicas = [local];
	try {
		const remote = await Promise.all(Array.from({ length: run.workers - 1 }, () => WorkerReplica.spawn(init)));
		replicas.push(...remote);
		return await loop$1(mlp, x.shape[0], local, replicas, run);
	} finally {
		await Promise.all(replicas.map((r) => r.dispose()));
	}
}
async function loop$1(mlp, n, local, replicas, run) {
	const k = replicas.length;
	const history = [];
	const start = performance.now();
	const sampler = new EpochSampler(n, run.batch, run.rng);
	let apply;
	let lr = run.lr;
	for (let step = 0; step < run.steps; step++) {
		if (run.signal?.aborted) throw abortError("training");
		lr = learningRateAt(run.lr, step, run.lrDecay);
		let shares;
		if (!sampler.fullBatch) {
			const batch = sampler.next();
			shares = split(batch.length, k).map(([a, b]) => ({ indices: batch.slice(a, b) }));
		} else shares = split(n, k).map(([a, b]) => ({
			start: a,
			end: b
		}));
		const order = replicas.map((_, i) => k - 1 - i);
		const started = new Array(k);
		for (const i of order) started[i] = replicas[i].step({
			apply,
			rows: shares[i]
		});
		const replies = await Promise.all(started);
		const total = replies.reduce((s, r) => s + r.count, 0);
		const grad = new Float32Array(replies[0].grad.length);
		let loss = 0;
		for (const r of replies) {
			const w = r.count / total;
			loss += w * r.loss;
			const g = r.grad;
			for (let i = 0; i < g.length; i++) grad[i] = grad[i] + w * g[i];
		}
		if (!Number.isFinite(loss)) throw new MlpinitError("NON_FINITE", `the loss became ${loss} at step ${step + 1}; lower the learning rate or check the data`, "opts.lr");
		history.push(loss);
		apply = {
			grad,
			lr
		};
		if ((step + 1) % run.progressEvery === 0 || step === run.steps - 1) {
			if (run.onProgress) {
				local.writeTo(mlp.variables);
				await run.onProgress({
					step: step + 1,
					steps: run.steps,
					loss,
					lr,
					elapsedMs: performance.now() - start
				});
			}
			await new Promise((r) => setTimeout(r, 0));
		}
	}
	const params = await replicas[0].finish(apply);
	for (let i = 1; i < replicas.length; i++) await replicas[i].finish();
	mlp.variables.forEach((v, i) => {
		const values = params[i];
		tidy(() => v.assign(tensor(values, v.shape, "float32")));
	});
	return history;
}
/** Splits `n` rows into `k` contiguous, nearly equal ranges. */
function split(n, k) {
	return Array.from({ length: k }, (_, i) => [Math.floor(i * n / k), Math.floor((i + 1) * n / k)]);
}
// ../core/dist/worker-policy.js
/** Per-step batch×parameters below which worker messages cost more than they save. */
var MIN_PARALLEL_WORK = 5e7;
/** Whole-run batch×parameters×steps below which spawning workers (~0.3 s each) does not pay. */
var MIN_PARALLEL_RUN = 1e10;
/**
* How many data-parallel replicas `train` runs: 1 unless Node, wasm or cpu,
* the explicit path with a built-in activation and no regularizer; then the
* requested count, or with `'auto'` every core (at most 4) when the step and
* the run are large enough to pay for the workers' messages and spawn.
*/
async function resolveWorkers(mlp, x, opts) {
	const requested = opts.workers ?? "auto";
	if (requested === 1) return 1;
	const backend = getBackend();
	if (!(isNode && (backend === "wasm" || backend === "cpu") && !opts.regularizer && opts.gradients !== "autodiff" && supportsExplicitBackprop(mlp) && safeBuiltin(mlp))) {
		if (requested !== "auto") throw new MlpinitError("INVALID_ARGUMENT", "workers > 1 needs Node, the wasm or cpu backend, no regularizer and a built-in activation", "opts.workers");
		return 1;
	}
	if (requested !== "auto") return requested;
	const os = await nodeModule("node:os");
	const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
	const work = Math.min(opts.batchSize ?? x.shape[0], x.shape[0]) * mlp.numParams;
	return cores > 1 && work >= MIN_PARALLEL_WORK && work * opts.steps >= MIN_PARALLEL_RUN ? Math.min(cores, 4) : 1;
}
function safeBuiltin(mlp) {
	try {
		return getActivation(mlp.activation.name) === mlp.activation;
	} catch {
		return false;
	}
}
// ../core/dist/train.js
/**
* Trains an MLP on mean squared error with Adam (Kingma & Ba 2015), optional
* exponential learning-rate decay and seeded mini-batches (a fresh random
* permutation per epoch). Losses are read back asynchronously in chunks, never
* synchronously inside the step loop. Resolves to the loss of every step;
* rejects with `ABORTED` when `signal` fires and `NON_FINITE` if the loss
* diverges.
*/
async function train(mlp, data, opts) {
	validateTrainOptions(mlp, opts);
	await ready();
	if (!data || typeof data !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected {x, y}", "data");
	const raw = toTensor2D(data.x, "data.x", mlp.inputSize);
	const y = toTensor2D(data.y, "data.y", mlp.sizes[mlp.sizes.length - 1]);
	const owned = [raw !== data.x ? raw : void 0, y !== data.y ? y : void 0].filter((t) => !!t);
	try {
		const x = mlp.encodeInputs(raw);
		if (x !== raw) owned.push(x);
		if (x.shape[0] !== y.shape[0]) throw new MlpinitError("SHAPE_MISMATCH", `x has ${x.shape[0]} rows but y has ${y.shape[0]}`, "data.y");
		if (data.x instanceof Tensor) assertAllFinite(await raw.data(), "data.x");
		if (data.y instanceof Tensor) assertAllFinite(await y.data(), "data.y");
		const workers = await resolveWorkers(mlp, x, opts);
		if (workers > 1) {
			const steps = opts.steps;
			return await trainDataParallel(mlp, x, y, {
				steps,
				lr: opts.lr ?? .001,
				lrDecay: opts.lrDecay,
				batch: Math.min(opts.batchSize ?? x.shape[0], x.shape[0]),
				rng: new Rng(opts.seed ?? 0),
				adam: opts.adam,
				workers,
				progressEvery: opts.progressEvery ?? Math.max(1, Math.round(steps / 100)),
				onProgress: opts.onProgress,
				signal: opts.signal
			});
		}
		return await loop(mlp, x, y, opts);
	} finally {
		for (const t of owned) t.dispose();
	}
}
async function loop(mlp, x, y, opts) {
	const { steps, lrDecay, onProgress, signal } = opts;
	const lr0 = opts.lr ?? .001;
	const n = x.shape[0];
	const batch = Math.min(opts.batchSize ?? n, n);
	const rng = new Rng(opts.seed ?? 0);
	const regRng = new Rng((opts.seed ?? 0) ^ 1540483477 | 0);
	const every = opts.progressEvery ?? Math.max(1, Math.round(steps / 100));
	const path = gradientPath(mlp, opts, regRng);
	const history = [];
	const pending = [];
	const start = performance.now();
	const sampler = new EpochSampler(n, batch, rng);
	let lr = lr0;
	const flush = async (step) => {
		if (pending.length === 0) return;
		const stacked = stack(pending);
		const values = await stacked.data();
		stacked.dispose();
		for (const t of pending) t.dispose();
		pending.length = 0;
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			if (!Number.isFinite(v)) throw new MlpinitError("NON_FINITE", `the loss became ${v} at step ${history.length + 1}; lower the learning rate or check the data`, "opts.lr");
			history.push(v);
		}
		if (onProgress) {
			path.writeTo();
			await onProgress({
				step,
				steps,
				loss: history[history.length - 1],
				lr,
				elapsedMs: performance.now() - start
			});
		}
	};
	try {
		for (let step = 0; step < steps; step++) {
			if (signal?.aborted) throw abortError("training");
			lr = learningRateAt(lr0, step, lrDecay);
			const loss = tidy(() => {
				let xb = x;
				let yb = y;
				if (!sampler.fullBatch) {
					const idx = tensor1d(sampler.next(), "int32");
					xb = gather(x, idx);
					yb = gather(y, idx);
				}
				return path.step(xb, yb, lr, step);
			});
			pending.push(loss);
			if ((step + 1) % every === 0 || step === steps - 1) {
				await flush(step + 1);
				await nextFrame();
			}
		}
	} finally {
		for (const t of pending) t.dispose();
		path.writeTo();
		path.dispose();
	}
	return history;
}
// ../core/dist/metrics.js
function pair(pred, target) {
	const p = toFloat64(pred, "pred");
	const t = toFloat64(target, "target");
	if (p.length !== t.length) throw new MlpinitError("SHAPE_MISMATCH", `pred has ${p.length} entries but target has ${t.length}`, "pred");
	if (p.length === 0) throw new MlpinitError("INVALID_ARGUMENT", "expected at least one entry", "target");
	assertAllFinite(p, "pred");
	assertAllFinite(t, "target");
	return [p, t];
}
function sums(p, t) {
	let err = 0;
	let ref = 0;
	for (let i = 0; i < p.length; i++) {
		const d = p[i] - t[i];
		err += d * d;
		ref += t[i] ** 2;
	}
	return {
		err,
		ref
	};
}
/**
* Signal-to-noise ratio in dB over all entries, 20·log10(‖y‖/‖ŷ − y‖): the
* definition behind the 16.8 and 20.0 dB of Wang & Perdikaris (2021).
* `Infinity` for an exact fit.
*/
function snrDb(pred, target) {
	const { err, ref } = sums(...pair(pred, target));
	return 10 * Math.log10(ref / err);
}
/** Peak signal-to-noise ratio in dB, 10·log10(peak²/MSE). */
function psnrDb(pred, target, peak) {
	assertPositive(peak, "peak");
	const [p, t] = pair(pred, target);
	const { err } = sums(p, t);
	return 10 * Math.log10(peak * peak / (err / p.length));
}
/** Relative L2 error ‖ŷ − y‖/‖y‖. */
function relativeL2(pred, target) {
	const { err, ref } = sums(...pair(pred, target));
	return Math.sqrt(err / ref);
}
// ../core/dist/vega-lite-spec.js
/** The Vega-Lite schema every figure of the mlpinit packages targets (v6). */
var VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
// ../core/dist/index.js
/**
* @mlpinit/core: backend selection, seeded randomness, activations,
* initializers, MLPs with a fast dense gradient, the training engine and
* metrics, on `@tensorflow/tfjs-core` (wasm backend by default).
* @packageDocumentation
*/
ensureGradients();
// ../go-init/dist/gram.js
/**
* Gram matrix G = Fᵀ·F of the columns of F [N, d] with a gradient that uses
* only plain matMuls (dF = F·(dG + dGᵀ)); on wasm a transposed matMul is about
* 10× slower than transposing explicitly (see core's `dense`).
*/
var gramWithGrad = customGrad((...args) => {
	const [f, save] = args;
	save([f]);
	return {
		value: matMul$1(transpose(f), f),
		gradFunc: (dy, saved) => {
			const [fs] = saved;
			const dg = dy;
			return [matMul$1(fs, add(dg, transpose(dg)))];
		}
	};
});
/** @internal G = Fᵀ·F, [d, d], differentiable in F. */
function gram(features) {
	return gramWithGrad(features);
}
// ../go-init/dist/orthogonality.js
/**
* δ added to every squared column norm before dividing:
* cos θ_ij = G_ij / √((G_ii + δ)(G_jj + δ)) with G = Fᵀ·F. A zero column
* then has cos = 0 with every other column (angle 90°) instead of 0/0.
*/
var COSINE_NORM_EPSILON = 1e-12;
/**
* ε inside the logarithm of the GO objective: −log(1 − cos²θ + ε). cos² is
* first clipped to [0, 1], so two parallel columns (|cos| = 1) cost
* −log(ε) ≈ 13.8 per ordered pair instead of +∞, and the gradient stays
* finite (at most 2/ε in magnitude per pair). 1e-6 is just above float32's
* rounding of 1 − cos².
*/
var ORTHOGONALITY_LOG_EPSILON = 1e-6;
/**
* @internal Cosines between the columns of F [N, d], as a [d, d] tensor
* (differentiable; diagonal ≈ 1, exactly 0 for a zero column).
*/
function cosineMatrix(features) {
	return tidy(() => {
		const d = features.shape[1];
		const g = gram(features);
		const inv = rsqrt(add(sum(mul(g, eye(d)), 1), COSINE_NORM_EPSILON));
		return mul(mul(g, reshape(inv, [d, 1])), reshape(inv, [1, d]));
	});
}
function offDiagonalMean(values) {
	const d = values.shape[0];
	const mask = sub(1, eye(d));
	return div(sum(mul(values, mask)), d * (d - 1));
}
function checkFeatures(features, param) {
	const t = toTensor2D(features, param);
	if (t.shape[1] < 2) {
		if (t !== features) t.dispose();
		throw new MlpinitError("SHAPE_MISMATCH", `expected at least 2 feature columns (d ≥ 2), got ${t.shape[1]}`, param);
	}
	return t;
}
/**
* The orthogonality term of the GO objective (Wang & Perdikaris 2021,
* "GO initialization of MLPs"):
*
*   −Σ_{i≠j} log(1 − cos²θ_ij) / (d(d−1)),
*
* where θ_ij is the angle between columns i and j of the features F [N, d]
* (column j: neuron j's output over the N domain points). Computed stably:
* cos θ_ij uses {@link COSINE_NORM_EPSILON} in the norms, cos² is clipped to
* [0, 1] and the logarithm takes 1 − cos² + {@link ORTHOGONALITY_LOG_EPSILON},
* so zero or parallel columns give a finite value. Differentiable with respect
* to F; the Gram matrix's gradient uses no transposed matMul.
*/
function orthogonalityLoss(features) {
	const f = checkFeatures(features, "features");
	try {
		return tidy(() => {
			const cos2 = clipByValue(square(cosineMatrix(f)), 0, 1);
			return offDiagonalMean(neg(log(add(sub(1, cos2), ORTHOGONALITY_LOG_EPSILON))));
		});
	} finally {
		if (f !== features) f.dispose();
	}
}
/** {@link meanCos2}, read asynchronously: works on every backend (WebGPU included). */
async function meanCos2Async(features) {
	const f = checkFeatures(features, "features");
	try {
		const value = tidy(() => meanCos2Tensor(f));
		const out = (await value.data())[0];
		value.dispose();
		return out;
	} finally {
		if (f !== features) f.dispose();
	}
}
function meanCos2Tensor(f) {
	return offDiagonalMean(clipByValue(square(cosineMatrix(f)), 0, 1));
}
// ../go-init/dist/base-draw.js
/**
* @internal Draws W̃_l ~ N(0, 1/d_in) for every hidden layer of `sizes` from
* `rng` (in layer order, as core's `fanInNormal` would), as tensors owned by
* the caller.
*/
function drawBase(sizes, rng) {
	const layers = [];
	for (let l = 0; l < sizes.length - 2; l++) {
		const dIn = sizes[l];
		const dOut = sizes[l + 1];
		const w = rng.normalArray(dIn * dOut, 1 / Math.sqrt(dIn));
		const wt = new Float32Array(dIn * dOut);
		for (let i = 0; i < dIn; i++) for (let j = 0; j < dOut; j++) wt[j * dIn + i] = w[i * dOut + j];
		layers.push({
			w: tensor2d(w, [dIn, dOut], "float32"),
			wt: tensor2d(wt, [dOut, dIn], "float32")
		});
	}
	return layers;
}
/** @internal Frees a base draw. */
function disposeBase(base) {
	for (const { w, wt } of base) {
		w.dispose();
		wt.dispose();
	}
}
// ../go-init/dist/auto-strength.js
/** λ of the GO path both strength rules (`'kernel'`, `'holdout'`) walk (the authors' default). */
var AUTO_PATH_LAMBDA = 1e-4;
/**
* Adam learning rate of the path both strength rules (`'kernel'`,
* `'holdout'`) walk, unless `lr` is given: 4× the authors' 5e-3. GO's path
* is a function of lr × steps (Adam moves each of the 2L scalars by about lr
* per step): measured on 2 → 8×64 → 3 tanh, 250 steps at 2e-2 land within
* ~10% of the c, b and mean cos² of 1,000 steps at 5e-3 (go-init
* docs/strength.md), for a quarter of the time.
*/
var AUTO_PATH_LR = .02;
/** Default candidate path lengths of both strength rules (`goInit`'s `candidates`). */
var AUTO_CANDIDATES = [
	0,
	25,
	75,
	250,
	750
];
/** @internal Validates the options; the caller owns the returned tensor `y`. */
function resolveAuto(auto, yGiven, candidates, n, dOut) {
	const yIn = yGiven ?? auto?.y;
	if (yIn === void 0) throw new MlpinitError("INVALID_ARGUMENT", "strength 'holdout' needs the training targets: pass y with one row per row of x", "opts.y");
	const trialSteps = auto?.trialSteps ?? 400;
	assertInteger(trialSteps, "opts.auto.trialSteps", 1);
	const trialLr = auto?.trialLr ?? .002;
	assertPositive(trialLr, "opts.auto.trialLr");
	const trialBatchSize = auto?.trialBatchSize ?? 1024;
	assertInteger(trialBatchSize, "opts.auto.trialBatchSize", 1);
	const holdout = auto?.holdout ?? .1;
	assertPositive(holdout, "opts.auto.holdout");
	if (holdout >= .5) throw new MlpinitError("INVALID_ARGUMENT", `expected a fraction below 0.5, got ${holdout}`, "opts.auto.holdout");
	const given = toTensor2D(yIn, "opts.y");
	const y = given === yIn ? clone(given) : given;
	if (y.shape[0] !== n || y.shape[1] !== dOut) {
		const shape = y.shape.join(" × ");
		y.dispose();
		throw new MlpinitError("SHAPE_MISMATCH", `expected ${n} × ${dOut} targets (rows of x × outputs), got ${shape}`, "opts.y");
	}
	return {
		y,
		candidates: [...candidates],
		trialSteps,
		trialLr,
		trialBatchSize,
		holdout
	};
}
/**
* @internal Trial-fits each snapshot of the GO path on the training split and
* returns the step count whose network has the lowest held-out MSE.
*/
async function selectStrength(sizes, activation, x, auto, snapshots, seed, signal) {
	const start = performance.now();
	const n = x.shape[0];
	const nHold = Math.max(1, Math.round(auto.holdout * n));
	const perm = new Rng(seed ^ 739982445).permutation(n);
	const [xTr, yTr, xHo, yHo] = tidy(() => {
		const tr = tensor1d(perm.subarray(nHold), "int32");
		const ho = tensor1d(perm.subarray(0, nHold), "int32");
		return [
			gather(x, tr),
			gather(auto.y, tr),
			gather(x, ho),
			gather(auto.y, ho)
		];
	});
	const hidden = sizes.length - 2;
	const candidates = [];
	try {
		for (const steps of auto.candidates) {
			const p = snapshots.get(steps);
			if (!p) continue;
			const layerScales = Array.from(p.subarray(0, hidden), Math.fround);
			const mlp = createMlp({
				sizes,
				activation,
				init: "fan-in-normal",
				seed,
				layerScales,
				layerBiases: Array.from(p.subarray(hidden), Math.fround)
			});
			try {
				await train(mlp, {
					x: xTr,
					y: yTr
				}, {
					steps: auto.trialSteps,
					lr: auto.trialLr,
					batchSize: auto.trialBatchSize,
					seed,
					signal
				});
				const mse = tidy(() => mean$1(square(sub(mlp.forward(xHo), yHo))));
				const value = (await mse.data())[0];
				mse.dispose();
				candidates.push({
					steps,
					heldOutMse: Number.isFinite(value) ? value : Number.POSITIVE_INFINITY,
					layerScales
				});
			} finally {
				mlp.dispose();
			}
		}
	} finally {
		dispose([
			xTr,
			yTr,
			xHo,
			yHo
		]);
	}
	return {
		candidates,
		chosenSteps: candidates.reduce((a, b) => b.heldOutMse < a.heldOutMse ? b : a).steps,
		trialSteps: auto.trialSteps,
		holdout: auto.holdout,
		seconds: (performance.now() - start) / 1e3
	};
}
// ../ntk/dist/jacobian-ntk.js
/**
* Per-example Jacobian rows [N, O·P]: row n holds ∇_θ f_o(x_n) for o = 0..O−1,
* each flattened over θ = (W_0, b_0, W_1, b_1, ...), from tfjs reverse-mode
* autodiff (`tf.variableGrads`) one example and output at a time.
*/
async function jacobian(mlp, x, ctx, offset, total) {
	const vars = mlp.variables;
	const O = mlp.sizes[mlp.numLayers];
	const rows = [];
	try {
		for (let n = 0; n < x.shape[0]; n++) {
			rows.push(tidy(() => {
				const xn = slice(x, [n, 0], [1, -1]);
				const parts = [];
				for (let o = 0; o < O; o++) {
					const { value, grads } = variableGrads(() => sum(slice(mlp.forward(xn), [0, o], [1, 1])), vars);
					value.dispose();
					for (const v of vars) parts.push(reshape(grads[v.name], [-1]));
				}
				return concat(parts);
			}));
			await ctx.step(offset + n + 1, total);
		}
		return tidy(() => stack(rows));
	} finally {
		dispose(rows);
	}
}
/**
* Empirical NTK by explicit Jacobian contraction, K = J(x1) J(x2)ᵀ (Jacot et
* al. 2018, Eq. 4; neural-tangents' `NtkImplementation.JACOBIAN_CONTRACTION`):
* the slow, obviously-correct reference, O(N·P) memory for P parameters.
*/
var jacobianNtk = async (mlp, x1, x2, ctx) => {
	const O = mlp.sizes[mlp.numLayers];
	const total = x1.shape[0] + (x2 === null ? 0 : x2.shape[0]);
	const j1 = await jacobian(mlp, x1, ctx, 0, total);
	let j2;
	try {
		j2 = x2 === null ? j1 : await jacobian(mlp, x2, ctx, x1.shape[0], total);
	} catch (err) {
		j1.dispose();
		throw err;
	}
	const k = tidy(() => {
		const full = ctx.outputs === "full";
		return matMul$1(full ? reshape(j1, [j1.shape[0] * O, -1]) : j1, transpose(full ? reshape(j2, [j2.shape[0] * O, -1]) : j2));
	});
	j1.dispose();
	if (j2 !== j1) j2.dispose();
	return k;
};
// ../ntk/dist/points.js
/** @internal Points as float64 rows, validated (non-empty, rectangular, finite, `dim` columns if given). */
function readPoints(x, param, dim) {
	let rows;
	if (x instanceof Tensor) {
		if (x.rank !== 2) throw new MlpinitError("SHAPE_MISMATCH", `expected a 2-D tensor [N, d], got shape [${x.shape.join(", ")}]`, param);
		rows = x.arraySync();
	} else if (Array.isArray(x) && x.length > 0 && x.every((v) => typeof v === "number")) rows = x.map((v) => [v]);
	else if (Array.isArray(x) && x.length > 0 && x.every((r) => Array.isArray(r))) rows = x;
	else throw new MlpinitError("INVALID_ARGUMENT", "expected a non-empty number[][] (rows), number[] (1-D points) or Tensor2D", param);
	const width = rows[0]?.length ?? 0;
	if (width === 0 || rows.some((r) => r.length !== width)) throw new MlpinitError("SHAPE_MISMATCH", "expected non-empty rows of equal length", param);
	if (dim !== void 0 && width !== dim) throw new MlpinitError("SHAPE_MISMATCH", `expected points with ${dim} coordinates, got ${width}`, param);
	assertAllFinite(rows.flat(), param);
	return rows;
}
/** @internal Points as a new float32 tensor owned by the caller. */
function pointsTensor(x, param, dim) {
	const rows = readPoints(x, param, dim);
	return tensor2d(rows, [rows.length, dim], "float32");
}
// ../ntk/dist/structured-ntk.js
/** f'(z) as a tensor, from the activation's explicit derivative or (for custom activations) autodiff. */
function derivative(mlp, z, y) {
	const act = mlp.activation;
	if (act.grad) return act.grad(z, y);
	return grad((t) => sum(act.apply(t)))(z);
}
/**
* One forward pass, then back-propagation of every output's unit sensitivity
* (all O outputs at once, as N·O rows): Δ_{L−1} = e_o, Δ_{l−1} = (Δ_l W_lᵀ) ⊙ f'(z_{l−1}).
* Transposes are explicit because wasm's transposed matMul is ~10× slower,
* and use core's blocked transpose (tfjs-wasm's is ~5× slower); the forward
* pass uses the activation's fast form (tanh as 2σ(2x) − 1 on wasm).
*/
function layerFeatures(mlp, x) {
	return tidy(() => {
		const L = mlp.numLayers;
		const N = x.shape[0];
		const O = mlp.sizes[L];
		const inputs = [x];
		const pre = [];
		let h = x;
		for (let l = 0; l < L - 1; l++) {
			const z = matMul({
				a: h,
				b: mlp.weights[l],
				bias: mlp.biases[l]
			});
			pre.push(z);
			h = (mlp.activation.fast ?? mlp.activation.apply)(z);
			inputs.push(h);
		}
		const deltas = new Array(L);
		let delta = tile(eye(O), [N, 1]);
		deltas[L - 1] = delta;
		for (let l = L - 1; l > 0; l--) {
			const d = mlp.sizes[l];
			const dh = matMul$1(delta, transpose2d(mlp.weights[l]));
			const fp = derivative(mlp, pre[l - 1], inputs[l]);
			delta = reshape(mul(reshape(dh, [
				N,
				O,
				d
			]), reshape(fp, [
				N,
				1,
				d
			])), [N * O, d]);
			deltas[l - 1] = delta;
		}
		return {
			inputs: inputs.slice(1),
			deltas
		};
	});
}
/** Layer l's term (Δ_l Δ_lᵀ) ⊙ (H_{l−1} H_{l−1}ᵀ + 1), traced over outputs or in the full N·O layout. */
function layerTerm(h1, d1, h2, d2, O, full) {
	return tidy(() => {
		const N1 = h1.shape[0];
		const N2 = h2.shape[0];
		const gram = add(matMul$1(h1, transpose2d(h2)), 1);
		if (!full) {
			const a = reshape(d1, [N1, -1]);
			const b = h2 === h1 && d2 === d1 ? a : reshape(d2, [N2, -1]);
			return mul(matMul$1(a, transpose2d(b)), gram);
		}
		const dd = reshape(matMul$1(d1, transpose2d(d2)), [
			N1,
			O,
			N2,
			O
		]);
		return reshape(mul(dd, reshape(gram, [
			N1,
			1,
			N2,
			1
		])), [N1 * O, N2 * O]);
	});
}
/**
* Structured empirical NTK of an MLP: with z_l = H_{l−1} W_l + b_l,
* ∇_{W_l} f(x)·∇_{W_l} f(y) = (h_{l−1}(x)·h_{l−1}(y)) (δ_l(x)·δ_l(y)) and the bias
* adds δ_l(x)·δ_l(y), so K = Σ_l (Δ_l Δ_lᵀ) ⊙ (H_{l−1} H_{l−1}ᵀ + 1): the
* "structured derivatives" idea of Novak et al. 2022 ("Fast finite width
* neural tangent kernel", ICML, Sec. 4) specialised to dense layers. Cost
* O(N²·Σ_l d_l) time and O(N²) memory beyond the activations, never
* O(number of weights). With an input encoding (`mlp.encoding`, fixed) the
* first layer's H_0 is γ(x).
*/
var structuredNtk = async (mlp, raw1, raw2, ctx) => {
	const x1 = mlp.encodeInputs(raw1);
	const x2 = raw2 === null ? null : mlp.encodeInputs(raw2);
	try {
		return await denseNtk(mlp, x1, x2, ctx);
	} finally {
		if (x1 !== raw1) x1.dispose();
		if (x2 !== null && x2 !== raw2) x2.dispose();
	}
};
async function denseNtk(mlp, x1, x2, ctx) {
	const L = mlp.numLayers;
	const O = mlp.sizes[L];
	const full = ctx.outputs === "full";
	const f1 = layerFeatures(mlp, x1);
	const f2 = x2 === null ? f1 : layerFeatures(mlp, x2);
	let acc = zeros([x1.shape[0] * (full ? O : 1), (x2 ?? x1).shape[0] * (full ? O : 1)]);
	try {
		for (let l = 0; l < L; l++) {
			const h1 = l === 0 ? x1 : f1.inputs[l - 1];
			const h2 = l === 0 ? x2 ?? x1 : f2.inputs[l - 1];
			const term = layerTerm(h1, f1.deltas[l], h2, f2.deltas[l], O, full);
			const next = add(acc, term);
			term.dispose();
			acc.dispose();
			acc = next;
			await ctx.step(l + 1, L);
		}
	} catch (err) {
		acc.dispose();
		throw err;
	} finally {
		dispose([...f1.inputs, ...f1.deltas]);
		if (f2 !== f1) dispose([...f2.inputs, ...f2.deltas]);
	}
	return acc;
}
// ../ntk/dist/empirical-ntk.js
/**
* The dispatch table of empirical-NTK algorithms (as neural-tangents'
* `_implementation_to_ntk_fn`): `'structured'` (fast, default) and
* `'jacobian'` (explicit per-example gradients, the slow reference).
*/
var NTK_METHODS = Object.freeze({
	structured: structuredNtk,
	jacobian: jacobianNtk
});
function assertMlp(mlp) {
	const m = mlp;
	if (!m || typeof m !== "object" || !Array.isArray(m.weights) || !Array.isArray(m.sizes) || !m.activation) throw new MlpinitError("INVALID_ARGUMENT", "expected an Mlp from @mlpinit/core (createMlp or mlpFromWeights)", "mlp");
	if (m.weights.some((w) => w.isDisposed)) throw new MlpinitError("INVALID_ARGUMENT", "this MLP has been disposed", "mlp");
}
var yieldToEventLoop = () => new Promise((resolve) => setTimeout(resolve, 0));
/**
* The empirical neural tangent kernel of a core MLP (Jacot, Gabriel & Hongler
* 2018, Eq. 4): K(x, y) = ∇_θ f(x) · ∇_θ f(y) over all weights and biases θ,
* at the network's current parameters, in core's standard parameterisation
* (no width factors; see {@link infiniteNtk} for how it scales with width).
*
* @param x1 N1 points (rows with `mlp.inputSize` raw coordinates; `number[]` for 1-D inputs). An
*   input encoding is part of f but has no parameters, so K is taken over the dense layers' weights.
* @param x2 N2 points (default: x1, giving a symmetric positive semi-definite kernel).
* @returns the kernel as plain float64 data, N1 × N2 for `'trace'`, N1·O × N2·O
*   (row n·O + o = example n, output o) for `'full'`. No tensor outlives the call.
*/
async function empiricalNtk(mlp, x1, x2, opts = {}) {
	assertMlp(mlp);
	if (opts === null || typeof opts !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected an options object", "opts");
	const method = opts.method ?? "structured";
	const impl = Object.hasOwn(NTK_METHODS, method) ? NTK_METHODS[method] : void 0;
	if (!impl) throw new MlpinitError("INVALID_ARGUMENT", `unknown method ${JSON.stringify(method)}; known: ${Object.keys(NTK_METHODS).join(", ")}`, "opts.method");
	const outputs = opts.outputs ?? "trace";
	if (outputs !== "trace" && outputs !== "full") throw new MlpinitError("INVALID_ARGUMENT", `expected 'trace' or 'full', got ${JSON.stringify(outputs)}`, "opts.outputs");
	const { signal, onProgress } = opts;
	if (signal?.aborted) throw abortError("empiricalNtk");
	await ready();
	const dim = mlp.inputSize;
	const t1 = pointsTensor(x1, "x1", dim);
	let t2 = null;
	try {
		t2 = x2 === void 0 || x2 === null || x2 === x1 ? null : pointsTensor(x2, "x2", dim);
		const step = async (done, total) => {
			onProgress?.({
				method,
				done,
				total
			});
			if (signal) {
				await yieldToEventLoop();
				if (signal.aborted) throw abortError("empiricalNtk");
			}
		};
		const k = await impl(mlp, t1, t2, {
			outputs,
			step
		});
		try {
			const values = Float64Array.from(await k.data());
			const O = outputs === "full" ? mlp.sizes[mlp.numLayers] : 1;
			const [rows, cols] = k.shape;
			return {
				values,
				rows,
				cols,
				n1: rows / O,
				n2: cols / O,
				outputs: O
			};
		} finally {
			k.dispose();
		}
	} finally {
		t1.dispose();
		t2?.dispose();
	}
}
// ../ntk/dist/kernel.js
/** @internal Validates and flattens a kernel argument into float64 row-major form. */
function readKernel(k, param) {
	if (Array.isArray(k)) {
		const rows = k.length;
		const cols = Array.isArray(k[0]) ? k[0].length : 0;
		if (rows === 0 || cols === 0 || k.some((r) => !Array.isArray(r) || r.length !== cols)) throw new MlpinitError("SHAPE_MISMATCH", "expected a non-empty rectangular array of number rows", param);
		const values = Float64Array.from(k.flat());
		assertAllFinite(values, param);
		return {
			values,
			rows,
			cols
		};
	}
	if (k && typeof k === "object" && "values" in k && typeof k.rows === "number" && typeof k.cols === "number") {
		const { rows, cols } = k;
		if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1 || k.values.length !== rows * cols) throw new MlpinitError("SHAPE_MISMATCH", `expected rows·cols = ${rows}·${cols} values, got ${k.values.length}`, param);
		const values = k.values instanceof Float64Array ? k.values : Float64Array.from(k.values);
		assertAllFinite(values, param);
		return {
			values,
			rows,
			cols
		};
	}
	throw new MlpinitError("INVALID_ARGUMENT", "expected a Kernel {values, rows, cols} or a number[][]", param);
}
// ../ntk/dist/ntk-localization.js
var crossing = (dPrev, vPrev, d, v) => vPrev === v ? d : dPrev + (d - dPrev) * (vPrev - .5) / (vPrev - v);
/** Walks points in the given order (distances ascending) from (0, 1); the first crossing of 1/2 or null. */
function firstCrossing(order, dist, value) {
	let dPrev = 0;
	let vPrev = 1;
	for (const j of order) {
		const d = dist(j);
		const v = value(j);
		if (v < .5) return crossing(dPrev, vPrev, d, v);
		dPrev = d;
		vPrev = v;
	}
	return null;
}
/**
* Locality of a kernel in the data domain (the analysis behind Figure 3 of
* Wang & Perdikaris 2021: under GO the NTK of a deep tanh MLP is localized,
* under Glorot it is not). Normalises K to k(x, y) = K(x, y)/√(K(x, x)K(y, y))
* and measures how fast k decays with |x − y|: the mean half-width (intended
* for 1-D and 2-D inputs), the energy-weighted RMS width and the effective
* number of neighbours (see {@link NtkLocalization}).
*
* @param K an N × N kernel of the points with themselves (`'trace'` layout), positive diagonal.
* @param x the N points (rows, or `number[]` for 1-D points).
*/
function ntkLocalization(K, x) {
	const pts = readPoints(x, "x");
	const n = pts.length;
	const { values, rows, cols } = readKernel(K, "K");
	if (rows !== n || cols !== n) throw new MlpinitError("SHAPE_MISMATCH", `expected an ${n} × ${n} kernel (one row and column per point), got ${rows} × ${cols}`, "K");
	const diag = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const v = values[i * n + i];
		if (!(v > 0)) throw new MlpinitError("INVALID_ARGUMENT", `diagonal entry ${i} is ${v}; a kernel's diagonal must be positive`, "K");
		diag[i] = Math.sqrt(v);
	}
	const norm = new Float64Array(n * n);
	for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) norm[i * n + j] = values[i * n + j] / (diag[i] * diag[j]);
	const dim = pts[0].length;
	const dist = (i, j) => {
		const a = pts[i];
		const b = pts[j];
		let s = 0;
		for (let k = 0; k < dim; k++) s += (a[k] - b[k]) ** 2;
		return Math.sqrt(s);
	};
	const halfWidths = [];
	let censored = 0;
	let rmsSum = 0;
	let neighbourSum = 0;
	const sorted = [...pts.keys()].sort((a, b) => pts[a][0] - pts[b][0]);
	for (let i = 0; i < n; i++) {
		const row = (j) => norm[i * n + j];
		const di = new Float64Array(n);
		for (let j = 0; j < n; j++) di[j] = dist(i, j);
		const d = (j) => di[j];
		let found = [];
		let farthest = 0;
		if (dim === 1) {
			const xi = pts[i][0];
			const right = sorted.filter((j) => pts[j][0] > xi);
			const left = sorted.filter((j) => pts[j][0] < xi).reverse();
			for (const side of [left, right]) {
				const c = firstCrossing(side, d, row);
				if (c !== null) found.push(c);
				else if (side.length > 0) farthest = Math.max(farthest, d(side.at(-1)));
			}
		} else {
			let dBelow = Number.POSITIVE_INFINITY;
			let vBelow = 0;
			for (let j = 0; j < n; j++) if (j !== i && row(j) < .5 && d(j) < dBelow) {
				dBelow = d(j);
				vBelow = row(j);
			}
			let dPrev = 0;
			let vPrev = 1;
			for (let j = 0; j < n; j++) {
				if (j !== i && d(j) < dBelow && d(j) > dPrev) {
					dPrev = d(j);
					vPrev = row(j);
				}
				if (j !== i) farthest = Math.max(farthest, d(j));
			}
			if (Number.isFinite(dBelow)) found = [crossing(dPrev, vPrev, dBelow, vBelow)];
		}
		if (found.length > 0) halfWidths.push(found.reduce((s, v) => s + v, 0) / found.length);
		else {
			censored += 1;
			halfWidths.push(farthest);
		}
		let w = 0;
		let wd = 0;
		for (let j = 0; j < n; j++) {
			const k2 = row(j) ** 2;
			w += k2;
			wd += k2 * d(j) ** 2;
		}
		rmsSum += Math.sqrt(wd / w);
		neighbourSum += w;
	}
	return {
		normalized: {
			values: norm,
			rows: n,
			cols: n,
			n1: n,
			n2: n,
			outputs: 1
		},
		halfWidths,
		meanHalfWidth: halfWidths.reduce((s, v) => s + v, 0) / n,
		censored,
		rmsWidth: rmsSum / n,
		effectiveNeighbours: neighbourSum / n
	};
}
// ../ntk/dist/ntk-heatmap-spec.js
/**
* A Vega-Lite v5 heatmap of a kernel over a 1-D grid (Figure 3 of Wang &
* Perdikaris 2021 shows one per initialization): one rectangle per grid pair,
* data inline, with the mean half-width and RMS width of
* {@link ntkLocalization} in the subtitle and the description. No plotting
* dependency: render it with vega-lite + vega wherever you like.
*
* @param K the N × N kernel of the grid with itself.
* @param x the N distinct grid points (`number[]` or N × 1 rows), any order.
*/
function ntkHeatmapSpec(K, x, opts = {}) {
	const pts = readPoints(x, "x");
	if (pts[0].length !== 1) throw new MlpinitError("SHAPE_MISMATCH", "expected 1-D points (a 1-D grid)", "x");
	const n = pts.length;
	if (n < 2) throw new MlpinitError("INVALID_ARGUMENT", "expected at least 2 grid points", "x");
	const { values } = readKernel(K, "K");
	const loc = ntkLocalization(K, x);
	const normalize = opts.normalize ?? true;
	const width = opts.width ?? 280;
	const height = opts.height ?? 280;
	for (const [v, p] of [[width, "opts.width"], [height, "opts.height"]]) if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) throw new MlpinitError("INVALID_ARGUMENT", `expected a positive number, got ${String(v)}`, p);
	const coord = pts.map((r) => r[0]);
	const order = [...coord.keys()].sort((a, b) => coord[a] - coord[b]);
	for (let t = 1; t < n; t++) if (coord[order[t]] === coord[order[t - 1]]) throw new MlpinitError("INVALID_ARGUMENT", "expected distinct grid points", "x");
	const lo = /* @__PURE__ */ new Map();
	const hi = /* @__PURE__ */ new Map();
	order.forEach((idx, t) => {
		const c = coord[idx];
		const prev = t > 0 ? coord[order[t - 1]] : void 0;
		const next = t < n - 1 ? coord[order[t + 1]] : void 0;
		const left = prev !== void 0 ? (prev + c) / 2 : c - (next - c) / 2;
		const right = next !== void 0 ? (c + next) / 2 : c + (c - prev) / 2;
		lo.set(idx, left);
		hi.set(idx, right);
	});
	const src = normalize ? loc.normalized.values : values;
	const data = [];
	for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data.push({
		x: coord[i],
		y: coord[j],
		x0: lo.get(i),
		x1: hi.get(i),
		y0: lo.get(j),
		y1: hi.get(j),
		k: src[i * n + j]
	});
	const bound = loc.censored > 0 ? "≥ " : "";
	const censoredNote = loc.censored > 0 ? ` (${loc.censored}/${n} censored)` : "";
	const caption = `mean half-width ${bound}${loc.meanHalfWidth.toPrecision(3)}${censoredNote}; RMS width ${loc.rmsWidth.toPrecision(3)}`;
	const absMax = src.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
	return {
		$schema: VEGA_LITE_SCHEMA,
		description: `${normalize ? "Normalised kernel" : "Kernel"} K(x, y) over a 1-D grid of ${n} points; ${caption}.`,
		title: {
			text: opts.title ?? "NTK K(x, y)",
			subtitle: caption
		},
		width,
		height,
		data: { values: data },
		mark: { type: "rect" },
		encoding: {
			x: {
				field: "x0",
				type: "quantitative",
				title: "x",
				scale: {
					zero: false,
					nice: false
				}
			},
			x2: { field: "x1" },
			y: {
				field: "y0",
				type: "quantitative",
				title: "y",
				scale: {
					zero: false,
					nice: false
				}
			},
			y2: { field: "y1" },
			color: {
				field: "k",
				type: "quantitative",
				title: normalize ? "K / √(K_xx K_yy)" : "K",
				scale: {
					scheme: opts.scheme ?? "redblue",
					reverse: true,
					domain: normalize ? [-1, 1] : [-absMax, absMax]
				}
			},
			tooltip: [
				{
					field: "x",
					type: "quantitative",
					format: ".3f"
				},
				{
					field: "y",
					type: "quantitative",
					format: ".3f"
				},
				{
					field: "k",
					type: "quantitative",
					format: ".4f"
				}
			]
		},
		config: { view: { stroke: null } }
	};
}
// ../go-init/dist/kernel-rule.js
/**
* k₀ of the kernel-width rule: the NTK half-width must span
* k = k₀·√(E/100) sample spacings, E the epochs of the training that follows
* ({@link kernelRuleK}). Calibrated in the bench (bench README, "Choosing GO's
* strength") on five runs of 2 → 8×64 → d_out tanh networks: the city photo
* at 256×192 (E = 125) and 128×96 (E = 5,000, full batch) and the synthetic
* task at n = 256, 1,024, 4,096 (E = 600, 300, 75). Out of sample (bench
* README, "The strength rule out of sample"; four photographs it was not
* fitted on): right where more GO is always better (25% and 50% of the
* pixels, 1,500 and 4,000 steps), wrong where GO must be rationed (10% of the
* pixels: regret +0.33 dB; long full-batch training: regret +1.50 dB).
*/
var KERNEL_RULE_K0 = .8;
/** The probe grid spans this fraction of the (normalised) inputs' bounding box per axis, around its centre. */
var KERNEL_PROBE_SPAN = .28;
/**
* Passes over `n` training points of `steps` mini-batches of `batchSize`
* (full batch when `batchSize` is undefined or ≥ n): E = steps·min(B, n)/n.
*/
function trainingEpochs(steps, batchSize, n) {
	return steps * Math.min(batchSize ?? n, n) / n;
}
/**
* The ratio of NTK half-width to sample spacing the kernel-width rule demands
* for a training of `epochs` passes: k = {@link KERNEL_RULE_K0}·√(epochs/100).
* The more often each sample is revisited, the more a narrow kernel memorises it.
*/
function kernelRuleK(epochs, k0 = KERNEL_RULE_K0) {
	return k0 * Math.sqrt(Math.max(epochs, 1e-9) / 100);
}
/** @internal Per-axis [min, max] of row-major points [n·d] (a loop: no spread of 10⁵ coordinates into Math.min). */
function boundingBox(x, d) {
	const box = Array.from({ length: d }, () => [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
	for (let i = 0; i < x.length; i++) {
		const v = x[i];
		const b = box[i % d];
		if (v < b[0]) b[0] = v;
		if (v > b[1]) b[1] = v;
	}
	return box;
}
/**
* Typical spacing of n points in d dimensions: (volume of their bounding box /
* n)^(1/d), the side of the cell each point owns in a regular lattice.
*
* @param x row-major points, n·d numbers.
*/
function sampleSpacing(x, d) {
	const n = x.length / d;
	if (n < 2) throw new MlpinitError("INVALID_ARGUMENT", "the kernel-width rule needs at least 2 points", "opts.x");
	const volume = boundingBox(x, d).reduce((v, [lo, hi]) => v * (hi - lo), 1);
	if (!(volume > 0)) throw new MlpinitError("INVALID_ARGUMENT", "the points span no volume (a constant coordinate); the kernel-width rule cannot measure their spacing", "opts.x");
	return (volume / n) ** (1 / d);
}
/**
* A regular grid over the central `span` fraction of the points' bounding
* box: `side` points per axis in 1-D and 2-D, 8 in 3-D. Where the kernel's
* reach is probed.
*/
function probeGrid(x, d, side = 24, span = KERNEL_PROBE_SPAN) {
	if (d < 1 || d > 3) throw new MlpinitError("INVALID_ARGUMENT", `the kernel-width rule probes 1- to 3-D inputs (coordinate networks), got ${d}-D; use strength 'holdout' or {steps}`, "opts.strength");
	const s = d === 3 ? Math.min(side, 8) : side;
	const axes = boundingBox(x, d).map(([lo, hi]) => {
		const half = span * (hi - lo) / 2;
		const mid = (lo + hi) / 2;
		return Array.from({ length: s }, (_, i) => mid - half + 2 * half * i / (s - 1));
	});
	let grid = [[]];
	for (const axis of axes) grid = grid.flatMap((p) => axis.map((v) => [...p, v]));
	return grid;
}
/**
* @internal Scores each snapshot (c, b) by the empirical NTK half-width
* (Jacot et al. 2018; @mlpinit/ntk) of a draw from its law on the probe grid
* of the normalised points `xn`.
*/
async function scoreKernelWidth(sizes, activation, xn, snapshots, seed, signal) {
	const d = sizes[0];
	const spacing = sampleSpacing(xn, d);
	const probe = probeGrid(xn, d);
	const out = [];
	for (const s of snapshots) {
		const mlp = createMlp({
			sizes: [...sizes],
			activation,
			init: "fan-in-normal",
			seed,
			layerScales: s.layerScales,
			layerBiases: s.layerBiases
		});
		try {
			const halfWidth = ntkLocalization(await empiricalNtk(mlp, probe, null, signal ? { signal } : {}), probe).meanHalfWidth;
			out.push({
				pathSteps: s.pathSteps,
				halfWidth,
				spacing,
				ratio: halfWidth / spacing,
				meanScale: s.layerScales.reduce((a, v) => a + v, 0) / s.layerScales.length
			});
		} finally {
			mlp.dispose();
		}
	}
	return out;
}
/**
* @internal The kernel-width choice: the strongest candidate whose ratio is at
* least k; when none reaches k, the weakest (no GO when 0 is a candidate).
*/
function chooseByKernelWidth(scored, k) {
	const ok = scored.filter((s) => s.ratio >= k);
	const strongest = (list) => list.reduce((a, b) => b.pathSteps > a.pathSteps ? b : a);
	const weakest = scored.reduce((a, b) => b.pathSteps < a.pathSteps ? b : a);
	return ok.length > 0 ? strongest(ok) : weakest;
}
// ../go-init/dist/go-evaluate.js
/**
* Mean cos² of the last hidden layer for a Glorot draw and for the learned
* law (`result.createMlp(seed)`), same points, both drawn with the run's seed.
*/
async function evaluateGo(points, o, scales, biases, seed) {
	const measure = async (mlp) => {
		try {
			const f = mlp.hiddenFeatures(points);
			try {
				return await meanCos2Async(f);
			} finally {
				f.dispose();
			}
		} finally {
			mlp.dispose();
		}
	};
	return [await measure(createMlp({
		sizes: o.sizes,
		activation: o.activation,
		init: "glorot-normal",
		seed
	})), await measure(createMlp({
		sizes: o.sizes,
		activation: o.activation,
		init: "fan-in-normal",
		seed,
		layerScales: scales,
		layerBiases: biases
	}))];
}
// ../go-init/dist/input-normalization.js
/** @internal The std of a dimension, or 1 where its spread is below float32 rounding of the mean (constant data). */
function stdOrOne(variance, mean) {
	return variance > 1e-10 * Math.max(1, mean ** 2) ? Math.sqrt(variance) : 1;
}
/**
* @internal Zero-mean, unit-variance statistics per input dimension (population
* std); a constant dimension gets std = 1 so it maps to 0 instead of NaN.
*/
async function normalizationOf(x) {
	const { mean, variance } = moments(x, 0);
	const [m, v] = await Promise.all([mean.data(), variance.data()]);
	mean.dispose();
	variance.dispose();
	return {
		mean: Array.from(m),
		std: Array.from(v, (s, i) => stdOrOne(s, m[i]))
	};
}
/** @internal Applies {@link InputNormalization} to x [N, d]. */
function normalize(x, n) {
	return tidy(() => div(sub(x, tensor1d(n.mean)), tensor1d(n.std)));
}
/**
* @internal Folds x → (x − mean)/std into layer 0 of `mlp`, in place, on the
* tensors' device (no read-back, so every backend, WebGPU included): layer 0
* computes ((x − m)/s)·W + b = x·(diag(1/s)·W) + (b − (m/s)·W), in float32.
*/
function foldInputNormalization(mlp, n) {
	const w = mlp.weights[0];
	const b = mlp.biases[0];
	const dIn = w.shape[0];
	tidy(() => {
		const invStd = tensor2d(n.std.map((s) => 1 / s), [dIn, 1], "float32");
		const shift = tensor2d([n.mean.map((m, i) => m / n.std[i])], [1, dIn], "float32");
		const newB = sub(b, reshape(matMul$1(shift, w), [-1]));
		w.assign(mul(w, invStd));
		b.assign(newB);
	});
}
// ../go-init/dist/go-inputs.js
/** Points [N, d_in] as a tensor GO owns, checked for shape and finiteness. */
async function ownedPoints(x, cols) {
	const t = toTensor2D(x, "opts.x", cols);
	if (t === x) {
		assertAllFinite(await t.data(), "opts.x");
		return clone(t);
	}
	return t;
}
/** `sampler(step)` as a tensor, its errors turned into typed ones naming `opts.sampler`. */
function sampled(sampler, step, cols) {
	let out;
	try {
		out = sampler(step);
	} catch (err) {
		if (err instanceof MlpinitError) throw err;
		throw new MlpinitError("INVALID_ARGUMENT", `sampler(${step}) threw: ${err.message}`, "opts.sampler");
	}
	return toTensor2D(out, `opts.sampler(${step})`, cols);
}
/** At most `max` rows of `x`, a seeded subset (a copy the caller owns). */
function subsetRows(x, max, rng) {
	const n = x.shape[0];
	if (n <= max) return clone(x);
	return tidy(() => gather(x, tensor1d(rng.permutation(n).subarray(0, max), "int32")));
}
/**
* The points GO's optimizer sees at each step: with data `xs`, mini-batches
* of `batch` rows by epochs ({@link EpochSampler}) or all of `xs`; with a
* sampler, `sampler(step)` normalized like its first draw (step 0 is that
* first draw). Batches are tensors the caller's tidy scope frees.
*/
function goBatchSource(xs, batch, rng, first, sampler, norm, cols) {
	if (xs) {
		const epochs = new EpochSampler(xs.shape[0], batch, rng);
		return () => epochs.fullBatch ? xs : gather(xs, tensor1d(epochs.next(), "int32"));
	}
	const draw = sampler;
	return (step) => step === 0 ? first : normalize(sampled(draw, step, cols), norm);
}
// ../go-init/dist/adam-step.js
/**
* Adam's hyper-parameters on GO's 2L scalars (PyTorch's and core's defaults).
* @internal
*/
var GO_ADAM = {
	beta1: .9,
	beta2: .999,
	eps: 1e-8
};
/**
* One Adam step (Kingma & Ba 2015, in PyTorch's form, as core's `Adam`) in
* float64 on the parameters GO holds in JavaScript: updates `params` and the
* moment estimates `m`, `v` in place, with gradient `grads[i]` for
* `params[i]`, `t` the 1-based step number and `lr` the learning rate.
* The bias corrections are folded into the step size and the denominator:
* p −= lr/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε), which is Algorithm 1's
* p −= lr · m̂ / (√v̂ + ε).
* @internal Not exported from the package; `goInit`'s optimizer and its tests use it.
*/
function goAdamStep(params, m, v, grads, t, lr) {
	const { beta1, beta2, eps } = GO_ADAM;
	const stepSize = lr / (1 - beta1 ** t);
	const sqrtC2 = Math.sqrt(1 - beta2 ** t);
	for (let i = 0; i < params.length; i++) {
		const g = grads[i];
		m[i] = beta1 * m[i] + (1 - beta1) * g;
		v[i] = beta2 * v[i] + (1 - beta2) * g * g;
		params[i] = params[i] - stepSize * m[i] / (Math.sqrt(v[i]) / sqrtC2 + eps);
	}
}
// ../go-init/dist/go-objective.js
/**
* h·W̃ for a constant W̃, differentiable in h only. The gradient dh = dy·W̃ᵀ
* uses the pre-transposed W̃ᵀ so no transposed matMul runs (slow on wasm).
*/
function baseMatMul(h, layer) {
	return customGrad((...args) => {
		const [x] = args;
		return {
			value: matMul$1(x, layer.w),
			gradFunc: (dy) => [matMul$1(dy, layer.wt)]
		};
	})(h);
}
/**
* @internal Last-hidden-layer features of the network whose hidden layer l
* computes h_l = f(c_l·(h_{l−1}·W̃_l) + b_l) (Wang & Perdikaris 2021, GO:
* W_l = c_l·W̃_l and a bias of b_l in every entry). The scalar multiplies the
* matMul result, not the matrix, so only 2L scalars carry gradients.
* Differentiable with respect to `c` and `b` ([L] each).
*/
function goFeatures(x, c, b, base, activation) {
	return tidy(() => {
		const cs = unstack(c);
		const bs = unstack(b);
		const f = activation.fast ?? activation.apply;
		let h = x;
		base.forEach((layer, l) => {
			const z = add(mul(baseMatMul(h, layer), cs[l]), bs[l]);
			h = f(z);
		});
		return h;
	});
}
/**
* @internal The GO objective (Wang & Perdikaris 2021):
* L(c, b) = −Σ_{i≠j} log(1 − cos²θ_ij)/(d(d−1)) + λ·‖c‖², with θ_ij the
* angles between the columns of {@link goFeatures}.
*/
function goObjective(x, c, b, base, activation, lambda) {
	return tidy(() => {
		const ortho = orthogonalityLoss(goFeatures(x, c, b, base, activation));
		return lambda === 0 ? ortho : add(ortho, mul(lambda, sum(square(c))));
	});
}
// ../go-init/dist/go-gradients.js
/**
* @internal The GO objective and its gradient with respect to the 2L scalars
* (c, b), packed as one [1 + 2L] tensor `[L, ∂L/∂c_1…c_L, ∂L/∂b_1…b_L]` so a
* step needs a single read-back.
*
* With an activation that supplies its tensor derivative, the gradient is
* back-propagated explicitly (Wang & Perdikaris 2021, GO objective):
* G = FᵀF, s_i = (G_ii + δ)^(−1/2), C = diag(s)·G·diag(s),
* A_ij = 2C_ij/((1 − C_ij² + ε)·d(d−1)) off the diagonal,
* ∂L/∂G = diag(s)·A·diag(s) − diag(s³ ⊙ ((A ⊙ G)·s)), ∂L/∂F = 2F·∂L/∂G; then
* through h_l = f(c_l·m_l + b_l), m_l = h_{l−1}·W̃_l:
* ∂L/∂c_l = Σ(dz_l ⊙ m_l) + 2λc_l, ∂L/∂b_l = Σ dz_l, dh_{l−1} = c_l·dz_l·W̃_lᵀ.
* This issues about a third of the kernels tfjs autodiff does (kernel-launch
* overhead dominates GO's small matrices). Otherwise it falls back to autodiff
* of {@link goObjective}.
*/
function goLossAndGradients(x, cs, bs, base, activation, lambda) {
	return tidy(() => activation.grad ? explicit(x, cs, bs, base, activation, lambda) : autodiff(x, cs, bs, base, activation, lambda));
}
function autodiff(x, cs, bs, base, activation, lambda) {
	const c = variable(tensor1d(cs, "float32"), true);
	const b = variable(tensor1d(bs, "float32"), true);
	try {
		const { value, grads } = variableGrads(() => goObjective(x, c, b, base, activation, lambda), [c, b]);
		return concat([
			reshape(value, [1]),
			grads[c.name],
			grads[b.name]
		]);
	} finally {
		c.dispose();
		b.dispose();
	}
}
function explicit(x, cs, bs, base, activation, lambda) {
	const f = activation.fast ?? activation.apply;
	const grad = activation.grad;
	const L = base.length;
	const ms = [];
	const zs = [];
	const hs = [x];
	let h = x;
	for (let l = 0; l < L; l++) {
		const m = matMul$1(h, base[l].w);
		const z = add(mul(m, cs[l]), bs[l]);
		h = f(z);
		ms.push(m);
		zs.push(z);
		hs.push(h);
	}
	const d = h.shape[1];
	const scale = 1 / (d * (d - 1));
	const g = matMul$1(transpose2d(h), h);
	const eye$1 = eye(d);
	const offDiag = sub(1, eye$1);
	const s = rsqrt(add(sum(mul(g, eye$1), 1), COSINE_NORM_EPSILON));
	const sCol = reshape(s, [d, 1]);
	const sRow = reshape(s, [1, d]);
	const cos = mul(mul(g, sCol), sRow);
	const cos2 = clipByValue(square(cos), 0, 1);
	const oneMinus = add(sub(1, cos2), ORTHOGONALITY_LOG_EPSILON);
	const ortho = mul(sum(mul(neg(log(oneMinus)), offDiag)), scale);
	const a = mul(div(mul(cos, 2 * scale), oneMinus), offDiag);
	const ags = matMul$1(mul(a, g), sCol);
	const dg = sub(mul(mul(a, sCol), sRow), mul(eye$1, mul(pow(sCol, 3), ags)));
	let dh = matMul$1(h, mul(dg, 2));
	const dcs = new Array(L);
	const dbs = new Array(L);
	for (let l = L - 1; l >= 0; l--) {
		const dz = mul(dh, grad(zs[l], hs[l + 1]));
		dcs[l] = sum(mul(dz, ms[l]));
		dbs[l] = sum(dz);
		if (l > 0) dh = mul(matMul$1(dz, base[l].wt), cs[l]);
	}
	const c2 = cs.reduce((acc, c) => acc + c * c, 0);
	const loss = add(ortho, lambda * c2);
	const dc = add(stack(dcs), mul(tensor1d(cs, "float32"), 2 * lambda));
	return concat([
		reshape(loss, [1]),
		dc,
		stack(dbs)
	]);
}
// ../go-init/dist/plateau.js
/**
* @internal Plateau rule for GO's noisy objective (every step sees a fresh
* base draw and batch): losses are averaged over windows of `window` steps,
* and the run stops once `patience` windows in a row fail to beat the best
* window mean so far by the fraction `minRelativeImprovement`.
*/
var PlateauDetector = class {
	opts;
	sum = 0;
	count = 0;
	best = Number.POSITIVE_INFINITY;
	stale = 0;
	constructor(opts) {
		this.opts = opts;
	}
	/** Adds one step's loss; true when the run should stop. */
	push(loss) {
		this.sum += loss;
		this.count += 1;
		if (this.count < this.opts.window) return false;
		const mean = this.sum / this.count;
		this.sum = 0;
		this.count = 0;
		if (this.best === Number.POSITIVE_INFINITY || mean < this.best - this.opts.minRelativeImprovement * Math.abs(this.best)) {
			this.best = mean;
			this.stale = 0;
			return false;
		}
		if (mean < this.best) this.best = mean;
		this.stale += 1;
		return this.stale >= this.opts.patience;
	}
};
// ../go-init/dist/go-optimizer.js
/**
* Adam (Kingma & Ba 2015, in PyTorch's form, as core's `Adam`) on the 2L GO
* parameters held in JavaScript. Each step computes the objective and its
* gradient in one tensor expression and reads back 1 + 2L numbers: the next
* step's network depends on them anyway, and there are only 2L of them.
*/
async function runGoOptimizer(o, opts, params, batchAt, baseAt, freshBase, start, snapshotAt, snapshots) {
	const { steps, lambda, lr, activation, progressEvery } = o;
	const hidden = params.length / 2;
	const plateau = o.earlyStop ? new PlateauDetector(o.earlyStop) : void 0;
	const losses = [];
	const m = new Float64Array(params.length);
	const v = new Float64Array(params.length);
	let stop = false;
	for (let step = 0; step < steps && !stop; step++) {
		if (opts.signal?.aborted) throw abortError("GO initialization");
		const base = baseAt();
		let packed;
		try {
			packed = tidy(() => {
				const cs = Array.from(params.subarray(0, hidden));
				const bs = Array.from(params.subarray(hidden));
				return goLossAndGradients(batchAt(step), cs, bs, base, activation, lambda);
			});
		} finally {
			if (freshBase) disposeBase(base);
		}
		const values = await packed.data();
		packed.dispose();
		const loss = values[0];
		if (!Number.isFinite(loss)) throw new MlpinitError("NON_FINITE", `the GO objective became ${loss} at step ${step + 1}; lower lr or check the inputs`, "opts.lr");
		losses.push(loss);
		const t = step + 1;
		goAdamStep(params, m, v, values.subarray(1), t, lr);
		if (snapshotAt?.has(t)) snapshots?.set(t, Float64Array.from(params));
		if (plateau?.push(loss)) stop = true;
		if (t % progressEvery === 0 || t === steps || stop) {
			opts.onProgress?.({
				step: t,
				steps,
				loss,
				layerScales: Array.from(params.subarray(0, hidden)),
				layerBiases: Array.from(params.subarray(hidden)),
				elapsedMs: performance.now() - start
			});
			await nextFrame();
		}
	}
	if (opts.signal?.aborted) throw abortError("GO initialization");
	return {
		losses,
		stoppedEarly: stop
	};
}
// ../go-init/dist/strength.js
/** @internal Validates `strength` (and the deprecated `lambda: 'auto'`) and the training budget. */
function resolveStrength(strength, lambda, steps, training, kernelK) {
	if (strength !== void 0 && lambda === "auto" && strength !== "holdout") throw new MlpinitError("INVALID_ARGUMENT", "lambda 'auto' is the deprecated form of strength 'holdout'; pass one of them, not both", "opts.lambda");
	const s = strength ?? (lambda === "auto" ? "holdout" : void 0);
	if (s === void 0) {
		const n = steps ?? 1e3;
		assertInteger(n, "opts.steps", 1);
		return {
			rule: "fixed",
			steps: n
		};
	}
	if (s === "holdout") return { rule: "holdout" };
	if (s === "kernel") {
		if (kernelK !== void 0) {
			if (typeof kernelK !== "number" || !(kernelK > 0) || !Number.isFinite(kernelK)) throw new MlpinitError("INVALID_ARGUMENT", `expected a positive finite ratio, got ${String(kernelK)}`, "opts.kernelK");
			if (training === void 0) return {
				rule: "kernel",
				training: void 0,
				k: kernelK
			};
		}
		const t = training;
		if (!t || typeof t !== "object") throw new MlpinitError("INVALID_ARGUMENT", "strength 'kernel' needs the training that follows GO: pass training: {steps, batchSize?} (its epochs set the rule's k)", "opts.training");
		assertInteger(t.steps, "opts.training.steps", 1);
		if (t.batchSize !== void 0) assertInteger(t.batchSize, "opts.training.batchSize", 1);
		return {
			rule: "kernel",
			training: {
				steps: t.steps,
				batchSize: t.batchSize
			},
			k: kernelK
		};
	}
	if (s && typeof s === "object" && "steps" in s) {
		const n = s.steps;
		assertInteger(n, "opts.strength.steps", 1);
		if (steps !== void 0 && steps !== n) throw new MlpinitError("INVALID_ARGUMENT", `opts.steps (${String(steps)}) and opts.strength.steps (${String(n)}) disagree; pass strength only`, "opts.steps");
		return {
			rule: "fixed",
			steps: n
		};
	}
	throw new MlpinitError("INVALID_ARGUMENT", `expected 'kernel', 'holdout' or {steps}, got ${JSON.stringify(s)}`, "opts.strength");
}
// ../go-init/dist/go-options.js
/** @internal Validates {@link GoOptions}; throws {@link MlpinitError} naming the parameter. */
function resolveGoOptions(opts) {
	if (!opts || typeof opts !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected an options object", "opts");
	assertSizes(opts.sizes, "opts.sizes", 3);
	const sizes = [...opts.sizes];
	const lastHidden = sizes[sizes.length - 2];
	if (lastHidden < 2) throw new MlpinitError("INVALID_ARGUMENT", `the last hidden layer needs at least 2 neurons to have angles between features, got ${lastHidden}`, "opts.sizes");
	const activation = getActivation(opts.activation ?? "tanh");
	const strength = resolveStrength(opts.strength, opts.lambda, opts.steps, opts.training, opts.kernelK);
	const isRule = strength.rule !== "fixed";
	if (isRule && opts.x === void 0) throw new MlpinitError("INVALID_ARGUMENT", `strength '${strength.rule}' needs the training inputs x (a sampler has no fixed points to measure)`, "opts.x");
	if (strength.rule === "kernel" && sizes[0] > 3) throw new MlpinitError("INVALID_ARGUMENT", `the kernel-width rule probes 1- to 3-D inputs (coordinate networks), got ${sizes[0]}-D; use strength 'holdout' or {steps}`, "opts.strength");
	const lambda = opts.lambda === void 0 || opts.lambda === "auto" ? isRule ? AUTO_PATH_LAMBDA : 1e-4 : opts.lambda;
	assertNonNegative(lambda, "opts.lambda");
	let candidates = [];
	if (isRule) {
		const given = opts.candidates ?? opts.auto?.candidates ?? AUTO_CANDIDATES;
		if (!Array.isArray(given) || given.length === 0) throw new MlpinitError("INVALID_ARGUMENT", "expected a non-empty array of path lengths (integers >= 0)", "opts.candidates");
		given.forEach((c, i) => {
			assertInteger(c, `opts.candidates[${i}]`, 0);
		});
		candidates = [...new Set(given)].sort((a, b) => a - b);
	}
	const steps = strength.rule === "fixed" ? strength.steps : Math.max(...candidates, 1);
	assertInteger(steps, "opts.steps", 1);
	const lr = opts.lr ?? (isRule ? .02 : .005);
	assertPositive(lr, "opts.lr");
	const batchSize = opts.batchSize ?? 256;
	assertInteger(batchSize, "opts.batchSize", 1);
	const seed = opts.seed ?? 0;
	assertFinite(seed, "opts.seed");
	if (opts.fixedBase !== void 0 && typeof opts.fixedBase !== "boolean") throw new MlpinitError("INVALID_ARGUMENT", "expected true or false", "opts.fixedBase");
	const hasX = opts.x !== void 0;
	const hasSampler = opts.sampler !== void 0;
	if (hasX === hasSampler) throw new MlpinitError("INVALID_ARGUMENT", "pass exactly one of `x` (domain points [N, d_in]) or `sampler(step)`", hasX ? "opts.sampler" : "opts.x");
	if (hasSampler && typeof opts.sampler !== "function") throw new MlpinitError("INVALID_ARGUMENT", "expected a function (step) => [B, d_in] points", "opts.sampler");
	const progressEvery = opts.progressEvery ?? Math.max(1, Math.round(steps / 100));
	assertInteger(progressEvery, "opts.progressEvery", 1);
	if (opts.onProgress !== void 0 && typeof opts.onProgress !== "function") throw new MlpinitError("INVALID_ARGUMENT", "expected a function", "opts.onProgress");
	let earlyStop;
	if (opts.earlyStop) {
		const e = opts.earlyStop === true ? {} : opts.earlyStop;
		if (typeof e !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected true or {window, patience, minRelativeImprovement}", "opts.earlyStop");
		earlyStop = {
			window: e.window ?? 100,
			patience: e.patience ?? 3,
			minRelativeImprovement: e.minRelativeImprovement ?? .01
		};
		assertInteger(earlyStop.window, "opts.earlyStop.window", 1);
		assertInteger(earlyStop.patience, "opts.earlyStop.patience", 1);
		assertNonNegative(earlyStop.minRelativeImprovement, "opts.earlyStop.minRelativeImprovement");
	}
	return {
		sizes,
		activation,
		lambda,
		strength,
		candidates,
		steps,
		lr,
		batchSize,
		seed,
		fixedBase: opts.fixedBase ?? false,
		earlyStop,
		progressEvery
	};
}
// ../go-init/dist/tfjs-layers-initializers.js
/**
* Variance of a standard normal truncated to [−2, 2]:
* 1 − 4φ(2)/(2Φ(2) − 1) = 0.77374… (its square root, 0.87962566…, is the
* correction Keras applies for `truncated_normal`).
*/
var TRUNCATED_NORMAL_VARIANCE = .7737413035499232;
/**
* @internal Per-layer tfjs-layers initializer configs for hidden weights
* N(0, c_l²/d_in), bias b_l, and an unscaled output layer N(0, 1/d_in) with
* zero bias (the law `createMlp({init: 'fan-in-normal'})` draws).
*
* What tfjs-layers 4.22 does (src/initializers.ts): `VarianceScaling` with
* `distribution: 'normal'` draws `tf.truncatedNormal` with
* stddev = √(scale/fanIn), i.e. a normal cut at ±2 stddev and NOT rescaled,
* so its variance is 0.774·scale/fanIn; its other distributions ('uniform',
* and 'truncatedNormal', which 4.22 routes to the uniform branch) are uniform;
* there is no untruncated normal. So:
* - `varianceScaling` (default): `{scale: c²/0.7737…, mode: 'fanIn',
*   distribution: 'normal'}`, the variance-matched truncated normal (Keras's
*   own correction for `truncated_normal`): the same variance c²/d_in, tails
*   cut at ±2.27·c/√d_in.
* - `randomNormal`: `{mean: 0, stddev: c/√d_in}`, exactly N(0, c²/d_in),
*   with d_in baked in (valid only for this layer's input size).
*/
function tfjsLayersInitializers(sizes, layerScales, layerBiases, kernel = "varianceScaling") {
	const out = [];
	for (let l = 0; l < sizes.length - 1; l++) {
		const inputDim = sizes[l];
		const units = sizes[l + 1];
		const c = layerScales[l] ?? 1;
		const b = layerBiases[l] ?? 0;
		const kernelInitializer = kernel === "randomNormal" ? {
			className: "RandomNormal",
			config: {
				mean: 0,
				stddev: c / Math.sqrt(inputDim)
			}
		} : {
			className: "VarianceScaling",
			config: {
				scale: c * c / TRUNCATED_NORMAL_VARIANCE,
				mode: "fanIn",
				distribution: "normal"
			}
		};
		out.push({
			layer: l,
			inputDim,
			units,
			scale: c,
			kernelInitializer,
			biasInitializer: {
				className: "Constant",
				config: { value: b }
			}
		});
	}
	return out;
}
// ../go-init/dist/go-result.js
/**
* The outcome of {@link goInit}: the learned initialization distribution
* W_l = c_l·W̃_l, W̃_l ~ N(0, 1/d_in), bias b_l on every entry of hidden layer l
* (Wang & Perdikaris 2021), plus the run's diagnostics. Plain data; holds no
* tensors.
*/
var GoResult = class GoResult {
	/** `[d_in, h_1, ..., h_L, d_out]`. */
	sizes;
	/** Activation name. */
	activation;
	/** c_l, one per hidden layer. */
	layerScales;
	/** b_l, one per hidden layer. */
	layerBiases;
	/** Objective value at every step run (orthogonality term + λ‖c‖², on that step's batch and base draw). */
	lossHistory;
	/** Optimizer steps actually run (fewer than requested after an early stop). */
	stepsRun;
	/** True when the plateau rule stopped the run. */
	stoppedEarly;
	/** Wall-clock seconds of the whole `goInit` call. */
	seconds;
	/**
	* Mean cos²θ_ij (i ≠ j) of the last hidden layer for a Glorot-normal draw
	* (`createMlp({init: 'glorot-normal', seed})` of core, with the run's seed) on
	* the normalized points (all of `x` up to {@link GO_EVAL_POINTS}, else a
	* seeded subset; with a sampler, `sampler(0)`).
	*/
	meanCos2Before;
	/** The same for `this.createMlp(seed)`, a draw from the learned law: same points, same seed. */
	meanCos2After;
	/**
	* The normalization GO applied to its inputs: x → (x − mean)/std per
	* dimension, the statistics of `x` (or `sampler(0)`). Networks built from
	* this result fold it into layer 0, so they take raw inputs.
	*/
	inputNormalization;
	/** How strong GO is and why: the rule, the chosen path length and what the rule measured for every candidate. */
	strength;
	settings;
	activationImpl;
	/** @internal Use {@link goInit} or {@link GoResult.fromJSON}. */
	constructor(json, activationImpl) {
		this.sizes = Object.freeze([...json.sizes]);
		this.activation = json.activation;
		this.layerScales = Object.freeze([...json.layerScales]);
		this.layerBiases = Object.freeze([...json.layerBiases]);
		this.lossHistory = Object.freeze([...json.lossHistory]);
		this.stepsRun = json.stepsRun;
		this.stoppedEarly = json.stoppedEarly;
		this.seconds = json.seconds;
		this.meanCos2Before = json.meanCos2Before;
		this.meanCos2After = json.meanCos2After;
		this.inputNormalization = {
			mean: [...json.inputNormalization.mean],
			std: [...json.inputNormalization.std]
		};
		this.strength = JSON.parse(JSON.stringify(json.strength));
		this.settings = { ...json.settings };
		this.activationImpl = activationImpl;
	}
	/**
	* An MLP of core drawn from the learned distribution that takes **raw**
	* inputs: core's `createMlp` with `init: 'fan-in-normal'` (N(0, 1/d_in)),
	* `layerScales` = c and `layerBiases` = b, then the input normalization
	* folded into layer 0 exactly (W₀ ← diag(1/std)·W₀, b₀ ← b₀ − (mean/std)·W₀,
	* computed in float64), so `createMlp(s).forward(x)` is the unfolded draw
	* applied to `normalizeInputs(x)`. The output layer is N(0, 1/d_in) with
	* zero bias. Needs an active backend (`await ready()`).
	*/
	createMlp(seed = 0) {
		const mlp = createMlp({
			sizes: [...this.sizes],
			activation: this.activationImpl ?? this.activation,
			init: "fan-in-normal",
			seed,
			layerScales: [...this.layerScales],
			layerBiases: [...this.layerBiases]
		});
		foldInputNormalization(mlp, this.inputNormalization);
		return mlp;
	}
	normalizeInputs(x) {
		const { mean, std } = this.inputNormalization;
		if (Array.isArray(x)) {
			const d = this.sizes[0];
			if (x.length === 0 || x.some((row) => !Array.isArray(row) || row.length !== d)) throw new MlpinitError("SHAPE_MISMATCH", `expected a non-empty array of rows with ${d} numbers`, "x");
			assertAllFinite(x.flat(), "x");
			return x.map((row) => row.map((v, j) => (v - mean[j]) / std[j]));
		}
		return normalize(toTensor2D(x, "x", this.sizes[0]), this.inputNormalization);
	}
	/**
	* The input normalization as a first, frozen `tf.layers.dense` layer of
	* tfjs-layers (which has no per-feature rescaling layer): d_in units, kernel
	* diag(1/std), bias −mean/std. Put it before the layers of
	* {@link GoResult.tfjsLayersInitializers} so the model takes raw inputs:
	*
	* `tf.layers.dense({ units, inputShape: [units], trainable: false, weights: [tf.tensor2d(kernel), tf.tensor1d(bias)] })`
	*/
	tfjsInputNormalization() {
		const { mean, std } = this.inputNormalization;
		const d = this.sizes[0];
		return {
			units: d,
			kernel: Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => i === j ? 1 / std[i] : 0)),
			bias: mean.map((m, i) => -m / std[i])
		};
	}
	/**
	* Kernel and bias initializer configs for every dense layer (hidden layers,
	* then the output layer), to paste into `tf.layers.dense` of tfjs-layers:
	* `VarianceScaling` (fanIn, 'normal') with scale c²/0.7737 by default — in
	* tfjs-layers 4.22 'normal' is a normal truncated at ±2σ without rescaling,
	* so the scale is divided by the truncated variance to give variance
	* exactly c²/d_in (see {@link TRUNCATED_NORMAL_VARIANCE}) — and `Constant`
	* b. `{kernel: 'randomNormal'}` gives `RandomNormal` with stddev c/√d_in
	* instead: the exact untruncated N(0, c²/d_in). These layers expect
	* normalized inputs: put {@link GoResult.tfjsInputNormalization}'s layer first.
	*/
	tfjsLayersInitializers(opts = {}) {
		const kernel = opts.kernel ?? "varianceScaling";
		if (kernel !== "varianceScaling" && kernel !== "randomNormal") throw new MlpinitError("INVALID_ARGUMENT", `expected 'varianceScaling' or 'randomNormal', got ${JSON.stringify(kernel)}`, "opts.kernel");
		return tfjsLayersInitializers(this.sizes, this.layerScales, this.layerBiases, kernel);
	}
	/**
	* GO's law, frozen: the same learned (c_l, b_l) applied to other data without
	* optimising again. The copy's input normalization is the statistics of the
	* new points `x` (zero mean, unit variance per dimension, population std,
	* computed in float64; a constant dimension gets std 1), so its networks take
	* the new data raw; `sizes` may change the hidden widths (c_l scales
	* N(0, 1/d_in), a fan-in-relative law, so it carries over to other widths),
	* not the depth or the input dimension. The transferred result's `strength`
	* is `{rule: 'fixed', pathSteps}` of the law; the rest of the diagnostics are
	* the original run's. Wang & Perdikaris (2021) learn (c, b) per task; this is
	* the control that asks how much of GO is the task and how much the profile.
	*/
	transfer(opts) {
		if (!opts || typeof opts !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected { x, sizes? }", "opts");
		const sizes = opts.sizes === void 0 ? [...this.sizes] : [...opts.sizes];
		assertSizes(sizes, "opts.sizes", 3);
		if (sizes.length !== this.sizes.length) throw new MlpinitError("SHAPE_MISMATCH", `expected ${this.sizes.length - 2} hidden layers (the law's depth), got ${sizes.length - 2}`, "opts.sizes");
		if (sizes[0] !== this.sizes[0]) throw new MlpinitError("SHAPE_MISMATCH", `expected input dimension ${this.sizes[0]} (the law's), got ${sizes[0]}`, "opts.sizes");
		const d = sizes[0];
		const x = opts.x;
		if (!Array.isArray(x) || x.length === 0 || x.some((row) => !Array.isArray(row) || row.length !== d)) throw new MlpinitError("SHAPE_MISMATCH", `expected a non-empty array of rows with ${d} numbers`, "opts.x");
		assertAllFinite(x.flat(), "opts.x");
		const mean = new Array(d).fill(0);
		for (const row of x) for (let j = 0; j < d; j++) mean[j] = mean[j] + row[j] / x.length;
		const variance = new Array(d).fill(0);
		for (const row of x) for (let j = 0; j < d; j++) variance[j] = variance[j] + (row[j] - mean[j]) ** 2 / x.length;
		const std = variance.map((v, j) => stdOrOne(v, mean[j]));
		const json = this.toJSON();
		return new GoResult({
			...json,
			sizes,
			inputNormalization: {
				mean,
				std
			},
			strength: {
				rule: "fixed",
				pathSteps: this.strength.pathSteps
			}
		}, this.activationImpl);
	}
	/** A JSON-serialisable copy (round-trips through {@link GoResult.fromJSON}). */
	toJSON() {
		return {
			format: "mlpinit-go-result",
			version: 2,
			sizes: [...this.sizes],
			activation: this.activation,
			layerScales: [...this.layerScales],
			layerBiases: [...this.layerBiases],
			lossHistory: [...this.lossHistory],
			stepsRun: this.stepsRun,
			stoppedEarly: this.stoppedEarly,
			seconds: this.seconds,
			meanCos2Before: this.meanCos2Before,
			meanCos2After: this.meanCos2After,
			inputNormalization: {
				mean: [...this.inputNormalization.mean],
				std: [...this.inputNormalization.std]
			},
			strength: JSON.parse(JSON.stringify(this.strength)),
			settings: { ...this.settings }
		};
	}
	/** Rebuilds a result from {@link GoResult.toJSON}'s output (an object or its JSON string). */
	static fromJSON(json) {
		let data = json;
		if (typeof json === "string") try {
			data = JSON.parse(json);
		} catch (err) {
			throw new MlpinitError("INVALID_ARGUMENT", `not valid JSON: ${err.message}`, "json");
		}
		const o = data;
		if (!o || typeof o !== "object" || o.format !== "mlpinit-go-result" || o.version !== 1 && o.version !== 2) throw new MlpinitError("INVALID_ARGUMENT", "expected the output of GoResult.toJSON() (format 'mlpinit-go-result', version 1 or 2)", "json");
		assertSizes(o.sizes, "json.sizes", 3);
		const hidden = o.sizes.length - 2;
		const perLayer = (v, name) => {
			if (!Array.isArray(v) || v.length !== hidden) throw new MlpinitError("SHAPE_MISMATCH", `expected ${hidden} numbers (one per hidden layer)`, `json.${name}`);
			v.forEach((x, i) => {
				assertFinite(x, `json.${name}[${i}]`);
			});
			return v;
		};
		const numbers = (v, name, length) => {
			if (!Array.isArray(v) || length !== void 0 && v.length !== length || v.some((x) => typeof x !== "number")) throw new MlpinitError("INVALID_ARGUMENT", `expected an array of ${length ?? "any number of"} numbers`, `json.${name}`);
			return v;
		};
		if (typeof o.activation !== "string") throw new MlpinitError("INVALID_ARGUMENT", "expected a string", "json.activation");
		getActivation(o.activation);
		const norm = o.inputNormalization;
		if (!norm || typeof norm !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected {mean, std}", "json.inputNormalization");
		const s = o.settings;
		if (!s || typeof s !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected the run settings", "json.settings");
		for (const key of [
			"stepsRun",
			"seconds",
			"meanCos2Before",
			"meanCos2After"
		]) assertFinite(o[key], `json.${key}`);
		const std = numbers(norm.std, "inputNormalization.std", o.sizes[0]);
		std.forEach((v, i) => {
			if (!(v > 0) || !Number.isFinite(v)) throw new MlpinitError("INVALID_ARGUMENT", `expected a positive finite std, got ${v}`, `json.inputNormalization.std[${i}]`);
		});
		const strength = o.strength ?? {
			rule: "fixed",
			pathSteps: o.stepsRun
		};
		if (!strength || typeof strength !== "object" || ![
			"kernel",
			"holdout",
			"fixed"
		].includes(strength.rule ?? "")) throw new MlpinitError("INVALID_ARGUMENT", "expected {rule: 'kernel' | 'holdout' | 'fixed', pathSteps, …}", "json.strength");
		return new GoResult({
			sizes: o.sizes,
			activation: o.activation,
			layerScales: perLayer(o.layerScales, "layerScales"),
			layerBiases: perLayer(o.layerBiases, "layerBiases"),
			lossHistory: numbers(o.lossHistory, "lossHistory"),
			stepsRun: o.stepsRun,
			stoppedEarly: Boolean(o.stoppedEarly),
			seconds: o.seconds,
			meanCos2Before: o.meanCos2Before,
			meanCos2After: o.meanCos2After,
			inputNormalization: {
				mean: numbers(norm.mean, "inputNormalization.mean", o.sizes[0]),
				std
			},
			strength,
			settings: { ...s }
		});
	}
};
// ../go-init/dist/go-init.js
/** At most this many of `x`'s points (a seeded subset) measure `meanCos2Before/After`. */
var GO_EVAL_POINTS = 4096;
/**
* The per-hidden-layer scales c_l = √(2·d_in/(d_in + d_out)) that make GO's law
* W_l = c_l·W̃_l, W̃_l ~ N(0, 1/d_in) the Glorot normal draw (Glorot & Bengio
* 2010, variance 2/(d_in + d_out)): the "no GO" point of a strength rule.
*/
function glorotScales(sizes) {
	return Array.from({ length: sizes.length - 2 }, (_, l) => {
		const dIn = sizes[l];
		const dOut = sizes[l + 1];
		return Math.fround(Math.sqrt(2 * dIn / (dIn + dOut)));
	});
}
/**
* Globally orthogonal (GO) initialization (Wang & Perdikaris 2021, "GO
* initialization of MLPs"): learns per-hidden-layer scales c and biases b of
* the law W_l = c_l·W̃_l, W̃_l ~ N(0, 1/d_in), bias b_l on every entry (output
* layer unscaled), by minimizing
*
*   L(c, b) = −Σ_{i≠j} log(1 − cos²θ_ij)/(d(d−1)) + λ‖c‖²
*
* over the angles θ_ij between the last hidden layer's features on the
* (normalized) domain points. As in the authors' code: Adam (lr 5e-3),
* λ = 1e-4, c_l = exp(0.25ε), b_l = 0.05ε with ε ~ N(0, 1) from the seed, and a
* fresh W̃ from the seeded generator every step, so (c, b) describe a
* distribution rather than one network. Inputs are normalized to zero mean
* and unit variance per dimension (statistics of `x`, or of `sampler(0)`);
* every network the result builds takes raw inputs (the map is folded into
* layer 0).
*
* How far GO goes is `strength` (`GoStrength`): a fixed path (the
* authors' behaviour, the default), the project's kernel-width rule
* (`'kernel'`, with the `training` budget that follows) or the held-out rule
* (`'holdout'`, with targets `y`); `result.strength` reports what the rule
* measured for every candidate.
*
* Resolves to a {@link GoResult}; rejects with `ABORTED` when `signal` fires
* and `NON_FINITE` if the objective diverges. Starts the default backend if
* none is active.
*/
async function goInit(opts) {
	const start = performance.now();
	const o = resolveGoOptions(opts);
	await ready();
	if (opts.signal?.aborted) throw abortError("GO initialization");
	const rng = new Rng(o.seed);
	const hidden = o.sizes.length - 2;
	const eps = Array.from({ length: 2 * hidden }, () => rng.normal());
	const c0 = eps.slice(0, hidden).map((e) => Math.exp(.25 * e));
	const b0 = eps.slice(hidden).map((e) => .05 * e);
	const baseRng = rng.split();
	const batchRng = rng.split();
	const evalRng = rng.split();
	const owned = [];
	let fixed;
	const params = Float64Array.from([...c0, ...b0]);
	try {
		let norm;
		let xs;
		let evalPoints;
		if (opts.x !== void 0) {
			const raw = await ownedPoints(opts.x, o.sizes[0]);
			owned.push(raw);
			norm = await normalizationOf(raw);
			xs = normalize(raw, norm);
			owned.push(xs);
			evalPoints = subsetRows(xs, GO_EVAL_POINTS, evalRng);
		} else {
			const sampler = opts.sampler;
			const first = tidy(() => clone(sampled(sampler, 0, o.sizes[0])));
			owned.push(first);
			assertAllFinite(await first.data(), "opts.sampler(0)");
			norm = await normalizationOf(first);
			evalPoints = normalize(first, norm);
		}
		owned.push(evalPoints);
		if (o.fixedBase) fixed = drawBase(o.sizes, baseRng);
		const n = xs?.shape[0] ?? 0;
		const batch = Math.min(o.batchSize, n || o.batchSize);
		const batchAt = goBatchSource(xs, batch, batchRng, evalPoints, opts.sampler, norm, o.sizes[0]);
		const rule = o.strength.rule;
		const auto = rule === "holdout" ? resolveAuto(opts.auto, opts.y, o.candidates, n, o.sizes[o.sizes.length - 1]) : void 0;
		if (auto) owned.push(auto.y);
		let candidates = [...o.candidates];
		const snapshots = /* @__PURE__ */ new Map();
		if (candidates.includes(0)) snapshots.set(0, Float64Array.from([...glorotScales(o.sizes), ...new Array(hidden).fill(0)]));
		const history = await runGoOptimizer(o, opts, params, batchAt, () => fixed ?? drawBase(o.sizes, baseRng), !fixed, start, rule === "fixed" ? void 0 : new Set(candidates), snapshots);
		let autoReport;
		let strength = {
			rule: "fixed",
			pathSteps: history.losses.length
		};
		if (rule !== "fixed" && xs) {
			if (history.stoppedEarly) {
				const end = history.losses.length;
				snapshots.set(end, Float64Array.from(params));
				candidates = [...candidates.filter((c) => c < end), end];
			}
			let chosen;
			if (auto) {
				auto.candidates = candidates;
				autoReport = await selectStrength(o.sizes, o.activation, xs, auto, snapshots, o.seed, opts.signal);
				chosen = autoReport.chosenSteps;
				strength = {
					rule: "holdout",
					pathSteps: chosen,
					candidates: autoReport.candidates.map((c) => ({
						pathSteps: c.steps,
						heldOutMse: c.heldOutMse,
						meanScale: mean(c.layerScales)
					})),
					trialSteps: autoReport.trialSteps,
					holdout: autoReport.holdout,
					seconds: autoReport.seconds
				};
			} else {
				const t0 = performance.now();
				const { training, k: fixedK } = o.strength;
				const xn = Float64Array.from(await xs.data());
				const snaps = candidates.map((pathSteps) => {
					const p = snapshots.get(pathSteps);
					return {
						pathSteps,
						layerScales: Array.from(p.subarray(0, hidden), Math.fround),
						layerBiases: Array.from(p.subarray(hidden), Math.fround)
					};
				});
				const scored = await scoreKernelWidth(o.sizes, o.activation, xn, snaps, o.seed, opts.signal);
				const epochs = training ? trainingEpochs(training.steps, training.batchSize, n) : null;
				const k = fixedK ?? kernelRuleK(epochs);
				chosen = chooseByKernelWidth(scored, k).pathSteps;
				strength = {
					rule: "kernel",
					pathSteps: chosen,
					k,
					epochs,
					candidates: scored,
					seconds: (performance.now() - t0) / 1e3
				};
			}
			params.set(snapshots.get(chosen));
			history.losses = history.losses.slice(0, chosen);
		}
		const layerScales = Array.from(params.subarray(0, hidden), Math.fround);
		const layerBiases = Array.from(params.subarray(hidden), Math.fround);
		const [before, after] = await evaluateGo(evalPoints, o, layerScales, layerBiases, o.seed);
		return new GoResult({
			sizes: o.sizes,
			activation: o.activation.name,
			layerScales,
			layerBiases,
			lossHistory: history.losses,
			stepsRun: history.losses.length,
			stoppedEarly: history.stoppedEarly,
			seconds: (performance.now() - start) / 1e3,
			meanCos2Before: before,
			meanCos2After: after,
			inputNormalization: norm,
			strength,
			settings: {
				lambda: o.lambda,
				steps: o.steps,
				lr: o.lr,
				batchSize: xs ? batch : o.batchSize,
				seed: o.seed,
				fixedBase: o.fixedBase,
				...autoReport ? { auto: autoReport } : {}
			}
		}, o.activation);
	} finally {
		if (fixed) disposeBase(fixed);
		for (const t of owned) t.dispose();
	}
}
var mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
/**
* Smallest probe step in sample spacings: the probe resolves widths well below
* one spacing. A wider `reach` widens the step (see {@link localizedHalfWidth}).
*/
var LOCAL_PROBE_STEP = .5;
/** A regular grid of `side` points per axis, `step` apart, centred at `centre`. */
function centredGrid(centre, side, step) {
	let grid = [[]];
	for (const c of centre) {
		const axis = Array.from({ length: side }, (_, i) => c + (i - (side - 1) / 2) * step);
		grid = grid.flatMap((p) => axis.map((v) => [...p, v]));
	}
	return grid;
}
/**
* The half-width of the localised part of a network's empirical NTK (Jacot et
* al. 2018) near the centre of the points `x` (row-major, d per row):
* 1. the kernel k(x, y) = K(x, y)/√(K(x, x)K(y, y)) on a probe grid whose step
*    is half the sample spacing (so widths below one spacing are resolved);
* 2. its floor f: the median of k between the probe and {@link FLOOR_POINTS}
*    training points farthest from the centre — the level a kernel keeps
*    however far apart two points are (a deep relu network behind Fourier
*    features keeps k ≈ 0.5, SIREN ≈ 0.3, a GO tanh network ≈ 0);
* 3. the half-width, where (k − f)/(1 − f) first falls below 1/2
*    (@mlpinit/ntk's `ntkLocalization`).
* A constant floor is one direction of function space (the mean); the
* localised part is what interpolates between samples.
*
* `reach` (in sample spacings, default 0) is the distance the probe must span
* from its centre along each axis: the step is the larger of
* {@link LOCAL_PROBE_STEP} and 2·reach/(side − 1), so a caller that needs to
* tell a half-width of k spacings from a wider one asks for reach ≥ k (the
* probe's point count, and so its cost, stays fixed).
*/
async function localizedHalfWidth(net, x, d, spacing, signal, reach = 0) {
	const n = x.length / d;
	const centre = boundingBox(x, d).map(([lo, hi]) => (lo + hi) / 2);
	const side = d === 1 ? 64 : d === 2 ? 24 : 8;
	const step = Math.max(LOCAL_PROBE_STEP, 2 * reach / (side - 1));
	const probe = centredGrid(centre, side, step * spacing);
	const dist = Array.from({ length: n }, (_, i) => {
		let s = 0;
		for (let j = 0; j < d; j++) s += (x[i * d + j] - centre[j]) ** 2;
		return s;
	});
	const far = [...dist.keys()].sort((a, b) => dist[b] - dist[a] || a - b).slice(0, Math.min(64, n)).map((i) => Array.from(x.subarray(i * d, (i + 1) * d)));
	const opts = signal ? { signal } : {};
	const K = await empiricalNtk(net, probe, null, opts);
	const cross = await empiricalNtk(net, probe, far, opts);
	const farSelf = await empiricalNtk(net, far, null, opts);
	const P = probe.length;
	const F = far.length;
	const dp = Array.from({ length: P }, (_, i) => Math.sqrt(K.values[i * P + i]));
	const df = Array.from({ length: F }, (_, i) => Math.sqrt(farSelf.values[i * F + i]));
	const ks = [];
	for (let i = 0; i < P; i++) for (let j = 0; j < F; j++) ks.push(cross.values[i * F + j] / (dp[i] * df[j]));
	ks.sort((a, b) => a - b);
	const floor = Math.min(ks[Math.floor(ks.length / 2)], .99);
	const values = new Float64Array(P * P);
	for (let i = 0; i < P; i++) for (let j = 0; j < P; j++) values[i * P + j] = (K.values[i * P + j] / (dp[i] * dp[j]) - floor) / (1 - floor);
	const loc = ntkLocalization({
		values,
		rows: P,
		cols: P
	}, probe);
	return {
		halfWidth: loc.meanHalfWidth,
		floor,
		censored: loc.censored / P,
		step
	};
}
// ../go-init/dist/scale-rule.js
/**
* k₀ of the rule per family: the localised half-width must span
* k = k₀·√(E/100) sample spacings. One principle, one constant per family:
* a single k₀ does not fit all three (the kernels' shapes differ — a relu
* network behind Fourier features has a cusp and a heavy tail, SIREN a
* smooth peak), see docs/scale-rule.md. Calibrated on two photographs the
* bench does not report on (astronaut and coffee, 256 px, 25% of the pixels,
* 1,500 steps of batch 1,024, five probe seeds); GO's own k₀ is
* {@link KERNEL_RULE_K0}.
*/
var SCALE_RULE_K0 = {
	fourier: 1.3,
	siren: 4.2
};
/** How far (in multiples of k spacings) {@link chooseScale}'s probe reaches from its centre. */
var PROBE_REACH = 1.2;
/**
* Default candidates, scaled to the inputs' extent D (the mean side of their
* bounding box): σ·D ∈ {1.25, 2.5, 5, 10, 20, 40, 80} for `fourier` (Tancik et
* al.'s σ = 1, 10, 100 on [0, 1] bracket these), ω₀·D/2 ∈ {5, 10, 20, 30,
* 60, 120} for `siren` (SIREN's ω₀ = 30 on [−1, 1]), and go-init's
* `AUTO_CANDIDATES` for `go`.
*/
function defaultScaleCandidates(family, extent) {
	if (family === "fourier") return [
		1.25,
		2.5,
		5,
		10,
		20,
		40,
		80
	].map((s) => s / extent);
	if (family === "siren") return [
		5,
		10,
		20,
		30,
		60,
		120
	].map((w) => 2 * w / extent);
	return [
		0,
		25,
		75,
		250,
		750
	];
}
/** The network a family builds at one scale (its standard init; `seed` fixes every draw). */
function familyNetworkOptions(family, scale, sizes, seed, opts = {}) {
	if (family === "fourier") return {
		sizes: [...sizes],
		activation: opts.activation ?? "relu",
		init: "glorot-normal",
		seed,
		encoding: {
			type: "fourier",
			features: opts.features ?? 256,
			sigma: scale
		}
	};
	return {
		sizes: [...sizes],
		init: "siren",
		omega0: scale,
		seed
	};
}
/**
* The kernel-width rule for any family (this project's; bench README,
* "Choosing the scale of every family"): for each candidate scale, draw the
* network, measure the half-width of the localised part of its empirical NTK
* (Jacot et al. 2018) near the centre of the training inputs
* ({@link localizedHalfWidth}: the far-field floor removed, probed at half
* the sample spacing) and divide by their spacing ({@link sampleSpacing});
* keep the narrowest kernel (largest scale) whose ratio is at least
* k = {@link SCALE_RULE_K0}[family]·√(E/100), or the broadest when none is. The
* same principle as GO's `strength: 'kernel'`, which `family: 'go'` runs
* with its own calibrated probe (a tanh network's floor is ≈ 0). No
* training happens.
*/
async function chooseScale(opts) {
	if (!opts || typeof opts !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected an options object", "opts");
	const { family, sizes, training, signal } = opts;
	if (family !== "fourier" && family !== "siren" && family !== "go") throw new MlpinitError("INVALID_ARGUMENT", `expected 'fourier', 'siren' or 'go', got ${JSON.stringify(family)}`, "opts.family");
	assertSizes(sizes, "opts.sizes");
	if (!training || typeof training !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected the training that follows: {steps, batchSize?}", "opts.training");
	assertInteger(training.steps, "opts.training.steps", 1);
	if (training.batchSize !== void 0) assertInteger(training.batchSize, "opts.training.batchSize", 1);
	if (opts.kernelK !== void 0) assertPositive(opts.kernelK, "opts.kernelK");
	if (opts.seed !== void 0) assertFinite(opts.seed, "opts.seed");
	const seed = opts.seed ?? 0;
	await ready();
	const d = sizes[0];
	const xt = toTensor2D(opts.x, "opts.x", d);
	const flat = Array.isArray(opts.x) ? Float64Array.from(opts.x.flat()) : Float64Array.from(await xt.data());
	if (xt !== opts.x) xt.dispose();
	const n = flat.length / d;
	const spacing = sampleSpacing(flat, d);
	const epochs = opts.kernelK === void 0 ? trainingEpochs(training.steps, training.batchSize, n) : null;
	if (family === "go") return goFamily(opts, epochs, opts.kernelK ?? kernelRuleK(epochs));
	const k = opts.kernelK ?? kernelRuleK(epochs, SCALE_RULE_K0[family]);
	if (d > 3) throw new MlpinitError("INVALID_ARGUMENT", `the kernel-width rule probes 1- to 3-D inputs (coordinate networks), got ${d}-D`, "opts.x");
	const extent = boundingBox(flat, d).reduce((e, [lo, hi]) => e + (hi - lo) / d, 0);
	const candidates = [...opts.candidates ?? defaultScaleCandidates(family, extent)];
	if (candidates.length === 0) throw new MlpinitError("INVALID_ARGUMENT", "expected at least one candidate scale", "opts.candidates");
	candidates.forEach((c, i) => {
		assertPositive(c, `opts.candidates[${i}]`);
	});
	candidates.sort((a, b) => a - b);
	const scored = [];
	for (const scale of candidates) {
		if (signal?.aborted) throw abortError("chooseScale");
		const net = createMlp(familyNetworkOptions(family, scale, sizes, seed, opts));
		try {
			const { halfWidth, floor, censored } = await localizedHalfWidth(net, flat, d, spacing, signal, PROBE_REACH * k);
			scored.push({
				scale,
				halfWidth,
				floor,
				spacing,
				ratio: halfWidth / spacing,
				censored
			});
		} finally {
			net.dispose();
		}
		opts.onProgress?.({
			done: scored.length,
			total: candidates.length
		});
	}
	const ok = scored.filter((c) => c.ratio >= k);
	return {
		family,
		rule: "kernel",
		scale: (ok.length > 0 ? ok[ok.length - 1] : scored[0]).scale,
		k,
		epochs,
		candidates: scored
	};
}
async function goFamily(opts, epochs, k) {
	const report = (await goInit({
		sizes: opts.sizes,
		x: opts.x,
		strength: "kernel",
		training: opts.training,
		...opts.kernelK !== void 0 ? { kernelK: opts.kernelK } : {},
		...opts.candidates ? { candidates: [...opts.candidates] } : {},
		...opts.seed !== void 0 ? { seed: opts.seed } : {},
		...opts.signal ? { signal: opts.signal } : {}
	})).strength;
	if (report.rule !== "kernel") throw new MlpinitError("INVALID_ARGUMENT", "internal: goInit did not run the kernel rule", "opts.family");
	return {
		family: "go",
		rule: "kernel",
		scale: report.pathSteps,
		k,
		epochs,
		candidates: report.candidates.map((c) => ({
			scale: c.pathSteps,
			halfWidth: c.halfWidth,
			floor: 0,
			spacing: c.spacing,
			ratio: c.ratio,
			censored: 0
		}))
	};
}
// src/io/read-bundled.ts
/**
* The text of a file in the package's bundled `data/` folder: read from disk
* in Node, fetched from the page's server (which serves `data/`) in a browser.
*/
async function readBundledText(name) {
	if (typeof window !== "undefined") {
		const res = await fetch(`data/${name}`);
		if (!res.ok) throw new Error(`cannot fetch data/${name}: HTTP ${res.status}`);
		return res.text();
	}
	const [{ readFileSync }, { bundledImage }] = await Promise.all([__vitePreload(() => import("node:fs"), [], import.meta.url), __vitePreload(() => import("./bundled-data-DFIBPo_3.js"), [], import.meta.url)]);
	return readFileSync(bundledImage(name), "utf8");
}
// src/trials/init-spec.ts
/** The frozen GO law of `go-law`: what `go` learned on the city photo at the quick profile, seed 0 (bench README, "GO's law, frozen"). */
var GO_LAW_FILE = "go-law-city.json";
/**
* GO path lengths the strength rules choose from (those ≤ the profile's
* `goSteps`): go-init's `AUTO_CANDIDATES` (0, 25, 75, 250, 750 steps of its
* fast path, lr 2e-2) plus 2,500 for the larger profiles. 0 is no GO
* (Glorot's draw).
*/
var GO_AUTO_CANDIDATES = [...AUTO_CANDIDATES, 2500];
/** λ of the recommended `go` (the authors' default, go-init's `AUTO_PATH_LAMBDA`). */
var GO_DEFAULT_LAMBDA = AUTO_PATH_LAMBDA;
/** σ values `ff` chooses from (coordinates in [0, 1] per axis, as Tancik et al.): at 256 px and 25% of the pixels the best σ of the calibration photographs was 2.5 (docs/calibration). */
var FF_CANDIDATES = [
	1.25,
	2.5,
	5,
	10,
	20
];
/** ω₀ values `siren-auto` chooses from (coordinates in [−1, 1], as Sitzmann et al.): they bracket their ω₀ = 30. */
var SIREN_CANDIDATES = [
	5,
	10,
	20,
	30,
	60
];
/** The family of an init: its coordinates and learning rate follow its paper. */
function familyOf(spec) {
	return spec.kind === "fourier" ? "fourier" : spec.kind === "siren" ? "siren" : "tanh";
}
/**
* Adam's learning rate of a family: the suite's (profile) rate for tanh
* networks; 1e-3 for Fourier features (Tancik et al. 2020, their image
* experiments) and 1e-4 for SIREN (Sitzmann et al. 2020, Sec. 4 / their
* image fitting code). The profile's decay schedule applies to all three.
*/
function familyLr(family, profileLr) {
	return family === "fourier" ? .001 : family === "siren" ? 1e-4 : profileLr;
}
var PLAIN = {
	glorot: "glorot-normal",
	he: "he-normal",
	lecun: "lecun-normal",
	orthogonal: "orthogonal"
};
/** Names the bench accepts, for error messages and `--help`. */
var INIT_NAME_FORMS = "glorot, he, lecun, orthogonal, siren (= siren-w30), siren-w<ω₀> (e.g. siren-w12.5), siren-auto (ω₀ by the kernel rule), ff-s<σ> (Fourier features + relu, e.g. ff-s10), ff-tanh-s<σ> (+ tanh), ff (σ by the kernel rule), glorot-c<c> (e.g. glorot-c2), go, go-law (GO's (c, b) learned on the city photo, frozen), go-auto, go-holdout, go-ntk, go-ntk-k<k>, go-p<N> (GO fast path stopped at N steps: one candidate of the rule), go-lam<λ> (e.g. go-lam1e-3), go-s<steps>, go-lam<λ>-s<steps>";
/**
* Parses a benchmark init name. `go` is the GO configuration the project
* recommends (beyond Wang & Perdikaris 2021, who run a fixed 20k steps):
* λ = 1e-4 on go-init's fast path, its strength chosen by the kernel-width
* rule (`go-ntk`): the strongest of the candidate step counts (up to
* `goSteps`; 0 = Glorot) whose NTK half-width is at least k sample spacings,
* k = go-init's `kernelRuleK` of the training's epochs (`go-ntk-k<k>` fixes k):
* go-init's `strength: 'kernel'`. `go-holdout` (alias `go-auto`) is go-init's
* `strength: 'holdout'`: short trial fits on 90% of the training points, scored on
* the other 10%. The bench README compares the two rules. Fixed-λ or
* fixed-step variants carry their setting in the name (`go-lam1e-3`,
* `go-s300`: authors' lr 5e-3).
*/
function parseInit(name, go) {
	const n = String(name).trim();
	const plain = PLAIN[n];
	if (plain) return {
		kind: "plain",
		name: n,
		init: plain,
		activation: "tanh"
	};
	if (n === "siren") return {
		kind: "siren",
		name: n,
		omega0: 30,
		activation: "sin"
	};
	if (n === "siren-auto") return {
		kind: "siren",
		name: n,
		omega0: null,
		activation: "sin"
	};
	if (n === "ff") return {
		kind: "fourier",
		name: n,
		sigma: null,
		features: 256,
		activation: "relu"
	};
	const siren = /^siren-w(\d+(?:\.\d+)?)$/.exec(n);
	if (siren && Number(siren[1]) > 0) return {
		kind: "siren",
		name: n,
		omega0: Number(siren[1]),
		activation: "sin"
	};
	const ff = /^ff(-tanh)?-s(\d+(?:\.\d+)?)$/.exec(n);
	if (ff && Number(ff[2]) > 0) return {
		kind: "fourier",
		name: n,
		sigma: Number(ff[2]),
		features: 256,
		activation: ff[1] ? "tanh" : "relu"
	};
	if (n === "go-law") return {
		kind: "go-law",
		name: n,
		file: GO_LAW_FILE,
		activation: "tanh"
	};
	const scaled = /^glorot-c(\d+(?:\.\d+)?)$/.exec(n);
	if (scaled) {
		const c = Number(scaled[1]);
		if (c > 0 && Number.isFinite(c)) return {
			kind: "scaled",
			name: n,
			c,
			activation: "tanh"
		};
	}
	const candidates = GO_AUTO_CANDIDATES.filter((c) => c <= go.goSteps);
	if (n === "go-auto" || n === "go-holdout") return {
		kind: "go-auto",
		name: n,
		lambda: GO_DEFAULT_LAMBDA,
		candidates,
		activation: "tanh"
	};
	if (n === "go") return {
		kind: "go-ntk",
		name: n,
		lambda: GO_DEFAULT_LAMBDA,
		candidates,
		k: null,
		activation: "tanh"
	};
	const path = /^go-p(\d+)$/.exec(n);
	if (path) return {
		kind: "go-ntk",
		name: n,
		lambda: GO_DEFAULT_LAMBDA,
		candidates: [Number(path[1])],
		k: null,
		activation: "tanh"
	};
	const ntk = /^go-ntk(?:-k(\d+(?:\.\d+)?))?$/.exec(n);
	if (ntk) {
		const k = ntk[1] !== void 0 ? Number(ntk[1]) : null;
		if (k === null || k > 0 && Number.isFinite(k)) return {
			kind: "go-ntk",
			name: n,
			lambda: GO_DEFAULT_LAMBDA,
			candidates,
			k,
			activation: "tanh"
		};
	}
	const gm = /^go(?:-lam(\d+(?:\.\d+)?(?:e-?\d+)?))?(?:-s(\d+))?$/.exec(n);
	if (gm && (gm[1] !== void 0 || gm[2] !== void 0)) {
		const lambda = gm[1] !== void 0 ? Number(gm[1]) : GO_DEFAULT_LAMBDA;
		const steps = gm[2] !== void 0 ? Number(gm[2]) : go.goLambdaSteps;
		if (Number.isFinite(lambda) && lambda >= 0 && Number.isInteger(steps) && steps > 0) return {
			kind: "go",
			name: n,
			lambda,
			steps,
			activation: "tanh"
		};
	}
	throw new MlpinitError("INVALID_ARGUMENT", `unknown init ${JSON.stringify(n)}; expected one of ${INIT_NAME_FORMS}`, "--inits");
}
// src/trials/build-mlp.ts
/** The plain summary of a GO result kept in `results.json`. */
function goSummary(res) {
	return {
		lambda: res.settings.lambda,
		stepsRun: res.stepsRun,
		seconds: res.seconds,
		layerScales: [...res.layerScales],
		layerBiases: [...res.layerBiases],
		meanCos2Before: res.meanCos2Before,
		meanCos2After: res.meanCos2After,
		strength: res.strength,
		law: res.toJSON()
	};
}
/**
* Builds the network of a benchmark init: core's initializers, scaled fan-in
* normal N(0, c²/d_in) on every hidden layer for `glorot-c<c>`, SIREN
* (sin(ω₀z), `siren-w<ω₀>`), Fourier features + relu (`ff-s<σ>`), the last two
* with their scale from go-init's `chooseScale` for `siren-auto` and `ff`, or GO from @mlpinit/go-init (Wang & Perdikaris 2021, Sec. 3; its
* `strength: 'kernel'` for `go`, `'holdout'` for `go-holdout`), drawn from the
* learned law as a network that takes the suite's inputs as they are (GO's
* normalisation is folded into layer 0).
*/
async function buildMlp(spec, sizes, seed, domain, signal, fit, holdout) {
	const hidden = sizes.length - 2;
	const common = {
		sizes,
		activation: spec.activation,
		seed,
		...signal ? { signal } : {}
	};
	switch (spec.kind) {
		case "plain": return { mlp: createMlp({
			sizes,
			activation: spec.activation,
			init: spec.init,
			seed
		}) };
		case "scaled": return { mlp: createMlp({
			sizes,
			activation: "tanh",
			init: "fan-in-normal",
			seed,
			layerScales: new Array(hidden).fill(spec.c)
		}) };
		case "siren":
		case "fourier": {
			const family = spec.kind;
			const fixed = spec.kind === "siren" ? spec.omega0 : spec.sigma;
			const netOpts = spec.kind === "fourier" ? {
				features: spec.features,
				activation: spec.activation
			} : {};
			if (fixed !== null) return { mlp: createMlp(familyNetworkOptions(family, fixed, sizes, seed, netOpts)) };
			if (!fit?.budget) throw new Error(`${spec.name} needs the training points and budget for its scale rule`);
			const choice = await chooseScale({
				family,
				sizes,
				x: fit.x,
				training: fit.budget,
				candidates: [...family === "fourier" ? FF_CANDIDATES : SIREN_CANDIDATES],
				seed,
				...netOpts,
				...signal ? { signal } : {}
			});
			return {
				mlp: createMlp(familyNetworkOptions(family, choice.scale, sizes, seed, netOpts)),
				scale: choice
			};
		}
		case "go-auto": {
			if (!fit || !holdout) throw new Error("go-holdout needs training data and targets for its trial fits");
			const res = await goInit({
				...common,
				x: fit.x,
				y: holdout.y,
				strength: "holdout",
				candidates: spec.candidates,
				auto: {
					trialSteps: holdout.steps,
					trialLr: holdout.lr,
					trialBatchSize: holdout.batchSize ?? Math.min(fit.x.length, 1024)
				}
			});
			return {
				mlp: res.createMlp(seed),
				go: goSummary(res)
			};
		}
		case "go-ntk": {
			if (spec.k === null && !fit?.budget) throw new Error("go-ntk without a fixed k needs the training budget");
			const res = await goInit({
				...common,
				x: fit?.x ?? domain,
				strength: "kernel",
				candidates: spec.candidates,
				...fit?.budget ? { training: fit.budget } : {},
				...spec.k !== null ? { kernelK: spec.k } : {}
			});
			return {
				mlp: res.createMlp(seed),
				go: goSummary(res)
			};
		}
		case "go-law": {
			const res = GoResult.fromJSON(await readBundledText(spec.file)).transfer({
				x: fit?.x ?? domain,
				sizes
			});
			return {
				mlp: res.createMlp(seed),
				go: goSummary(res)
			};
		}
		case "go": {
			const res = await goInit({
				...common,
				x: domain,
				lambda: spec.lambda,
				strength: { steps: spec.steps }
			});
			return {
				mlp: res.createMlp(seed),
				go: goSummary(res)
			};
		}
	}
}
// src/image/pixel-mask.ts
/**
* A seeded random subset of round(fraction·n) of n pixels for training (the
* first entries of a seeded Fisher–Yates permutation, sorted); the rest are
* held out. The same seed gives the same mask for every init.
*/
function randomPixelMask(n, fraction, seed) {
	if (!Number.isInteger(n) || n < 2) throw new MlpinitError("INVALID_ARGUMENT", `expected an integer ≥ 2, got ${n}`, "n");
	if (!(fraction > 0 && fraction < 1)) throw new MlpinitError("INVALID_ARGUMENT", `expected a fraction in (0, 1), got ${fraction}`, "--pixels");
	const k = Math.min(n - 1, Math.max(1, Math.round(fraction * n)));
	const perm = new Rng(seed).permutation(n);
	return {
		train: perm.slice(0, k).sort(),
		heldOut: perm.slice(k).sort()
	};
}
// src/image/pixel-task.ts
function meanStd(values, idx, stride, offset) {
	let s = 0;
	let s2 = 0;
	const n = idx.length;
	for (let i = 0; i < n; i++) {
		const v = values[idx[i] * stride + offset];
		s += v;
		s2 += v * v;
	}
	const m = s / n;
	return [m, Math.sqrt(Math.max(s2 / n - m * m, 1e-12))];
}
/**
* Builds the pixel regression task: column/row coordinates standardised over
* the whole image (zero mean, unit variance per dimension, the input
* normalisation GO assumes: Wang & Perdikaris 2021, Sec. 3), colours
* standardised per channel with the training pixels' statistics.
*/
function pixelTask(image, train) {
	const { width, height, rgb } = image;
	const n = width * height;
	const mx = (width - 1) / 2;
	const my = (height - 1) / 2;
	const sx = Math.sqrt((width * width - 1) / 12) || 1;
	const sy = Math.sqrt((height * height - 1) / 12) || 1;
	const coords = new Array(n);
	for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) coords[r * width + c] = [(c - mx) / sx, (r - my) / sy];
	const colours = Float64Array.from(rgb);
	const stats = [
		0,
		1,
		2
	].map((ch) => meanStd(colours, train, 3, ch));
	return {
		width,
		height,
		coords,
		colours,
		colourMean: stats.map((s) => s[0]),
		colourStd: stats.map((s) => s[1]),
		box: [[-mx / sx, mx / sx], [-my / sy, my / sy]]
	};
}
/** Normalised colours of the given pixels, [k][3]. */
function normalisedColours(task, idx) {
	const out = new Array(idx.length);
	for (let i = 0; i < idx.length; i++) {
		const p = idx[i];
		out[i] = [
			0,
			1,
			2
		].map((ch) => (task.colours[3 * p + ch] - task.colourMean[ch]) / task.colourStd[ch]);
	}
	return out;
}
/** Picks entries of a per-pixel RGB array (length 3·N) at the given pixels. */
function pickPixels(values, idx) {
	const out = new Float64Array(idx.length * 3);
	for (let i = 0; i < idx.length; i++) {
		const p = idx[i];
		out[3 * i] = values[3 * p];
		out[3 * i + 1] = values[3 * p + 1];
		out[3 * i + 2] = values[3 * p + 2];
	}
	return out;
}
/**
* The task with the coordinates a family's paper uses: [0, 1] per axis for
* Fourier features (Tancik et al. 2020), [−1, 1] for SIREN (Sitzmann et al.
* 2020, their `get_mgrid`), the standardised ones otherwise. Colours and
* pixels are unchanged.
*/
function withFamilyCoordinates(task, family) {
	if (family === "tanh") return task;
	const { width, height } = task;
	const [lo, hi] = family === "fourier" ? [0, 1] : [-1, 1];
	const sx = width > 1 ? (hi - lo) / (width - 1) : 0;
	const sy = height > 1 ? (hi - lo) / (height - 1) : 0;
	const coords = new Array(width * height);
	for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) coords[r * width + c] = [lo + c * sx, lo + r * sy];
	return {
		...task,
		coords,
		box: [[lo, width > 1 ? hi : lo], [lo, height > 1 ? hi : lo]]
	};
}
/**
* Mean half-width, in pixels, of the network's empirical NTK (@mlpinit/ntk)
* over a central 24×24 grid of pixels 3 px apart: how far one training pixel's
* influence reaches at initialization. Compared with the spacing of the
* training pixels (≈ 1/√fraction pixels) it tells whether the kernel can
* interpolate between samples (the report's "where GO helps" evidence).
*/
async function ntkHalfWidthPx(mlp, task, signal) {
	const stride = Math.max(1, Math.min(3, Math.floor(Math.min(task.width, task.height) / 24)));
	const p = Math.min(24, Math.floor(task.width / stride), Math.floor(task.height / stride));
	const c0 = Math.floor((task.width - p * stride) / 2);
	const r0 = Math.floor((task.height - p * stride) / 2);
	const x = [];
	const px = [];
	for (let r = 0; r < p; r++) for (let c = 0; c < p; c++) {
		x.push(task.coords[(r0 + r * stride) * task.width + c0 + c * stride]);
		px.push([c * stride, r * stride]);
	}
	return ntkLocalization(await empiricalNtk(mlp, x, null, signal ? { signal } : {}), px).meanHalfWidth;
}
// src/image/predict.ts
var CHUNK = 16384;
/** The network's prediction of every pixel in pixel units (de-normalised), [N·3], computed in chunks and read asynchronously (every backend). */
async function predictImage(mlp, task) {
	const n = task.coords.length;
	const out = new Float64Array(n * 3);
	for (let start = 0; start < n; start += CHUNK) {
		const rows = task.coords.slice(start, start + CHUNK);
		const pred = tidy(() => mlp.forward(tensor2d(rows, [rows.length, 2], "float32")));
		const vals = await pred.data();
		pred.dispose();
		for (let i = 0; i < rows.length; i++) for (let ch = 0; ch < 3; ch++) out[3 * (start + i) + ch] = vals[3 * i + ch] * task.colourStd[ch] + task.colourMean[ch];
	}
	return out;
}
// src/image/regularizers.ts
/** Weight of the input-gradient penalty in the authors' image code. */
var GRAD_REG_WEIGHT = .01;
/** Weight of the total-variation penalty (the poster gives none; chosen to match the gradient penalty's). */
var TV_REG_WEIGHT = .01;
/**
* `grad`: 1e-2 × mean squared input gradient at uniform random points of the
* image's (normalised) domain, what Wang & Perdikaris' image code does.
* `tv`: 1e-2 × anisotropic total variation (mean absolute difference of
* neighbouring pixels) of the prediction on a random 16×16 patch of the pixel
* grid: the poster's regulariser, on a patch because the whole image each
* step would cost a full forward pass. `none`: no regulariser.
*/
function imageRegularizer(reg, task) {
	if (reg === "none") return void 0;
	if (reg === "grad") {
		const [[x0, x1], [y0, y1]] = task.box;
		return gradientPenaltyRegularizer({
			weight: GRAD_REG_WEIGHT,
			points: ({ rng }) => {
				const pts = /* @__PURE__ */ new Float32Array(512);
				for (let i = 0; i < 256; i++) {
					pts[2 * i] = rng.uniformRange(x0, x1);
					pts[2 * i + 1] = rng.uniformRange(y0, y1);
				}
				return tensor2d(pts, [256, 2]);
			}
		});
	}
	const p = Math.min(16, task.width, task.height);
	return (mlp, { rng }) => tidy(() => {
		const c0 = rng.int(task.width - p + 1);
		const r0 = rng.int(task.height - p + 1);
		const pts = new Float32Array(p * p * 2);
		for (let r = 0; r < p; r++) for (let c = 0; c < p; c++) {
			const xy = task.coords[(r0 + r) * task.width + c0 + c];
			pts[2 * (r * p + c)] = xy[0];
			pts[2 * (r * p + c) + 1] = xy[1];
		}
		const img = reshape(mlp.forward(tensor2d(pts, [p * p, 2])), [
			p,
			p,
			-1
		]);
		const dx = abs(sub(slice(img, [
			0,
			1,
			0
		], [
			-1,
			-1,
			-1
		]), slice(img, [
			0,
			0,
			0
		], [
			-1,
			p - 1,
			-1
		])));
		const dy = abs(sub(slice(img, [
			1,
			0,
			0
		], [
			-1,
			-1,
			-1
		]), slice(img, [
			0,
			0,
			0
		], [
			p - 1,
			-1,
			-1
		])));
		return mul(add(mean$1(dx), mean$1(dy)), TV_REG_WEIGHT);
	});
}
// src/trials/train-with-checkpoints.ts
/**
* A trial's training: `train` with the suite's schedule, the network
* evaluated before training, at about `checkpoints` evenly spaced steps and
* at the end; step progress and cancellation from the trial's options.
*/
async function trainWithCheckpoints(mlp, data, t, opts) {
	const progressEvery = Math.max(1, Math.ceil(t.steps / t.reports));
	const checkEvery = progressEvery * Math.max(1, Math.round(t.steps / Math.max(1, t.checkpoints) / progressEvery));
	const curve = [await t.evaluate(0)];
	const t0 = performance.now();
	const losses = await train(mlp, data, {
		steps: t.steps,
		lr: t.lr,
		lrDecay: t.lrDecay,
		seed: t.seed,
		progressEvery,
		...t.batchSize !== void 0 ? { batchSize: t.batchSize } : {},
		...t.regularizer ? { regularizer: t.regularizer } : {},
		...opts.signal ? { signal: opts.signal } : {},
		...opts.workers !== void 0 ? { workers: opts.workers } : {},
		onProgress: async (p) => {
			opts.onStep?.(p.step, p.steps);
			if (p.step % checkEvery === 0 && p.step < p.steps) curve.push(await t.evaluate(p.step));
		}
	});
	const trainSeconds = (performance.now() - t0) / 1e3;
	const final = await t.evaluate(t.steps);
	curve.push(final);
	return {
		curve,
		final,
		losses,
		trainSeconds
	};
}
/**
* The fields every trial's run record shares: wall time since `t0`, training
* time, steps, final loss, what GO or a scale rule chose, the learning rate
* and the checkpoint curve.
*/
function trialRecord(t0, steps, trained, built, lr) {
	return {
		seconds: (performance.now() - t0) / 1e3,
		trainSeconds: trained.trainSeconds,
		steps,
		finalLoss: trained.losses[trained.losses.length - 1],
		...built.go ? { go: built.go } : {},
		...built.scale ? { scale: built.scale } : {},
		lr,
		curve: trained.curve
	};
}
// src/image/image-trial.ts
/**
* Fits a deep tanh (or sin, for SIREN) MLP to a seeded random subset of an
* image's pixels with Adam and exponential decay (Wang & Perdikaris 2021,
* Sec. 4.2) and measures SNR on the full image, the held-out and the
* training pixels at evenly spaced checkpoints. Portable (no file access: the
* image comes decoded, the reconstruction goes back as `pred`), so the same
* code runs in Node and in a browser page.
*/
async function fitImage(spec, image, opts = {}) {
	const t0 = performance.now();
	const n = image.width * image.height;
	const mask = randomPixelMask(n, spec.pixels, spec.seed);
	const initSpec = parseInit(spec.init, spec.go);
	const family = familyOf(initSpec);
	const task = withFamilyCoordinates(pixelTask(image, mask.train), family);
	const lr = familyLr(family, spec.lr);
	const x = mask.train.length === n ? task.coords : Array.from(mask.train, (p) => task.coords[p]);
	const y = normalisedColours(task, mask.train);
	const sizes = [
		2,
		...new Array(spec.depth).fill(spec.width),
		3
	];
	const batch = spec.batchSize ? { batchSize: spec.batchSize } : {};
	const plan = {
		x,
		budget: {
			steps: spec.steps,
			...batch
		}
	};
	const holdout = {
		y,
		steps: Math.min(500, Math.max(50, Math.round(spec.steps / 10))),
		lr,
		...batch
	};
	const { mlp, go, scale } = await buildMlp(initSpec, sizes, spec.seed, task.coords, opts.signal, plan, holdout);
	try {
		const trueAll = task.colours;
		const trueTrain = pickPixels(trueAll, mask.train);
		const trueHeld = pickPixels(trueAll, mask.heldOut);
		let lastPred;
		const evaluate = async (step) => {
			const pred = await predictImage(mlp, task);
			lastPred = pred;
			return {
				step,
				snrDb: snrDb(pred, trueAll),
				heldOutSnrDb: snrDb(pickPixels(pred, mask.heldOut), trueHeld),
				trainSnrDb: snrDb(pickPixels(pred, mask.train), trueTrain)
			};
		};
		const halfWidth = await ntkHalfWidthPx(mlp, task, opts.signal);
		const reg = imageRegularizer(spec.reg, task);
		const { curve, final, losses, trainSeconds } = await trainWithCheckpoints(mlp, {
			x,
			y
		}, {
			steps: spec.steps,
			lr,
			lrDecay: spec.lrDecay,
			seed: spec.seed,
			...spec.batchSize !== void 0 ? { batchSize: spec.batchSize } : {},
			...reg ? { regularizer: reg } : {},
			checkpoints: spec.checkpoints,
			reports: 100,
			evaluate
		}, opts);
		const pred = lastPred;
		const recon = spec.reconPath?.split(/[\\/]/).pop();
		return {
			run: {
				image: spec.image,
				init: spec.init,
				seed: spec.seed,
				reg: spec.reg,
				snrDb: final.snrDb,
				psnrDb: psnrDb(pred, trueAll, 255),
				heldOutSnrDb: final.heldOutSnrDb,
				trainSnrDb: final.trainSnrDb,
				...trialRecord(t0, spec.steps, {
					curve,
					losses,
					trainSeconds
				}, {
					go,
					scale
				}, lr),
				width: image.width,
				height: image.height,
				trainPixels: mask.train.length,
				...recon ? { recon } : {},
				ntkHalfWidthPx: halfWidth,
				sampleSpacingPx: 1 / Math.sqrt(mask.train.length / n)
			},
			pred
		};
	} finally {
		mlp.dispose();
	}
}
// src/report/stats.ts
/** Rounds for JSON and tables. */
function round(x, digits = 3) {
	if (!Number.isFinite(x)) return x;
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}
// src/ntk/ntk-trial.ts
/** A panel's title: what the init is, in words. */
function ntkPanelTitle(spec, go) {
	switch (spec.kind) {
		case "plain": return spec.name === "glorot" ? "Glorot (c = 1)" : spec.name;
		case "scaled": return `fixed scale c = ${spec.c} (glorot-c${spec.c})`;
		case "go-ntk": return `${spec.name}: GO, ${go?.stepsRun ?? "?"} path steps (kernel rule)`;
		case "go": return `GO, λ = ${spec.lambda}, ${spec.steps.toLocaleString("en-US")} steps (authors)`;
		default: return spec.name;
	}
}
/**
* One panel of Figure 3: the empirical NTK of a 1 → depth×width → 1 tanh MLP
* under one init over a grid of `points` on [−1, 1], with its half-widths.
* Inputs are standardised (zero mean, unit variance) as GO and training
* assume; the heatmap is drawn over the raw grid. The kernel rule of `go`
* needs the training that would follow (its epochs set k); no targets are used.
*/
async function runNtkTrial(spec, opts = {}) {
	const t0 = performance.now();
	const x = Array.from({ length: spec.points }, (_, i) => -1 + 2 * i / (spec.points - 1));
	const std = Math.sqrt(x.reduce((a, v) => a + v * v, 0) / x.length);
	const xn = x.map((v) => v / std);
	const points = xn.map((v) => [v]);
	const sizes = [
		1,
		...new Array(spec.depth).fill(spec.width),
		1
	];
	const initSpec = parseInit(spec.init, {
		goSteps: spec.goSteps,
		goLambdaSteps: spec.goSteps
	});
	const plan = {
		x: points,
		budget: { steps: spec.trainingSteps }
	};
	const { mlp, go } = await buildMlp(initSpec, sizes, spec.seed, points, opts.signal, plan);
	try {
		const K = await empiricalNtk(mlp, xn, null, opts.signal ? { signal: opts.signal } : {});
		const loc = ntkLocalization(K, x);
		opts.onStep?.(1, 1);
		return {
			init: spec.init,
			seed: spec.seed,
			lambda: go?.lambda ?? null,
			meanHalfWidth: loc.meanHalfWidth,
			rmsWidth: loc.rmsWidth,
			effectiveNeighbours: loc.effectiveNeighbours,
			censored: loc.censored,
			seconds: round((performance.now() - t0) / 1e3, 2),
			...go ? { go } : {},
			heatmap: ntkHeatmapSpec(K, x, {
				title: ntkPanelTitle(initSpec, go),
				width: 220,
				height: 220
			})
		};
	} finally {
		mlp.dispose();
	}
}
var PROFILES = {
	quick: {
		name: "quick",
		image: {
			images: [{ file: "city-256x192.png" }, {
				file: "images/chelsea.png",
				size: { longer: 256 }
			}],
			depth: 8,
			width: 64,
			steps: 1500,
			batchSize: 1024,
			lr: .002,
			lrDecay: {
				rate: .9,
				every: 150
			},
			checkpoints: 10,
			pixels: .25,
			seeds: 5,
			inits: [
				"glorot",
				"go",
				"glorot-c3"
			],
			sweepInits: [
				"glorot",
				"go",
				"go-law",
				"go-holdout",
				"go-lam1e-4",
				"go-lam1e-3",
				"go-lam1e-2",
				"go-lam1e-1",
				"glorot-c1.5",
				"glorot-c2",
				"glorot-c3",
				"glorot-c4",
				"glorot-c5",
				"glorot-c6",
				"siren",
				"glorot+grad",
				"go+grad",
				"go-lam1e-4+grad",
				"glorot-c3+grad",
				"siren+grad"
			],
			goSteps: 250,
			goLambdaSteps: 1e3
		},
		synthetic: {
			depth: 6,
			width: 64,
			steps: 600,
			batchSize: 512,
			lr: .002,
			lrDecay: {
				rate: .9,
				every: 100
			},
			sizes: [
				256,
				1024,
				4096
			],
			maxFreq: 6,
			testGrid: 64,
			checkpoints: 6,
			seeds: 5,
			inits: ["glorot", "go"],
			sweepInits: [
				"glorot",
				"orthogonal",
				"go",
				"go-holdout",
				"go-lam1e-4",
				"go-lam1e-3",
				"go-lam1e-2",
				"go-lam1e-1"
			],
			goSteps: 250,
			goLambdaSteps: 1e3
		},
		ntk: {
			depth: 6,
			width: 64,
			points: 64,
			inits: [
				"glorot",
				"glorot-c3",
				"go",
				"go-lam1e-4"
			],
			goSteps: 1e3,
			trainingSteps: 600
		},
		varianceFlow: {
			width: 256,
			depth: 20,
			samples: 4,
			points: 128
		},
		perf: {
			steps: 50,
			repeats: 1
		}
	},
	medium: {
		name: "medium",
		image: {
			images: [{
				file: "city-751x563.jpg",
				size: {
					width: 512,
					height: 384
				}
			}],
			depth: 8,
			width: 256,
			steps: 2e4,
			batchSize: 512,
			lr: .001,
			lrDecay: {
				rate: .9,
				every: 1e3
			},
			checkpoints: 8,
			pixels: .25,
			seeds: 3,
			inits: [
				"glorot",
				"go",
				"glorot-c3",
				"go-law"
			],
			sweepInits: [
				"glorot",
				"go",
				"go-law",
				"go-holdout",
				"go-lam1e-4",
				"glorot-c1.5",
				"glorot-c2",
				"glorot-c3",
				"glorot-c4",
				"glorot-c5",
				"glorot-c6",
				"siren"
			],
			goSteps: 750,
			goLambdaSteps: 3e3
		},
		synthetic: {
			depth: 8,
			width: 128,
			steps: 5e3,
			batchSize: 1024,
			lr: .001,
			lrDecay: {
				rate: .99,
				every: 100
			},
			sizes: [
				1024,
				4096,
				16384,
				65536
			],
			maxFreq: 16,
			testGrid: 128,
			checkpoints: 10,
			seeds: 5,
			inits: [
				"glorot",
				"orthogonal",
				"go",
				"go-holdout"
			],
			sweepInits: [
				"glorot",
				"orthogonal",
				"go",
				"go-holdout",
				"go-lam1e-4"
			],
			goSteps: 750,
			goLambdaSteps: 3e3
		},
		ntk: {
			depth: 8,
			width: 128,
			points: 128,
			inits: [
				"glorot",
				"glorot-c3",
				"go",
				"go-lam1e-4"
			],
			goSteps: 3e3,
			trainingSteps: 5e3
		},
		varianceFlow: {
			width: 512,
			depth: 30,
			samples: 8,
			points: 256
		},
		perf: {
			steps: 200,
			repeats: 3
		}
	},
	paper: {
		name: "paper",
		image: {
			images: [{ file: "city-751x563.jpg" }],
			depth: 8,
			width: 512,
			steps: 4e5,
			batchSize: 512,
			lr: 1e-4,
			lrDecay: {
				rate: .99,
				every: 1e3
			},
			checkpoints: 20,
			pixels: .25,
			seeds: 1,
			inits: [
				"glorot",
				"go",
				"go-lam1e-4",
				"glorot-c1.5",
				"glorot-c2",
				"glorot-c3"
			],
			sweepInits: [
				"glorot",
				"go",
				"go-lam1e-4",
				"glorot-c1.5",
				"glorot-c2",
				"glorot-c3",
				"glorot-c4",
				"glorot-c5",
				"glorot-c6"
			],
			goSteps: 2500,
			goLambdaSteps: 2e4
		},
		synthetic: {
			depth: 16,
			width: 256,
			steps: 12e4,
			batchSize: 2048,
			lr: 5e-4,
			lrDecay: {
				rate: .99,
				every: 400
			},
			sizes: [
				4096,
				2 ** 14,
				2 ** 16,
				2 ** 18,
				2 ** 20,
				2 ** 22,
				2 ** 24
			],
			maxFreq: 36,
			testGrid: 256,
			checkpoints: 24,
			seeds: 3,
			inits: [
				"glorot",
				"orthogonal",
				"go",
				"go-lam1e-4"
			],
			sweepInits: [
				"glorot",
				"orthogonal",
				"go",
				"go-lam1e-4"
			],
			goSteps: 2500,
			goLambdaSteps: 2e4
		},
		ntk: {
			depth: 8,
			width: 256,
			points: 200,
			inits: [
				"glorot",
				"glorot-c3",
				"go",
				"go-lam1e-4",
				"go-lam1e-3"
			],
			goSteps: 2e4,
			trainingSteps: 12e4
		},
		varianceFlow: {
			width: 1024,
			depth: 50,
			samples: 16,
			points: 400
		},
		perf: {
			steps: 500,
			repeats: 5
		}
	}
};
// src/perf/memory-check.ts
/** Tensor count and bytes before and after `steps` training steps (must not grow). */
async function memoryOver(steps, tick) {
	const rng = new Rng(3);
	const x = tensor2d(rng.normalArray(512), [512, 1]);
	const y = tensor2d(rng.normalArray(512), [512, 1]);
	const mlp = createMlp({
		sizes: [
			1,
			100,
			100,
			100,
			100,
			100,
			1
		],
		seed: 0
	});
	await train(mlp, {
		x,
		y
	}, {
		steps: 5,
		workers: 1
	});
	const before = memory();
	await train(mlp, {
		x,
		y
	}, {
		steps,
		workers: 1
	});
	const after = memory();
	mlp.dispose();
	dispose([x, y]);
	tick();
	return {
		steps,
		tensorsBefore: before.numTensors,
		tensorsAfter: after.numTensors,
		bytesBefore: before.numBytes,
		bytesAfter: after.numBytes
	};
}
// src/perf/perf-workloads.ts
/** The paper profile's image network (Wang & Perdikaris 2021: 2 → 8×512 → 3, batch 512): its step time projects the paper run's wall time. */
var PAPER_WORKLOAD_PREFIX = "train paper image net";
/**
* The training workloads of a perf run: the throughput network, the profile's
* image network, a small full-batch network, the medium profile's image
* network (when the profile's is not it) and the paper profile's.
*/
function perfWorkloads(spec) {
	const profile = PROFILES[spec.profile];
	const quick = profile.name === "quick";
	const scale = spec.steps ? Math.max(1, spec.steps / profile.perf.steps) : 1;
	const s = (k) => Math.max(1, Math.round(k * scale * (quick ? 1 : 3)));
	const img = profile.image;
	const imgSizes = [
		2,
		...new Array(img.depth).fill(img.width),
		3
	];
	const workloads = [
		{
			name: "train 2→256×4→3, N=16384 full batch",
			sizes: [
				2,
				256,
				256,
				256,
				256,
				3
			],
			n: 16384,
			batch: 16384,
			steps: {
				mlpinit: s(12),
				oneThread: s(4),
				stock: s(2),
				torch: s(6)
			}
		},
		{
			name: `train image net 2→${img.depth}×${img.width}→3, batch ${img.batchSize ?? "full"}`,
			sizes: imgSizes,
			n: 12288,
			batch: img.batchSize ?? 12288,
			steps: {
				mlpinit: s(100),
				oneThread: s(50),
				stock: s(20),
				torch: s(100)
			}
		},
		{
			name: "train 1→100×5→1, N=512 full batch",
			sizes: [
				1,
				100,
				100,
				100,
				100,
				100,
				1
			],
			n: 512,
			batch: 512,
			steps: {
				mlpinit: s(200),
				oneThread: s(100),
				stock: s(50),
				torch: s(200)
			}
		}
	];
	const med = PROFILES.medium.image;
	const isMedium = img.depth === med.depth && img.width === med.width && img.batchSize === med.batchSize;
	const mediumName = isMedium ? workloads[1].name : `train medium image net 2→${med.depth}×${med.width}→3, batch ${med.batchSize}`;
	if (!isMedium) workloads.push({
		name: mediumName,
		sizes: [
			2,
			...new Array(med.depth).fill(med.width),
			3
		],
		n: 12288,
		batch: med.batchSize ?? 12288,
		steps: {
			mlpinit: s(30),
			oneThread: s(30),
			stock: s(4),
			torch: s(30)
		}
	});
	const paper = PROFILES.paper.image;
	workloads.push({
		name: `${PAPER_WORKLOAD_PREFIX} 2→${paper.depth}×${paper.width}→3, batch ${paper.batchSize}`,
		sizes: [
			2,
			...new Array(paper.depth).fill(paper.width),
			3
		],
		n: 16384,
		batch: paper.batchSize ?? 512,
		steps: {
			mlpinit: s(8),
			oneThread: s(4),
			stock: s(2),
			torch: s(8)
		}
	});
	return {
		workloads,
		mediumName,
		imgSizes
	};
}
// src/perf/stock-tfjs.ts
/**
* The "stock" way to train the same MLP with tfjs: variables, `tf.matMul` +
* `tf.add` + `tf.tanh` layers, autodiff through `optimizer.minimize`
* (`tf.variableGrads` underneath) and `tf.train.adam`. The perf suite's
* baseline for what mlpinit's engine buys. Returns ms per step.
*/
async function stockTfjsStepMs(sizes, x, y, steps, batch) {
	const rng = new Rng(0);
	const vars = sizes.slice(0, -1).flatMap((din, l) => {
		const dout = sizes[l + 1];
		return [variable(tensor2d(rng.normalArray(din * dout, 1 / Math.sqrt(din)), [din, dout])), variable(zeros([dout]))];
	});
	const opt = train$1.adam(.001);
	const n = x.shape[0];
	const forward = (xb) => {
		let h = xb;
		for (let l = 0; l < vars.length / 2; l++) {
			h = add(matMul$1(h, vars[2 * l]), vars[2 * l + 1]);
			if (l < vars.length / 2 - 1) h = tanh(h);
		}
		return h;
	};
	const step = async () => {
		const loss = opt.minimize(() => tidy(() => {
			let xb = x;
			let yb = y;
			if (batch < n) {
				const idx = tensor1d(Int32Array.from({ length: batch }, () => rng.int(n)), "int32");
				xb = gather(x, idx);
				yb = gather(y, idx);
			}
			return mean$1(square(sub(forward(xb), yb)));
		}), true, vars);
		await loss?.data();
		loss?.dispose();
	};
	try {
		await step();
		const t0 = performance.now();
		for (let i = 0; i < steps; i++) await step();
		return (performance.now() - t0) / steps;
	} finally {
		opt.dispose();
		dispose(vars);
	}
}
/** The workload names of GO's timings on an image network. */
function goWorkloads(sizes, goSteps) {
	const net = `image net 2→${sizes.length - 2}×${sizes[1]}→3`;
	return {
		path: `GO on ${net}, batch 256`,
		whole: `default go (GO path of ${goSteps} steps + NTK rule) on ${net}`
	};
}
/**
* Times GO's path per step and the whole default `go` (path + NTK rule) on
* the profile's image network, on the active backend; returns the latter's seconds.
*/
async function timeGo(profile, sizes, backend, runs, signal, tick) {
	const img = profile.image;
	const steps = img.goSteps;
	const { path, whole } = goWorkloads(sizes, steps);
	const rng = new Rng(2);
	const x = Array.from({ length: 12288 }, () => [rng.normal(), rng.normal()]);
	const res = await goInit({
		sizes,
		activation: "tanh",
		x,
		steps,
		lambda: AUTO_PATH_LAMBDA,
		lr: AUTO_PATH_LR,
		batchSize: 256,
		seed: 0,
		signal
	});
	runs.push({
		workload: path,
		variant: "mlpinit",
		backend,
		ms: res.seconds * 1e3 / res.stepsRun,
		steps: res.stepsRun
	});
	tick();
	const candidates = GO_AUTO_CANDIDATES.filter((c) => c <= steps);
	const t0 = performance.now();
	const rule = await goInit({
		sizes,
		activation: "tanh",
		x,
		strength: "kernel",
		training: {
			steps: img.steps,
			...img.batchSize ? { batchSize: img.batchSize } : {}
		},
		candidates,
		seed: 0,
		signal
	});
	const seconds = (performance.now() - t0) / 1e3;
	runs.push({
		workload: whole,
		variant: "mlpinit",
		backend,
		ms: seconds * 1e3,
		steps: 1,
		note: `chose ${rule.strength.pathSteps} steps`
	});
	return seconds;
}
// src/perf/time-ntk.ts
/** The NTK speed reference workload (structured NTK vs functorch's jacobian contraction): 1 → 100×5 → 1 tanh at N = 256. */
var NTK_REFERENCE = {
	depth: 5,
	width: 100,
	points: 256,
	workload: "NTK 1→5×100→1 on 256 points"
};
/** Node's resident set size in MiB, or null in a browser. */
function rssMiB() {
	const p = globalThis.process;
	return typeof p?.memoryUsage === "function" ? p.memoryUsage().rss / 2 ** 20 : null;
}
/**
* The NTK speed reference (structured vs jacobian, best of several calls)
* and the structured NTK's memory at N = 4096, on the active backend.
*/
async function timeNtk(backend, runs, signal, tick) {
	const p = NTK_REFERENCE;
	const sizes = [
		1,
		...new Array(p.depth).fill(p.width),
		1
	];
	const x = Array.from({ length: p.points }, (_, i) => [-1 + 2 * i / (p.points - 1)]);
	const mlp = createMlp({
		sizes,
		seed: 0
	});
	try {
		for (const method of ["structured", "jacobian"]) {
			signal.throwIfAborted();
			await empiricalNtk(mlp, x, void 0, { method });
			let best = Number.POSITIVE_INFINITY;
			const repeats = method === "structured" ? 5 : 2;
			for (let i = 0; i < repeats; i++) {
				const t0 = performance.now();
				await empiricalNtk(mlp, x, void 0, { method });
				best = Math.min(best, performance.now() - t0);
			}
			runs.push({
				workload: p.workload,
				variant: method,
				backend,
				ms: best,
				steps: repeats,
				note: `best of ${repeats}`
			});
		}
	} finally {
		mlp.dispose();
	}
	const big = Array.from({ length: 4096 }, (_, i) => [-1 + 2 * i / 4095]);
	const wide = createMlp({
		sizes,
		seed: 0
	});
	try {
		const rss0 = rssMiB();
		const t0 = performance.now();
		await empiricalNtk(wide, big, void 0, { method: "structured" });
		const ms = performance.now() - t0;
		const rss = rssMiB();
		const bytes = memory().numBytes / 2 ** 20;
		runs.push({
			workload: "NTK 1→5×100→1 on 4096 points",
			variant: "structured",
			backend,
			ms,
			steps: 1,
			note: rss !== null && rss0 !== null ? `process RSS ${rss.toFixed(0)} MiB after (${rss0.toFixed(0)} MiB before)` : `tfjs holds ${bytes.toFixed(0)} MiB after (browser page: no process RSS)`
		});
	} finally {
		wide.dispose();
	}
	tick();
}
// src/perf/perf-measure.ts
/** The number of ticks {@link measurePerf} reports for a spec. */
function perfTicks(spec) {
	return perfWorkloads(spec).workloads.length * 3 + 3;
}
/**
* The backend-side timings of the perf suite on the active backend: each
* training workload with mlpinit's engine (all cores and one thread) and the
* stock tfjs way, GO's path and the whole default `go`, the NTK methods, and
* tensor memory over 1,000 steps. Portable: the same code runs in Node and in
* a browser page (webgl, webgpu).
*/
async function measurePerf(spec, opts = {}) {
	const { workloads, imgSizes } = perfWorkloads(spec);
	const info = getBackendInfo();
	const label = info ? `${info.name}${info.software ? " (software: SwiftShader)" : ""}` : "unknown";
	const runs = [];
	const total = perfTicks(spec);
	let done = 0;
	const tick = () => opts.onTick?.(++done, total);
	const signal = opts.signal ?? new AbortController().signal;
	let goSeconds = null;
	let memory = {
		steps: 0,
		tensorsBefore: 0,
		tensorsAfter: 0,
		bytesBefore: 0,
		bytesAfter: 0
	};
	let partial = false;
	try {
		for (const w of workloads) await timeWorkload(w, label, runs, signal, tick);
		goSeconds = await timeGo(PROFILES[spec.profile], imgSizes, label, runs, signal, tick);
		await timeNtk(label, runs, signal, tick);
		memory = await memoryOver(1e3, tick);
	} catch (err) {
		if (err.code !== "ABORTED" && err.name !== "AbortError") throw err;
		partial = true;
	}
	return {
		runs,
		goSeconds,
		memory,
		backend: {
			name: info?.name ?? "unknown",
			...info?.adapter ? { adapter: info.adapter } : {},
			...info?.software !== void 0 ? { software: info.software } : {}
		},
		partial
	};
}
async function timeWorkload(w, backend, runs, signal, tick) {
	const rng = new Rng(1);
	const x = tensor2d(rng.normalArray(w.n * w.sizes[0]), [w.n, w.sizes[0]]);
	const y = tensor2d(rng.normalArray(w.n * w.sizes.at(-1)), [w.n, w.sizes.at(-1)]);
	try {
		for (const [variant, workers, steps] of [[
			"mlpinit",
			"auto",
			w.steps.mlpinit
		], [
			"mlpinit-1thread",
			1,
			w.steps.oneThread
		]]) {
			signal.throwIfAborted();
			const mlp = createMlp({
				sizes: w.sizes,
				init: "fan-in-normal",
				seed: 0
			});
			try {
				await train(mlp, {
					x,
					y
				}, {
					steps: 2,
					batchSize: w.batch,
					workers: 1
				});
				const t0 = performance.now();
				await train(mlp, {
					x,
					y
				}, {
					steps,
					batchSize: w.batch,
					workers,
					signal,
					progressEvery: steps
				});
				runs.push({
					workload: w.name,
					variant,
					backend,
					ms: (performance.now() - t0) / steps,
					steps,
					note: workers === "auto" ? "workers: auto (includes worker start-up)" : void 0
				});
			} finally {
				mlp.dispose();
			}
			tick();
		}
		signal.throwIfAborted();
		runs.push({
			workload: w.name,
			variant: "stock-tfjs",
			backend,
			ms: await stockTfjsStepMs(w.sizes, x, y, w.steps.stock, w.batch),
			steps: w.steps.stock
		});
		tick();
	} finally {
		dispose([x, y]);
	}
}
/**
* Draws the target of Wang & Perdikaris' synthetic regression (their Figure 4
* code): a sum of 4 terms A₁·sin(π f₁ x)·cos(π f₂ y) + A₂·sin(π f₃ x)·cos(π f₄ y)
* with amplitudes ~ U(0, 2) and frequencies ~ U(0, maxFreq). Draw order from
* `new Rng(seed)`: for each term a₁, a₂, then f₁…f₄, each frequency as
* maxFreq·U(0, 1), so the same seed at another maxFreq gives the same
* function with its frequencies scaled.
*/
function syntheticTarget(seed, maxFreq) {
	if (!(maxFreq >= 0) || !Number.isFinite(maxFreq)) throw new MlpinitError("INVALID_ARGUMENT", `expected a finite maxFreq ≥ 0, got ${maxFreq}`, "maxFreq");
	const rng = new Rng(seed);
	const terms = [];
	for (let k = 0; k < 4; k++) {
		const a1 = 2 * rng.uniform();
		const a2 = 2 * rng.uniform();
		const [f1, f2, f3, f4] = [
			0,
			0,
			0,
			0
		].map(() => maxFreq * rng.uniform());
		terms.push({
			a1,
			a2,
			f1,
			f2,
			f3,
			f4
		});
	}
	return {
		seed,
		maxFreq,
		terms
	};
}
/** The target's value at (x, y). */
function evalTarget(target, x, y) {
	let s = 0;
	for (const t of target.terms) {
		s += t.a1 * Math.sin(Math.PI * t.f1 * x) * Math.cos(Math.PI * t.f2 * y);
		s += t.a2 * Math.sin(Math.PI * t.f3 * x) * Math.cos(Math.PI * t.f4 * y);
	}
	return s;
}
/** `n` training points uniform on [−1, 1]², from a stream independent of the target's draws. */
function samplePoints(seed, n) {
	const rng = new Rng(seed).split();
	const out = new Array(n);
	for (let i = 0; i < n; i++) out[i] = [rng.uniformRange(-1, 1), rng.uniformRange(-1, 1)];
	return out;
}
/** A regular side×side grid on [−1, 1]², row-major (y outer). */
function gridPoints(side) {
	const out = [];
	for (let i = 0; i < side; i++) for (let j = 0; j < side; j++) out.push([-1 + 2 * j / (side - 1), -1 + 2 * i / (side - 1)]);
	return out;
}
// src/synthetic/synthetic-trial.ts
/** Inputs on [−1, 1] have variance 1/3: dividing by √(1/3) gives unit variance (GO's normalisation). */
var INPUT_SCALE = Math.sqrt(3);
/**
* The inputs a family sees for points on [−1, 1]²: unit variance for tanh
* networks (GO's normalisation), [0, 1] for Fourier features (Tancik et al.
* 2020), [−1, 1] as they are for SIREN (Sitzmann et al. 2020).
*/
function normalise(points, family = "tanh") {
	if (family === "siren") return points.map(([a, b]) => [a, b]);
	if (family === "fourier") return points.map(([a, b]) => [(a + 1) / 2, (b + 1) / 2]);
	return points.map(([a, b]) => [a * INPUT_SCALE, b * INPUT_SCALE]);
}
async function predict(mlp, x, scale) {
	const t = tidy(() => mlp.forward(x));
	const v = await t.data();
	t.dispose();
	const out = new Float64Array(v.length);
	for (let i = 0; i < v.length; i++) out[i] = v[i] * scale;
	return out;
}
/**
* Fits a deep tanh MLP to `size` random samples of a seeded target of the
* authors' family (Wang & Perdikaris 2021, Sec. 4.1, Figure 4) and measures
* the relative L2 error on the training points and on a dense test grid.
* Targets are scaled by their training std for training; errors are in the
* target's own units.
*/
async function runSyntheticTrial(spec, opts = {}) {
	const t0 = performance.now();
	const target = syntheticTarget(spec.seed, spec.maxFreq);
	const rawTrain = samplePoints(spec.seed, spec.size);
	const rawTest = gridPoints(spec.testGrid);
	const yTrain = Float64Array.from(rawTrain, ([a, b]) => evalTarget(target, a, b));
	const yTest = Float64Array.from(rawTest, ([a, b]) => evalTarget(target, a, b));
	let s2 = 0;
	for (const v of yTrain) s2 += v * v;
	const scale = Math.sqrt(s2 / yTrain.length) || 1;
	const initSpec = parseInit(spec.init, spec.go);
	const family = familyOf(initSpec);
	const lr = familyLr(family, spec.lr);
	const x = normalise(rawTrain, family);
	const xTest = normalise(rawTest, family);
	const y = Array.from(yTrain, (v) => [v / scale]);
	const sizes = [
		2,
		...new Array(spec.depth).fill(spec.width),
		1
	];
	const plan = {
		x,
		budget: {
			steps: spec.steps,
			batchSize: spec.batchSize
		}
	};
	const holdout = {
		y,
		steps: Math.min(1e3, Math.max(50, Math.round(spec.steps / 4))),
		lr,
		batchSize: spec.batchSize
	};
	const { mlp, go, scale: scaleChoice } = await buildMlp(initSpec, sizes, spec.seed, x, opts.signal, plan, holdout);
	try {
		const evaluate = async (step) => ({
			step,
			trainRelL2: relativeL2(await predict(mlp, x, scale), yTrain),
			testRelL2: relativeL2(await predict(mlp, xTest, scale), yTest)
		});
		const { curve, final, losses, trainSeconds } = await trainWithCheckpoints(mlp, {
			x,
			y
		}, {
			steps: spec.steps,
			lr,
			lrDecay: spec.lrDecay,
			batchSize: spec.batchSize,
			seed: spec.seed,
			checkpoints: spec.checkpoints,
			reports: 50,
			evaluate
		}, opts);
		return {
			init: spec.init,
			seed: spec.seed,
			size: spec.size,
			maxFreq: spec.maxFreq,
			trainRelL2: final.trainRelL2,
			testRelL2: final.testRelL2,
			...trialRecord(t0, spec.steps, {
				curve,
				losses,
				trainSeconds
			}, {
				go,
				scale: scaleChoice
			}, lr)
		};
	} finally {
		mlp.dispose();
	}
}
// ../variance-flow/dist/gauss-hermite.js
var cache = /* @__PURE__ */ new Map();
var PI_M4 = Math.PI ** -.25;
/**
* The n-point Gauss–Hermite rule for the weight e^{-x²} on ℝ, in float64:
* ∫ g(x) e^{-x²} dx ≈ Σ w_i g(x_i), exact for polynomials of degree ≤ 2n − 1.
*
* Roots by Newton's method on the orthonormal Hermite recurrence
* h_j = x·√(2/j)·h_{j−1} − √((j−1)/j)·h_{j−2}, started from the asymptotic
* guesses of Numerical Recipes (Press et al. 2007, §4.6 `gauher`); the weight
* of a root is 2 / h_n'(x)². Nodes are ascending. Rules are cached per n;
* n ≤ {@link MAX_GAUSS_HERMITE_NODES}.
*/
function gaussHermite(n) {
	assertInteger(n, "n", 1);
	if (n > 192) throw new MlpinitError("INVALID_ARGUMENT", `expected at most 192 nodes, got ${n}`, "n");
	const hit = cache.get(n);
	if (hit) return hit;
	const m = Math.floor((n + 1) / 2);
	const x = new Float64Array(m);
	const w = new Float64Array(m);
	let z = 0;
	for (let i = 0; i < m; i++) {
		if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** (-1 / 6);
		else if (i === 1) z -= 1.14 * n ** .426 / z;
		else if (i === 2) z = 1.86 * z - .86 * x[0];
		else if (i === 3) z = 1.91 * z - .91 * x[1];
		else z = 2 * z - x[i - 2];
		let pp = 0;
		for (let it = 0; it < 100; it++) {
			let p1 = PI_M4;
			let p2 = 0;
			for (let j = 1; j <= n; j++) {
				const p3 = p2;
				p2 = p1;
				p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
			}
			pp = Math.sqrt(2 * n) * p2;
			const dz = p1 / pp;
			z -= dz;
			if (Math.abs(dz) <= 1e-15 * Math.max(1, Math.abs(z))) {
				p1 = PI_M4;
				p2 = 0;
				for (let j = 1; j <= n; j++) {
					const p3 = p2;
					p2 = p1;
					p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
				}
				pp = Math.sqrt(2 * n) * p2;
				break;
			}
		}
		x[i] = z;
		w[i] = 2 / (pp * pp);
	}
	const nodes = new Float64Array(n);
	const weights = new Float64Array(n);
	for (let i = 0; i < m; i++) {
		nodes[i] = -x[i];
		weights[i] = w[i];
		nodes[n - 1 - i] = x[i];
		weights[n - 1 - i] = w[i];
	}
	if (n % 2 === 1) nodes[m - 1] = 0;
	const rule = Object.freeze({
		nodes,
		weights
	});
	cache.set(n, rule);
	return rule;
}
// ../variance-flow/dist/gauss-kronrod.js
/**
* Adaptive 7/15-point Gauss–Kronrod quadrature on a finite interval
* (Piessens et al. 1983, QUADPACK `qk15`/`qag`): the interval with the largest
* error estimate |K15 − G7| is bisected until the summed estimate meets the
* tolerance, with QUADPACK's scaled error estimate.
*/
/** Kronrod abscissae on [0, 1] (symmetric), QUADPACK qk15. */
var KRONROD_15_NODES = [
	.9914553711208126,
	.9491079123427585,
	.8648644233597691,
	.7415311855993945,
	.5860872354676911,
	.4058451513773972,
	.20778495500789848,
	0
];
/** Kronrod weights matching {@link KRONROD_15_NODES}. */
var KRONROD_15_WEIGHTS = [
	.022935322010529224,
	.06309209262997856,
	.10479001032225019,
	.14065325971552592,
	.1690047266392679,
	.19035057806478542,
	.20443294007529889,
	.20948214108472782
];
/** Gauss 7-point weights at the odd Kronrod abscissae 1, 3, 5, 7. */
var GAUSS_7_WEIGHTS = [
	.1294849661688697,
	.27970539148927664,
	.3818300505051189,
	.4179591836734694
];
function gk15(h, k, a, b, fv) {
	const mid = .5 * (a + b);
	const half = .5 * (b - a);
	const out = new Float64Array(k);
	h(mid, out);
	fv.set(out, 7 * k);
	for (let j = 0; j < 7; j++) {
		const dx = half * KRONROD_15_NODES[j];
		h(mid - dx, out);
		fv.set(out, j * k);
		h(mid + dx, out);
		fv.set(out, (14 - j) * k);
	}
	const value = new Float64Array(k);
	const error = new Float64Array(k);
	const absOut = new Float64Array(k);
	const w = Math.abs(half);
	for (let i = 0; i < k; i++) {
		const fc = fv[7 * k + i];
		let kron = fc * KRONROD_15_WEIGHTS[7];
		let gauss = fc * GAUSS_7_WEIGHTS[3];
		let abs = Math.abs(kron);
		for (let j = 0; j < 7; j++) {
			const f1 = fv[j * k + i];
			const f2 = fv[(14 - j) * k + i];
			const wk = KRONROD_15_WEIGHTS[j];
			kron += wk * (f1 + f2);
			abs += wk * (Math.abs(f1) + Math.abs(f2));
			if (j % 2 === 1) gauss += GAUSS_7_WEIGHTS[(j - 1) / 2] * (f1 + f2);
		}
		const meanValue = .5 * kron;
		let asc = KRONROD_15_WEIGHTS[7] * Math.abs(fc - meanValue);
		for (let j = 0; j < 7; j++) asc += KRONROD_15_WEIGHTS[j] * (Math.abs(fv[j * k + i] - meanValue) + Math.abs(fv[(14 - j) * k + i] - meanValue));
		asc *= w;
		let err = Math.abs((kron - gauss) * half);
		if (asc !== 0 && err !== 0) err = asc * Math.min(1, 200 * err / asc) ** 1.5;
		value[i] = kron * half;
		error[i] = Math.max(err, 50 * Number.EPSILON * abs * w);
		absOut[i] = abs * w;
	}
	return {
		a,
		b,
		value,
		error,
		abs: absOut
	};
}
/**
* ∫ h over the union of [breaks[j], breaks[j+1]] (breaks ascending) for a
* k-component integrand sharing its evaluations, each break being a panel
* edge so that kinks of h are never inside a panel. Every component must meet
* the tolerance; the panel whose error is largest relative to its
* component's tolerance is bisected next.
*/
function integrateAdaptiveVector(h, k, breaks, opts = {}) {
	const relTol = opts.relTol ?? 1e-12;
	const absScale = opts.absTolScale ?? 1e-13;
	const maxPanels = opts.maxPanels ?? 2e3;
	const absTol = opts.absTol ?? 0;
	const fv = new Float64Array(15 * k);
	const panels = [];
	for (let j = 0; j + 1 < breaks.length; j++) {
		const a = breaks[j];
		const b = breaks[j + 1];
		if (b > a) panels.push(gk15(h, k, a, b, fv));
	}
	const value = new Float64Array(k);
	const error = new Float64Array(k);
	const abs = new Float64Array(k);
	const tol = new Float64Array(k);
	for (;;) {
		value.fill(0);
		error.fill(0);
		abs.fill(0);
		for (const p of panels) for (let i = 0; i < k; i++) {
			value[i] = value[i] + p.value[i];
			error[i] = error[i] + p.error[i];
			abs[i] = abs[i] + p.abs[i];
		}
		let done = true;
		let finite = true;
		for (let i = 0; i < k; i++) {
			tol[i] = Math.max(relTol * Math.abs(value[i]), absScale * abs[i], absTol, Number.MIN_VALUE);
			if (error[i] > tol[i]) done = false;
			if (!Number.isFinite(value[i])) finite = false;
		}
		if (done || panels.length === 0 || panels.length >= maxPanels || !finite) return value;
		let worst = 0;
		let worstRatio = -1;
		panels.forEach((p, j) => {
			for (let i = 0; i < k; i++) {
				const r = p.error[i] / tol[i];
				if (r > worstRatio) {
					worstRatio = r;
					worst = j;
				}
			}
		});
		const p = panels[worst];
		const m = .5 * (p.a + p.b);
		panels[worst] = gk15(h, k, p.a, m, fv);
		panels.push(gk15(h, k, m, p.b, fv));
	}
}
// ../variance-flow/dist/gaussian-expectation.js
/** Standard normal truncation: ∫_{|z|>Z} |z|^k φ(z) dz is below 1e-19 for k ≤ 4. */
var Z_MAX = 10;
var INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** Largest Gauss–Hermite rule used; beyond it adaptive Gauss–Kronrod is cheaper and safer. */
var MAX_HERMITE = 128;
/**
* Gauss–Hermite is used only up to this σ: beyond it f(σz) varies on scales
* the nodes miss (already at σ = 1, tanh² needs more than 128 nodes for
* 1e-10, though 64 suffice for the 1e-8 of the two-dimensional maps), and two
* rules can even agree on a wrong value (erf at σ = 30 is 1 at every node of
* both the 32- and the 64-point rule).
*/
var HERMITE_MAX_STD = 1;
function hermiteMean(g, k, mean, std, n) {
	const { nodes, weights } = gaussHermite(n);
	const scale = std * Math.SQRT2;
	const value = new Float64Array(k);
	const abs = new Float64Array(k);
	const out = new Float64Array(k);
	for (let i = 0; i < n; i++) {
		g(mean + scale * nodes[i], out);
		const w = weights[i] / Math.sqrt(Math.PI);
		for (let j = 0; j < k; j++) {
			const v = w * out[j];
			value[j] = value[j] + v;
			abs[j] = abs[j] + Math.abs(v);
		}
	}
	return {
		value,
		abs
	};
}
/** Finest trapezoidal grid tried before giving up on it (points on [−10, 10]). */
var MAX_TRAPEZOID_POINTS = 32768;
/**
* Nested trapezoidal rule on [−10, 10] in z, halving the step until two
* successive sums agree. For analytic integrands with Gaussian decay it
* converges geometrically (Trefethen & Weideman 2014, "The exponentially
* convergent trapezoidal rule", Sec. 5), and every halving reuses the
* previous points; for oscillatory f it needs far fewer points than
* Gauss–Kronrod panels. The first step resolves the oscillation (Nyquist), and an
* answer is accepted only when the previous difference was already small,
* so that a coarse grid cannot agree with itself by aliasing. Returns null
* when the finest grid does not converge.
*/
function trapezoidMean(g, k, mean, std, frequency, relTol, absTol) {
	const h0 = Math.min(.5, Math.PI / (frequency * std + 8));
	let n = 2 * Math.ceil(Z_MAX / h0);
	let step = 20 / n;
	const sum = new Float64Array(k);
	const abs = new Float64Array(k);
	const out = new Float64Array(k);
	const add = (z) => {
		g(mean + std * z, out);
		const w = Math.exp(-.5 * z * z) * INV_SQRT_2PI;
		for (let j = 0; j < k; j++) {
			const v = out[j] * w;
			sum[j] = sum[j] + v;
			abs[j] = abs[j] + Math.abs(v);
		}
	};
	for (let i = 0; i <= n; i++) add(-10 + i * step);
	let prev = sum.map((v) => v * step);
	let prevDiffOk = false;
	while (n < MAX_TRAPEZOID_POINTS) {
		for (let i = 0; i < n; i++) add(-10 + (i + .5) * step);
		n *= 2;
		step /= 2;
		const next = sum.map((v) => v * step);
		let converged = true;
		let roughlyConverged = true;
		for (let j = 0; j < k; j++) {
			const v = next[j];
			const d = Math.abs(v - prev[j]);
			const floor = Math.max(1e-15 * abs[j] * step, absTol);
			if (d > Math.max(relTol * Math.abs(v), floor)) converged = false;
			if (d > Math.max(.001 * Math.abs(v), floor)) roughlyConverged = false;
		}
		if (converged && prevDiffOk) return next;
		prevDiffOk = roughlyConverged;
		prev = next;
	}
	return null;
}
/**
* E[g(μ + σz)] for z ~ N(0, 1) and a k-component g whose components share
* their evaluations (e.g. f² and z·f·f′ for a length map and its slope), to
* a relative accuracy of about `relTol` in every component.
*
* σ ≤ 1 and no kink: Gauss–Hermite with 32, 64, 128 nodes, accepted as
* soon as two successive rules agree (for oscillatory g the first node count
* grows with σ², to resolve cos(2σz)). Oscillatory g at larger σ: a nested
* trapezoidal rule whose point count doubles until it converges. Otherwise
* (larger σ, where f(σz) is nearly a step, and whenever g has a kink inside
* |z| < 10): adaptive Gauss–Kronrod 7/15 on [−10, 10] in z, split at the
* kinks so that every panel is smooth.
*/
function gaussianExpectationVector(g, k, mean, std, opts = {}) {
	if (std === 0) {
		const out = new Float64Array(k);
		g(mean, out);
		return out;
	}
	const relTol = opts.relTol ?? 1e-10;
	const absTol = opts.absTol ?? 0;
	const zKinks = (opts.kinks ?? []).map((x) => (x - mean) / std).filter((z) => Math.abs(z) < Z_MAX);
	const freq = opts.frequency ?? 2;
	let n = opts.oscillatory ? Math.max(32, 2 ** Math.ceil(Math.log2(freq * freq * std * std + 16))) : 32;
	if (zKinks.length === 0 && std <= HERMITE_MAX_STD && n < MAX_HERMITE) {
		let prev = hermiteMean(g, k, mean, std, n);
		while (n < MAX_HERMITE) {
			n *= 2;
			const next = hermiteMean(g, k, mean, std, n);
			let agree = true;
			for (let j = 0; j < k; j++) {
				const v = next.value[j];
				if (Math.abs(v - prev.value[j]) > Math.max(relTol * Math.abs(v), 1e-15 * next.abs[j], absTol)) agree = false;
			}
			if (agree) return next.value;
			prev = next;
		}
	}
	if (zKinks.length === 0 && opts.oscillatory) {
		const t = trapezoidMean(g, k, mean, std, freq, relTol, absTol);
		if (t) return t;
	}
	const breaks = [
		-10,
		-6,
		-3,
		-1,
		0,
		1,
		3,
		6,
		Z_MAX,
		...zKinks
	].sort((a, b) => a - b);
	const h = (z, out) => {
		g(mean + std * z, out);
		const w = Math.exp(-.5 * z * z) * INV_SQRT_2PI;
		for (let j = 0; j < k; j++) out[j] = out[j] * w;
	};
	return integrateAdaptiveVector(h, k, breaks, {
		relTol,
		absTol
	});
}
/**
* E[g(μ + σz)] for z ~ N(0, 1): the scalar form of
* `gaussianExpectationVector` (Gauss–Hermite for small σ, otherwise
* adaptive Gauss–Kronrod split at kinks).
*/
function gaussianExpectation(g, mean, std, opts = {}) {
	return gaussianExpectationVector((x, out) => {
		out[0] = g(x);
	}, 1, mean, std, opts)[0];
}
// ../variance-flow/dist/map-options.js
var frequencies = /* @__PURE__ */ new WeakMap();
/**
* An upper estimate of the angular frequency ω of an oscillatory activation
* (1 for sin), as max|f′| / max|f| over a probe of [−50, 50]; cached per
* activation. The trapezoidal rule starts from a step that resolves it, so
* that a coarse grid cannot alias the oscillation.
*/
function oscillationFrequency(f) {
	const hit = frequencies.get(f);
	if (hit !== void 0) return hit;
	let maxF = 0;
	let maxDf = 0;
	for (let j = 0; j <= 2e3; j++) {
		const x = -50 + j / 20;
		maxF = Math.max(maxF, Math.abs(f.scalar(x)));
		maxDf = Math.max(maxDf, Math.abs(f.derivative(x)));
	}
	const omega = maxF > 0 && Number.isFinite(maxDf / maxF) ? Math.max(1, maxDf / maxF) : 1;
	frequencies.set(f, omega);
	return omega;
}
/**
* How the quadrature treats the activation's integrands (f², z·f·f′, f′², f):
* split at its kinks, and for oscillatory activations the angular frequency
* of products of two factors, 2ω.
*/
function quadratureRule(f) {
	return f.oscillatory ? {
		kinks: f.kinks,
		oscillatory: true,
		frequency: 2 * oscillationFrequency(f)
	} : { kinks: f.kinks };
}
/** Resolves the activation (name or object) and checks the layer parameters. */
function resolveMap(activation, opts) {
	if (opts !== void 0 && (typeof opts !== "object" || opts === null)) throw new MlpinitError("INVALID_ARGUMENT", "expected an options object {c, bias, biasStd}", "opts");
	const f = resolveActivation(activation);
	const c = opts?.c ?? 1;
	const bias = opts?.bias ?? 0;
	const biasStd = opts?.biasStd ?? 0;
	assertNonNegative(c, "opts.c");
	assertFinite(bias, "opts.bias");
	assertNonNegative(biasStd, "opts.biasStd");
	return {
		f,
		c,
		bias,
		biasStd
	};
}
/** Looks the activation up and checks that it has the scalar forms the quadrature integrates. */
function resolveActivation(activation) {
	const f = getActivation(activation);
	if (typeof f.scalar !== "function" || typeof f.derivative !== "function") throw new MlpinitError("INVALID_ARGUMENT", "expected an activation with scalar(x) and derivative(x) functions", "activation");
	return f;
}
/** Throws NON_FINITE when an expectation overflowed or the activation returned NaN. */
function assertFiniteResult(value, f, what) {
	if (!Number.isFinite(value)) throw new MlpinitError("NON_FINITE", `${what} is ${value} for activation ${JSON.stringify(f.name)} (overflow, or NaN from its scalar form)`, "activation");
	return value;
}
// ../variance-flow/dist/length-map.js
/** Pre-activation standard deviation √(c²s² + σ_b²) for input root second moment s. */
function preActivationStd(m, s) {
	return Math.hypot(m.c * s, m.biasStd);
}
/** E[f(σz + b)²]: the post-activation second moment for pre-activation N(b, σ²). */
function secondMoment(m, sigma) {
	const f = m.f.scalar;
	return assertFiniteResult(gaussianExpectation((x) => f(x) ** 2, m.bias, sigma, quadratureRule(m.f)), m.f, "E[f(x)²]");
}
/** @internal Length map on resolved options. */
function lengthMapResolved(m, s) {
	return Math.sqrt(secondMoment(m, preActivationStd(m, s)));
}
/**
* @internal The length map and its slope together: one quadrature of the
* pair (f², z·f·f′), which share their evaluations of f and f′.
*/
function lengthMapWithSlope(m, s) {
	const sigma = preActivationStd(m, s);
	const { scalar: f, derivative: df } = m.f;
	if (sigma === 0) {
		const fb = f(m.bias);
		assertFiniteResult(fb, m.f, "f(b)");
		if (fb !== 0) return {
			map: Math.abs(fb),
			slope: 0
		};
		const delta = 1e-9 * (1 + Math.abs(m.bias));
		return {
			map: 0,
			slope: m.c * Math.sqrt(.5 * (df(m.bias + delta) ** 2 + df(m.bias - delta) ** 2))
		};
	}
	const b = m.bias;
	const [moment, mixed] = gaussianExpectationVector((x, out) => {
		const fx = f(x);
		out[0] = fx * fx;
		out[1] = (x - b) / sigma * fx * df(x);
	}, 2, b, sigma, quadratureRule(m.f));
	const map = Math.sqrt(assertFiniteResult(moment, m.f, "E[f(x)²]"));
	return {
		map,
		slope: assertFiniteResult(map === 0 ? 0 : m.c * m.c * s / sigma * (mixed / map), m.f, "the slope")
	};
}
/** @internal Slope of the length map on resolved options. */
function lengthMapSlopeResolved(m, s) {
	return lengthMapWithSlope(m, s).slope;
}
// ../variance-flow/dist/brent.js
/**
* A root of g in [a, b] given g(a)·g(b) ≤ 0, by Brent's method (Brent 1973,
* "Algorithms for Minimization without Derivatives", ch. 4): inverse
* quadratic interpolation and secant steps safeguarded by bisection.
*/
function brentRoot(g, a0, b0, fa0 = g(a0), fb0 = g(b0), xTol = 1e-14) {
	let a = a0;
	let b = b0;
	let fa = fa0;
	let fb = fb0;
	if (fa === 0) return a;
	if (fb === 0) return b;
	let c = a;
	let fc = fa;
	let d = b - a;
	let e = d;
	for (let it = 0; it < 200; it++) {
		if (fb * fc > 0) {
			c = a;
			fc = fa;
			d = b - a;
			e = d;
		}
		if (Math.abs(fc) < Math.abs(fb)) {
			a = b;
			b = c;
			c = a;
			fa = fb;
			fb = fc;
			fc = fa;
		}
		const tol = 2 * Number.EPSILON * Math.abs(b) + .5 * xTol;
		const m = .5 * (c - b);
		if (Math.abs(m) <= tol || fb === 0) return b;
		if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
			const s = fb / fa;
			let p;
			let q;
			if (a === c) {
				p = 2 * m * s;
				q = 1 - s;
			} else {
				const qq = fa / fc;
				const r = fb / fc;
				p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
				q = (qq - 1) * (r - 1) * (s - 1);
			}
			if (p > 0) q = -q;
			else p = -p;
			if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
				e = d;
				d = p / q;
			} else {
				d = m;
				e = m;
			}
		} else {
			d = m;
			e = m;
		}
		a = b;
		fa = fb;
		b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
		fb = g(b);
	}
	return b;
}
// ../variance-flow/dist/fixed-points.js
/** |L(s) − s| below this (relative to 1 + s) counts as zero. */
var ZERO_TOL = 1e-11;
/** Relative width of the probe beside a fixed point whose |slope| is 1. */
var PROBE = .02;
function stabilityOf(m, s, slope) {
	if (Math.abs(Math.abs(slope) - 1) > 1e-7) return Math.abs(slope) < 1 ? "stable" : "unstable";
	const h = PROBE * (1 + s);
	const side = (t) => {
		const v = lengthMapResolved(m, t) - t;
		return Math.abs(v) <= 1e-12 * (1 + t) ? 0 : Math.sign(v);
	};
	const above = side(s + h);
	const below = s - h >= 0 ? side(s - h) : null;
	if (above === 0 && (below === null || below === 0)) return "neutral";
	return above <= 0 && (below === null || below >= 0) ? "marginally stable" : "marginally unstable";
}
function point(m, s) {
	const slope = lengthMapSlopeResolved(m, s);
	return {
		s,
		slope,
		stable: Math.abs(slope) < 1,
		stability: stabilityOf(m, s, slope)
	};
}
/**
* @internal Fixed points from samples ls[k] = L(xs[k]) on an ascending,
* uniform grid xs starting at 0 (so that curve data can be reused).
*/
function fixedPointsOnGrid(m, xs, ls) {
	const g = (s) => lengthMapResolved(m, s) - s;
	const isZero = (v, s) => Math.abs(v) <= ZERO_TOL * (1 + s);
	const grid = xs.length - 1;
	const sMax = xs[grid];
	const gs = ls.map((l, k) => l - xs[k]);
	const roots = [];
	const push = (s) => {
		const last = roots[roots.length - 1];
		if (last === void 0 || Math.abs(s - last) > 1e-9 * (1 + s)) roots.push(s);
	};
	for (let k = 0; k <= grid; k++) {
		const s = xs[k];
		const v = gs[k];
		if (isZero(v, s)) {
			push(s);
			continue;
		}
		if (k === grid) break;
		const s1 = xs[k + 1];
		const v1 = gs[k + 1];
		if (!isZero(v1, s1) && v * v1 < 0) push(brentRoot(g, s, s1, v, v1));
		else if (!isZero(v1, s1) && k > 0) {
			const v0 = gs[k - 1];
			if (Math.sign(v0) === Math.sign(v) && Math.sign(v) === Math.sign(v1) && Math.abs(v) < Math.abs(v0) && Math.abs(v) < Math.abs(v1)) {
				const t = goldenMinAbs(g, xs[k - 1], s1);
				if (isZero(g(t), t)) push(t);
			}
		}
	}
	return roots.filter((s, i) => {
		const prev = roots[i - 1];
		const next = roots[i + 1];
		const h = sMax / grid;
		return !(prev !== void 0 && next !== void 0 && s - prev <= h * 1.0001 && next - s <= h * 1.0001);
	}).map((s) => point(m, s));
}
function goldenMinAbs(g, a0, b0) {
	const r = (Math.sqrt(5) - 1) / 2;
	let a = a0;
	let b = b0;
	let x1 = b - r * (b - a);
	let x2 = a + r * (b - a);
	let f1 = Math.abs(g(x1));
	let f2 = Math.abs(g(x2));
	for (let it = 0; it < 80 && b - a > 1e-12 * (1 + Math.abs(a)); it++) if (f1 < f2) {
		b = x2;
		x2 = x1;
		f2 = f1;
		x1 = b - r * (b - a);
		f1 = Math.abs(g(x1));
	} else {
		a = x1;
		x1 = x2;
		f1 = f2;
		x2 = a + r * (b - a);
		f2 = Math.abs(g(x2));
	}
	return f1 < f2 ? x1 : x2;
}
// ../variance-flow/dist/schemes.js
/**
* The three schemes of Figure 2 of Wang & Perdikaris (2021): Glorot (Glorot &
* Bengio 2010) with tanh, c = 1 (the fan-in form the paper analyses); He
* (He et al. 2015) with relu, c = √2; SIREN hidden layers (Sitzmann et al.
* 2020, Sec. 3.2: U(±√(6/d_in)), variance 2/d_in) with sin, c = √2.
*/
var SCHEMES = Object.freeze({
	glorot: Object.freeze({
		name: "glorot",
		label: "Glorot (tanh, c = 1)",
		activation: "tanh",
		c: 1
	}),
	he: Object.freeze({
		name: "he",
		label: "He (relu, c = √2)",
		activation: "relu",
		c: Math.SQRT2
	}),
	siren: Object.freeze({
		name: "siren",
		label: "SIREN (sin, c = √2)",
		activation: "sin",
		c: Math.SQRT2
	})
});
/** Looks up a scheme by name. */
function getScheme(name) {
	const s = SCHEMES[name];
	if (!s) throw new MlpinitError("INVALID_ARGUMENT", `unknown scheme ${JSON.stringify(name)}; known: ${Object.keys(SCHEMES).join(", ")}`, "scheme");
	return s;
}
// ../variance-flow/dist/length-map-curves.js
/**
* The data of Figure 2 of Wang & Perdikaris (2021): every scheme's length map
* L(s) and slope dL/ds on [0, sMax], with its fixed points in [0, sMax].
*/
function lengthMapCurves(opts = {}) {
	const sMax = opts.sMax ?? 4;
	const points = opts.points ?? 101;
	assertPositive(sMax, "opts.sMax");
	assertInteger(points, "opts.points", 2);
	const schemes = (opts.schemes ?? [
		"glorot",
		"he",
		"siren"
	]).map((s) => typeof s === "string" ? getScheme(s) : s);
	if (schemes.length === 0) throw new MlpinitError("INVALID_ARGUMENT", "expected at least one scheme", "opts.schemes");
	const curves = [];
	const fixed = [];
	for (const scheme of schemes) {
		const m = resolveMap(scheme.activation, { c: scheme.c });
		const xs = [];
		const ls = [];
		for (let k = 0; k < points; k++) {
			const s = sMax * k / (points - 1);
			const { map, slope } = lengthMapWithSlope(m, s);
			xs.push(s);
			ls.push(map);
			curves.push({
				scheme: scheme.label,
				s,
				map,
				slope
			});
		}
		for (const p of fixedPointsOnGrid(m, xs, ls)) fixed.push({
			scheme: scheme.label,
			s: p.s,
			map: p.s,
			slope: p.slope,
			stable: p.stable,
			stability: p.stability
		});
	}
	return {
		sMax,
		curves,
		fixedPoints: fixed
	};
}
// ../variance-flow/dist/simulate-depth.js
function meanAndSpread(values) {
	const n = values.length;
	const mean = values.reduce((a, b) => a + b, 0) / n;
	const v = n > 1 ? values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
	return [mean, Math.sqrt(v)];
}
/**
* Figure 1 of Wang & Perdikaris (2021), simulated: builds `samples` random
* MLPs with core (`createMlp` with init 'fan-in-normal' and `layerScales`
* c, so weights are N(0, c²/width), biases `bias`, or N(bias, biasStd²)
* per unit) on the current backend,
* feeds `batch` inputs drawn from N(0, inputStd²) and measures the standard
* deviation and root second moment of every hidden layer's output. Next to
* them it gives the length-map prediction ({@link iterateLengthMap} from
* s_0 = inputStd), which the finite-width measurements approach as width
* grows. Starts the wasm backend when none is active.
*/
async function simulateDepth(opts) {
	if (!opts || typeof opts !== "object") throw new MlpinitError("INVALID_ARGUMENT", "expected an options object", "opts");
	const f = resolveActivation(opts.activation);
	const { c, width, depth, samples, seed } = opts;
	const bias = opts.bias ?? 0;
	const biasStd = opts.biasStd ?? 0;
	const inputStd = opts.inputStd ?? 1;
	const batch = opts.batch ?? 256;
	assertNonNegative(c, "opts.c");
	assertFinite(bias, "opts.bias");
	assertNonNegative(biasStd, "opts.biasStd");
	assertInteger(width, "opts.width", 1);
	assertInteger(depth, "opts.depth", 0);
	assertInteger(samples, "opts.samples", 1);
	assertFinite(seed, "opts.seed");
	assertNonNegative(inputStd, "opts.inputStd");
	assertInteger(batch, "opts.batch", 1);
	const m = resolveMap(f, {
		c,
		bias,
		biasStd
	});
	await ready();
	const rng = new Rng(seed);
	const stds = Array.from({ length: depth + 1 }, () => []);
	const rmss = Array.from({ length: depth + 1 }, () => []);
	for (let i = 0; i < samples; i++) {
		if (opts.signal?.aborted) throw abortError("simulateDepth");
		const netSeed = rng.int(2 ** 31);
		const x = rng.normalArray(batch * width, inputStd);
		const mlp = createMlp({
			sizes: [
				width,
				...Array(depth).fill(width),
				1
			],
			activation: f,
			init: "fan-in-normal",
			seed: netSeed,
			layerScales: Array(depth).fill(c),
			layerBiases: Array(depth).fill(bias)
		});
		try {
			if (biasStd > 0) for (let l = 0; l < depth; l++) {
				const b = rng.normalArray(width, biasStd, bias);
				tidy(() => mlp.biases[l].assign(tensor1d(b)));
			}
			const stats = tidy(() => {
				const input = tensor2d(x, [batch, width]);
				return stack([input, ...mlp.layerOutputs(input)].map((h) => {
					const { mean, variance } = moments(h);
					return stack([sqrt(variance), sqrt(add(variance, square(mean)))]);
				}));
			});
			const values = await stats.data();
			stats.dispose();
			for (let l = 0; l <= depth; l++) {
				stds[l].push(values[2 * l]);
				rmss[l].push(values[2 * l + 1]);
			}
		} finally {
			mlp.dispose();
		}
		opts.onProgress?.({
			done: i + 1,
			total: samples
		});
	}
	const layers = [];
	let s = inputStd;
	for (let l = 0; l <= depth; l++) {
		let predictedStd = s;
		if (l > 0) {
			const sigma = preActivationStd(m, s);
			s = lengthMapResolved(m, s);
			const mean = gaussianExpectation(m.f.scalar, m.bias, sigma, quadratureRule(m.f));
			predictedStd = Math.sqrt(Math.max(0, s * s - mean * mean));
		}
		const [stdMean, stdSpread] = meanAndSpread(stds[l]);
		const [rmsMean, rmsSpread] = meanAndSpread(rmss[l]);
		layers.push({
			layer: l,
			stdMean,
			stdSpread,
			rmsMean,
			rmsSpread,
			predictedRms: s,
			predictedStd
		});
	}
	return {
		activation: f.name,
		c,
		bias,
		biasStd,
		width,
		depth,
		samples,
		inputStd,
		layers
	};
}
// src/variance-flow/variance-flow-trial.ts
/**
* The length maps and fixed points of the schemes (Figure 2) and simulated
* deep tanh networks at c = 1 and c = 2 (Figure 1) on the active backend.
*/
async function measureVarianceFlow(spec, opts = {}) {
	const runs = [];
	const curves = lengthMapCurves({ points: spec.points });
	for (const c of curves.curves) runs.push({
		kind: "map",
		scheme: c.scheme,
		s: c.s,
		next: c.map,
		slope: c.slope
	});
	for (const f of curves.fixedPoints) runs.push({
		kind: "fixed-point",
		scheme: f.scheme,
		s: f.s,
		slope: f.slope,
		stable: f.stable,
		stability: f.stability
	});
	opts.onStep?.(1, 3);
	const signal = opts.signal;
	const sim = {
		activation: "tanh",
		width: spec.width,
		depth: spec.depth,
		samples: spec.samples,
		seed: spec.seed,
		...signal ? { signal } : {}
	};
	const simulation = await simulateDepth({
		...sim,
		c: 1
	});
	opts.onStep?.(2, 3);
	const contrast = await simulateDepth({
		...sim,
		c: 2
	});
	for (const l of simulation.layers) {
		if (l.layer === 0) continue;
		runs.push({
			kind: "depth",
			layer: l.layer,
			predicted: l.predictedStd,
			measured: l.stdMean,
			spread: l.stdSpread
		});
	}
	runs.push({
		kind: "raw",
		simulation,
		curves,
		contrast
	});
	opts.onStep?.(3, 3);
	return { runs };
}
// src/trials/run-portable.ts
/**
* Runs one trial on its backend without touching files (images arrive
* decoded in the task, reconstructions go back in the outcome): the code a
* browser page runs, and Node's for every kind but image files.
*/
async function runPortableTask(task, opts = {}) {
	try {
		await setBackend(task.backend);
		const trialOpts = {
			...opts,
			workers: task.trainWorkers ?? "auto"
		};
		switch (task.kind) {
			case "image": {
				if (!task.image) throw new MlpinitError("INVALID_ARGUMENT", "an image trial here needs the decoded image in the task", "task.image");
				const { run, pred } = await fitImage(task.spec, task.image, trialOpts);
				return {
					ok: true,
					run,
					...task.spec.reconPath ? { pred: Array.from(pred) } : {}
				};
			}
			case "synthetic": return {
				ok: true,
				run: await runSyntheticTrial(task.spec, trialOpts)
			};
			case "ntk": return {
				ok: true,
				run: await runNtkTrial(task.spec, trialOpts)
			};
			case "variance-flow": return {
				ok: true,
				run: await measureVarianceFlow(task.spec, trialOpts)
			};
			case "perf": return {
				ok: true,
				run: await measurePerf(task.spec, {
					...opts.signal ? { signal: opts.signal } : {},
					onTick: (d, t) => opts.onStep?.(d, t)
				})
			};
		}
	} catch (err) {
		return {
			ok: false,
			aborted: err instanceof MlpinitError && err.code === "ABORTED",
			message: err.message
		};
	}
}
// src/browser/page-protocol.ts
function fromBase64(text) {
	const s = atob(text);
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out;
}
/** The task back from the wire. */
function fromWire(task) {
	if (task.kind !== "image" || !task.image) return task;
	const { image, ...rest } = task;
	const rgb = {
		width: image.width,
		height: image.height,
		rgb: fromBase64(image.rgbBase64)
	};
	return {
		...rest,
		image: rgb
	};
}
// src/browser/page-entry.ts
var controllers = /* @__PURE__ */ new Map();
window.mlpinitBench = {
	async setBackend(name) {
		return {
			...await setBackend(name),
			userAgent: navigator.userAgent
		};
	},
	async run(id, wire) {
		const ac = new AbortController();
		controllers.set(id, ac);
		try {
			return await runPortableTask(fromWire(wire), {
				signal: ac.signal,
				onStep: (done, total) => void window.mlpinitProgress?.(id, done, total)
			});
		} finally {
			controllers.delete(id);
		}
	},
	abort(id) {
		controllers.get(id)?.abort();
	}
};
document.title = "mlpinit-bench page: ready";
export { tensor as i, zeros as n, broadcastTo as r, nextFrame as t };
