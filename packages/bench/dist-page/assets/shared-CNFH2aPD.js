import { n as __exportAll } from "./rolldown-runtime-SbdDWaPq.js";
import { Ai as getArrayFromDType, Cn as Expm1, Cr as Real, D as expandShapeToKeepDim, Dn as FloorDiv, E as computeOutAndReduceShapes, En as Floor, Fn as GreaterEqual, G as buffer, Gi as parseAxisParam, Gn as LessEqual, Gt as BitwiseAnd, Hi as makeZerosTypedArray, Ir as Rsqrt, Ji as sizeFromShape, Jt as Ceil, Ln as Identity, Mi as hasEncodingLoss, N as assertAndGetBroadcastShape, Ni as indexToLoc, O as getAxesPermutation, Oi as computeStrides, P as getBroadcastDims, Pn as Greater, Qi as swap, R as reshape, Si as assert, St as toTypedArray, Vr as Sigmoid, Wn as Less, Xt as Complex, ar as Minimum, cr as Multiply, ei as Sqrt, fr as NotEqual, gt as createScalarValue, ht as TensorBuffer, ji as getTypedArrayFromDType, k as getInnerMostAxes, mi as Transpose, ni as SquaredDifference, nt as tidy, pt as upcastType, qt as Cast, ri as StaticRegexReplace, rr as Maximum, vr as Prod, xn as Equal, zi as locToIndex } from "./dist-CRA1jjMH.js";
import { C as getSparseReshapeInputOutputMultipleErrorMessage, D as getSparseFillEmptyRowsNegativeIndexErrorMessage, E as getSparseFillEmptyRowsIndicesDenseShapeMismatch, O as getSparseFillEmptyRowsOutOfRangeIndexErrorMessage, S as getSparseReshapeInputOutputMismatchErrorMessage, T as getSparseReshapeNegativeOutputDimErrorMessage, V as mergeRealAndImagArrays, _ as getSparseSegmentReductionIndicesOutOfRangeErrorMessage, at as combineRaggedTensorToTensorShapes, b as getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage, c as rangeImpl, ct as validateDefaultValueShape, i as stringNGramsImpl, it as RowPartitionType$1, l as concatImpl, n as stringToHashBucketFastImpl, ot as getRaggedRank, p as fromUint8ToStringArray, r as stringSplitImpl, s as sliceImpl, st as getRowPartitionTypesHelper, t as uniqueImpl, u as assertNotComplex, v as getSparseSegmentReductionNegativeSegmentIdsErrorMessage, w as getSparseReshapeMultipleNegativeOneOutputDimErrorMessage, x as getSparseReshapeEmptyTensorZeroOutputDimErrorMessage, y as getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage } from "./Unique_impl-B3XunxBO.js";
import { r as broadcastTo } from "./page-BstQQaMN.js";
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/backends/non_max_suppression_util.js
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
* Inserts a value into a sorted array. This method allows duplicate, meaning it
* allows inserting duplicate value, in which case, the element will be inserted
* at the lowest index of the value.
* @param arr The array to modify.
* @param element The element to insert.
* @param comparator Optional. If no comparator is specified, elements are
* compared using array_util.defaultComparator, which is suitable for Strings
* and Numbers in ascending arrays. If the array contains multiple instances of
* the target value, the left-most instance will be returned. To provide a
* comparator, it should take 2 arguments to compare and return a negative,
* zero, or a positive number.
*/
function binaryInsert(arr, element, comparator) {
	const index = binarySearch(arr, element, comparator);
	const insertionPoint = index < 0 ? -(index + 1) : index;
	arr.splice(insertionPoint, 0, element);
}
/**
* Searches the array for the target using binary search, returns the index
* of the found element, or position to insert if element not found. If no
* comparator is specified, elements are compared using array_
* util.defaultComparator, which is suitable for Strings and Numbers in
* ascending arrays. If the array contains multiple instances of the target
* value, the left-most instance will be returned.
* @param arr The array to be searched in.
* @param target The target to be searched for.
* @param comparator Should take 2 arguments to compare and return a negative,
*    zero, or a positive number.
* @return Lowest index of the target value if found, otherwise the insertion
*    point where the target should be inserted, in the form of
*    (-insertionPoint - 1).
*/
function binarySearch(arr, target, comparator) {
	return binarySearch_(arr, target, comparator || defaultComparator);
}
/**
* Compares its two arguments for order.
* @param a The first element to be compared.
* @param b The second element to be compared.
* @return A negative number, zero, or a positive number as the first
*     argument is less than, equal to, or greater than the second.
*/
function defaultComparator(a, b) {
	return a > b ? 1 : a < b ? -1 : 0;
}
function binarySearch_(arr, target, comparator) {
	let left = 0;
	let right = arr.length;
	let middle = 0;
	let found = false;
	while (left < right) {
		middle = left + (right - left >>> 1);
		const compareResult = comparator(target, arr[middle]);
		if (compareResult > 0) left = middle + 1;
		else {
			right = middle;
			found = !compareResult;
		}
	}
	return found ? left : -left - 1;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/backends/non_max_suppression_impl.js
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
function nonMaxSuppressionV3Impl(boxes, scores, maxOutputSize, iouThreshold, scoreThreshold) {
	return nonMaxSuppressionImpl_(boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, 0);
}
function nonMaxSuppressionV4Impl(boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, padToMaxOutputSize) {
	return nonMaxSuppressionImpl_(boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, 0, false, padToMaxOutputSize, true);
}
function nonMaxSuppressionV5Impl(boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, softNmsSigma) {
	return nonMaxSuppressionImpl_(boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, softNmsSigma, true);
}
function nonMaxSuppressionImpl_(boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, softNmsSigma, returnScoresTensor = false, padToMaxOutputSize = false, returnValidOutputs = false) {
	const candidates = [];
	for (let i = 0; i < scores.length; i++) if (scores[i] > scoreThreshold) candidates.push({
		score: scores[i],
		boxIndex: i,
		suppressBeginIndex: 0
	});
	candidates.sort(ascendingComparator);
	const scale = softNmsSigma > 0 ? -.5 / softNmsSigma : 0;
	const selectedIndices = [];
	const selectedScores = [];
	while (selectedIndices.length < maxOutputSize && candidates.length > 0) {
		const candidate = candidates.pop();
		const { score: originalScore, boxIndex, suppressBeginIndex } = candidate;
		if (originalScore < scoreThreshold) break;
		let ignoreCandidate = false;
		for (let j = selectedIndices.length - 1; j >= suppressBeginIndex; --j) {
			const iou = intersectionOverUnion(boxes, boxIndex, selectedIndices[j]);
			if (iou >= iouThreshold) {
				ignoreCandidate = true;
				break;
			}
			candidate.score = candidate.score * suppressWeight(iouThreshold, scale, iou);
			if (candidate.score <= scoreThreshold) break;
		}
		candidate.suppressBeginIndex = selectedIndices.length;
		if (!ignoreCandidate) {
			if (candidate.score === originalScore) {
				selectedIndices.push(boxIndex);
				selectedScores.push(candidate.score);
			} else if (candidate.score > scoreThreshold) binaryInsert(candidates, candidate, ascendingComparator);
		}
	}
	const validOutputs = selectedIndices.length;
	const elemsToPad = maxOutputSize - validOutputs;
	if (padToMaxOutputSize && elemsToPad > 0) {
		selectedIndices.push(...new Array(elemsToPad).fill(0));
		selectedScores.push(...new Array(elemsToPad).fill(0));
	}
	const result = { selectedIndices };
	if (returnScoresTensor) result["selectedScores"] = selectedScores;
	if (returnValidOutputs) result["validOutputs"] = validOutputs;
	return result;
}
function intersectionOverUnion(boxes, i, j) {
	const iCoord = boxes.subarray(i * 4, i * 4 + 4);
	const jCoord = boxes.subarray(j * 4, j * 4 + 4);
	const yminI = Math.min(iCoord[0], iCoord[2]);
	const xminI = Math.min(iCoord[1], iCoord[3]);
	const ymaxI = Math.max(iCoord[0], iCoord[2]);
	const xmaxI = Math.max(iCoord[1], iCoord[3]);
	const yminJ = Math.min(jCoord[0], jCoord[2]);
	const xminJ = Math.min(jCoord[1], jCoord[3]);
	const ymaxJ = Math.max(jCoord[0], jCoord[2]);
	const xmaxJ = Math.max(jCoord[1], jCoord[3]);
	const areaI = (ymaxI - yminI) * (xmaxI - xminI);
	const areaJ = (ymaxJ - yminJ) * (xmaxJ - xminJ);
	if (areaI <= 0 || areaJ <= 0) return 0;
	const intersectionYmin = Math.max(yminI, yminJ);
	const intersectionXmin = Math.max(xminI, xminJ);
	const intersectionYmax = Math.min(ymaxI, ymaxJ);
	const intersectionXmax = Math.min(xmaxI, xmaxJ);
	const intersectionArea = Math.max(intersectionYmax - intersectionYmin, 0) * Math.max(intersectionXmax - intersectionXmin, 0);
	return intersectionArea / (areaI + areaJ - intersectionArea);
}
function suppressWeight(iouThreshold, scale, iou) {
	const weight = Math.exp(scale * iou * iou);
	return iou <= iouThreshold ? weight : 0;
}
function ascendingComparator(c1, c2) {
	return c1.score - c2.score || c1.score === c2.score && c2.boxIndex - c1.boxIndex;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Abs.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function simpleAbsImpl(vals) {
	const resultValues = new Float32Array(vals.length);
	for (let i = 0; i < vals.length; ++i) resultValues[i] = Math.abs(vals[i]);
	return resultValues;
}
var abs = (args) => {
	const { x } = args.inputs;
	const cpuBackend = args.backend;
	assertNotComplex(x, "abs");
	let resultValues = new Float32Array(sizeFromShape(x.shape));
	const values = cpuBackend.data.get(x.dataId).values;
	resultValues = simpleAbsImpl(values);
	return cpuBackend.makeOutput(resultValues, x.shape, x.dtype);
};
var absConfig = {
	kernelName: "Abs",
	backendName: "cpu",
	kernelFunc: abs
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/utils/binary_impl.js
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
* Template that creates implementation for binary ops. Supports broadcast.
*/
function createSimpleBinaryKernelImpl(op) {
	return (aShape, bShape, aVals, bVals, dtype) => {
		const newShape = assertAndGetBroadcastShape(aShape, bShape);
		const resultRank = newShape.length;
		const resultStrides = computeStrides(newShape);
		const resultSize = sizeFromShape(newShape);
		const result = getTypedArrayFromDType(dtype, resultSize);
		const aRank = aShape.length;
		const bRank = bShape.length;
		const aStrides = computeStrides(aShape);
		const bStrides = computeStrides(bShape);
		const aBroadcastDims = getBroadcastDims(aShape, newShape);
		const bBroadcastDims = getBroadcastDims(bShape, newShape);
		if (aBroadcastDims.length + bBroadcastDims.length === 0) for (let i = 0; i < result.length; ++i) result[i] = op(aVals[i % aVals.length], bVals[i % bVals.length]);
		else for (let i = 0; i < result.length; ++i) {
			const loc = indexToLoc(i, resultRank, resultStrides);
			const aLoc = loc.slice(-aRank);
			aBroadcastDims.forEach((d) => aLoc[d] = 0);
			const aIndex = locToIndex(aLoc, aRank, aStrides);
			const bLoc = loc.slice(-bRank);
			bBroadcastDims.forEach((d) => bLoc[d] = 0);
			const bIndex = locToIndex(bLoc, bRank, bStrides);
			result[i] = op(aVals[aIndex], bVals[bIndex]);
		}
		return [result, newShape];
	};
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Complex.js
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
function complex(args) {
	const { inputs, backend } = args;
	const { real, imag } = inputs;
	const realVals = backend.data.get(real.dataId).values;
	const imagVals = backend.data.get(imag.dataId).values;
	const complexInfo = backend.makeTensorInfo(real.shape, "complex64");
	const complex = backend.data.get(complexInfo.dataId);
	complex.complexTensorInfos = {
		real: backend.makeTensorInfo(real.shape, "float32", realVals),
		imag: backend.makeTensorInfo(imag.shape, "float32", imagVals)
	};
	return complexInfo;
}
var complexConfig = {
	kernelName: Complex,
	backendName: "cpu",
	kernelFunc: complex
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/utils/zeros_impl.js
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
* Generates a tensorInfo with all zeros value.
* @param backend cpu backend.
* @param shape Shape for the zeros tensor.
* @param dtype Optional. If set, the result has this dtype.
*/
function zeros(backend, shape, dtype = "float32") {
	if (dtype === "complex64") return complex({
		inputs: {
			real: zeros(backend, shape, "float32"),
			imag: zeros(backend, shape, "float32")
		},
		backend
	});
	const values = makeZerosTypedArray(sizeFromShape(shape), dtype);
	return backend.makeTensorInfo(shape, dtype, values);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Identity.js
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
function identity(args) {
	const { inputs, backend } = args;
	const { x } = inputs;
	backend.incRef(x.dataId);
	return {
		dataId: x.dataId,
		shape: x.shape,
		dtype: x.dtype
	};
}
var identityConfig = {
	kernelName: Identity,
	backendName: "cpu",
	kernelFunc: identity
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Real.js
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
function real(args) {
	const { inputs, backend } = args;
	const { input } = inputs;
	const real = backend.data.get(input.dataId).complexTensorInfos.real;
	const realVal = backend.data.get(real.dataId).values;
	return backend.makeTensorInfo(real.shape, real.dtype, realVal);
}
var realConfig = {
	kernelName: Real,
	backendName: "cpu",
	kernelFunc: real
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Cast.js
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
function castImpl(values, shape, inputType, dtype) {
	if (dtype === "int32") return [
		shape,
		"int32",
		Int32Array.from(values)
	];
	if (dtype === "bool") {
		const zero = toTypedArray([0], inputType);
		const [resultData, resultShape] = createSimpleBinaryKernelImpl((a, b) => a !== b ? 1 : 0)(shape, [], values, zero, "bool");
		return [
			resultShape,
			"bool",
			resultData
		];
	}
	throw new Error(`Error in Cast: failed to cast ${inputType} to ${dtype}`);
}
function cast(args) {
	const { inputs, backend, attrs } = args;
	const { x } = inputs;
	const { dtype } = attrs;
	if (dtype === "complex64") {
		if (x.dtype === "complex64") return identity({
			inputs: { x },
			backend
		});
		const zerosTensorInfo = zeros(backend, x.shape, x.dtype);
		const floatX = cast({
			inputs: { x },
			backend,
			attrs: { dtype: "float32" }
		});
		const result = complex({
			inputs: {
				real: floatX,
				imag: zerosTensorInfo
			},
			backend
		});
		backend.disposeIntermediateTensorInfo(zerosTensorInfo);
		backend.disposeIntermediateTensorInfo(floatX);
		return result;
	}
	if (x.dtype === "complex64") {
		const realPart = real({
			inputs: { input: x },
			backend
		});
		const result = cast({
			inputs: { x: realPart },
			backend,
			attrs: { dtype }
		});
		backend.disposeIntermediateTensorInfo(realPart);
		return result;
	}
	if (!hasEncodingLoss(x.dtype, dtype)) {
		const result = identity({
			inputs: { x },
			backend
		});
		return {
			dataId: result.dataId,
			shape: result.shape,
			dtype
		};
	}
	const values = backend.data.get(x.dataId).values;
	const [resultShape, resultType, resultData] = castImpl(values, x.shape, x.dtype, dtype);
	return backend.makeTensorInfo(resultShape, resultType, resultData);
}
var castConfig = {
	kernelName: Cast,
	backendName: "cpu",
	kernelFunc: cast
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/utils/binary_utils.js
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
* Template that creates a `KernelFunc` for binary ops.
* @param name Kernel name.
* @param binaryKernelImpl A `SimpleBinaryKernelImpl` for the kernel.
* @param binaryKernelComplexImpl Optional. If exists, represents a
*     `ComplexBinaryKernelImpl` for the kernel, will be used when input dtype
*     is `complex64`.
* @param dtype Optional. If set, the result has this dtype. Otherwise, the
*     result has the same dtype as the first input. This is mainly used in
*     comparison kernels, such as Equal, Less, Greater, etc.
*/
function binaryKernelFunc(name, simpleImpl, complexImpl, dtype) {
	if (complexImpl == null) return ({ inputs, backend }) => {
		const { a, b } = inputs;
		const cpuBackend = backend;
		assertNotComplex([a, b], name);
		const aVals = cpuBackend.data.get(a.dataId).values;
		const bVals = cpuBackend.data.get(b.dataId).values;
		const decodedAVals = a.dtype === "string" ? fromUint8ToStringArray(aVals) : aVals;
		const decodedBVals = a.dtype === "string" ? fromUint8ToStringArray(bVals) : bVals;
		const $dtype = dtype || a.dtype;
		const [resultData, resultShape] = simpleImpl(a.shape, b.shape, decodedAVals, decodedBVals, $dtype);
		return cpuBackend.makeTensorInfo(resultShape, $dtype, resultData);
	};
	return ({ inputs, backend }) => {
		const { a, b } = inputs;
		const cpuBackend = backend;
		if (a.dtype === "complex64" || b.dtype === "complex64") {
			const $aComplex = cast({
				inputs: { x: a },
				backend: cpuBackend,
				attrs: { dtype: "complex64" }
			});
			const $aComplexVals = cpuBackend.data.get($aComplex.dataId);
			const aReal = $aComplexVals.complexTensorInfos.real;
			const aImag = $aComplexVals.complexTensorInfos.imag;
			const aRealVals = cpuBackend.data.get(aReal.dataId).values;
			const aImagVals = cpuBackend.data.get(aImag.dataId).values;
			const $bComplex = cast({
				inputs: { x: b },
				backend: cpuBackend,
				attrs: { dtype: "complex64" }
			});
			const $bComplexVals = cpuBackend.data.get($bComplex.dataId);
			const bReal = $bComplexVals.complexTensorInfos.real;
			const bImag = $bComplexVals.complexTensorInfos.imag;
			const bRealVals = cpuBackend.data.get(bReal.dataId).values;
			const bImagVals = cpuBackend.data.get(bImag.dataId).values;
			const [resultRealData, resultImagData, resultShape] = complexImpl(a.shape, b.shape, aRealVals, aImagVals, bRealVals, bImagVals);
			const resultReal = cpuBackend.makeTensorInfo(resultShape, "float32", resultRealData);
			const resultImag = cpuBackend.makeTensorInfo(resultShape, "float32", resultImagData);
			const result = complex({
				inputs: {
					real: resultReal,
					imag: resultImag
				},
				backend: cpuBackend
			});
			cpuBackend.disposeIntermediateTensorInfo($aComplex);
			cpuBackend.disposeIntermediateTensorInfo($bComplex);
			cpuBackend.disposeIntermediateTensorInfo(resultReal);
			cpuBackend.disposeIntermediateTensorInfo(resultImag);
			return result;
		} else {
			const aVals = cpuBackend.data.get(a.dataId).values;
			const bVals = cpuBackend.data.get(b.dataId).values;
			const $dtype = dtype || a.dtype;
			const [resultData, resultShape] = simpleImpl(a.shape, b.shape, aVals, bVals, $dtype);
			return cpuBackend.makeTensorInfo(resultShape, $dtype, resultData);
		}
	};
}
/**
* Template that creates the complex type implementation for binary ops.
* Supports broadcast.
*/
function createComplexBinaryKernelImpl(op) {
	return (aShape, bShape, aRealVals, aImagVals, bRealVals, bImagVals) => {
		const resultShape = assertAndGetBroadcastShape(aShape, bShape);
		const resultSize = sizeFromShape(resultShape);
		const resultRank = resultShape.length;
		const resultStrides = computeStrides(resultShape);
		const resultRealVals = getTypedArrayFromDType("float32", resultSize);
		const resultImagVals = getTypedArrayFromDType("float32", resultSize);
		const aBroadcastDims = getBroadcastDims(aShape, resultShape);
		const bBroadcastDims = getBroadcastDims(bShape, resultShape);
		const aVals = mergeRealAndImagArrays(aRealVals, aImagVals);
		const bVals = mergeRealAndImagArrays(bRealVals, bImagVals);
		const aRank = aShape.length;
		const aStrides = computeStrides(aShape);
		const bRank = bShape.length;
		const bStrides = computeStrides(bShape);
		if (aBroadcastDims.length + bBroadcastDims.length === 0) for (let i = 0; i < resultRealVals.length; i++) {
			const aIdx = i % aVals.length;
			const bIdx = i % bVals.length;
			const result = op(aVals[aIdx * 2], aVals[aIdx * 2 + 1], bVals[bIdx * 2], bVals[bIdx * 2 + 1]);
			resultRealVals[i] = result.real;
			resultImagVals[i] = result.imag;
		}
		else for (let i = 0; i < resultRealVals.length; i++) {
			const loc = indexToLoc(i, resultRank, resultStrides);
			const aLoc = loc.slice(-aRank);
			aBroadcastDims.forEach((d) => aLoc[d] = 0);
			const aIndex = locToIndex(aLoc, aRank, aStrides);
			const bLoc = loc.slice(-bRank);
			bBroadcastDims.forEach((d) => bLoc[d] = 0);
			const bIndex = locToIndex(bLoc, bRank, bStrides);
			const opResult = op(aVals[aIndex * 2], aVals[aIndex * 2 + 1], bVals[bIndex * 2], bVals[bIndex * 2 + 1]);
			resultRealVals[i] = opResult.real;
			resultImagVals[i] = opResult.imag;
		}
		return [
			resultRealVals,
			resultImagVals,
			resultShape
		];
	};
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Add.js
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
var addImpl = createSimpleBinaryKernelImpl(((a, b) => a + b));
var add = binaryKernelFunc("Add", addImpl, createComplexBinaryKernelImpl(((aReal, aImag, bReal, bImag) => {
	return {
		real: aReal + bReal,
		imag: aImag + bImag
	};
})));
var addConfig = {
	kernelName: "Add",
	backendName: "cpu",
	kernelFunc: add
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount_impl.js
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
function bincountImpl(xVals, weightsVals, weightsDtype, weightsShape, size) {
	const weightsSize = sizeFromShape(weightsShape);
	const outVals = makeZerosTypedArray(size, weightsDtype);
	for (let i = 0; i < xVals.length; i++) {
		const value = xVals[i];
		if (value < 0) throw new Error("Input x must be non-negative!");
		if (value >= size) continue;
		if (weightsSize > 0) outVals[value] += weightsVals[i];
		else outVals[value] += 1;
	}
	return outVals;
}
function bincountReduceImpl(xBuf, weightsBuf, size, binaryOutput = false) {
	const numRows = xBuf.shape[0];
	const numCols = xBuf.shape[1];
	const outBuf = buffer([numRows, size], weightsBuf.dtype);
	for (let i = 0; i < numRows; i++) for (let j = 0; j < numCols; j++) {
		const value = xBuf.get(i, j);
		if (value < 0) throw new Error("Input x must be non-negative!");
		if (value >= size) continue;
		if (binaryOutput) outBuf.set(1, i, value);
		else if (weightsBuf.size > 0) outBuf.set(outBuf.get(i, value) + weightsBuf.get(i, j), i, value);
		else outBuf.set(outBuf.get(i, value) + 1, i, value);
	}
	return outBuf;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/BitwiseAnd.js
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
var bitwiseAndImpl = createSimpleBinaryKernelImpl(((a, b) => a & b));
var bitwiseAnd = binaryKernelFunc(BitwiseAnd, bitwiseAndImpl);
var bitwiseAndConfig = {
	kernelName: BitwiseAnd,
	backendName: "cpu",
	kernelFunc: bitwiseAnd
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/utils/unary_impl.js
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
* Template that creates implementation for unary op.
*/
function createSimpleUnaryImpl(op) {
	return (values, dtype, attrs) => {
		const newValues = getArrayFromDType(dtype, values.length);
		for (let i = 0; i < values.length; ++i) newValues[i] = op(values[i], attrs);
		return newValues;
	};
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/utils/unary_utils.js
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
* Template that creates a `KernelFunc` for unary ops.
* @param name Kernel name.
* @param op A `SimpleUnaryOperation` for the kernel.
* @param dtype Optional. If set, the result has this dtype. Otherwise, the
*     result has the same dtype as the input. This is mainly used in certain
*     kernels that return bool type, such as isFinite, isInf, etc.
*/
function unaryKernelFunc(name, op, dtype) {
	return unaryKernelFuncFromImpl(name, createSimpleUnaryImpl(op), dtype);
}
/**
* Template that creates a `KernelFunc` for unary ops from the given
* `SimpleUnaryImpl`..
* @param name Kernel name.
* @param unaryImpl A `SimpleUnaryImpl` that implements the op.
* @param dtype Optional. If set, the result has this dtype. Otherwise, the
*     result has the same dtype as the input. This is mainly used in certain
*     kernels that return bool type, such as isFinite, isInf, etc.
*/
function unaryKernelFuncFromImpl(name, unaryImpl, dtype) {
	return ({ inputs, attrs, backend }) => {
		const { x } = inputs;
		assertNotComplex(x, name);
		const cpuBackend = backend;
		const values = cpuBackend.data.get(x.dataId).values;
		let decoded;
		if (x.dtype === "string") {
			if (!Array.isArray(values)) throw new Error("String tensor's value was not an instance of Array");
			decoded = fromUint8ToStringArray(values);
		} else decoded = values;
		const $dtype = dtype || x.dtype;
		const newValues = unaryImpl(decoded, $dtype, attrs);
		return cpuBackend.makeTensorInfo(x.shape, $dtype, newValues);
	};
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Ceil.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var ceilImpl = createSimpleUnaryImpl((xi) => Math.ceil(xi));
var ceil = unaryKernelFuncFromImpl(Ceil, ceilImpl);
var ceilConfig = {
	kernelName: Ceil,
	backendName: "cpu",
	kernelFunc: ceil
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Equal.js
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
var equalImpl = createSimpleBinaryKernelImpl((a, b) => a === b ? 1 : 0);
var equal = binaryKernelFunc(Equal, equalImpl, null, "bool");
var equalConfig = {
	kernelName: Equal,
	backendName: "cpu",
	kernelFunc: equal
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Exp.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var expImpl = createSimpleUnaryImpl((xi) => Math.exp(xi));
var exp = unaryKernelFuncFromImpl("Exp", expImpl, "float32");
var expConfig = {
	kernelName: "Exp",
	backendName: "cpu",
	kernelFunc: exp
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Expm1.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var expm1Impl = createSimpleUnaryImpl((xi) => Math.expm1(xi));
var expm1 = unaryKernelFuncFromImpl(Expm1, expm1Impl);
var expm1Config = {
	kernelName: Expm1,
	backendName: "cpu",
	kernelFunc: expm1
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Floor.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var floorImpl = createSimpleUnaryImpl((xi) => Math.floor(xi));
var floor = unaryKernelFuncFromImpl(Floor, floorImpl);
var floorConfig = {
	kernelName: Floor,
	backendName: "cpu",
	kernelFunc: floor
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/FloorDiv.js
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
var floorDivImpl = createSimpleBinaryKernelImpl((a, b) => Math.floor(a / b));
var floorDiv = binaryKernelFunc(FloorDiv, floorDivImpl, null, "int32");
var floorDivConfig = {
	kernelName: FloorDiv,
	backendName: "cpu",
	kernelFunc: floorDiv
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd_Impl.js
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
*/
function gatherNdImpl(indicesData, paramsBuf, dtype, numSlices, sliceRank, sliceSize, strides, paramsShape, paramsSize) {
	const outBuf = buffer([numSlices, sliceSize], dtype);
	for (let i = 0; i < numSlices; i++) {
		const index = [];
		let flattenIndex = 0;
		for (let j = 0; j < sliceRank; j++) {
			const dim = indicesData[i * sliceRank + j];
			flattenIndex += dim * strides[j];
			index.push(dim);
		}
		if (flattenIndex < 0 || flattenIndex >= paramsSize / sliceSize) throw new Error(`Invalid indices: ${index} does not index into ${paramsShape}`);
		for (let k = 0; k < sliceSize; k++) outBuf.values[i * sliceSize + k] = paramsBuf.get(...paramsBuf.indexToLoc(flattenIndex * sliceSize + k));
	}
	return outBuf;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2_impl.js
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
function gatherV2Impl(xBuf, indicesBuf, flattenOutputShape) {
	const outBuf = buffer(flattenOutputShape, xBuf.dtype);
	for (let i = 0; i < outBuf.size; ++i) {
		const originalLoc = outBuf.indexToLoc(i).slice();
		const batchIdx = originalLoc[0];
		const indicesIdx = originalLoc[2];
		const indicesIndex = indicesBuf.locToIndex([batchIdx, indicesIdx]);
		originalLoc[2] = indicesBuf.values[indicesIndex];
		const originalIndex = xBuf.locToIndex(originalLoc);
		if (0 <= originalIndex && originalIndex < xBuf.values.length) outBuf.values[i] = xBuf.values[originalIndex];
	}
	return outBuf;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Greater.js
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
var greaterImpl = createSimpleBinaryKernelImpl((a, b) => a > b ? 1 : 0);
var greater = binaryKernelFunc(Greater, greaterImpl, null, "bool");
var greaterConfig = {
	kernelName: Greater,
	backendName: "cpu",
	kernelFunc: greater
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/GreaterEqual.js
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
var greaterEqualImpl = createSimpleBinaryKernelImpl((a, b) => a >= b ? 1 : 0);
var greaterEqual = binaryKernelFunc(GreaterEqual, greaterEqualImpl, null, "bool");
var greaterEqualConfig = {
	kernelName: GreaterEqual,
	backendName: "cpu",
	kernelFunc: greaterEqual
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Less.js
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
var lessImpl = createSimpleBinaryKernelImpl((a, b) => a < b ? 1 : 0);
var less = binaryKernelFunc(Less, lessImpl, null, "bool");
var lessConfig = {
	kernelName: Less,
	backendName: "cpu",
	kernelFunc: less
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LessEqual.js
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
var lessEqualImpl = createSimpleBinaryKernelImpl((a, b) => a <= b ? 1 : 0);
var lessEqual = binaryKernelFunc(LessEqual, lessEqualImpl, null, "bool");
var lessEqualConfig = {
	kernelName: LessEqual,
	backendName: "cpu",
	kernelFunc: lessEqual
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace_impl.js
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
function linSpaceImpl(start, stop, num) {
	const step = (stop - start) / (num - 1);
	const values = makeZerosTypedArray(num, "float32");
	values[0] = start;
	for (let i = 1; i < values.length; i++) values[i] = values[i - 1] + step;
	return values;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Log.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var logImpl = createSimpleUnaryImpl((xi) => Math.log(xi));
var logConfig = {
	kernelName: "Log",
	backendName: "cpu",
	kernelFunc: unaryKernelFuncFromImpl("Log", logImpl)
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Max_impl.js
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
function maxImpl(aVals, reduceSize, outShape, dtype) {
	const vals = getTypedArrayFromDType(dtype, sizeFromShape(outShape));
	for (let i = 0; i < vals.length; ++i) {
		const offset = i * reduceSize;
		let max = aVals[offset];
		for (let j = 0; j < reduceSize; ++j) {
			const value = aVals[offset + j];
			if (Number.isNaN(value) || value > max) max = value;
		}
		vals[i] = max;
	}
	return vals;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Maximum.js
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
var maximumImpl = createSimpleBinaryKernelImpl(((aValue, bValue) => Math.max(aValue, bValue)));
var maximum = binaryKernelFunc(Maximum, maximumImpl);
var maximumConfig = {
	kernelName: Maximum,
	backendName: "cpu",
	kernelFunc: maximum
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Minimum.js
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
var minimumImpl = createSimpleBinaryKernelImpl(((aValue, bValue) => Math.min(aValue, bValue)));
var minimum = binaryKernelFunc(Minimum, minimumImpl);
var minimumConfig = {
	kernelName: Minimum,
	backendName: "cpu",
	kernelFunc: minimum
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Multiply.js
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
var multiplyImpl = createSimpleBinaryKernelImpl(((aValue, bValue) => aValue * bValue));
var multiplyComplexImpl = createComplexBinaryKernelImpl(((aReal, aImag, bReal, bImag) => {
	return {
		real: aReal * bReal - aImag * bImag,
		imag: aReal * bImag + aImag * bReal
	};
}));
var multiply = binaryKernelFunc(Multiply, multiplyImpl, multiplyComplexImpl);
var multiplyConfig = {
	kernelName: Multiply,
	backendName: "cpu",
	kernelFunc: multiply
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Neg.js
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
function negImpl(xVals, xShape, xDtype) {
	return multiplyImpl([], xShape, createScalarValue(-1, xDtype), xVals, xDtype);
}
function neg(args) {
	const { inputs, backend } = args;
	const { x } = inputs;
	assertNotComplex(x, "neg");
	const xVals = backend.data.get(x.dataId).values;
	const [res, newShape] = negImpl(xVals, x.shape, x.dtype);
	return backend.makeTensorInfo(newShape, x.dtype, res);
}
var negConfig = {
	kernelName: "Neg",
	backendName: "cpu",
	kernelFunc: neg
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/NotEqual.js
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
var notEqualImpl = createSimpleBinaryKernelImpl(((a, b) => a !== b ? 1 : 0));
var notEqual = binaryKernelFunc(NotEqual, notEqualImpl, null, "bool");
var notEqualConfig = {
	kernelName: NotEqual,
	backendName: "cpu",
	kernelFunc: notEqual
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose_impl.js
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
function transposeImpl(xVals, xShape, dtype, perm, newShape) {
	const xRank = xShape.length;
	const xSize = sizeFromShape(xShape);
	const xStrides = computeStrides(xShape);
	const newStrides = computeStrides(newShape);
	const result = getTypedArrayFromDType(dtype, sizeFromShape(newShape));
	for (let i = 0; i < xSize; ++i) {
		const loc = indexToLoc(i, xRank, xStrides);
		const newLoc = new Array(loc.length);
		for (let i = 0; i < newLoc.length; i++) newLoc[i] = loc[perm[i]];
		const newIndex = locToIndex(newLoc, xRank, newStrides);
		result[newIndex] = xVals[i];
	}
	return result;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose.js
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
function transpose(args) {
	const { inputs, attrs, backend } = args;
	const { x } = inputs;
	const { perm } = attrs;
	assertNotComplex(x, "transpose");
	const xRank = x.shape.length;
	const newShape = new Array(xRank);
	for (let i = 0; i < newShape.length; i++) newShape[i] = x.shape[perm[i]];
	const values = backend.data.get(x.dataId).values;
	const result = transposeImpl(values, x.shape, x.dtype, perm, newShape);
	return {
		dataId: backend.write(result, newShape, x.dtype),
		shape: newShape,
		dtype: x.dtype
	};
}
var transposeConfig = {
	kernelName: Transpose,
	backendName: "cpu",
	kernelFunc: transpose
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Prod.js
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
function prodImpl(xShape, xDtype, xVals, reductionAxes) {
	const [outShape, reduceShape] = computeOutAndReduceShapes(xShape, reductionAxes);
	const outDtype = upcastType(xDtype, "int32");
	const outVals = makeZerosTypedArray(sizeFromShape(outShape), outDtype);
	const reduceSize = sizeFromShape(reduceShape);
	for (let i = 0; i < outVals.length; ++i) {
		const offset = i * reduceSize;
		let prod = 1;
		for (let j = 0; j < reduceSize; ++j) prod *= xVals[offset + j];
		outVals[i] = prod;
	}
	return {
		outVals,
		outShape,
		outDtype
	};
}
function prod(args) {
	const { inputs, backend, attrs } = args;
	const { x } = inputs;
	const { axis, keepDims } = attrs;
	assertNotComplex(x, "prod");
	const xRank = x.shape.length;
	const axes = parseAxisParam(axis, x.shape);
	const permutation = getAxesPermutation(axes, xRank);
	let reductionAxes = axes;
	let permutedX = x;
	const intermediateTensorInfos = [];
	if (permutation != null) {
		permutedX = transpose({
			inputs: { x },
			backend,
			attrs: { perm: permutation }
		});
		intermediateTensorInfos.push(permutedX);
		reductionAxes = getInnerMostAxes(reductionAxes.length, xRank);
	}
	const xVals = backend.data.get(permutedX.dataId).values;
	const { outVals, outShape, outDtype } = prodImpl(permutedX.shape, permutedX.dtype, xVals, reductionAxes);
	let resultShape = outShape;
	if (keepDims) resultShape = expandShapeToKeepDim(outShape, axes);
	intermediateTensorInfos.forEach((t) => backend.disposeIntermediateTensorInfo(t));
	return backend.makeTensorInfo(resultShape, outDtype, outVals);
}
var prodConfig = {
	kernelName: Prod,
	backendName: "cpu",
	kernelFunc: prod
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather_impl.js
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
*/
function validateIndices(indices, indicesShape, numParams) {
	indices.forEach((index, i) => {
		if (index < 0 || index >= numParams) {
			const locString = indexToLoc(i, indicesShape.length, computeStrides(indicesShape)).join(",");
			throw new Error(`indices[${locString}] = ${index} is not in [0, ${numParams})`);
		}
	});
}
function validateSplits(paramsNestedSplits, numParamsDenseValues) {
	for (let dim = 0; dim < paramsNestedSplits.length; ++dim) {
		const splits = paramsNestedSplits[dim];
		const lastSplit = dim === paramsNestedSplits.length - 1 ? numParamsDenseValues : paramsNestedSplits[dim + 1].length;
		if (splits.length === 0) throw new Error("Ragged splits may not be empty");
		if (splits[0] < 0) throw new Error("Ragged splits must be non-negative");
		if (splits[splits.length - 1] > lastSplit) throw new Error("Ragged splits must not point past values");
		for (let i = 1; i < splits.length; ++i) if (splits[i - 1] > splits[i]) throw new Error("Ragged splits must be sorted in ascending order");
	}
}
function makeSplits(indices, indicesShape, paramsNestedSplits, numParamsDenseValues) {
	const valueSlices = [];
	let numValues = 0;
	const numSplits = indicesShape.length - 1 + paramsNestedSplits.length;
	const outSplits = new Array(numSplits).fill(null).map(() => [0]);
	validateSplits(paramsNestedSplits, numParamsDenseValues);
	let nrows = 1;
	for (let dim = 0; dim < indicesShape.length - 1; ++dim) {
		nrows *= indicesShape[dim];
		const rowLength = indicesShape[dim + 1];
		for (let i = 1; i < nrows + 1; ++i) outSplits[dim].push(i * rowLength);
	}
	for (let i = 0; i < indices.length; ++i) {
		let start = indices[i];
		let limit = indices[i] + 1;
		for (let dim = 0; dim < paramsNestedSplits.length; ++dim) {
			const splits = paramsNestedSplits[dim];
			const outDim = dim + indicesShape.length - 1;
			if (outDim >= 0) {
				const outSplitsOutDim = outSplits[outDim];
				const delta = outSplitsOutDim[outSplitsOutDim.length - 1] - splits[start];
				for (let j = start; j < limit; ++j) outSplits[outDim].push(splits[j + 1] + delta);
			}
			start = splits[start];
			limit = splits[limit];
		}
		if (limit !== start) {
			valueSlices.push([start, limit]);
			numValues += limit - start;
		}
	}
	return {
		outSplits,
		valueSlices,
		numValues
	};
}
function getSplits(outSplits) {
	const splitsOut = [];
	for (let i = 0; i < outSplits.length; ++i) {
		const numSplits = outSplits[i].length;
		const splits = getArrayFromDType("int32", numSplits);
		splitsOut.push(splits);
		outSplits[i].forEach((value, j) => splits[j] = value);
	}
	return splitsOut;
}
function computeFlatOuterDims(orig, numOutDims) {
	const outDims = orig.slice(0, numOutDims);
	while (outDims.length < numOutDims) outDims.push(1);
	for (let inDim = numOutDims; inDim < orig.length; inDim++) outDims[numOutDims - 1] *= orig[inDim];
	return outDims;
}
function writeValueSlices(paramsDenseValues, paramsDenseValuesShape, valueSlices, valueSize, values, valuesShape) {
	const denseM = computeFlatOuterDims(paramsDenseValuesShape, 2)[1];
	const valuesM = computeFlatOuterDims(valuesShape, 2)[1];
	let outPos = 0;
	for (const slice of valueSlices) for (let i = slice[0]; i < slice[1]; ++i) {
		for (let j = 0; j < valueSize; ++j) values[outPos * valuesM + j] = paramsDenseValues[i * denseM + j];
		++outPos;
	}
}
function getValues(paramsDenseValues, paramsDenseValuesShape, paramsDenseValuesDType, valueSlices, numValues) {
	const valuesShape = paramsDenseValuesShape.slice();
	valuesShape[0] = numValues;
	const valuesOut = getArrayFromDType(paramsDenseValuesDType, sizeFromShape(valuesShape));
	const numElements = paramsDenseValues.length;
	writeValueSlices(paramsDenseValues, paramsDenseValuesShape, valueSlices, numElements === 0 ? 0 : numElements / paramsDenseValuesShape[0], valuesOut, valuesShape);
	return [valuesOut, valuesShape];
}
function raggedGatherImpl(paramsNestedSplits, paramsNestedSplitsShapes, paramsDenseValues, paramsDenseValuesShape, paramsDenseValuesDType, indices, indicesShape, outputRaggedRank) {
	if (paramsNestedSplits.length === 0) throw new Error("paramsNestedSplits must be non empty");
	if (paramsNestedSplitsShapes[0].length === 0) throw new Error("Split tensors must not be scalars");
	validateIndices(indices, indicesShape, paramsNestedSplitsShapes[0][0] - 1);
	if (paramsDenseValuesShape.length === 0) throw new Error("params.rank must be nonzero");
	const numParamsDenseValues = paramsDenseValuesShape[0];
	const { outSplits, valueSlices, numValues } = makeSplits(indices, indicesShape, paramsNestedSplits, numParamsDenseValues);
	const outputNestedSplits = getSplits(outSplits);
	const outputDenseValues = getValues(paramsDenseValues, paramsDenseValuesShape, paramsDenseValuesDType, valueSlices, numValues);
	return [
		outputNestedSplits,
		outputDenseValues[0],
		outputDenseValues[1]
	];
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange_impl.js
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
var INT32_MAX = 2147483647;
function raggedRangeImpl(starts, startsShape, startsDType, limits, limitsShape, deltas, deltasShape) {
	if (startsShape.length > 1) throw new Error("starts must be a scalar or vector");
	if (limitsShape.length > 1) throw new Error("limits must be a scalar or vector");
	if (deltasShape.length > 1) throw new Error("deltas must be a scalar or vector");
	const broadcastStarts = startsShape.length === 0;
	const broadcastLimits = limitsShape.length === 0;
	const broadcastDeltas = deltasShape.length === 0;
	const inSizes = [];
	if (!broadcastStarts) inSizes.push(startsShape[0]);
	if (!broadcastLimits) inSizes.push(limitsShape[0]);
	if (!broadcastDeltas) inSizes.push(deltasShape[0]);
	for (let i = 1; i < inSizes.length; ++i) if (inSizes[i] !== inSizes[i - 1]) throw new Error("starts, limits, and deltas must have the same shape");
	const nRows = inSizes.length === 0 ? 1 : inSizes[0];
	const rtNestedSplits = getArrayFromDType("int32", nRows + 1);
	rtNestedSplits[0] = 0;
	for (let row = 0; row < nRows; ++row) {
		const start = broadcastStarts ? starts[0] : starts[row];
		const limit = broadcastLimits ? limits[0] : limits[row];
		const delta = broadcastDeltas ? deltas[0] : deltas[row];
		if (delta === 0) throw new Error("Requires delta != 0");
		let size;
		if (delta > 0 && limit < start || delta < 0 && limit > start) size = 0;
		else {
			size = Math.ceil(Math.abs((limit - start) / delta));
			if (size > INT32_MAX) throw new Error(`Requires ((limit - start) / delta) <= ${INT32_MAX}`);
		}
		rtNestedSplits[row + 1] = rtNestedSplits[row] + size;
	}
	const nVals = rtNestedSplits[nRows];
	const rtDenseValues = getArrayFromDType(startsDType, nVals);
	let valueIndex = 0;
	for (let row = 0; row < nRows; ++row) {
		const rowSize = rtNestedSplits[row + 1] - rtNestedSplits[row];
		let value = broadcastStarts ? starts[0] : starts[row];
		const delta = broadcastDeltas ? deltas[0] : deltas[row];
		for (let i = 0; i < rowSize; ++i) {
			rtDenseValues[valueIndex++] = value;
			value += delta;
		}
	}
	return [rtNestedSplits, rtDenseValues];
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor_impl.js
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
*/
var RowPartitionType = RowPartitionType$1;
var RaggedTensorToTensorOp = class RaggedTensorToTensorOp {
	constructor(shape, shapeShape, values, valuesShape, valuesDType, defaultValue, defaultValueShape, rowPartitionValues, rowPartitionValuesShapes, rowPartitionTypeStrings) {
		this.shape = shape;
		this.shapeShape = shapeShape;
		this.values = values;
		this.valuesShape = valuesShape;
		this.valuesDType = valuesDType;
		this.defaultValue = defaultValue;
		this.defaultValueShape = defaultValueShape;
		this.rowPartitionValues = rowPartitionValues;
		this.rowPartitionValuesShapes = rowPartitionValuesShapes;
		this.rowPartitionTypes = getRowPartitionTypesHelper(rowPartitionTypeStrings);
		this.raggedRank = getRaggedRank(this.rowPartitionTypes);
	}
	getRowPartitionTypeByDimension(dimension) {
		if (this.rowPartitionTypes[0] === RowPartitionType.FIRST_DIM_SIZE) return this.rowPartitionTypes[dimension + 1];
		else return this.rowPartitionTypes[dimension];
	}
	getRowPartitionTensor(dimension) {
		if (this.rowPartitionTypes[0] === RowPartitionType.FIRST_DIM_SIZE) return this.rowPartitionValues[dimension + 1];
		else return this.rowPartitionValues[dimension];
	}
	getMaxWidth(dimension) {
		const rowPartitionTensor = this.getRowPartitionTensor(dimension - 1);
		switch (this.getRowPartitionTypeByDimension(dimension - 1)) {
			case RowPartitionType.VALUE_ROWIDS: return RaggedTensorToTensorOp.getMaxWidthValueRowID(rowPartitionTensor);
			case RowPartitionType.ROW_SPLITS: return RaggedTensorToTensorOp.getMaxWidthRowSplit(rowPartitionTensor);
			default: throw new Error(`Cannot handle partition type ${RowPartitionType[this.getRowPartitionTypeByDimension(dimension - 1)]}`);
		}
	}
	static getMaxWidthRowSplit(rowSplit) {
		const tensorLength = rowSplit.length;
		if (tensorLength === 0 || tensorLength === 1) return 0;
		let maxWidth = 0;
		for (let i = 0; i < tensorLength - 1; ++i) {
			const currentWidth = rowSplit[i + 1] - rowSplit[i];
			if (currentWidth > maxWidth) maxWidth = currentWidth;
		}
		return maxWidth;
	}
	static getMaxWidthValueRowID(valueRowIds) {
		const indexLength = valueRowIds.length;
		if (indexLength === 0) return 0;
		let firstEqualIndex = 0;
		let firstEqualIndexValue = valueRowIds[0];
		let maxWidth = 0;
		for (let i = 1; i < indexLength; ++i) {
			const value = valueRowIds[i];
			if (value !== firstEqualIndexValue) {
				firstEqualIndexValue = value;
				maxWidth = Math.max(i - firstEqualIndex, maxWidth);
				firstEqualIndex = i;
			}
		}
		return Math.max(indexLength - firstEqualIndex, maxWidth);
	}
	tensorShapeFromTensor(t, tShape, isPartial = true) {
		if (tShape.length === 0) {
			if (t[0] === -1) return [];
			throw new Error(`The only valid scalar shape tensor is the fully unknown shape specified as -1.`);
		}
		return makeShape(t, isPartial);
	}
	calculateOutputSize(firstDim) {
		const valueShape = this.valuesShape;
		const defaultValueShape = this.defaultValueShape;
		validateDefaultValueShape(defaultValueShape, valueShape);
		const shape = this.tensorShapeFromTensor(this.shape, this.shapeShape);
		const result = combineRaggedTensorToTensorShapes(this.raggedRank, shape, valueShape);
		if (result[0] < 0) result[0] = firstDim;
		for (let i = 1; i <= this.raggedRank; ++i) if (result[i] < 0) result[i] = this.getMaxWidth(i);
		return result;
	}
	/**
	* The outputIndex represents the index in the output tensor
	* where the first element of a particular dimension would be written.
	* If it is -1, it indicates that the index is out of scope.
	* Example, given firstDimension = 10, firstDimensionOutput = 6,
	* and outputIndexMultiplier = 100:
	* result = [0 100 200 300 400 500 -1 -1 -1 -1]
	* If firstDimensionOutput = 11 instead, then:
	* result = [0 100 200 300 400 500 600 700 800 900]
	*/
	calculateFirstParentOutputIndex(firstDimension, outputIndexMultiplier, firstDimensionOutput) {
		const minDimension = Math.min(firstDimension, firstDimensionOutput);
		const result = [];
		let currentOutputIndex = 0;
		for (let i = 0; i < minDimension; ++i, currentOutputIndex += outputIndexMultiplier) result.push(currentOutputIndex);
		for (let i = minDimension; i < firstDimension; ++i) result.push(-1);
		assert(result.length === firstDimension, () => "Final length of result must be equal to firstDimension.");
		return result;
	}
	calculateOutputIndexRowSplit(rowSplit, parentOutputIndex, outputIndexMultiplier, outputSize) {
		const rowSplitSize = rowSplit.length;
		const result = [];
		for (let i = 0; i < rowSplitSize - 1; ++i) {
			const rowLength = rowSplit[i + 1] - rowSplit[i];
			let realLength = Math.min(outputSize, rowLength);
			let parentOutputIndexCurrent = parentOutputIndex[i];
			if (parentOutputIndexCurrent === -1) realLength = 0;
			for (let j = 0; j < realLength; ++j) {
				result.push(parentOutputIndexCurrent);
				parentOutputIndexCurrent += outputIndexMultiplier;
			}
			for (let j = 0; j < rowLength - realLength; ++j) result.push(-1);
		}
		if (rowSplitSize > 0 && result.length !== rowSplit[rowSplitSize - 1]) throw new Error("Invalid row split size.");
		return result;
	}
	calculateOutputIndexValueRowID(valueRowIds, parentOutputIndex, outputIndexMultiplier, outputSize) {
		const indexSize = valueRowIds.length;
		const result = [];
		if (indexSize === 0) return [];
		let currentOutputColumn = 0;
		let currentValueRowId = valueRowIds[0];
		if (currentValueRowId >= parentOutputIndex.length) throw new Error(`Got currentValueRowId=${currentValueRowId}, which is not less than ${parentOutputIndex.length}`);
		let currentOutputIndex = parentOutputIndex[currentValueRowId];
		result.push(currentOutputIndex);
		for (let i = 1; i < indexSize; ++i) {
			const nextValueRowId = valueRowIds[i];
			if (nextValueRowId === currentValueRowId) {
				if (currentOutputIndex >= 0) {
					++currentOutputColumn;
					if (currentOutputColumn < outputSize) currentOutputIndex += outputIndexMultiplier;
					else currentOutputIndex = -1;
				}
			} else {
				currentOutputColumn = 0;
				currentValueRowId = nextValueRowId;
				if (nextValueRowId >= parentOutputIndex.length) throw new Error(`Got nextValueRowId=${nextValueRowId} which is not less than ${parentOutputIndex.length}`);
				currentOutputIndex = parentOutputIndex[nextValueRowId];
			}
			result.push(currentOutputIndex);
		}
		if (result.length !== valueRowIds.length) throw new Error("Invalid row ids.");
		return result;
	}
	calculateOutputIndex(dimension, parentOutputIndex, outputIndexMultiplier, outputSize) {
		const rowPartitionTensor = this.getRowPartitionTensor(dimension);
		const partitionType = this.getRowPartitionTypeByDimension(dimension);
		switch (partitionType) {
			case RowPartitionType.VALUE_ROWIDS: return this.calculateOutputIndexValueRowID(rowPartitionTensor, parentOutputIndex, outputIndexMultiplier, outputSize);
			case RowPartitionType.ROW_SPLITS:
				if (rowPartitionTensor.length - 1 > parentOutputIndex.length) throw new Error(`Row partition size is greater than output size: ${rowPartitionTensor.length - 1} > ${parentOutputIndex.length}`);
				return this.calculateOutputIndexRowSplit(rowPartitionTensor, parentOutputIndex, outputIndexMultiplier, outputSize);
			default: throw new Error(`Unsupported partition type: ${RowPartitionType[partitionType]}`);
		}
	}
	getFirstDimensionSize() {
		const firstPartitionTensor = this.rowPartitionValues[0];
		if (this.rowPartitionTypes.length === 0) throw new Error("No row_partition_types given.");
		const firstPartitionType = this.rowPartitionTypes[0];
		switch (firstPartitionType) {
			case RowPartitionType.FIRST_DIM_SIZE: return firstPartitionTensor[0];
			case RowPartitionType.VALUE_ROWIDS: throw new Error("Cannot handle VALUE_ROWIDS in first dimension.");
			case RowPartitionType.ROW_SPLITS: return this.rowPartitionValuesShapes[0][0] - 1;
			default: throw new Error(`Cannot handle type ${RowPartitionType[firstPartitionType]}`);
		}
	}
	compute() {
		if (this.rowPartitionValues[0].length <= 0) throw new Error("Invalid first partition input. Tensor requires at least one element.");
		const firstDimension = this.getFirstDimensionSize();
		const outputSize = this.calculateOutputSize(firstDimension);
		const multiplier = new Array(this.raggedRank + 1);
		multiplier[multiplier.length - 1] = 1;
		for (let i = multiplier.length - 2; i >= 0; --i) multiplier[i] = multiplier[i + 1] * outputSize[i + 1];
		const outputShape = makeShape(outputSize, false);
		const outputTensor = getArrayFromDType(this.valuesDType, sizeFromShape(outputShape));
		if (multiplier[0] * outputSize[0] > 0) {
			let outputIndex = this.calculateFirstParentOutputIndex(firstDimension, multiplier[0], outputSize[0]);
			for (let i = 1; i <= this.raggedRank; ++i) outputIndex = this.calculateOutputIndex(i - 1, outputIndex, multiplier[i], outputSize[i]);
			this.setOutput(this.raggedRank, outputIndex, outputTensor, outputShape);
		}
		return [outputShape, outputTensor];
	}
	setOutput(raggedRank, outputIndex, outputTensor, outputShape) {
		if (outputTensor.length === 0) return;
		const valuesBase = this.values;
		const outputBase = outputTensor;
		let elementShape = outputShape.slice();
		elementShape = elementShape.slice(raggedRank + 1);
		const valueElementSize = sizeFromShape(elementShape);
		const outputIndexSize = outputIndex.length;
		let defaultValue = this.defaultValue;
		if (defaultValue.length !== valueElementSize && defaultValue.length !== 1) {
			const srcShape = this.defaultValueShape;
			tidy(() => {
				const defaultValueTensor = reshape(defaultValue, srcShape);
				defaultValue = broadcastTo(defaultValueTensor, elementShape).dataSync();
			});
		}
		let srcStart = 0;
		let dstStart = 0;
		let dstEnd = 0;
		for (let srcI = 0; srcI <= outputIndexSize; ++srcI) {
			let dstI = srcI < outputIndexSize ? outputIndex[srcI] : -1;
			if (dstI === dstEnd) {
				++dstEnd;
				continue;
			}
			if (dstStart < dstEnd) {
				const src = valuesBase.subarray(srcStart * valueElementSize);
				copyArray(outputBase.subarray(dstStart * valueElementSize), src, (dstEnd - dstStart) * valueElementSize);
			}
			if (srcI >= outputIndexSize) {
				const outputSize = outputTensor.length;
				dstI = Math.floor(outputSize / valueElementSize);
			}
			if (dstI > dstEnd) {
				if (this.defaultValue.length === 1) {
					outputBase.subarray(dstEnd * valueElementSize, dstI * valueElementSize).fill(this.defaultValue[0]);
					dstEnd = dstI;
				} else while (dstI > dstEnd) {
					copyArray(outputBase.slice(dstEnd * valueElementSize), defaultValue, valueElementSize);
					++dstEnd;
				}
			}
			if (dstI < 0) {
				srcStart = srcI + 1;
				dstStart = dstEnd;
			} else {
				srcStart = srcI;
				dstStart = dstEnd;
				dstEnd = dstStart + 1;
			}
		}
	}
};
function copyArray(dst, src, size) {
	for (let i = 0; i < size; i++) dst[i] = src[i];
}
function makeShape(shape, isPartial) {
	const out = [];
	for (let dim of shape) {
		if (dim < 0) {
			if (!isPartial) throw new Error(`Dimension ${dim} must be >= 0`);
			if (dim < -1) throw new Error(`Dimension ${dim} must be >= -1`);
			dim = -1;
		}
		out.push(dim);
	}
	return out;
}
function raggedTensorToTensorImpl(shape, shapesShape, values, valuesShape, valuesDType, defaultValue, defaultValueShape, rowPartitionValues, rowPartitionValuesShapes, rowPartitionTypes) {
	return new RaggedTensorToTensorOp(shape, shapesShape, values, valuesShape, valuesDType, defaultValue, defaultValueShape, rowPartitionValues, rowPartitionValuesShapes, rowPartitionTypes).compute();
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Rsqrt.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var rsqrtImpl = createSimpleUnaryImpl((xi) => 1 / Math.sqrt(xi));
var rsqrt = unaryKernelFuncFromImpl(Rsqrt, rsqrtImpl);
var rsqrtConfig = {
	kernelName: Rsqrt,
	backendName: "cpu",
	kernelFunc: rsqrt
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Scatter_impl.js
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
function scatterImpl(indices, updates, shape, outputSize, sliceSize, numUpdates, sliceRank, strides, defaultValue, sumDupeIndices) {
	const flattenShape = [outputSize / sliceSize, sliceSize];
	const indicesData = indices.values;
	const updatesData = updates.values;
	if (outputSize === 0) return buffer(shape, updates.dtype);
	const outBuf = defaultValue instanceof TensorBuffer ? defaultValue : buffer(flattenShape, updates.dtype);
	if (typeof defaultValue === "string") outBuf.values.fill(defaultValue);
	else if (typeof defaultValue === "number") outBuf.values.fill(defaultValue);
	else if (typeof defaultValue === "boolean") outBuf.values.fill(+defaultValue);
	for (let i = 0; i < numUpdates; i++) {
		const index = [];
		let flattenIndex = 0;
		for (let j = 0; j < sliceRank; j++) {
			const dim = indicesData[i * sliceRank + j];
			index.push(dim);
			flattenIndex += dim * strides[j];
		}
		if (flattenIndex < 0 || flattenIndex >= outputSize / sliceSize) throw new Error(`Invalid indices: ${index} does not index into ${shape}`);
		for (let k = 0; k < sliceSize; k++) if (sumDupeIndices) outBuf.values[flattenIndex * sliceSize + k] += updatesData[i * sliceSize + k];
		else outBuf.values[flattenIndex * sliceSize + k] = updates.rank === 0 ? updatesData[0] : updatesData[i * sliceSize + k];
	}
	return outBuf;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Sigmoid.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var sigmoidImpl = createSimpleUnaryImpl((xi) => 1 / (1 + Math.exp(-xi)));
var sigmoid = unaryKernelFunc(Sigmoid, (xi) => 1 / (1 + Math.exp(-xi)));
var sigmoidConfig = {
	kernelName: Sigmoid,
	backendName: "cpu",
	kernelFunc: sigmoid
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows_impl.js
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
*/
function sparseFillEmptyRowsImpl(indices, indicesShape, indicesDType, values, valuesDType, denseShape, defaultValue) {
	const indicesCount = indicesShape[0];
	const denseRows = denseShape[0];
	const emptyRowIndicator = new Array(denseRows);
	const reverseIndexMap = new Array(indicesCount);
	const rank = indicesShape[1];
	if (denseRows === 0) {
		if (indicesCount !== 0) throw new Error(getSparseFillEmptyRowsIndicesDenseShapeMismatch(indicesCount));
		const outputIndices = getArrayFromDType(indicesDType, 0);
		const outputValues = getArrayFromDType(valuesDType, 0);
		return [
			outputIndices,
			[0, rank],
			outputValues,
			emptyRowIndicator,
			reverseIndexMap
		];
	}
	let rowsAreOrdered = true;
	let lastIndicesRow = 0;
	const csrOffset = new Array(denseRows).fill(0);
	for (let i = 0; i < indicesCount; ++i) {
		const row = indices[i * rank];
		if (row < 0) throw new Error(getSparseFillEmptyRowsNegativeIndexErrorMessage(i, row));
		if (row >= denseRows) throw new Error(getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(i, row, denseRows));
		++csrOffset[row];
		rowsAreOrdered = rowsAreOrdered && row >= lastIndicesRow;
		lastIndicesRow = row;
	}
	let allRowsFull = true;
	for (let row = 0; row < denseRows; ++row) {
		const rowEmpty = csrOffset[row] === 0;
		emptyRowIndicator[row] = rowEmpty;
		allRowsFull = allRowsFull && !rowEmpty;
		csrOffset[row] = Math.max(csrOffset[row], 1);
		if (row > 0) csrOffset[row] += csrOffset[row - 1];
	}
	if (allRowsFull && rowsAreOrdered) {
		const outputIndices = indices;
		const outputValues = values;
		for (let i = 0; i < indicesCount; ++i) reverseIndexMap[i] = i;
		return [
			outputIndices,
			[indicesCount, rank],
			outputValues,
			emptyRowIndicator,
			reverseIndexMap
		];
	} else {
		const fullIndicesCount = csrOffset[denseRows - 1];
		const outputIndices = getArrayFromDType(indicesDType, fullIndicesCount * rank);
		const outputValues = getArrayFromDType(valuesDType, fullIndicesCount);
		const filledCount = new Array(denseRows).fill(0);
		for (let i = 0; i < indicesCount; ++i) {
			const row = indices[i * rank];
			const offset = filledCount[row];
			const outputI = (row === 0 ? 0 : csrOffset[row - 1]) + offset;
			filledCount[row]++;
			for (let j = 0; j < rank; ++j) outputIndices[outputI * rank + j] = indices[i * rank + j];
			outputValues[outputI] = values[i];
			reverseIndexMap[i] = outputI;
		}
		for (let row = 0; row < denseRows; ++row) if (filledCount[row] === 0) {
			const startingIndex = row === 0 ? 0 : csrOffset[row - 1];
			outputIndices[startingIndex * rank + 0] = row;
			for (let col = 1; col < rank; ++col) outputIndices[startingIndex * rank + col] = 0;
			outputValues[startingIndex] = defaultValue;
		}
		return [
			outputIndices,
			[fullIndicesCount, rank],
			outputValues,
			emptyRowIndicator,
			reverseIndexMap
		];
	}
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape_impl.js
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
*/
function sparseReshapeImpl(inputIndices, inputIndicesShape, inputDType, inputShape, targetShape) {
	const denseSize = sizeFromShape(inputShape);
	const nnz = inputIndicesShape[0];
	const outputRank = targetShape.length;
	const outputShape = [];
	let product = 1;
	let unknownIndex = -1;
	for (let d = 0; d < outputRank; ++d) {
		const size = targetShape[d];
		if (size === -1) {
			if (unknownIndex !== -1) throw new Error(getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(unknownIndex, d));
			unknownIndex = d;
			outputShape.push(1);
		} else {
			if (size < 0) throw new Error(getSparseReshapeNegativeOutputDimErrorMessage(d, size));
			product *= size;
			outputShape.push(size);
		}
	}
	if (unknownIndex !== -1) {
		if (product <= 0) throw new Error(getSparseReshapeEmptyTensorZeroOutputDimErrorMessage());
		const missing = Math.trunc(denseSize / product);
		if (product * missing !== denseSize) throw new Error(getSparseReshapeInputOutputMultipleErrorMessage(inputShape, outputShape));
		outputShape[unknownIndex] = missing;
	}
	if (sizeFromShape(outputShape) !== denseSize) throw new Error(getSparseReshapeInputOutputMismatchErrorMessage(inputShape, outputShape));
	const inputRank = inputShape.length;
	const inputStrides = [];
	if (inputRank > 0) {
		inputStrides[inputRank - 1] = 1;
		for (let d = inputRank - 2; d >= 0; --d) inputStrides[d] = inputStrides[d + 1] * inputShape[d + 1];
	}
	const outputStrides = [];
	if (outputRank > 0) {
		outputStrides[outputRank - 1] = 1;
		for (let d = outputRank - 2; d >= 0; --d) outputStrides[d] = outputStrides[d + 1] * outputShape[d + 1];
	}
	const newIndices = getArrayFromDType(inputDType, nnz * outputRank);
	for (let i = 0; i < nnz; ++i) {
		let id = 0;
		for (let j = 0; j < inputRank; ++j) id += inputIndices[i * inputRank + j] * inputStrides[j];
		for (let j = 0; j < outputRank; ++j) {
			newIndices[i * outputRank + j] = Math.trunc(id / outputStrides[j]);
			id %= outputStrides[j];
		}
	}
	return [
		newIndices,
		[nnz, outputRank],
		outputShape
	];
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentReduction_impl.js
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
*/
function sparseSegmentReductionImpl(input, inputShape, inputDType, indices, segmentIds, isMean = false, defaultValue = 0) {
	const numIndices = indices.length;
	const inputFlat = [inputShape[0], input.length / inputShape[0]];
	const numCol = inputFlat[1];
	const outputRows = numIndices > 0 ? segmentIds[numIndices - 1] + 1 : 0;
	if (outputRows < 0) throw new Error(getSparseSegmentReductionNegativeSegmentIdsErrorMessage());
	const outputShape = inputShape.slice();
	outputShape[0] = outputRows;
	const outputLength = outputShape.reduce((product, value) => product * value, 1);
	const output = getArrayFromDType(inputDType, outputLength);
	if (numIndices === 0) {
		if (outputRows > 0) output.fill(defaultValue);
		return [output, outputShape];
	}
	if (outputRows <= 0) throw new Error(getSparseSegmentReductionNegativeSegmentIdsErrorMessage());
	let start = 0, end = 1;
	let uninitializedIndex = 0;
	let outIndex = segmentIds[start];
	while (true) {
		let nextIndex = 0;
		if (end < numIndices) {
			nextIndex = segmentIds[end];
			if (outIndex === nextIndex) {
				++end;
				continue;
			}
			if (outIndex >= nextIndex) throw new Error(getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage());
		}
		if (outIndex < 0 || outIndex >= outputRows) throw new Error(getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(outIndex, outputRows));
		if (outIndex > uninitializedIndex) output.fill(defaultValue, uninitializedIndex * numCol, outIndex * numCol);
		for (let i = start; i < end; ++i) {
			const index = indices[i];
			if (index < 0 || index >= inputFlat[0]) throw new Error(getSparseSegmentReductionIndicesOutOfRangeErrorMessage(i, indices[i], inputFlat[0]));
			for (let j = 0; j < numCol; j++) output[outIndex * numCol + j] += input[index * numCol + j];
		}
		if (isMean) for (let j = 0; j < numCol; j++) output[outIndex * numCol + j] /= end - start;
		start = end;
		++end;
		uninitializedIndex = outIndex + 1;
		outIndex = nextIndex;
		if (end > numIndices) break;
	}
	if (uninitializedIndex < outputRows) output.fill(defaultValue, uninitializedIndex * numCol, outputRows * numCol);
	return [output, outputShape];
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Sqrt.js
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var sqrtImpl = createSimpleUnaryImpl((xi) => Math.sqrt(xi));
var sqrt = unaryKernelFunc(Sqrt, (xi) => Math.sqrt(xi));
var sqrtConfig = {
	kernelName: Sqrt,
	backendName: "cpu",
	kernelFunc: sqrt
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SquaredDifference.js
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
var squaredDifferenceImpl = createSimpleBinaryKernelImpl(((a, b) => {
	const diff = a - b;
	return diff * diff;
}));
var squaredDifference = binaryKernelFunc(SquaredDifference, squaredDifferenceImpl);
var squaredDifferenceConfig = {
	kernelName: SquaredDifference,
	backendName: "cpu",
	kernelFunc: squaredDifference
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StaticRegexReplace.js
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
var staticRegexReplaceImpl = createSimpleUnaryImpl((x, attrs) => {
	const { pattern, replaceGlobal, rewrite } = attrs;
	return x.replace(new RegExp(pattern, replaceGlobal ? "g" : ""), rewrite);
});
var staticRegexReplace = unaryKernelFuncFromImpl(StaticRegexReplace, staticRegexReplaceImpl);
var staticRegexReplaceConfig = {
	kernelName: StaticRegexReplace,
	backendName: "cpu",
	kernelFunc: staticRegexReplace
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice_impl.js
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
function stridedSliceImpl(outShape, xBuf, strides, begin) {
	const outBuf = buffer(outShape, xBuf.dtype);
	for (let i = 0; i < outBuf.size; i++) {
		const loc = outBuf.indexToLoc(i);
		const newLoc = new Array(loc.length);
		for (let j = 0; j < newLoc.length; j++) newLoc[j] = loc[j] * strides[j] + begin[j];
		outBuf.set(xBuf.get(...newLoc), ...loc);
	}
	return outBuf;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Sub.js
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
var subImpl = createSimpleBinaryKernelImpl(((aValue, bValue) => aValue - bValue));
var sub = binaryKernelFunc("Sub", subImpl, createComplexBinaryKernelImpl(((aReal, aImag, bReal, bImag) => {
	return {
		real: aReal - bReal,
		imag: aImag - bImag
	};
})));
var subConfig = {
	kernelName: "Sub",
	backendName: "cpu",
	kernelFunc: sub
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Tile_impl.js
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
* An implementation of the tile kernel shared between webgl and cpu for string
* tensors only.
*/
function tileImpl(xBuf, reps) {
	const newShape = new Array(xBuf.rank);
	for (let i = 0; i < newShape.length; i++) newShape[i] = xBuf.shape[i] * reps[i];
	const result = buffer(newShape, xBuf.dtype);
	for (let i = 0; i < result.values.length; ++i) {
		const newLoc = result.indexToLoc(i);
		const originalLoc = new Array(xBuf.rank);
		for (let j = 0; j < originalLoc.length; j++) originalLoc[j] = newLoc[j] % xBuf.shape[j];
		const originalIndex = xBuf.locToIndex(originalLoc);
		result.values[i] = xBuf.values[originalIndex];
	}
	return result;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/TopK_impl.js
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
/** An implementation of the TopK kernel shared between webgl and cpu. */
var comparePair = (a, b) => {
	const valueDiff = b.value - a.value;
	return valueDiff === 0 ? a.index - b.index : valueDiff;
};
/**
* Partitions array where all elements smaller than the (k+1) smallest element
* are found to the left of it, and all larger to the right of it.
* Based on the Floyd-Rivest Algorithm, ref:
* https://en.wikipedia.org/wiki/Floyd%E2%80%93Rivest_algorithm
* @param array: Array to partition
* @param left: Left index for the interval
* @param right: Right index for the interval
* @param k: Desired index value, where array[k] is the (k+1)th smallest element
*           when left = 0
*/
function select(array, k, left = 0, right = array.length - 1) {
	while (right > left) {
		if (right - left > 600) {
			const n = right - left + 1;
			const i = k - left + 1;
			const z = Math.log(n);
			const s = .5 * Math.exp(2 * z / 3);
			const sd = .5 * Math.sqrt(z * s * (n - s) / n) * Math.sign(i - n / 2);
			select(array, k, Math.max(left, Math.floor(k - i * s / n + sd)), Math.min(right, Math.floor(k + (n - i) * s / n + sd)));
		}
		const t = array[k];
		let i = left;
		let j = right;
		swap(array, left, k);
		if (comparePair(array[right], t) > 0) swap(array, left, right);
		while (i < j) {
			swap(array, i, j);
			i++;
			j--;
			while (comparePair(array[i], t) < 0) i = i + 1;
			while (comparePair(array[j], t) > 0) j = j - 1;
		}
		if (comparePair(array[left], t) === 0) swap(array, left, j);
		else {
			j = j + 1;
			swap(array, j, right);
		}
		if (j <= k) left = j + 1;
		if (k <= j) right = j - 1;
	}
}
function topKImpl(x, xShape, xDtype, k, sorted) {
	const lastDim = xShape[xShape.length - 1];
	const [batch, size] = [x.length / lastDim, lastDim];
	const allTopKVals = getTypedArrayFromDType(xDtype, batch * k);
	const allTopKIndices = getTypedArrayFromDType("int32", batch * k);
	for (let b = 0; b < batch; b++) {
		const offset = b * size;
		const vals = x.subarray(offset, offset + size);
		let valAndInd = new Array(vals.length);
		vals.forEach((value, index) => valAndInd[index] = {
			value,
			index
		});
		if (k < valAndInd.length) {
			select(valAndInd, k);
			valAndInd = valAndInd.slice(0, k);
		}
		if (sorted) valAndInd.sort(comparePair);
		const outOffset = b * k;
		const topKVals = allTopKVals.subarray(outOffset, outOffset + k);
		const topKIndices = allTopKIndices.subarray(outOffset, outOffset + k);
		for (let i = 0; i < k; i++) {
			topKVals[i] = valAndInd[i].value;
			topKIndices[i] = valAndInd[i].index;
		}
	}
	const outputShape = xShape.slice();
	outputShape[outputShape.length - 1] = k;
	return [buffer(outputShape, xDtype, allTopKVals), buffer(outputShape, "int32", allTopKIndices)];
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/shared.js
var shared_exports = /* @__PURE__ */ __exportAll({
	addImpl: () => addImpl,
	bincountImpl: () => bincountImpl,
	bincountReduceImpl: () => bincountReduceImpl,
	bitwiseAndImpl: () => bitwiseAndImpl,
	castImpl: () => castImpl,
	ceilImpl: () => ceilImpl,
	concatImpl: () => concatImpl,
	equalImpl: () => equalImpl,
	expImpl: () => expImpl,
	expm1Impl: () => expm1Impl,
	floorDivImpl: () => floorDivImpl,
	floorImpl: () => floorImpl,
	gatherNdImpl: () => gatherNdImpl,
	gatherV2Impl: () => gatherV2Impl,
	greaterEqualImpl: () => greaterEqualImpl,
	greaterImpl: () => greaterImpl,
	lessEqualImpl: () => lessEqualImpl,
	lessImpl: () => lessImpl,
	linSpaceImpl: () => linSpaceImpl,
	logImpl: () => logImpl,
	maxImpl: () => maxImpl,
	maximumImpl: () => maximumImpl,
	minimumImpl: () => minimumImpl,
	multiplyImpl: () => multiplyImpl,
	negImpl: () => negImpl,
	notEqualImpl: () => notEqualImpl,
	prodImpl: () => prodImpl,
	raggedGatherImpl: () => raggedGatherImpl,
	raggedRangeImpl: () => raggedRangeImpl,
	raggedTensorToTensorImpl: () => raggedTensorToTensorImpl,
	rangeImpl: () => rangeImpl,
	rsqrtImpl: () => rsqrtImpl,
	scatterImpl: () => scatterImpl,
	sigmoidImpl: () => sigmoidImpl,
	simpleAbsImpl: () => simpleAbsImpl,
	sliceImpl: () => sliceImpl,
	sparseFillEmptyRowsImpl: () => sparseFillEmptyRowsImpl,
	sparseReshapeImpl: () => sparseReshapeImpl,
	sparseSegmentReductionImpl: () => sparseSegmentReductionImpl,
	sqrtImpl: () => sqrtImpl,
	squaredDifferenceImpl: () => squaredDifferenceImpl,
	staticRegexReplaceImpl: () => staticRegexReplaceImpl,
	stridedSliceImpl: () => stridedSliceImpl,
	stringNGramsImpl: () => stringNGramsImpl,
	stringSplitImpl: () => stringSplitImpl,
	stringToHashBucketFastImpl: () => stringToHashBucketFastImpl,
	subImpl: () => subImpl,
	tileImpl: () => tileImpl,
	topKImpl: () => topKImpl,
	transposeImpl: () => transposeImpl,
	uniqueImpl: () => uniqueImpl
});
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
export { binaryKernelFunc as $, maxImpl as A, floorConfig as B, transposeImpl as C, multiplyConfig as D, multiply as E, greaterEqualConfig as F, equalConfig as G, exp as H, greaterConfig as I, bitwiseAndConfig as J, ceilConfig as K, gatherV2Impl as L, linSpaceImpl as M, lessEqualConfig as N, minimumConfig as O, lessConfig as P, addConfig as Q, gatherNdImpl as R, transposeConfig as S, negConfig as T, expConfig as U, expm1Config as V, equal as W, bincountReduceImpl as X, bincountImpl as Y, add as Z, raggedTensorToTensorImpl as _, subConfig as a, identityConfig as at, prodConfig as b, squaredDifferenceConfig as c, complexConfig as ct, sparseReshapeImpl as d, nonMaxSuppressionV3Impl as dt, cast as et, sparseFillEmptyRowsImpl as f, nonMaxSuppressionV4Impl as ft, rsqrtConfig as g, scatterImpl as h, sub as i, identity as it, logConfig as j, maximumConfig as k, sqrtConfig as l, createSimpleBinaryKernelImpl as lt, sigmoidConfig as m, topKImpl as n, real as nt, stridedSliceImpl as o, zeros as ot, sigmoid as p, nonMaxSuppressionV5Impl as pt, unaryKernelFunc as q, tileImpl as r, realConfig as rt, staticRegexReplaceConfig as s, complex as st, shared_exports as t, castConfig as tt, sparseSegmentReductionImpl as u, absConfig as ut, raggedRangeImpl as v, notEqualConfig as w, transpose as x, raggedGatherImpl as y, floorDivConfig as z };
