import { n as __exportAll, r as __toESM, t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
import { A as getUndoAxesPermutation, Ai as getArrayFromDType, C as assertAxesAreInnerMostDims, D as expandShapeToKeepDim, Di as clamp, Dt as warn, E as computeOutAndReduceShapes, Et as log, F as getReductionAxes, G as buffer, Gi as parseAxisParam, Hi as makeZerosTypedArray, Ii as isInt, Ji as sizeFromShape, N as assertAndGetBroadcastShape, O as getAxesPermutation, Oi as computeStrides, P as getBroadcastDims, Si as assert, T as combineLocations, Ui as nearestDivisor, Wr as Slice, _t as decodeString, c as applyActivation, d as shouldFuse, ht as TensorBuffer, k as getInnerMostAxes, l as getFusedBiasGradient, pt as upcastType, u as getFusedDyActivation, vt as encodeString, w as axesAreInnerMostDims } from "./dist-CRA1jjMH.js";
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/hash_util.js
var import_long = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = Long;
	/**
	* wasm optimizations, to do native i64 multiplication and divide
	*/
	var wasm = null;
	try {
		wasm = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([
			0,
			97,
			115,
			109,
			1,
			0,
			0,
			0,
			1,
			13,
			2,
			96,
			0,
			1,
			127,
			96,
			4,
			127,
			127,
			127,
			127,
			1,
			127,
			3,
			7,
			6,
			0,
			1,
			1,
			1,
			1,
			1,
			6,
			6,
			1,
			127,
			1,
			65,
			0,
			11,
			7,
			50,
			6,
			3,
			109,
			117,
			108,
			0,
			1,
			5,
			100,
			105,
			118,
			95,
			115,
			0,
			2,
			5,
			100,
			105,
			118,
			95,
			117,
			0,
			3,
			5,
			114,
			101,
			109,
			95,
			115,
			0,
			4,
			5,
			114,
			101,
			109,
			95,
			117,
			0,
			5,
			8,
			103,
			101,
			116,
			95,
			104,
			105,
			103,
			104,
			0,
			0,
			10,
			191,
			1,
			6,
			4,
			0,
			35,
			0,
			11,
			36,
			1,
			1,
			126,
			32,
			0,
			173,
			32,
			1,
			173,
			66,
			32,
			134,
			132,
			32,
			2,
			173,
			32,
			3,
			173,
			66,
			32,
			134,
			132,
			126,
			34,
			4,
			66,
			32,
			135,
			167,
			36,
			0,
			32,
			4,
			167,
			11,
			36,
			1,
			1,
			126,
			32,
			0,
			173,
			32,
			1,
			173,
			66,
			32,
			134,
			132,
			32,
			2,
			173,
			32,
			3,
			173,
			66,
			32,
			134,
			132,
			127,
			34,
			4,
			66,
			32,
			135,
			167,
			36,
			0,
			32,
			4,
			167,
			11,
			36,
			1,
			1,
			126,
			32,
			0,
			173,
			32,
			1,
			173,
			66,
			32,
			134,
			132,
			32,
			2,
			173,
			32,
			3,
			173,
			66,
			32,
			134,
			132,
			128,
			34,
			4,
			66,
			32,
			135,
			167,
			36,
			0,
			32,
			4,
			167,
			11,
			36,
			1,
			1,
			126,
			32,
			0,
			173,
			32,
			1,
			173,
			66,
			32,
			134,
			132,
			32,
			2,
			173,
			32,
			3,
			173,
			66,
			32,
			134,
			132,
			129,
			34,
			4,
			66,
			32,
			135,
			167,
			36,
			0,
			32,
			4,
			167,
			11,
			36,
			1,
			1,
			126,
			32,
			0,
			173,
			32,
			1,
			173,
			66,
			32,
			134,
			132,
			32,
			2,
			173,
			32,
			3,
			173,
			66,
			32,
			134,
			132,
			130,
			34,
			4,
			66,
			32,
			135,
			167,
			36,
			0,
			32,
			4,
			167,
			11
		])), {}).exports;
	} catch (e) {}
	/**
	* Constructs a 64 bit two's-complement integer, given its low and high 32 bit values as *signed* integers.
	*  See the from* functions below for more convenient ways of constructing Longs.
	* @exports Long
	* @class A Long class for representing a 64 bit two's-complement integer value.
	* @param {number} low The low (signed) 32 bits of the long
	* @param {number} high The high (signed) 32 bits of the long
	* @param {boolean=} unsigned Whether unsigned or not, defaults to signed
	* @constructor
	*/
	function Long(low, high, unsigned) {
		/**
		* The low 32 bits as a signed value.
		* @type {number}
		*/
		this.low = low | 0;
		/**
		* The high 32 bits as a signed value.
		* @type {number}
		*/
		this.high = high | 0;
		/**
		* Whether unsigned or not.
		* @type {boolean}
		*/
		this.unsigned = !!unsigned;
	}
	/**
	* An indicator used to reliably determine if an object is a Long or not.
	* @type {boolean}
	* @const
	* @private
	*/
	Long.prototype.__isLong__;
	Object.defineProperty(Long.prototype, "__isLong__", { value: true });
	/**
	* @function
	* @param {*} obj Object
	* @returns {boolean}
	* @inner
	*/
	function isLong(obj) {
		return (obj && obj["__isLong__"]) === true;
	}
	/**
	* Tests if the specified object is a Long.
	* @function
	* @param {*} obj Object
	* @returns {boolean}
	*/
	Long.isLong = isLong;
	/**
	* A cache of the Long representations of small integer values.
	* @type {!Object}
	* @inner
	*/
	var INT_CACHE = {};
	/**
	* A cache of the Long representations of small unsigned integer values.
	* @type {!Object}
	* @inner
	*/
	var UINT_CACHE = {};
	/**
	* @param {number} value
	* @param {boolean=} unsigned
	* @returns {!Long}
	* @inner
	*/
	function fromInt(value, unsigned) {
		var obj, cachedObj, cache;
		if (unsigned) {
			value >>>= 0;
			if (cache = 0 <= value && value < 256) {
				cachedObj = UINT_CACHE[value];
				if (cachedObj) return cachedObj;
			}
			obj = fromBits(value, (value | 0) < 0 ? -1 : 0, true);
			if (cache) UINT_CACHE[value] = obj;
			return obj;
		} else {
			value |= 0;
			if (cache = -128 <= value && value < 128) {
				cachedObj = INT_CACHE[value];
				if (cachedObj) return cachedObj;
			}
			obj = fromBits(value, value < 0 ? -1 : 0, false);
			if (cache) INT_CACHE[value] = obj;
			return obj;
		}
	}
	/**
	* Returns a Long representing the given 32 bit integer value.
	* @function
	* @param {number} value The 32 bit integer in question
	* @param {boolean=} unsigned Whether unsigned or not, defaults to signed
	* @returns {!Long} The corresponding Long value
	*/
	Long.fromInt = fromInt;
	/**
	* @param {number} value
	* @param {boolean=} unsigned
	* @returns {!Long}
	* @inner
	*/
	function fromNumber(value, unsigned) {
		if (isNaN(value)) return unsigned ? UZERO : ZERO;
		if (unsigned) {
			if (value < 0) return UZERO;
			if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
		} else {
			if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
			if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
		}
		if (value < 0) return fromNumber(-value, unsigned).neg();
		return fromBits(value % TWO_PWR_32_DBL | 0, value / TWO_PWR_32_DBL | 0, unsigned);
	}
	/**
	* Returns a Long representing the given value, provided that it is a finite number. Otherwise, zero is returned.
	* @function
	* @param {number} value The number in question
	* @param {boolean=} unsigned Whether unsigned or not, defaults to signed
	* @returns {!Long} The corresponding Long value
	*/
	Long.fromNumber = fromNumber;
	/**
	* @param {number} lowBits
	* @param {number} highBits
	* @param {boolean=} unsigned
	* @returns {!Long}
	* @inner
	*/
	function fromBits(lowBits, highBits, unsigned) {
		return new Long(lowBits, highBits, unsigned);
	}
	/**
	* Returns a Long representing the 64 bit integer that comes by concatenating the given low and high bits. Each is
	*  assumed to use 32 bits.
	* @function
	* @param {number} lowBits The low 32 bits
	* @param {number} highBits The high 32 bits
	* @param {boolean=} unsigned Whether unsigned or not, defaults to signed
	* @returns {!Long} The corresponding Long value
	*/
	Long.fromBits = fromBits;
	/**
	* @function
	* @param {number} base
	* @param {number} exponent
	* @returns {number}
	* @inner
	*/
	var pow_dbl = Math.pow;
	/**
	* @param {string} str
	* @param {(boolean|number)=} unsigned
	* @param {number=} radix
	* @returns {!Long}
	* @inner
	*/
	function fromString(str, unsigned, radix) {
		if (str.length === 0) throw Error("empty string");
		if (str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity") return ZERO;
		if (typeof unsigned === "number") radix = unsigned, unsigned = false;
		else unsigned = !!unsigned;
		radix = radix || 10;
		if (radix < 2 || 36 < radix) throw RangeError("radix");
		var p;
		if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
		else if (p === 0) return fromString(str.substring(1), unsigned, radix).neg();
		var radixToPower = fromNumber(pow_dbl(radix, 8));
		var result = ZERO;
		for (var i = 0; i < str.length; i += 8) {
			var size = Math.min(8, str.length - i), value = parseInt(str.substring(i, i + size), radix);
			if (size < 8) {
				var power = fromNumber(pow_dbl(radix, size));
				result = result.mul(power).add(fromNumber(value));
			} else {
				result = result.mul(radixToPower);
				result = result.add(fromNumber(value));
			}
		}
		result.unsigned = unsigned;
		return result;
	}
	/**
	* Returns a Long representation of the given string, written using the specified radix.
	* @function
	* @param {string} str The textual representation of the Long
	* @param {(boolean|number)=} unsigned Whether unsigned or not, defaults to signed
	* @param {number=} radix The radix in which the text is written (2-36), defaults to 10
	* @returns {!Long} The corresponding Long value
	*/
	Long.fromString = fromString;
	/**
	* @function
	* @param {!Long|number|string|!{low: number, high: number, unsigned: boolean}} val
	* @param {boolean=} unsigned
	* @returns {!Long}
	* @inner
	*/
	function fromValue(val, unsigned) {
		if (typeof val === "number") return fromNumber(val, unsigned);
		if (typeof val === "string") return fromString(val, unsigned);
		return fromBits(val.low, val.high, typeof unsigned === "boolean" ? unsigned : val.unsigned);
	}
	/**
	* Converts the specified value to a Long using the appropriate from* function for its type.
	* @function
	* @param {!Long|number|string|!{low: number, high: number, unsigned: boolean}} val Value
	* @param {boolean=} unsigned Whether unsigned or not, defaults to signed
	* @returns {!Long}
	*/
	Long.fromValue = fromValue;
	/**
	* @type {number}
	* @const
	* @inner
	*/
	var TWO_PWR_16_DBL = 65536;
	/**
	* @type {number}
	* @const
	* @inner
	*/
	var TWO_PWR_24_DBL = 1 << 24;
	/**
	* @type {number}
	* @const
	* @inner
	*/
	var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;
	/**
	* @type {number}
	* @const
	* @inner
	*/
	var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;
	/**
	* @type {number}
	* @const
	* @inner
	*/
	var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;
	/**
	* @type {!Long}
	* @const
	* @inner
	*/
	var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);
	/**
	* @type {!Long}
	* @inner
	*/
	var ZERO = fromInt(0);
	/**
	* Signed zero.
	* @type {!Long}
	*/
	Long.ZERO = ZERO;
	/**
	* @type {!Long}
	* @inner
	*/
	var UZERO = fromInt(0, true);
	/**
	* Unsigned zero.
	* @type {!Long}
	*/
	Long.UZERO = UZERO;
	/**
	* @type {!Long}
	* @inner
	*/
	var ONE = fromInt(1);
	/**
	* Signed one.
	* @type {!Long}
	*/
	Long.ONE = ONE;
	/**
	* @type {!Long}
	* @inner
	*/
	var UONE = fromInt(1, true);
	/**
	* Unsigned one.
	* @type {!Long}
	*/
	Long.UONE = UONE;
	/**
	* @type {!Long}
	* @inner
	*/
	var NEG_ONE = fromInt(-1);
	/**
	* Signed negative one.
	* @type {!Long}
	*/
	Long.NEG_ONE = NEG_ONE;
	/**
	* @type {!Long}
	* @inner
	*/
	var MAX_VALUE = fromBits(-1, 2147483647, false);
	/**
	* Maximum signed value.
	* @type {!Long}
	*/
	Long.MAX_VALUE = MAX_VALUE;
	/**
	* @type {!Long}
	* @inner
	*/
	var MAX_UNSIGNED_VALUE = fromBits(-1, -1, true);
	/**
	* Maximum unsigned value.
	* @type {!Long}
	*/
	Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
	/**
	* @type {!Long}
	* @inner
	*/
	var MIN_VALUE = fromBits(0, -2147483648, false);
	/**
	* Minimum signed value.
	* @type {!Long}
	*/
	Long.MIN_VALUE = MIN_VALUE;
	/**
	* @alias Long.prototype
	* @inner
	*/
	var LongPrototype = Long.prototype;
	/**
	* Converts the Long to a 32 bit integer, assuming it is a 32 bit integer.
	* @returns {number}
	*/
	LongPrototype.toInt = function toInt() {
		return this.unsigned ? this.low >>> 0 : this.low;
	};
	/**
	* Converts the Long to a the nearest floating-point representation of this value (double, 53 bit mantissa).
	* @returns {number}
	*/
	LongPrototype.toNumber = function toNumber() {
		if (this.unsigned) return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
		return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
	};
	/**
	* Converts the Long to a string written in the specified radix.
	* @param {number=} radix Radix (2-36), defaults to 10
	* @returns {string}
	* @override
	* @throws {RangeError} If `radix` is out of range
	*/
	LongPrototype.toString = function toString(radix) {
		radix = radix || 10;
		if (radix < 2 || 36 < radix) throw RangeError("radix");
		if (this.isZero()) return "0";
		if (this.isNegative()) {
			if (this.eq(MIN_VALUE)) {
				var radixLong = fromNumber(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
				return div.toString(radix) + rem1.toInt().toString(radix);
			} else return "-" + this.neg().toString(radix);
		}
		var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this;
		var result = "";
		while (true) {
			var remDiv = rem.div(radixToPower), digits = (rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0).toString(radix);
			rem = remDiv;
			if (rem.isZero()) return digits + result;
			else {
				while (digits.length < 6) digits = "0" + digits;
				result = "" + digits + result;
			}
		}
	};
	/**
	* Gets the high 32 bits as a signed integer.
	* @returns {number} Signed high bits
	*/
	LongPrototype.getHighBits = function getHighBits() {
		return this.high;
	};
	/**
	* Gets the high 32 bits as an unsigned integer.
	* @returns {number} Unsigned high bits
	*/
	LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
		return this.high >>> 0;
	};
	/**
	* Gets the low 32 bits as a signed integer.
	* @returns {number} Signed low bits
	*/
	LongPrototype.getLowBits = function getLowBits() {
		return this.low;
	};
	/**
	* Gets the low 32 bits as an unsigned integer.
	* @returns {number} Unsigned low bits
	*/
	LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
		return this.low >>> 0;
	};
	/**
	* Gets the number of bits needed to represent the absolute value of this Long.
	* @returns {number}
	*/
	LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
		if (this.isNegative()) return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
		var val = this.high != 0 ? this.high : this.low;
		for (var bit = 31; bit > 0; bit--) if ((val & 1 << bit) != 0) break;
		return this.high != 0 ? bit + 33 : bit + 1;
	};
	/**
	* Tests if this Long's value equals zero.
	* @returns {boolean}
	*/
	LongPrototype.isZero = function isZero() {
		return this.high === 0 && this.low === 0;
	};
	/**
	* Tests if this Long's value equals zero. This is an alias of {@link Long#isZero}.
	* @returns {boolean}
	*/
	LongPrototype.eqz = LongPrototype.isZero;
	/**
	* Tests if this Long's value is negative.
	* @returns {boolean}
	*/
	LongPrototype.isNegative = function isNegative() {
		return !this.unsigned && this.high < 0;
	};
	/**
	* Tests if this Long's value is positive.
	* @returns {boolean}
	*/
	LongPrototype.isPositive = function isPositive() {
		return this.unsigned || this.high >= 0;
	};
	/**
	* Tests if this Long's value is odd.
	* @returns {boolean}
	*/
	LongPrototype.isOdd = function isOdd() {
		return (this.low & 1) === 1;
	};
	/**
	* Tests if this Long's value is even.
	* @returns {boolean}
	*/
	LongPrototype.isEven = function isEven() {
		return (this.low & 1) === 0;
	};
	/**
	* Tests if this Long's value equals the specified's.
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.equals = function equals(other) {
		if (!isLong(other)) other = fromValue(other);
		if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1) return false;
		return this.high === other.high && this.low === other.low;
	};
	/**
	* Tests if this Long's value equals the specified's. This is an alias of {@link Long#equals}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.eq = LongPrototype.equals;
	/**
	* Tests if this Long's value differs from the specified's.
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.notEquals = function notEquals(other) {
		return !this.eq(other);
	};
	/**
	* Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.neq = LongPrototype.notEquals;
	/**
	* Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.ne = LongPrototype.notEquals;
	/**
	* Tests if this Long's value is less than the specified's.
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.lessThan = function lessThan(other) {
		return this.comp(other) < 0;
	};
	/**
	* Tests if this Long's value is less than the specified's. This is an alias of {@link Long#lessThan}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.lt = LongPrototype.lessThan;
	/**
	* Tests if this Long's value is less than or equal the specified's.
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
		return this.comp(other) <= 0;
	};
	/**
	* Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.lte = LongPrototype.lessThanOrEqual;
	/**
	* Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.le = LongPrototype.lessThanOrEqual;
	/**
	* Tests if this Long's value is greater than the specified's.
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.greaterThan = function greaterThan(other) {
		return this.comp(other) > 0;
	};
	/**
	* Tests if this Long's value is greater than the specified's. This is an alias of {@link Long#greaterThan}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.gt = LongPrototype.greaterThan;
	/**
	* Tests if this Long's value is greater than or equal the specified's.
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
		return this.comp(other) >= 0;
	};
	/**
	* Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.gte = LongPrototype.greaterThanOrEqual;
	/**
	* Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {boolean}
	*/
	LongPrototype.ge = LongPrototype.greaterThanOrEqual;
	/**
	* Compares this Long's value with the specified's.
	* @param {!Long|number|string} other Other value
	* @returns {number} 0 if they are the same, 1 if the this is greater and -1
	*  if the given one is greater
	*/
	LongPrototype.compare = function compare(other) {
		if (!isLong(other)) other = fromValue(other);
		if (this.eq(other)) return 0;
		var thisNeg = this.isNegative(), otherNeg = other.isNegative();
		if (thisNeg && !otherNeg) return -1;
		if (!thisNeg && otherNeg) return 1;
		if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
		return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
	};
	/**
	* Compares this Long's value with the specified's. This is an alias of {@link Long#compare}.
	* @function
	* @param {!Long|number|string} other Other value
	* @returns {number} 0 if they are the same, 1 if the this is greater and -1
	*  if the given one is greater
	*/
	LongPrototype.comp = LongPrototype.compare;
	/**
	* Negates this Long's value.
	* @returns {!Long} Negated Long
	*/
	LongPrototype.negate = function negate() {
		if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
		return this.not().add(ONE);
	};
	/**
	* Negates this Long's value. This is an alias of {@link Long#negate}.
	* @function
	* @returns {!Long} Negated Long
	*/
	LongPrototype.neg = LongPrototype.negate;
	/**
	* Returns the sum of this and the specified Long.
	* @param {!Long|number|string} addend Addend
	* @returns {!Long} Sum
	*/
	LongPrototype.add = function add(addend) {
		if (!isLong(addend)) addend = fromValue(addend);
		var a48 = this.high >>> 16;
		var a32 = this.high & 65535;
		var a16 = this.low >>> 16;
		var a00 = this.low & 65535;
		var b48 = addend.high >>> 16;
		var b32 = addend.high & 65535;
		var b16 = addend.low >>> 16;
		var b00 = addend.low & 65535;
		var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
		c00 += a00 + b00;
		c16 += c00 >>> 16;
		c00 &= 65535;
		c16 += a16 + b16;
		c32 += c16 >>> 16;
		c16 &= 65535;
		c32 += a32 + b32;
		c48 += c32 >>> 16;
		c32 &= 65535;
		c48 += a48 + b48;
		c48 &= 65535;
		return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
	};
	/**
	* Returns the difference of this and the specified Long.
	* @param {!Long|number|string} subtrahend Subtrahend
	* @returns {!Long} Difference
	*/
	LongPrototype.subtract = function subtract(subtrahend) {
		if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
		return this.add(subtrahend.neg());
	};
	/**
	* Returns the difference of this and the specified Long. This is an alias of {@link Long#subtract}.
	* @function
	* @param {!Long|number|string} subtrahend Subtrahend
	* @returns {!Long} Difference
	*/
	LongPrototype.sub = LongPrototype.subtract;
	/**
	* Returns the product of this and the specified Long.
	* @param {!Long|number|string} multiplier Multiplier
	* @returns {!Long} Product
	*/
	LongPrototype.multiply = function multiply(multiplier) {
		if (this.isZero()) return ZERO;
		if (!isLong(multiplier)) multiplier = fromValue(multiplier);
		if (wasm) return fromBits(wasm.mul(this.low, this.high, multiplier.low, multiplier.high), wasm.get_high(), this.unsigned);
		if (multiplier.isZero()) return ZERO;
		if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
		if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
		if (this.isNegative()) {
			if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
			else return this.neg().mul(multiplier).neg();
		} else if (multiplier.isNegative()) return this.mul(multiplier.neg()).neg();
		if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24)) return fromNumber(this.toNumber() * multiplier.toNumber(), this.unsigned);
		var a48 = this.high >>> 16;
		var a32 = this.high & 65535;
		var a16 = this.low >>> 16;
		var a00 = this.low & 65535;
		var b48 = multiplier.high >>> 16;
		var b32 = multiplier.high & 65535;
		var b16 = multiplier.low >>> 16;
		var b00 = multiplier.low & 65535;
		var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
		c00 += a00 * b00;
		c16 += c00 >>> 16;
		c00 &= 65535;
		c16 += a16 * b00;
		c32 += c16 >>> 16;
		c16 &= 65535;
		c16 += a00 * b16;
		c32 += c16 >>> 16;
		c16 &= 65535;
		c32 += a32 * b00;
		c48 += c32 >>> 16;
		c32 &= 65535;
		c32 += a16 * b16;
		c48 += c32 >>> 16;
		c32 &= 65535;
		c32 += a00 * b32;
		c48 += c32 >>> 16;
		c32 &= 65535;
		c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
		c48 &= 65535;
		return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
	};
	/**
	* Returns the product of this and the specified Long. This is an alias of {@link Long#multiply}.
	* @function
	* @param {!Long|number|string} multiplier Multiplier
	* @returns {!Long} Product
	*/
	LongPrototype.mul = LongPrototype.multiply;
	/**
	* Returns this Long divided by the specified. The result is signed if this Long is signed or
	*  unsigned if this Long is unsigned.
	* @param {!Long|number|string} divisor Divisor
	* @returns {!Long} Quotient
	*/
	LongPrototype.divide = function divide(divisor) {
		if (!isLong(divisor)) divisor = fromValue(divisor);
		if (divisor.isZero()) throw Error("division by zero");
		if (wasm) {
			if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) return this;
			return fromBits((this.unsigned ? wasm.div_u : wasm.div_s)(this.low, this.high, divisor.low, divisor.high), wasm.get_high(), this.unsigned);
		}
		if (this.isZero()) return this.unsigned ? UZERO : ZERO;
		var approx, rem, res;
		if (!this.unsigned) {
			if (this.eq(MIN_VALUE)) {
				if (divisor.eq(ONE) || divisor.eq(NEG_ONE)) return MIN_VALUE;
				else if (divisor.eq(MIN_VALUE)) return ONE;
				else {
					approx = this.shr(1).div(divisor).shl(1);
					if (approx.eq(ZERO)) return divisor.isNegative() ? ONE : NEG_ONE;
					else {
						rem = this.sub(divisor.mul(approx));
						res = approx.add(rem.div(divisor));
						return res;
					}
				}
			} else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
			if (this.isNegative()) {
				if (divisor.isNegative()) return this.neg().div(divisor.neg());
				return this.neg().div(divisor).neg();
			} else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
			res = ZERO;
		} else {
			if (!divisor.unsigned) divisor = divisor.toUnsigned();
			if (divisor.gt(this)) return UZERO;
			if (divisor.gt(this.shru(1))) return UONE;
			res = UZERO;
		}
		rem = this;
		while (rem.gte(divisor)) {
			approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
			var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor);
			while (approxRem.isNegative() || approxRem.gt(rem)) {
				approx -= delta;
				approxRes = fromNumber(approx, this.unsigned);
				approxRem = approxRes.mul(divisor);
			}
			if (approxRes.isZero()) approxRes = ONE;
			res = res.add(approxRes);
			rem = rem.sub(approxRem);
		}
		return res;
	};
	/**
	* Returns this Long divided by the specified. This is an alias of {@link Long#divide}.
	* @function
	* @param {!Long|number|string} divisor Divisor
	* @returns {!Long} Quotient
	*/
	LongPrototype.div = LongPrototype.divide;
	/**
	* Returns this Long modulo the specified.
	* @param {!Long|number|string} divisor Divisor
	* @returns {!Long} Remainder
	*/
	LongPrototype.modulo = function modulo(divisor) {
		if (!isLong(divisor)) divisor = fromValue(divisor);
		if (wasm) return fromBits((this.unsigned ? wasm.rem_u : wasm.rem_s)(this.low, this.high, divisor.low, divisor.high), wasm.get_high(), this.unsigned);
		return this.sub(this.div(divisor).mul(divisor));
	};
	/**
	* Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
	* @function
	* @param {!Long|number|string} divisor Divisor
	* @returns {!Long} Remainder
	*/
	LongPrototype.mod = LongPrototype.modulo;
	/**
	* Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
	* @function
	* @param {!Long|number|string} divisor Divisor
	* @returns {!Long} Remainder
	*/
	LongPrototype.rem = LongPrototype.modulo;
	/**
	* Returns the bitwise NOT of this Long.
	* @returns {!Long}
	*/
	LongPrototype.not = function not() {
		return fromBits(~this.low, ~this.high, this.unsigned);
	};
	/**
	* Returns the bitwise AND of this Long and the specified.
	* @param {!Long|number|string} other Other Long
	* @returns {!Long}
	*/
	LongPrototype.and = function and(other) {
		if (!isLong(other)) other = fromValue(other);
		return fromBits(this.low & other.low, this.high & other.high, this.unsigned);
	};
	/**
	* Returns the bitwise OR of this Long and the specified.
	* @param {!Long|number|string} other Other Long
	* @returns {!Long}
	*/
	LongPrototype.or = function or(other) {
		if (!isLong(other)) other = fromValue(other);
		return fromBits(this.low | other.low, this.high | other.high, this.unsigned);
	};
	/**
	* Returns the bitwise XOR of this Long and the given one.
	* @param {!Long|number|string} other Other Long
	* @returns {!Long}
	*/
	LongPrototype.xor = function xor(other) {
		if (!isLong(other)) other = fromValue(other);
		return fromBits(this.low ^ other.low, this.high ^ other.high, this.unsigned);
	};
	/**
	* Returns this Long with bits shifted to the left by the given amount.
	* @param {number|!Long} numBits Number of bits
	* @returns {!Long} Shifted Long
	*/
	LongPrototype.shiftLeft = function shiftLeft(numBits) {
		if (isLong(numBits)) numBits = numBits.toInt();
		if ((numBits &= 63) === 0) return this;
		else if (numBits < 32) return fromBits(this.low << numBits, this.high << numBits | this.low >>> 32 - numBits, this.unsigned);
		else return fromBits(0, this.low << numBits - 32, this.unsigned);
	};
	/**
	* Returns this Long with bits shifted to the left by the given amount. This is an alias of {@link Long#shiftLeft}.
	* @function
	* @param {number|!Long} numBits Number of bits
	* @returns {!Long} Shifted Long
	*/
	LongPrototype.shl = LongPrototype.shiftLeft;
	/**
	* Returns this Long with bits arithmetically shifted to the right by the given amount.
	* @param {number|!Long} numBits Number of bits
	* @returns {!Long} Shifted Long
	*/
	LongPrototype.shiftRight = function shiftRight(numBits) {
		if (isLong(numBits)) numBits = numBits.toInt();
		if ((numBits &= 63) === 0) return this;
		else if (numBits < 32) return fromBits(this.low >>> numBits | this.high << 32 - numBits, this.high >> numBits, this.unsigned);
		else return fromBits(this.high >> numBits - 32, this.high >= 0 ? 0 : -1, this.unsigned);
	};
	/**
	* Returns this Long with bits arithmetically shifted to the right by the given amount. This is an alias of {@link Long#shiftRight}.
	* @function
	* @param {number|!Long} numBits Number of bits
	* @returns {!Long} Shifted Long
	*/
	LongPrototype.shr = LongPrototype.shiftRight;
	/**
	* Returns this Long with bits logically shifted to the right by the given amount.
	* @param {number|!Long} numBits Number of bits
	* @returns {!Long} Shifted Long
	*/
	LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
		if (isLong(numBits)) numBits = numBits.toInt();
		numBits &= 63;
		if (numBits === 0) return this;
		else {
			var high = this.high;
			if (numBits < 32) {
				var low = this.low;
				return fromBits(low >>> numBits | high << 32 - numBits, high >>> numBits, this.unsigned);
			} else if (numBits === 32) return fromBits(high, 0, this.unsigned);
			else return fromBits(high >>> numBits - 32, 0, this.unsigned);
		}
	};
	/**
	* Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
	* @function
	* @param {number|!Long} numBits Number of bits
	* @returns {!Long} Shifted Long
	*/
	LongPrototype.shru = LongPrototype.shiftRightUnsigned;
	/**
	* Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
	* @function
	* @param {number|!Long} numBits Number of bits
	* @returns {!Long} Shifted Long
	*/
	LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;
	/**
	* Converts this Long to signed.
	* @returns {!Long} Signed long
	*/
	LongPrototype.toSigned = function toSigned() {
		if (!this.unsigned) return this;
		return fromBits(this.low, this.high, false);
	};
	/**
	* Converts this Long to unsigned.
	* @returns {!Long} Unsigned long
	*/
	LongPrototype.toUnsigned = function toUnsigned() {
		if (this.unsigned) return this;
		return fromBits(this.low, this.high, true);
	};
	/**
	* Converts this Long to its byte representation.
	* @param {boolean=} le Whether little or big endian, defaults to big endian
	* @returns {!Array.<number>} Byte representation
	*/
	LongPrototype.toBytes = function toBytes(le) {
		return le ? this.toBytesLE() : this.toBytesBE();
	};
	/**
	* Converts this Long to its little endian byte representation.
	* @returns {!Array.<number>} Little endian byte representation
	*/
	LongPrototype.toBytesLE = function toBytesLE() {
		var hi = this.high, lo = this.low;
		return [
			lo & 255,
			lo >>> 8 & 255,
			lo >>> 16 & 255,
			lo >>> 24,
			hi & 255,
			hi >>> 8 & 255,
			hi >>> 16 & 255,
			hi >>> 24
		];
	};
	/**
	* Converts this Long to its big endian byte representation.
	* @returns {!Array.<number>} Big endian byte representation
	*/
	LongPrototype.toBytesBE = function toBytesBE() {
		var hi = this.high, lo = this.low;
		return [
			hi >>> 24,
			hi >>> 16 & 255,
			hi >>> 8 & 255,
			hi & 255,
			lo >>> 24,
			lo >>> 16 & 255,
			lo >>> 8 & 255,
			lo & 255
		];
	};
	/**
	* Creates a Long from its byte representation.
	* @param {!Array.<number>} bytes Byte representation
	* @param {boolean=} unsigned Whether unsigned or not, defaults to signed
	* @param {boolean=} le Whether little or big endian, defaults to big endian
	* @returns {Long} The corresponding Long value
	*/
	Long.fromBytes = function fromBytes(bytes, unsigned, le) {
		return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
	};
	/**
	* Creates a Long from its little endian byte representation.
	* @param {!Array.<number>} bytes Little endian byte representation
	* @param {boolean=} unsigned Whether unsigned or not, defaults to signed
	* @returns {Long} The corresponding Long value
	*/
	Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
		return new Long(bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24, bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24, unsigned);
	};
	/**
	* Creates a Long from its big endian byte representation.
	* @param {!Array.<number>} bytes Big endian byte representation
	* @param {boolean=} unsigned Whether unsigned or not, defaults to signed
	* @returns {Long} The corresponding Long value
	*/
	Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
		return new Long(bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7], bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3], unsigned);
	};
})))());
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
var Long = import_long.default || import_long;
function hexToLong(hex) {
	return Long.fromString(hex, true, 16);
}
var k0 = hexToLong("c3a5c85c97cb3127");
var k1 = hexToLong("b492b66fbe98f273");
var k2 = hexToLong("9ae16a3b2f90404f");
function shiftMix(val) {
	return val.xor(val.shru(47));
}
function fetch(s, offset, numBytes) {
	const bytes = s.slice(offset, offset + numBytes);
	return Long.fromBytes(Array.from(bytes), true, true);
}
function fetch64(s, offset) {
	return fetch(s, offset, 8);
}
function fetch32(s, offset) {
	return fetch(s, offset, 4);
}
function rotate64(val, shift) {
	return shift === 0 ? val : val.shru(shift).or(val.shl(64 - shift));
}
function hashLen16(u, v, mul = hexToLong("9ddfea08eb382d69")) {
	let a = u.xor(v).mul(mul);
	a = a.xor(a.shru(47));
	let b = v.xor(a).mul(mul);
	b = b.xor(b.shru(47));
	b = b.mul(mul);
	return b;
}
function weakHashLen32WithSeeds(w, x, y, z, a, b) {
	a = a.add(w);
	b = rotate64(b.add(a).add(z), 21);
	const c = a;
	a = a.add(x);
	a = a.add(y);
	b = b.add(rotate64(a, 44));
	return [a.add(z), b.add(c)];
}
function weakHashLen32WithSeedsStr(s, offset, a, b) {
	return weakHashLen32WithSeeds(fetch64(s, offset), fetch64(s, offset + 8), fetch64(s, offset + 16), fetch64(s, offset + 24), a, b);
}
function hashLen0to16(s, len = s.length) {
	if (len >= 8) {
		const mul = k2.add(len * 2);
		const a = fetch64(s, 0).add(k2);
		const b = fetch64(s, len - 8);
		return hashLen16(rotate64(b, 37).mul(mul).add(a), rotate64(a, 25).add(b).mul(mul), mul);
	}
	if (len >= 4) {
		const mul = k2.add(len * 2);
		return hashLen16(fetch32(s, 0).shl(3).add(len), fetch32(s, len - 4), mul);
	}
	if (len > 0) {
		const a = s[0];
		const b = s[len >> 1];
		const c = s[len - 1];
		const y = a + (b << 8);
		const z = len + (c << 2);
		return shiftMix(k2.mul(y).xor(k0.mul(z))).mul(k2);
	}
	return k2;
}
function hashLen17to32(s, len = s.length) {
	const mul = k2.add(len * 2);
	const a = fetch64(s, 0).mul(k1);
	const b = fetch64(s, 8);
	const c = fetch64(s, len - 8).mul(mul);
	const d = fetch64(s, len - 16).mul(k2);
	return hashLen16(rotate64(a.add(b), 43).add(rotate64(c, 30)).add(d), a.add(rotate64(b.add(k2), 18)).add(c), mul);
}
function hashLen33to64(s, len = s.length) {
	const mul = k2.add(len * 2);
	const a = fetch64(s, 0).mul(k2);
	const b = fetch64(s, 8);
	const c = fetch64(s, len - 8).mul(mul);
	const d = fetch64(s, len - 16).mul(k2);
	const y = rotate64(a.add(b), 43).add(rotate64(c, 30)).add(d);
	const z = hashLen16(y, a.add(rotate64(b.add(k2), 18)).add(c), mul);
	const e = fetch64(s, 16).mul(mul);
	const f = fetch64(s, 24);
	const g = y.add(fetch64(s, len - 32)).mul(mul);
	const h = z.add(fetch64(s, len - 24)).mul(mul);
	return hashLen16(rotate64(e.add(f), 43).add(rotate64(g, 30)).add(h), e.add(rotate64(f.add(a), 18)).add(g), mul);
}
function fingerPrint64(s, len = s.length) {
	const seed = Long.fromNumber(81, true);
	if (len <= 32) {
		if (len <= 16) return hashLen0to16(s, len);
		else return hashLen17to32(s, len);
	} else if (len <= 64) return hashLen33to64(s, len);
	let x = seed;
	let y = seed.mul(k1).add(113);
	let z = shiftMix(y.mul(k2).add(113)).mul(k2);
	let v = [Long.UZERO, Long.UZERO];
	let w = [Long.UZERO, Long.UZERO];
	x = x.mul(k2).add(fetch64(s, 0));
	let offset = 0;
	const end = (len - 1 >> 6) * 64;
	const last64 = end + (len - 1 & 63) - 63;
	do {
		x = rotate64(x.add(y).add(v[0]).add(fetch64(s, offset + 8)), 37).mul(k1);
		y = rotate64(y.add(v[1]).add(fetch64(s, offset + 48)), 42).mul(k1);
		x = x.xor(w[1]);
		y = y.add(v[0]).add(fetch64(s, offset + 40));
		z = rotate64(z.add(w[0]), 33).mul(k1);
		v = weakHashLen32WithSeedsStr(s, offset, v[1].mul(k1), x.add(w[0]));
		w = weakHashLen32WithSeedsStr(s, offset + 32, z.add(w[1]), y.add(fetch64(s, offset + 16)));
		[z, x] = [x, z];
		offset += 64;
	} while (offset !== end);
	const mul = k1.add(z.and(255).shl(1));
	offset = last64;
	w[0] = w[0].add(len - 1 & 63);
	v[0] = v[0].add(w[0]);
	w[0] = w[0].add(v[0]);
	x = rotate64(x.add(y).add(v[0]).add(fetch64(s, offset + 8)), 37).mul(mul);
	y = rotate64(y.add(v[1]).add(fetch64(s, offset + 48)), 42).mul(mul);
	x = x.xor(w[1].mul(9));
	y = y.add(v[0].mul(9).add(fetch64(s, offset + 40)));
	z = rotate64(z.add(w[0]), 33).mul(mul);
	v = weakHashLen32WithSeedsStr(s, offset, v[1].mul(mul), x.add(w[0]));
	w = weakHashLen32WithSeedsStr(s, offset + 32, z.add(w[1]), y.add(fetch64(s, offset + 16)));
	[z, x] = [x, z];
	return hashLen16(hashLen16(v[0], w[0], mul).add(shiftMix(y).mul(k0)).add(z), hashLen16(v[1], w[1], mul).add(x), mul);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/conv_util.js
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
*
* @param inputShape Input tensor shape is of the following dimensions:
*     `[batch, height, width, inChannels]`.
* @param filterShape The filter shape is of the following dimensions:
*     `[filterHeight, filterWidth, depth]`.
* @param strides The strides of the sliding window for each dimension of the
*     input tensor: `[strideHeight, strideWidth]`.
*     If `strides` is a single number,
*     then `strideHeight == strideWidth`.
* @param pad The type of padding algorithm.
*    - `same` and stride 1: output will be of same size as input,
*       regardless of filter size.
*    - `valid`: output will be smaller than input if filter is larger
*       than 1*1x1.
*    - For more info, see this guide:
*     [https://www.tensorflow.org/api_docs/python/tf/nn/convolution](
*          https://www.tensorflow.org/api_docs/python/tf/nn/convolution)
* @param dataFormat The data format of the input and output data.
*     Defaults to 'NHWC'.
* @param dilations The dilation rates: `[dilationHeight, dilationWidth]`.
*     Defaults to `[1, 1]`. If `dilations` is a single number, then
*     `dilationHeight == dilationWidth`.
*/
function computeDilation2DInfo(inputShape, filterShape, strides, pad, dataFormat = "NHWC", dilations) {
	const inputChannels = inputShape[3];
	return computeConv2DInfo(inputShape, [...filterShape, inputChannels], strides, dilations, pad, null, null, convertConv2DDataFormat(dataFormat));
}
function computePool2DInfo(inShape, filterSize, strides, dilations, pad, roundingMode, dataFormat = "channelsLast") {
	const [filterHeight, filterWidth] = parseTupleParam(filterSize);
	let filterShape;
	if (dataFormat === "channelsLast") filterShape = [
		filterHeight,
		filterWidth,
		inShape[3],
		inShape[3]
	];
	else if (dataFormat === "channelsFirst") filterShape = [
		filterHeight,
		filterWidth,
		inShape[1],
		inShape[1]
	];
	else throw new Error(`Unknown dataFormat ${dataFormat}`);
	return computeConv2DInfo(inShape, filterShape, strides, dilations, pad, roundingMode, false, dataFormat);
}
/**
* Computes the information for a forward pass of a pooling3D operation.
*/
function computePool3DInfo(inShape, filterSize, strides, dilations, pad, roundingMode, dataFormat = "NDHWC") {
	const [filterDepth, filterHeight, filterWidth] = parse3TupleParam(filterSize);
	let filterShape;
	let $dataFormat;
	if (dataFormat === "NDHWC") {
		$dataFormat = "channelsLast";
		filterShape = [
			filterDepth,
			filterHeight,
			filterWidth,
			inShape[4],
			inShape[4]
		];
	} else if (dataFormat === "NCDHW") {
		$dataFormat = "channelsFirst";
		filterShape = [
			filterDepth,
			filterHeight,
			filterWidth,
			inShape[1],
			inShape[1]
		];
	} else throw new Error(`Unknown dataFormat ${dataFormat}`);
	return computeConv3DInfo(inShape, filterShape, strides, dilations, pad, false, $dataFormat, roundingMode);
}
/**
* Computes the information for a forward pass of a convolution/pooling
* operation.
*/
function computeConv2DInfo(inShape, filterShape, strides, dilations, pad, roundingMode, depthwise = false, dataFormat = "channelsLast") {
	let [batchSize, inHeight, inWidth, inChannels] = [
		-1,
		-1,
		-1,
		-1
	];
	if (dataFormat === "channelsLast") [batchSize, inHeight, inWidth, inChannels] = inShape;
	else if (dataFormat === "channelsFirst") [batchSize, inChannels, inHeight, inWidth] = inShape;
	else throw new Error(`Unknown dataFormat ${dataFormat}`);
	const [filterHeight, filterWidth, , filterChannels] = filterShape;
	const [strideHeight, strideWidth] = parseTupleParam(strides);
	const [dilationHeight, dilationWidth] = parseTupleParam(dilations);
	const effectiveFilterHeight = getEffectiveFilterSize(filterHeight, dilationHeight);
	const effectiveFilterWidth = getEffectiveFilterSize(filterWidth, dilationWidth);
	const { padInfo, outHeight, outWidth } = getPadAndOutInfo(pad, inHeight, inWidth, strideHeight, strideWidth, effectiveFilterHeight, effectiveFilterWidth, roundingMode, dataFormat);
	const outChannels = depthwise ? filterChannels * inChannels : filterChannels;
	let outShape;
	if (dataFormat === "channelsFirst") outShape = [
		batchSize,
		outChannels,
		outHeight,
		outWidth
	];
	else if (dataFormat === "channelsLast") outShape = [
		batchSize,
		outHeight,
		outWidth,
		outChannels
	];
	return {
		batchSize,
		dataFormat,
		inHeight,
		inWidth,
		inChannels,
		outHeight,
		outWidth,
		outChannels,
		padInfo,
		strideHeight,
		strideWidth,
		filterHeight,
		filterWidth,
		effectiveFilterHeight,
		effectiveFilterWidth,
		dilationHeight,
		dilationWidth,
		inShape,
		outShape,
		filterShape
	};
}
/**
* Computes the information for a forward pass of a 3D convolution/pooling
* operation.
*/
function computeConv3DInfo(inShape, filterShape, strides, dilations, pad, depthwise = false, dataFormat = "channelsLast", roundingMode) {
	let [batchSize, inDepth, inHeight, inWidth, inChannels] = [
		-1,
		-1,
		-1,
		-1,
		-1
	];
	if (dataFormat === "channelsLast") [batchSize, inDepth, inHeight, inWidth, inChannels] = inShape;
	else if (dataFormat === "channelsFirst") [batchSize, inChannels, inDepth, inHeight, inWidth] = inShape;
	else throw new Error(`Unknown dataFormat ${dataFormat}`);
	const [filterDepth, filterHeight, filterWidth, , filterChannels] = filterShape;
	const [strideDepth, strideHeight, strideWidth] = parse3TupleParam(strides);
	const [dilationDepth, dilationHeight, dilationWidth] = parse3TupleParam(dilations);
	const effectiveFilterDepth = getEffectiveFilterSize(filterDepth, dilationDepth);
	const effectiveFilterHeight = getEffectiveFilterSize(filterHeight, dilationHeight);
	const effectiveFilterWidth = getEffectiveFilterSize(filterWidth, dilationWidth);
	const { padInfo, outDepth, outHeight, outWidth } = get3DPadAndOutInfo(pad, inDepth, inHeight, inWidth, strideDepth, strideHeight, strideWidth, effectiveFilterDepth, effectiveFilterHeight, effectiveFilterWidth, roundingMode);
	const outChannels = depthwise ? filterChannels * inChannels : filterChannels;
	let outShape;
	if (dataFormat === "channelsFirst") outShape = [
		batchSize,
		outChannels,
		outDepth,
		outHeight,
		outWidth
	];
	else if (dataFormat === "channelsLast") outShape = [
		batchSize,
		outDepth,
		outHeight,
		outWidth,
		outChannels
	];
	return {
		batchSize,
		dataFormat,
		inDepth,
		inHeight,
		inWidth,
		inChannels,
		outDepth,
		outHeight,
		outWidth,
		outChannels,
		padInfo,
		strideDepth,
		strideHeight,
		strideWidth,
		filterDepth,
		filterHeight,
		filterWidth,
		effectiveFilterDepth,
		effectiveFilterHeight,
		effectiveFilterWidth,
		dilationDepth,
		dilationHeight,
		dilationWidth,
		inShape,
		outShape,
		filterShape
	};
}
function computeOutputShape2D(inShape, fieldSize, stride, zeroPad, roundingMode) {
	if (zeroPad == null) zeroPad = computeDefaultPad(inShape, fieldSize, stride);
	const inputRows = inShape[0];
	const inputCols = inShape[1];
	return [round((inputRows - fieldSize + 2 * zeroPad) / stride + 1, roundingMode), round((inputCols - fieldSize + 2 * zeroPad) / stride + 1, roundingMode)];
}
function computeOutputShape4D(inShape, filterShape, outChannels, strides, zeroPad, roundingMode) {
	if (zeroPad == null) zeroPad = computeDefaultPad(inShape, filterShape[0], strides[0]);
	const outShape = [
		0,
		0,
		0,
		outChannels
	];
	for (let index = 0; index < 3; index++) if (inShape[index] + 2 * zeroPad >= filterShape[index]) outShape[index] = round((inShape[index] - filterShape[index] + 2 * zeroPad) / strides[index] + 1, roundingMode);
	return outShape;
}
function computeDefaultPad(inputShape, fieldSize, stride, dilation = 1) {
	const effectiveFieldSize = getEffectiveFilterSize(fieldSize, dilation);
	return Math.floor((inputShape[0] * (stride - 1) - stride + effectiveFieldSize) / 2);
}
function parseTupleParam(param) {
	if (typeof param === "number") return [
		param,
		param,
		param
	];
	if (param.length === 2) return [
		param[0],
		param[1],
		1
	];
	return param;
}
function parse3TupleParam(param) {
	return typeof param === "number" ? [
		param,
		param,
		param
	] : param;
}
function getEffectiveFilterSize(filterSize, dilation) {
	if (dilation <= 1) return filterSize;
	return filterSize + (filterSize - 1) * (dilation - 1);
}
function getPadAndOutInfo(pad, inHeight, inWidth, strideHeight, strideWidth, filterHeight, filterWidth, roundingMode, dataFormat) {
	let padInfo;
	let outHeight;
	let outWidth;
	if (typeof pad === "number") {
		padInfo = {
			top: pad,
			bottom: pad,
			left: pad,
			right: pad,
			type: pad === 0 ? "VALID" : "NUMBER"
		};
		const outShape = computeOutputShape2D([inHeight, inWidth], filterHeight, strideHeight, pad, roundingMode);
		outHeight = outShape[0];
		outWidth = outShape[1];
	} else if (pad === "same") {
		outHeight = Math.ceil(inHeight / strideHeight);
		outWidth = Math.ceil(inWidth / strideWidth);
		const padAlongHeight = Math.max(0, (outHeight - 1) * strideHeight + filterHeight - inHeight);
		const padAlongWidth = Math.max(0, (outWidth - 1) * strideWidth + filterWidth - inWidth);
		const top = Math.floor(padAlongHeight / 2);
		const bottom = padAlongHeight - top;
		const left = Math.floor(padAlongWidth / 2);
		padInfo = {
			top,
			bottom,
			left,
			right: padAlongWidth - left,
			type: "SAME"
		};
	} else if (pad === "valid") {
		padInfo = {
			top: 0,
			bottom: 0,
			left: 0,
			right: 0,
			type: "VALID"
		};
		outHeight = Math.ceil((inHeight - filterHeight + 1) / strideHeight);
		outWidth = Math.ceil((inWidth - filterWidth + 1) / strideWidth);
	} else if (typeof pad === "object") {
		const top = dataFormat === "channelsLast" ? pad[1][0] : pad[2][0];
		const bottom = dataFormat === "channelsLast" ? pad[1][1] : pad[2][1];
		const left = dataFormat === "channelsLast" ? pad[2][0] : pad[3][0];
		const right = dataFormat === "channelsLast" ? pad[2][1] : pad[3][1];
		padInfo = {
			top,
			bottom,
			left,
			right,
			type: top === 0 && bottom === 0 && left === 0 && right === 0 ? "VALID" : "EXPLICIT"
		};
		outHeight = round((inHeight - filterHeight + top + bottom) / strideHeight + 1, roundingMode);
		outWidth = round((inWidth - filterWidth + left + right) / strideWidth + 1, roundingMode);
	} else throw Error(`Unknown padding parameter: ${pad}`);
	return {
		padInfo,
		outHeight,
		outWidth
	};
}
function get3DPadAndOutInfo(pad, inDepth, inHeight, inWidth, strideDepth, strideHeight, strideWidth, filterDepth, filterHeight, filterWidth, roundingMode) {
	let padInfo;
	let outDepth;
	let outHeight;
	let outWidth;
	if (pad === "valid") pad = 0;
	if (typeof pad === "number") {
		padInfo = {
			top: pad,
			bottom: pad,
			left: pad,
			right: pad,
			front: pad,
			back: pad,
			type: pad === 0 ? "VALID" : "NUMBER"
		};
		const outShape = computeOutputShape4D([
			inDepth,
			inHeight,
			inWidth,
			1
		], [
			filterDepth,
			filterHeight,
			filterWidth
		], 1, [
			strideDepth,
			strideHeight,
			strideWidth
		], pad, roundingMode);
		outDepth = outShape[0];
		outHeight = outShape[1];
		outWidth = outShape[2];
	} else if (pad === "same") {
		outDepth = Math.ceil(inDepth / strideDepth);
		outHeight = Math.ceil(inHeight / strideHeight);
		outWidth = Math.ceil(inWidth / strideWidth);
		const padAlongDepth = (outDepth - 1) * strideDepth + filterDepth - inDepth;
		const padAlongHeight = (outHeight - 1) * strideHeight + filterHeight - inHeight;
		const padAlongWidth = (outWidth - 1) * strideWidth + filterWidth - inWidth;
		const front = Math.floor(padAlongDepth / 2);
		const back = padAlongDepth - front;
		const top = Math.floor(padAlongHeight / 2);
		const bottom = padAlongHeight - top;
		const left = Math.floor(padAlongWidth / 2);
		padInfo = {
			top,
			bottom,
			left,
			right: padAlongWidth - left,
			front,
			back,
			type: "SAME"
		};
	} else throw Error(`Unknown padding parameter: ${pad}`);
	return {
		padInfo,
		outDepth,
		outHeight,
		outWidth
	};
}
/**
* Rounds a value depending on the rounding mode
* @param value
* @param roundingMode A string from: 'ceil', 'round', 'floor'. If none is
*     provided, it will default to truncate.
*/
function round(value, roundingMode) {
	if (!roundingMode) return Math.trunc(value);
	switch (roundingMode) {
		case "round": return Math.round(value);
		case "ceil": return Math.ceil(value);
		case "floor": return Math.floor(value);
		default: throw new Error(`Unknown roundingMode ${roundingMode}`);
	}
}
function tupleValuesAreOne(param) {
	const [dimA, dimB, dimC] = parseTupleParam(param);
	return dimA === 1 && dimB === 1 && dimC === 1;
}
function eitherStridesOrDilationsAreOne(strides, dilations) {
	return tupleValuesAreOne(strides) || tupleValuesAreOne(dilations);
}
function stridesOrDilationsArePositive(values) {
	return parseTupleParam(values).every((value) => value > 0);
}
/**
* Convert Conv2D dataFormat from 'NHWC'|'NCHW' to
*    'channelsLast'|'channelsFirst'
* @param dataFormat in 'NHWC'|'NCHW' mode
* @return dataFormat in 'channelsLast'|'channelsFirst' mode
* @throws unknown dataFormat
*/
function convertConv2DDataFormat(dataFormat) {
	if (dataFormat === "NHWC") return "channelsLast";
	else if (dataFormat === "NCHW") return "channelsFirst";
	else throw new Error(`Unknown dataFormat ${dataFormat}`);
}
/**
* Check validity of pad when using dimRoundingMode.
* @param opDesc A string of op description
* @param pad The type of padding algorithm.
*   - `same` and stride 1: output will be of same size as input,
*       regardless of filter size.
*   - `valid` output will be smaller than input if filter is larger
*       than 1x1.
*   - For more info, see this guide:
*     [https://www.tensorflow.org/api_docs/python/tf/nn/convolution](
*          https://www.tensorflow.org/api_docs/python/tf/nn/convolution)
* @param dimRoundingMode A string from: 'ceil', 'round', 'floor'. If none is
*     provided, it will default to truncate.
* @throws unknown padding parameter
*/
function checkPadOnDimRoundingMode(opDesc, pad, dimRoundingMode) {
	if (dimRoundingMode != null) {
		if (typeof pad === "string") throw Error(`Error in ${opDesc}: pad must be an integer when using dimRoundingMode ${dimRoundingMode} but got pad ${pad}.`);
		else if (typeof pad === "number") assert(isInt(pad), () => `Error in ${opDesc}: pad must be an integer when using dimRoundingMode ${dimRoundingMode} but got pad ${pad}.`);
		else if (typeof pad === "object") pad.forEach((p) => {
			p.forEach((v) => {
				assert(isInt(v), () => `Error in ${opDesc}: pad must be an integer when using dimRoundingMode ${dimRoundingMode} but got pad ${v}.`);
			});
		});
		else throw Error(`Error in ${opDesc}: Unknown padding parameter: ${pad}`);
	}
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/scatter_nd_util.js
/**
* Check whether updates.shape = indices.shape[:batchDim] +
* shape[sliceDim:]
*
* @param x The input tensor.
*/
function validateUpdateShape(shape, indices, updates) {
	const sliceDim = indices.rank > 1 ? indices.shape[indices.rank - 1] : 1;
	const batchDim = indices.rank > 1 ? indices.rank - 1 : 1;
	const shapeError = `Must have updates.shape = indices.shape[:batchDim] + shape[sliceDim:], got updates.shape: ${updates.shape}, indices.shape: ${indices.shape}, shape: ${shape}, sliceDim: ${sliceDim}, and batchDim: ${batchDim}.`;
	if (updates.rank < batchDim) throw new Error(shapeError + ` update.rank < ${batchDim}. `);
	if (shape.length < sliceDim + (updates.rank - batchDim)) throw new Error(shapeError + ` Output shape length < ${sliceDim + (updates.rank - batchDim)}`);
	if (updates.rank !== batchDim + shape.length - sliceDim) throw new Error(shapeError + ` update.rank != ${batchDim + shape.length - sliceDim}`);
	for (let d = 0; d < batchDim; ++d) if (updates.shape[d] !== indices.shape[d]) throw new Error(shapeError + ` updates.shape[${d}] (${updates.shape[d]}) != indices.shape[${d}] (${indices.shape[d]}).`);
	for (let d = 0; d < updates.rank - batchDim; ++d) if (updates.shape[d + batchDim] !== shape[d + sliceDim]) throw new Error(shapeError + ` updates.shape[${d + batchDim}] (${updates.shape[d + batchDim]}) != shape[${d + batchDim}] (${shape[d + batchDim]})`);
}
/**
* Validate scatter nd inputs.
*
* @param update The tensor contains the update values.
* @param indices The tensor contains the indices for the update values.
* @param shape The shape of the output tensor.
*/
function validateInput(updates, indices, shape) {
	if (indices.rank < 1) throw new Error(`tf.scatterND() expects the indices to be rank 1 or higher, but the rank was ${indices.rank}.`);
	if (updates.rank < 1) throw new Error(`tf.scatterND() expects the updates to be rank 1 or higher, but the rank was ${updates.rank}.`);
	if (indices.dtype !== "int32") throw new Error(`The dtype of 'indices' should be int32, but got dtype: ${indices.dtype}`);
	if (shape.length < 1) throw new Error(`Output rank must be greater or equal to 1, but got shape: ${shape}`);
	if (shape.length === 0) {
		if (indices.size === 0) throw new Error(`Indices specified for empty output. indices shape: ${indices.shape}`);
		if (updates.size === 0) throw new Error(`Updates specified for empty output. updates shape: ${updates.shape}`);
	}
	validateUpdateShape(shape, indices, updates);
}
/**
* Calculate the shape information for the output.
*
* @param update The tensor contains the update values.
* @param indices The tensor contains the indices for the update values.
* @param shape The shape of the output tensor.
*
* @returns ScatterShapeInfo
*/
function calculateShapes(updates, indices, shape) {
	const indicesRank = indices.shape.length;
	const sliceRank = indicesRank > 1 ? indices.shape[indicesRank - 1] : 1;
	const totalNd = shape.length;
	let sliceSize = 1;
	for (let i = sliceRank; i < totalNd; ++i) sliceSize *= shape[i];
	const safeSliceDim = sliceRank < 1 ? 1 : sliceRank;
	const numUpdates = sizeFromShape(indices.shape) / safeSliceDim;
	const strides = [...computeStrides(shape.slice(0, sliceRank)), 1];
	const outputSize = sizeFromShape(shape);
	return {
		sliceRank,
		numUpdates,
		sliceSize,
		strides,
		outputSize
	};
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/gather_nd_util.js
/**
* Validate gather nd inputs.
*
* @param tensor The tensor contains the source values.
* @param indices The tensor contains the indices to slice the source.
*
* @returns [resultShape, numUpdates, sliceSize, strides]
*/
function prepareAndValidate(tensor, indices) {
	const tensorRank = tensor.shape.length;
	const indicesRank = indices.shape.length;
	if (tensorRank < 1) throw new Error(`tf.gatherND() expects the input to be rank 1 or higher, but the rank was ${tensorRank}.`);
	if (indicesRank < 1) throw new Error(`tf.gatherND() expects the indices to be rank 1 or higher, but the rank was ${indicesRank}.`);
	if (indices.dtype !== "int32") throw new Error(`tf.gatherND() expects the indices to be int32 type, but the dtype was ${indices.dtype}.`);
	if (indices.shape[indicesRank - 1] > tensorRank) throw new Error(`index innermost dimension length must be <= tensor rank; saw: ${indices.shape[indicesRank - 1]} vs. ${tensorRank}`);
	if (sizeFromShape(tensor.shape) === 0) throw new Error(`Requested more than 0 entries, but input is empty. Input shape: ${tensor.shape}.`);
	const indicesShape = indices.shape;
	const sliceRank = indicesShape[indicesShape.length - 1];
	let nResult = 1;
	for (let i = 0; i < indicesShape.length - 1; ++i) nResult *= indicesShape[i];
	const inputShape = tensor.shape;
	const resultShape = indicesShape.slice();
	resultShape.pop();
	let sliceSize = 1;
	for (let i = sliceRank; i < tensorRank; ++i) {
		sliceSize *= inputShape[i];
		resultShape.push(inputShape[i]);
	}
	const strides = [...computeStrides(tensor.shape).map((stride) => stride / sliceSize), 1].slice(0, sliceRank);
	return [
		resultShape,
		nResult,
		sliceSize,
		strides
	];
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/slice_util.js
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
var slice_util_exports = /* @__PURE__ */ __exportAll({
	assertParamsValid: () => assertParamsValid,
	computeFlatOffset: () => computeFlatOffset,
	computeOutShape: () => computeOutShape$2,
	getNormalizedAxes: () => getNormalizedAxes,
	isSliceContinous: () => isSliceContinous,
	maskToAxes: () => maskToAxes,
	parseSliceParams: () => parseSliceParams,
	sliceInfo: () => sliceInfo,
	startForAxis: () => startForAxis,
	startIndicesWithElidedDims: () => startIndicesWithElidedDims,
	stopForAxis: () => stopForAxis,
	stopIndicesWithElidedDims: () => stopIndicesWithElidedDims,
	stridesForAxis: () => stridesForAxis,
	stridesWithElidedDims: () => stridesWithElidedDims
});
var NEW_AXIS = -2;
var SHRINK_AXIS = -1;
function assertParamsValid(input, begin, size) {
	const inputRank = input.shape.length;
	assert(inputRank === begin.length, () => `Error in slice${inputRank}D: Length of begin ${begin} must match the rank of the array (${inputRank}).`);
	assert(inputRank === size.length, () => `Error in slice${inputRank}D: Length of size ${size} must match the rank of the array (${inputRank}).`);
	for (let i = 0; i < inputRank; ++i) assert(begin[i] + size[i] <= input.shape[i], () => `Error in slice${inputRank}D: begin[${i}] + size[${i}] (${begin[i] + size[i]}) would overflow input.shape[${i}] (${input.shape[i]})`);
}
/** Converts a binary mask to an array of axes. Used in stridedSlice(). */
function maskToAxes(mask) {
	const axes = [];
	let axis = 0;
	while (mask > 0) {
		if (mask & 1) axes.push(axis);
		mask /= 2;
		axis++;
	}
	return axes;
}
/** Computes the output shape given the strided slice params. */
function computeOutShape$2(begin, end, strides) {
	const size = [];
	for (let axis = 0; axis < begin.length; axis++) size[axis] = Math.ceil((end[axis] - begin[axis]) / strides[axis]);
	return size;
}
function stridesWithElidedDims(strides, ellipsisInsertionIndex, numElidedAxes, inputShape) {
	const newStrides = [...strides];
	for (let i = newStrides.length; i < inputShape.length; i++) newStrides.push(1);
	for (let i = 0; i < numElidedAxes; i++) if (i === 0) newStrides[ellipsisInsertionIndex] = 1;
	else {
		newStrides.splice(ellipsisInsertionIndex, 0, 1);
		newStrides.pop();
	}
	return newStrides;
}
function unnormalizeAxis(ellipsisInsertionIndex, numElidedAxes, normalizedAxis) {
	if (normalizedAxis <= ellipsisInsertionIndex) return normalizedAxis;
	return normalizedAxis - (numElidedAxes - 1);
}
function getElidedAxes(numElidedAxes, ellipsisInsertionIndex) {
	const elidedAxes = [];
	for (let i = 0; i < numElidedAxes; i++) elidedAxes.push(ellipsisInsertionIndex + i);
	return elidedAxes;
}
function getNormalizedAxes(inputShape, ellipsisAxes, numInterpolatedAxes, begin, end, strides, beginMask, endMask, ellipsisMask) {
	const inputRank = inputShape.length;
	let normalizedBegin = new Array(inputRank), normalizedEnd = new Array(inputRank), normalizedStrides = new Array(inputRank);
	if (ellipsisAxes.length && numInterpolatedAxes > 0) {
		const fullIndex = ellipsisAxes[0];
		const numElidedAxes = numInterpolatedAxes + 1;
		normalizedBegin = startIndicesWithElidedDims(beginMask, fullIndex, numElidedAxes, begin, inputShape);
		normalizedEnd = stopIndicesWithElidedDims(endMask, fullIndex, numElidedAxes, end, inputShape);
		normalizedStrides = stridesWithElidedDims(strides, fullIndex, numElidedAxes, inputShape);
	} else for (let axis = 0; axis < inputRank; axis++) {
		normalizedBegin[axis] = startForAxis(beginMask, begin, strides, inputShape, axis, ellipsisMask);
		normalizedEnd[axis] = stopForAxis(endMask, end, strides, inputShape, axis, ellipsisMask);
		normalizedStrides[axis] = stridesForAxis(strides, axis, ellipsisMask);
	}
	return {
		begin: normalizedBegin,
		end: normalizedEnd,
		strides: normalizedStrides
	};
}
function startIndicesWithElidedDims(beginMask, ellipsisInsertionIndex, numElidedAxes, originalBegin, inputShape) {
	const newIndices = [...inputShape];
	const elidedAxes = getElidedAxes(numElidedAxes, ellipsisInsertionIndex);
	for (let axis = 0; axis < newIndices.length; axis++) if (elidedAxes.indexOf(axis) > -1) newIndices[axis] = 0;
	else {
		const originalAxis = unnormalizeAxis(ellipsisInsertionIndex, numElidedAxes, axis);
		let originalValue = originalBegin[originalAxis];
		if (beginMask & 1 << originalAxis) originalValue = 0;
		newIndices[axis] = originalValue;
	}
	return newIndices;
}
function stopIndicesWithElidedDims(endMask, ellipsisInsertionIndex, numElidedAxes, originalEnd, inputShape) {
	const newIndices = [...inputShape];
	const elidedAxes = getElidedAxes(numElidedAxes, ellipsisInsertionIndex);
	for (let axis = 0; axis < newIndices.length; axis++) if (elidedAxes.indexOf(axis) > -1) newIndices[axis] = Number.MAX_SAFE_INTEGER;
	else {
		const originalAxis = unnormalizeAxis(ellipsisInsertionIndex, numElidedAxes, axis);
		let originalValue = originalEnd[originalAxis];
		if (endMask & 1 << originalAxis) originalValue = Number.MAX_SAFE_INTEGER;
		newIndices[axis] = originalValue;
	}
	for (let i = 0; i < newIndices.length; i++) {
		const axisSize = inputShape[i];
		if (newIndices[i] < 0) newIndices[i] += axisSize;
		newIndices[i] = clamp(0, newIndices[i], inputShape[i]);
	}
	return newIndices;
}
function stridesForAxis(strides, axis, ellipsisMask) {
	let stride = strides[axis];
	if (ellipsisMask & 1 << axis || stride == null) stride = 1;
	return stride;
}
function startForAxis(beginMask, startIndices, strides, inputShape, axis, ellipsisMask) {
	let start = startIndices[axis];
	const stride = strides[axis] || 1;
	if (beginMask & 1 << axis || ellipsisMask & 1 << axis || start == null) {
		if (stride > 0) start = Number.MIN_SAFE_INTEGER;
		else start = Number.MAX_SAFE_INTEGER;
	}
	const axisSize = inputShape[axis];
	if (start < 0) start += axisSize;
	start = clamp(0, start, axisSize - 1);
	return start;
}
function stopForAxis(endMask, stopIndices, strides, inputShape, axis, ellipsisMask) {
	let stop = stopIndices[axis];
	const stride = strides[axis] || 1;
	if (endMask & 1 << axis || ellipsisMask & 1 << axis || stop == null) {
		if (stride > 0) stop = Number.MAX_SAFE_INTEGER;
		else stop = Number.MIN_SAFE_INTEGER;
	}
	const axisSize = inputShape[axis];
	if (stop < 0) stop += axisSize;
	if (stride > 0) stop = clamp(0, stop, axisSize);
	else stop = clamp(-1, stop, axisSize - 1);
	return stop;
}
/**
* Returns true if the slice occupies a continous set of elements in the
* 'flat' space.
*/
function isSliceContinous(shape, begin, size) {
	let firstNonOneAxis = size.length;
	for (let i = 0; i < size.length; i++) if (size[i] > 1) {
		firstNonOneAxis = i;
		break;
	}
	for (let i = firstNonOneAxis + 1; i < size.length; i++) if (begin[i] > 0 || size[i] !== shape[i]) return false;
	return true;
}
function computeFlatOffset(begin, strides) {
	let flatOffset = begin.length > 0 ? begin[begin.length - 1] : 1;
	for (let i = 0; i < begin.length - 1; i++) flatOffset += begin[i] * strides[i];
	return flatOffset;
}
function parseSliceParams(x, begin, size) {
	let begin_;
	const xRank = x.shape.length;
	if (typeof begin === "number") begin_ = [begin, ...new Array(xRank - 1).fill(0)];
	else if (begin.length < xRank) begin_ = begin.concat(new Array(xRank - begin.length).fill(0));
	else begin_ = begin.slice();
	begin_.forEach((d) => {
		assert(d !== -1, () => "slice() does not support negative begin indexing.");
	});
	let size_;
	if (size == null) size_ = new Array(xRank).fill(-1);
	else if (typeof size === "number") size_ = [size, ...new Array(xRank - 1).fill(-1)];
	else if (size.length < xRank) size_ = size.concat(new Array(xRank - size.length).fill(-1));
	else size_ = size;
	size_ = size_.map((d, i) => {
		if (d >= 0) return d;
		else {
			assert(d === -1, () => `Negative size values should be exactly -1 but got ${d} for the slice() size at index ${i}.`);
			return x.shape[i] - begin_[i];
		}
	});
	return [begin_, size_];
}
function sliceInfo(xShape, begin, end, strides, beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask) {
	let stridesNonNull;
	if (strides == null) {
		stridesNonNull = new Array(begin.length);
		stridesNonNull.fill(1);
	} else stridesNonNull = strides;
	if (ellipsisMask != null && (ellipsisMask & ellipsisMask - 1) !== 0) throw new Error("Multiple ellipses in slice is not allowed.");
	let ellipsisSeen = false;
	const sparseSpec = {
		dims: stridesNonNull.length,
		numAddAxisAfterEllipsis: 0,
		begin: begin.slice(),
		end: end.slice(),
		strides: stridesNonNull.slice(),
		beginMask,
		endMask,
		ellipsisMask,
		newAxisMask,
		shrinkAxisMask
	};
	for (let i = 0; i < sparseSpec.dims; i++) {
		if (ellipsisSeen && (1 << i & newAxisMask) !== 0) sparseSpec.numAddAxisAfterEllipsis++;
		if (1 << i & ellipsisMask) ellipsisSeen = true;
	}
	if (!ellipsisSeen) {
		sparseSpec.ellipsisMask |= 1 << sparseSpec.dims;
		sparseSpec.dims++;
	}
	const denseSpec = {
		dims: xShape.length,
		beginMask: 0,
		endMask: 0,
		beginValid: false,
		endValid: false
	};
	buildDenseSpec(sparseSpec, denseSpec);
	let isIdentity = true;
	let sliceDim0 = true;
	let isSimpleSlice = true;
	const processingShape = [];
	const finalShape = [];
	for (let i = 0; i < xShape.length; ++i) {
		if (denseSpec.strides[i] === 0) throw Error(`strides[${i}] must be non-zero`);
		const shrinkI = !!(denseSpec.shrinkAxisMask & 1 << i);
		const dimI = xShape[i];
		if (dimI === -1) {
			processingShape.push(shrinkI ? 1 : -1);
			continue;
		}
		const masks = [denseSpec.beginMask & 1 << i, denseSpec.endMask & 1 << i];
		const validRange = [denseSpec.strides[i] > 0 ? 0 : -1, denseSpec.strides[i] > 0 ? dimI : dimI - 1];
		if (shrinkI && denseSpec.strides[i] <= 0) throw Error("only stride 1 allowed on non-range indexing.");
		isSimpleSlice = isSimpleSlice && denseSpec.strides[i] === 1;
		const beginAndEndMasked = !!(denseSpec.beginMask & 1 << i && denseSpec.endMask & 1 << i);
		if (denseSpec.beginValid && denseSpec.endValid) {
			if (shrinkI) {
				const xFwd = denseSpec.begin[i] < 0 ? dimI + denseSpec.begin[i] : denseSpec.begin[i];
				denseSpec.begin[i] = xFwd;
				denseSpec.end[i] = denseSpec.begin[i] + 1;
				if (xFwd < 0 || xFwd >= dimI) throw Error(`slice index ${denseSpec.begin[i]} of dimension ${i} out of bounds.`);
			} else {
				denseSpec.begin[i] = canonical(denseSpec.begin[i], 0, denseSpec.strides[i], dimI, masks, validRange);
				denseSpec.end[i] = canonical(denseSpec.end[i], 1, denseSpec.strides[i], dimI, masks, validRange);
			}
			const takeAllInDimension = denseSpec.strides[i] === 1 && denseSpec.begin[i] === 0 && denseSpec.end[i] === dimI;
			isIdentity = isIdentity && takeAllInDimension;
			sliceDim0 = sliceDim0 && (i === 0 && denseSpec.strides[i] === 1 || takeAllInDimension);
		} else {
			isIdentity = isIdentity && denseSpec.strides[i] === 1 && beginAndEndMasked;
			sliceDim0 = sliceDim0 && (i === 0 && denseSpec.strides[i] === 1 || beginAndEndMasked);
		}
		let intervalLength;
		let knownInterval = false;
		if (denseSpec.beginValid && denseSpec.endValid) {
			intervalLength = denseSpec.end[i] - denseSpec.begin[i];
			knownInterval = true;
		} else if (shrinkI) {
			intervalLength = 1;
			knownInterval = true;
		} else if (beginAndEndMasked) {
			if (dimI >= 0) {
				if (denseSpec.strides[i] < 0) intervalLength = -dimI;
				else intervalLength = dimI;
				knownInterval = true;
			}
		}
		if (knownInterval) {
			let sizeI;
			if (intervalLength === 0 || intervalLength < 0 !== denseSpec.strides[i] < 0) sizeI = 0;
			else sizeI = Math.trunc(intervalLength / denseSpec.strides[i]) + (intervalLength % denseSpec.strides[i] !== 0 ? 1 : 0);
			processingShape.push(sizeI);
		} else processingShape.push(-1);
	}
	for (let denseDim = 0; denseDim < denseSpec.finalShapeGatherIndices.length; ++denseDim) {
		const gatherIndex = denseSpec.finalShapeGatherIndices[denseDim];
		if (gatherIndex >= 0) finalShape.push(processingShape[gatherIndex]);
		else if (gatherIndex === NEW_AXIS) finalShape.push(1);
	}
	return {
		finalShapeSparse: finalShape.filter((dim, i) => denseSpec.finalShapeGatherIndices[i] !== NEW_AXIS),
		finalShape,
		isIdentity,
		sliceDim0,
		isSimpleSlice,
		begin: denseSpec.begin,
		end: denseSpec.end,
		strides: denseSpec.strides
	};
}
function buildDenseSpec(sparse, dense) {
	dense.beginMask = 0;
	dense.endMask = 0;
	dense.shrinkAxisMask = 0;
	let fullIndex = 0;
	dense.beginValid = sparse.begin != null;
	dense.endValid = sparse.end != null;
	dense.begin = new Array(dense.dims);
	dense.end = new Array(dense.dims);
	dense.strides = new Array(dense.dims);
	dense.finalShapeGatherIndices = [];
	dense.finalShapeGatherIndicesSparse = [];
	dense.inputShapeGatherIndicesSparse = new Array(dense.dims);
	for (let i = 0; i < sparse.dims; i++) if (1 << i & sparse.ellipsisMask) {
		const nextIndex = Math.min(dense.dims - (sparse.dims - i) + 1 + sparse.numAddAxisAfterEllipsis, dense.dims);
		for (; fullIndex < nextIndex; fullIndex++) {
			dense.begin[fullIndex] = 0;
			dense.end[fullIndex] = 0;
			dense.strides[fullIndex] = 1;
			dense.beginMask |= 1 << fullIndex;
			dense.endMask |= 1 << fullIndex;
			dense.finalShapeGatherIndices.push(fullIndex);
			dense.finalShapeGatherIndicesSparse.push(-1);
			dense.inputShapeGatherIndicesSparse[fullIndex] = i;
		}
	} else if (1 << i & sparse.newAxisMask) {
		dense.finalShapeGatherIndices.push(NEW_AXIS);
		dense.finalShapeGatherIndicesSparse.push(-1);
	} else {
		if (fullIndex === dense.begin.length) throw Error(`Index out of range using input dim ${fullIndex}; input has only ${dense.dims} dims, ${dense.begin.length}.`);
		if (sparse.begin != null) dense.begin[fullIndex] = sparse.begin[i];
		if (sparse.end != null) dense.end[fullIndex] = sparse.end[i];
		dense.strides[fullIndex] = sparse.strides[i];
		if (sparse.beginMask & 1 << i) dense.beginMask |= 1 << fullIndex;
		if (sparse.endMask & 1 << i) dense.endMask |= 1 << fullIndex;
		if (sparse.shrinkAxisMask & 1 << i) {
			dense.finalShapeGatherIndices.push(SHRINK_AXIS);
			dense.finalShapeGatherIndicesSparse.push(-1);
			dense.shrinkAxisMask |= 1 << fullIndex;
		} else {
			dense.finalShapeGatherIndices.push(fullIndex);
			dense.finalShapeGatherIndicesSparse.push(i);
		}
		dense.inputShapeGatherIndicesSparse[fullIndex] = i;
		fullIndex++;
	}
}
function canonical(x, c, strideI, dimI, masks, validRange) {
	if (masks[c]) return strideI > 0 ? validRange[c] : validRange[c + 1 & 1];
	else {
		const xFwd = x < 0 ? dimI + x : x;
		return xFwd < validRange[0] ? validRange[0] : xFwd > validRange[1] ? validRange[1] : xFwd;
	}
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/concat_util.js
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
function assertParamsConsistent(shapes, axis) {
	const rank = shapes[0].length;
	shapes.forEach((shape, i) => {
		assert(shape.length === rank, () => `Error in concat${rank}D: rank of tensors[${i}] must be the same as the rank of the rest (${rank})`);
	});
	assert(axis >= 0 && axis < rank, () => `Error in concat${rank}D: axis must be between 0 and ${rank - 1}.`);
	const firstShape = shapes[0];
	shapes.forEach((shape, i) => {
		for (let r = 0; r < rank; r++) assert(r === axis || shape[r] === firstShape[r], () => `Error in concat${rank}D: Shape of tensors[${i}] (${shape}) does not match the shape of the rest (${firstShape}) along the non-concatenated axis ${i}.`);
	});
}
function computeOutShape$1(shapes, axis) {
	const outputShape = shapes[0].slice();
	for (let i = 1; i < shapes.length; i++) outputShape[axis] += shapes[i][axis];
	return outputShape;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/ragged_to_dense_util.js
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
var RowPartitionType;
(function(RowPartitionType) {
	RowPartitionType[RowPartitionType["FIRST_DIM_SIZE"] = 0] = "FIRST_DIM_SIZE";
	RowPartitionType[RowPartitionType["VALUE_ROWIDS"] = 1] = "VALUE_ROWIDS";
	RowPartitionType[RowPartitionType["ROW_LENGTHS"] = 2] = "ROW_LENGTHS";
	RowPartitionType[RowPartitionType["ROW_SPLITS"] = 3] = "ROW_SPLITS";
	RowPartitionType[RowPartitionType["ROW_LIMITS"] = 4] = "ROW_LIMITS";
	RowPartitionType[RowPartitionType["ROW_STARTS"] = 5] = "ROW_STARTS";
})(RowPartitionType || (RowPartitionType = {}));
function combineRaggedTensorToTensorShapes(raggedRank, shape, valueShape) {
	let outputShape = new Array();
	if (valueShape == null && shape == null) return outputShape;
	if (shape == null) while (outputShape.length < raggedRank + valueShape.length) outputShape.push(-1);
	else outputShape = shape.slice();
	if (valueShape == null) return outputShape;
	if (raggedRank + valueShape.length !== outputShape.length) throw new Error(`rt input.shape and shape=${shape} are incompatible: rt input.rank = ${raggedRank + valueShape.length}, but shape.rank = ${outputShape.length}`);
	for (let i = 1; i < valueShape.length; ++i) {
		const valueDim = valueShape[i];
		const outputShapeDimIndex = outputShape[outputShape.length - valueShape.length + i];
		const outputShapeDim = outputShape[outputShapeDimIndex];
		if (valueDim >= 0) {
			if (outputShapeDim >= 0) {
				if (outputShapeDim !== valueDim) throw new Error(`rt input.shape and shape=${shape} are incompatible: rt input.shape[${i + raggedRank}] = ${valueDim} but shape[${i + raggedRank}] = ${outputShapeDim}`);
			} else outputShape[outputShapeDimIndex] = valueDim;
		}
	}
	return outputShape;
}
function getRowPartitionTypesHelper(rowPartitionTypeStrings) {
	const stringToType = {
		"FIRST_DIM_SIZE": RowPartitionType.FIRST_DIM_SIZE,
		"VALUE_ROWIDS": RowPartitionType.VALUE_ROWIDS,
		"ROW_LENGTHS": RowPartitionType.ROW_LENGTHS,
		"ROW_SPLITS": RowPartitionType.ROW_SPLITS,
		"ROW_LIMITS": RowPartitionType.ROW_LIMITS,
		"ROW_STARTS": RowPartitionType.ROW_STARTS
	};
	const result = [];
	for (const typeStr of rowPartitionTypeStrings) if (typeStr in stringToType) result.push(stringToType[typeStr]);
	else break;
	return result;
}
function getRaggedRank(rowPartitionTypes) {
	if (rowPartitionTypes.length === 0) return 0;
	if (rowPartitionTypes[0] === RowPartitionType.FIRST_DIM_SIZE) return rowPartitionTypes.length - 1;
	return rowPartitionTypes.length;
}
function validateDefaultValueShape(defaultValueShape, valueShape) {
	if (defaultValueShape == null || valueShape == null) return;
	const defaultNDims = defaultValueShape.length;
	const valuesNDims = valueShape.length;
	if (defaultNDims >= valuesNDims) throw new Error(`defaultValue.shape=${defaultValueShape} and ragged tensor flatValues.shape=${valueShape}, are incompatible: defaultValue.rank = ${defaultNDims} must be less than ragged tensor input flatValues.rank = ${valuesNDims})`);
	for (let i = 0; i < Math.min(defaultNDims, valuesNDims - 1); ++i) {
		const defaultDim = defaultValueShape[i];
		const valueDim = valueShape[i + 1];
		if (defaultDim >= 0 && valueDim >= 0 && defaultDim !== 1 && defaultDim !== valueDim) throw new Error(`defaultValue.shape=${defaultValueShape}, and ragged tensor input flatValues.shape=${valueShape} are incompatible: defaultValue.shape[${i - defaultValueShape.length}] = ${defaultDim} but ragged tensor input.flatValues.shape[${i - defaultValueShape.length}] = ${valueDim}`);
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
*/
function computeOptimalWindowSize(inSize) {
	if (inSize <= 30) return inSize;
	return nearestDivisor(inSize, Math.floor(Math.sqrt(inSize)));
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/rotate_util.js
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
function getImageCenter(center, imageHeight, imageWidth) {
	return [imageWidth * (typeof center === "number" ? center : center[0]), imageHeight * (typeof center === "number" ? center : center[1])];
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/array_ops_util.js
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
* Gets the new shape of the input Tensor after it's been reshaped
* to:
* [blockShape[0], ..., blockShape[M-1], batch / prod(blockShape),
* inputShape[1], ..., inputShape[N-1]]
*
* See step 1: https://www.tensorflow.org/api_docs/python/tf/batch_to_space_nd
*/
function getReshaped(inputShape, blockShape, prod, batchToSpace = true) {
	let reshaped = [];
	if (batchToSpace) {
		reshaped = reshaped.concat(blockShape.slice(0));
		reshaped.push(inputShape[0] / prod);
		reshaped = reshaped.concat(inputShape.slice(1));
	} else {
		reshaped = reshaped.concat(inputShape[0]);
		const spatialLength = blockShape.length;
		for (let i = 0; i < spatialLength; ++i) reshaped = reshaped.concat([inputShape[i + 1] / blockShape[i], blockShape[i]]);
		reshaped = reshaped.concat(inputShape.slice(spatialLength + 1));
	}
	return reshaped;
}
/**
* Gets the permutation that will transpose the dimensions of the
* reshaped tensor to shape:
*
* [batch / prod(block_shape),inputShape[1], blockShape[0], ...,
* inputShape[M], blockShape[M-1],inputShape[M+1], ..., inputShape[N-1]]
*
* see step 2: https://www.tensorflow.org/api_docs/python/tf/batch_to_space_nd
*/
function getPermuted(reshapedRank, blockShapeRank, batchToSpace = true) {
	const permuted = [];
	if (batchToSpace) {
		permuted.push(blockShapeRank);
		for (let i = blockShapeRank + 1; i < reshapedRank; ++i) if (i <= 2 * blockShapeRank) {
			permuted.push(i);
			permuted.push(i - (blockShapeRank + 1));
		} else permuted.push(i);
	} else {
		const permutedBeforeBatch = [];
		const permutedAfterBatch = [];
		for (let i = 1; i < reshapedRank; ++i) if (i >= blockShapeRank * 2 + 1 || i % 2 === 1) permutedAfterBatch.push(i);
		else permutedBeforeBatch.push(i);
		permuted.push(...permutedBeforeBatch);
		permuted.push(0);
		permuted.push(...permutedAfterBatch);
	}
	return permuted;
}
/**
* Gets the shape of the reshaped and permuted input Tensor before any cropping
* is applied.  The new shape will be:
*
* [batch / prod(blockShape),inputShape[1] * blockShape[0], ...,
* inputShape[M] * blockShape[M-1],inputShape[M+1], ..., inputShape[N-1]]
*
* See step 3: https://www.tensorflow.org/api_docs/python/tf/batch_to_space_nd
*/
function getReshapedPermuted(inputShape, blockShape, prod, batchToSpace = true) {
	const reshapedPermuted = [];
	if (batchToSpace) reshapedPermuted.push(inputShape[0] / prod);
	else reshapedPermuted.push(inputShape[0] * prod);
	for (let i = 1; i < inputShape.length; ++i) if (i <= blockShape.length) {
		if (batchToSpace) reshapedPermuted.push(blockShape[i - 1] * inputShape[i]);
		else reshapedPermuted.push(inputShape[i] / blockShape[i - 1]);
	} else reshapedPermuted.push(inputShape[i]);
	return reshapedPermuted;
}
/**
* Converts the crops argument into the beginning coordinates of a slice
* operation.
*/
function getSliceBeginCoords(crops, blockShape) {
	const sliceBeginCoords = [0];
	for (let i = 0; i < blockShape; ++i) sliceBeginCoords.push(crops[i][0]);
	return sliceBeginCoords;
}
/**
* Converts the crops argument into the size of a slice operation.  When
* combined with getSliceBeginCoords this function allows the reshaped and
* permuted Tensor to be cropped to its final output shape of:
*
* inputShape[1] * blockShape[0] - crops[0,0] - crops[0,1], ...,
* inputShape[M] * blockShape[M-1] -crops[M-1,0] -
* crops[M-1,1],inputShape[M+1], ..., inputShape[N-1]]
*
* See step 4: https://www.tensorflow.org/api_docs/python/tf/batch_to_space_nd
*/
function getSliceSize(uncroppedShape, crops, blockShape) {
	const sliceSize = uncroppedShape.slice(0, 1);
	for (let i = 0; i < blockShape; ++i) sliceSize.push(uncroppedShape[i + 1] - crops[i][0] - crops[i][1]);
	return sliceSize;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/selu_util.js
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
var SELU_SCALEALPHA = 1.7580993408473768;
var SELU_SCALE = 1.0507009873554805;
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/erf_util.js
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
var ERF_P = .3275911;
var ERF_A1 = .254829592;
var ERF_A2 = -.284496736;
var ERF_A3 = 1.421413741;
var ERF_A4 = -1.453152027;
var ERF_A5 = 1.061405429;
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/backends/complex_util.js
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
* Merges real and imaginary Float32Arrays into a single complex Float32Array.
*
* The memory layout is interleaved as follows:
* real: [r0, r1, r2]
* imag: [i0, i1, i2]
* complex: [r0, i0, r1, i1, r2, i2]
*
* This is the inverse of splitRealAndImagArrays.
*
* @param real The real values of the complex tensor values.
* @param imag The imag values of the complex tensor values.
* @returns A complex tensor as a Float32Array with merged values.
*/
function mergeRealAndImagArrays(real, imag) {
	if (real.length !== imag.length) throw new Error(`Cannot merge real and imag arrays of different lengths. real:${real.length}, imag: ${imag.length}.`);
	const result = new Float32Array(real.length * 2);
	for (let i = 0; i < result.length; i += 2) {
		result[i] = real[i / 2];
		result[i + 1] = imag[i / 2];
	}
	return result;
}
/**
* Splits a complex Float32Array into real and imag parts.
*
* The memory layout is interleaved as follows:
* complex: [r0, i0, r1, i1, r2, i2]
* real: [r0, r1, r2]
* imag: [i0, i1, i2]
*
* This is the inverse of mergeRealAndImagArrays.
*
* @param complex The complex tensor values.
* @returns An object with real and imag Float32Array components of the complex
*     tensor.
*/
function splitRealAndImagArrays(complex) {
	const real = new Float32Array(complex.length / 2);
	const imag = new Float32Array(complex.length / 2);
	for (let i = 0; i < complex.length; i += 2) {
		real[i / 2] = complex[i];
		imag[i / 2] = complex[i + 1];
	}
	return {
		real,
		imag
	};
}
/**
* Extracts even indexed complex values in the given array.
* @param complex The complex tensor values
*/
function complexWithEvenIndex(complex) {
	const len = Math.ceil(complex.length / 4);
	const real = new Float32Array(len);
	const imag = new Float32Array(len);
	for (let i = 0; i < complex.length; i += 4) {
		real[Math.floor(i / 4)] = complex[i];
		imag[Math.floor(i / 4)] = complex[i + 1];
	}
	return {
		real,
		imag
	};
}
/**
* Extracts odd indexed complete values in the given array.
* @param complex The complex tensor values
*/
function complexWithOddIndex(complex) {
	const len = Math.floor(complex.length / 4);
	const real = new Float32Array(len);
	const imag = new Float32Array(len);
	for (let i = 2; i < complex.length; i += 4) {
		real[Math.floor(i / 4)] = complex[i];
		imag[Math.floor(i / 4)] = complex[i + 1];
	}
	return {
		real,
		imag
	};
}
/**
* Get the map representing a complex value in the given array.
* @param complex The complex tensor values.
* @param index An index of the target complex value.
*/
function getComplexWithIndex(complex, index) {
	return {
		real: complex[index * 2],
		imag: complex[index * 2 + 1]
	};
}
/**
* Insert a given complex value into the TypedArray.
* @param data The array in which the complex value is inserted.
* @param c The complex value to be inserted.
* @param index An index of the target complex value.
*/
function assignToTypedArray(data, real, imag, index) {
	data[index * 2] = real;
	data[index * 2 + 1] = imag;
}
/**
* Make the list of exponent terms used by FFT.
*/
function exponents(n, inverse) {
	const real = new Float32Array(n / 2);
	const imag = new Float32Array(n / 2);
	for (let i = 0; i < Math.ceil(n / 2); i++) {
		const x = (inverse ? 2 : -2) * Math.PI * (i / n);
		real[i] = Math.cos(x);
		imag[i] = Math.sin(x);
	}
	return {
		real,
		imag
	};
}
/**
* Make the exponent term used by FFT.
*/
function exponent(k, n, inverse) {
	const x = (inverse ? 2 : -2) * Math.PI * (k / n);
	return {
		real: Math.cos(x),
		imag: Math.sin(x)
	};
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/backends/einsum_util.js
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
var ARROW = "->";
var ARROW_REGEX = /->/g;
var COMMA = ",";
var ELLIPSIS = "...";
/**
* Parse an equation for einsum.
*
* @param equation The einsum equation (e.g., "ij,jk->ik").
* @param numTensors Number of tensors provided along with `equation`. Used to
*   check matching number of input tensors.
* @returns An object consisting of the following fields:
*   - allDims: all dimension names as strings.
*   - summedDims: a list of all dimensions being summed over, as indices to
*     the elements of `allDims`.
*   - idDims: indices of the dimensions in each input tensor, as indices to
*     the elements of `allDims.
*/
function decodeEinsumEquation(equation, numTensors) {
	equation = equation.replace(/\s/g, "");
	const numArrows = (equation.length - equation.replace(ARROW_REGEX, "").length) / 2;
	if (numArrows < 1) throw new Error("Equations without an arrow are not supported.");
	else if (numArrows > 1) throw new Error(`Equation must contain exactly one arrow ("${ARROW}").`);
	const [inputString, outputString] = equation.split(ARROW);
	assert(inputString.indexOf(ELLIPSIS) === -1, () => `The ellipsis notation ("${ELLIPSIS}") is not supported yet.`);
	const inputTerms = inputString.split(COMMA);
	const numInputs = inputTerms.length;
	if (numTensors !== numInputs) throw new Error(`Expected ${numInputs} input tensors, received ${numTensors}`);
	if (numInputs > 2) throw new Error("Support for more than 2 input tensors is not implemented yet.");
	const allDims = [];
	for (let i = 0; i < outputString.length; ++i) {
		const dimName = outputString[i];
		if (!inputTerms.some((inputTerm) => inputTerm.indexOf(dimName) !== -1)) throw new Error(`Output subscripts contain the label ${dimName} not present in the input subscripts.`);
		if (allDims.indexOf(dimName) === -1) allDims.push(dimName);
	}
	for (let i = 0; i < inputString.length; ++i) {
		const dimName = inputString[i];
		if (allDims.indexOf(dimName) === -1 && dimName !== COMMA) allDims.push(dimName);
	}
	const idDims = new Array(inputTerms.length);
	for (let i = 0; i < numInputs; ++i) {
		if (new Set(inputTerms[i].split("")).size !== inputTerms[i].length) throw new Error(`Found duplicate axes in input component ${inputTerms[i]}. Support for duplicate axes in input is not implemented yet.`);
		idDims[i] = [];
		for (let j = 0; j < inputTerms[i].length; ++j) idDims[i].push(allDims.indexOf(inputTerms[i][j]));
	}
	const numDims = allDims.length;
	const numOutDims = outputString.length;
	const summedDims = [];
	for (let i = numOutDims; i < numDims; ++i) summedDims.push(i);
	return {
		allDims,
		summedDims,
		idDims
	};
}
/**
* Get the permutation for a given input tensor.
*
* @param nDims Total number of dimension of all tensors involved in the einsum
*   operation.
* @param idDims Dimension indices involve in the tensor in question.
* @returns An object consisting of the following fields:
*   - permutationIndices: Indices to permute the axes of the tensor with.
*   - expandDims: Indices to the dimension that need to be expanded from the
*     tensor after permutation.
*/
function getEinsumPermutation(nDims, idDims) {
	let permutationIndices = new Array(nDims);
	permutationIndices.fill(-1);
	for (let i = 0; i < idDims.length; ++i) permutationIndices[idDims[i]] = i;
	const expandDims = [];
	for (let i = 0; i < nDims; ++i) if (permutationIndices[i] === -1) expandDims.push(i);
	permutationIndices = permutationIndices.filter((d) => d !== -1);
	return {
		permutationIndices,
		expandDims
	};
}
/**
* Checks that the dimension sizes from different input tensors match the
* equation.
*/
function checkEinsumDimSizes(nDims, idDims, tensors) {
	const dimSizes = new Array(nDims);
	for (let i = 0; i < tensors.length; ++i) {
		const shape = tensors[i].shape;
		for (let j = 0; j < idDims[i].length; ++j) if (dimSizes[idDims[i][j]] === void 0) dimSizes[idDims[i][j]] = shape[j];
		else assert(dimSizes[idDims[i][j]] === shape[j], () => `Expected dimension ${dimSizes[idDims[i][j]]} at axis ${j} of input shaped ${JSON.stringify(shape)}, but got dimension ${shape[j]}`);
	}
}
/**
* Gets path of computation for einsum.
*
* @param summedDims indices to the dimensions being summed over.
* @param idDims A look up table for the dimensions present in each input
*     tensor.Each constituent array contains indices for the dimensions in the
*     corresponding input tensor.
*
* @return A map with two fields:
*   - path: The path of computation, with each element indicating the dimension
*     being summed over after the element-wise multiplication in that step.
*   - steps: With the same length as `path`. Each element contains the indices
*     to the input tensors being used for element-wise multiplication in the
*     corresponding step.
*/
function getEinsumComputePath(summedDims, idDims) {
	const path = summedDims;
	const steps = [];
	let nSteps = 0;
	if (summedDims.length === 0) path.push(-1);
	nSteps = summedDims.length + 1;
	for (let i = 0; i < nSteps; ++i) steps.push([]);
	const computedTermIndices = [];
	for (let i = 0; i < path.length; ++i) {
		const summedDim = path[i];
		const termIndices = findTermsWithDim(idDims, summedDim);
		for (const termIndex of termIndices) if (computedTermIndices.indexOf(termIndex) === -1) {
			steps[i].push(termIndex);
			computedTermIndices.push(termIndex);
		}
	}
	return {
		path,
		steps
	};
}
/** Determines if an axes permutation is the identity permutation. */
function isIdentityPermutation(perm) {
	return perm.every((dim, index) => dim === index);
}
function findTermsWithDim(idDims, dim) {
	const termIndices = [];
	for (let i = 0; i < idDims.length; ++i) if (idDims[i].length === 0 || idDims[i].indexOf(dim) !== -1 || dim === -1) termIndices.push(i);
	return termIndices;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/split_util.js
/**
* Prepare the split size array. When the input is a number, the axis is evenly
* divided among the split size. When the input contains the negative value, the
* rest of the axis is allocated toward that.
*/
function prepareSplitSize(x, numOrSizeSplits, axis = 0) {
	let splitSizes = [];
	if (typeof numOrSizeSplits === "number") {
		assert(x.shape[axis] % numOrSizeSplits === 0, () => "Number of splits must evenly divide the axis.");
		splitSizes = new Array(numOrSizeSplits).fill(x.shape[axis] / numOrSizeSplits);
	} else {
		const numOfNegs = numOrSizeSplits.reduce((count, value) => {
			if (value === -1) count += 1;
			return count;
		}, 0);
		assert(numOfNegs <= 1, () => "There should be only one negative value in split array.");
		const negIndex = numOrSizeSplits.indexOf(-1);
		if (negIndex !== -1) {
			const total = numOrSizeSplits.reduce((a, b) => b > 0 ? a + b : a);
			numOrSizeSplits[negIndex] = x.shape[axis] - total;
		}
		assert(x.shape[axis] === numOrSizeSplits.reduce((a, b) => a + b), () => "The sum of sizes must match the size of the axis dimension.");
		splitSizes = numOrSizeSplits;
	}
	return splitSizes;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/sparse/sparse_fill_empty_rows_util.js
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
/**
* Generates sparse fill empty rows indices, dense shape mismatch error message.
*
* @param indicesLength The first dimension of indices.
*/
function getSparseFillEmptyRowsIndicesDenseShapeMismatch(indicesLength) {
	return `Received SparseTensor with denseShape[0] = 0 but
  indices.shape[0] = ${indicesLength}`;
}
/**
* Generates sparse fill empty rows negative index error message.
*
* @param index The index with a negative value.
* @param value The negative value.
*/
function getSparseFillEmptyRowsNegativeIndexErrorMessage(index, value) {
	return `indices(${index}, 0) is invalid: ${value} < 0`;
}
/**
* Generates sparse fill empty rows out of range index error message.
*
* @param index The index with an out of range value.
* @param value The out of range value.
* @param limit The upper limit for indices.
*/
function getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(index, value, limit) {
	return `indices(${index}, 0) is invalid: ${value} >= ${limit}`;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/sparse/sparse_reshape_util.js
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
/**
* Generates sparse reshape multiple negative 1 output dimension error message.
*
* @param dim1 The first dimension with a negative 1 value.
* @param dim2 The second dimension with a negative 1 value.
*/
function getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(dim1, dim2) {
	return `only one output dimension may be -1, not both ${dim1} and ${dim2}`;
}
/**
* Generates sparse reshape negative output dimension error message.
*
* @param dim The dimension with a negative value.
* @param value The negative value.
*/
function getSparseReshapeNegativeOutputDimErrorMessage(dim, value) {
	return `size ${dim} must be non-negative, not ${value}`;
}
/**
* Generates sparse reshape empty tensor zero output dimension error message.
*
*/
function getSparseReshapeEmptyTensorZeroOutputDimErrorMessage() {
	return "reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero";
}
/**
* Generates sparse reshape input output multiple mismatch error message.
*
* @param inputShape the input shape.
* @param outputShape the requested output shape.
*/
function getSparseReshapeInputOutputMultipleErrorMessage(inputShape, outputShape) {
	return `Input to reshape is a SparseTensor with ${sizeFromShape(inputShape)}
  dense values, but the requested shape requires a multiple of ${sizeFromShape(outputShape)}. inputShape=${inputShape} outputShape= ${outputShape}`;
}
/**
* Generates sparse reshape input output inequality error message.
*
* @param inputShape the input shape.
* @param outputShape the requested output shape.
*/
function getSparseReshapeInputOutputMismatchErrorMessage(inputShape, outputShape) {
	return `Input to reshape is a tensor with ${sizeFromShape(inputShape)} dense values, but the requested shape has ${sizeFromShape(outputShape)}. inputShape=${inputShape} outputShape=${outputShape}`;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/sparse/sparse_segment_reduction_util.js
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
/**
* Generates sparse segment reduction negative segment ids error message.
*
*/
function getSparseSegmentReductionNegativeSegmentIdsErrorMessage() {
	return `segment ids must be >= 0`;
}
/**
* Generates sparse segment reduction non increasing segment ids error message.
*
*/
function getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage() {
	return `segment ids are not increasing`;
}
/**
* Generates sparse segment reduction segment id out of range error message.
*
* @param segmentId The segment id index that is out of range.
* @param outputRows Upper bound of valid segment id values.
*/
function getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(segmentId, outputRows) {
	return `Segment id ${segmentId} out of range [0, ${outputRows}), possibly because segmentIds input is not sorted.`;
}
/**
* Generates sparse segment reduction input indice out of range error message.
*
* @param index The index that holds the out of range value.
* @param indexValue The value that is out of range.
* @param inputRows Upper bound of valid index values.
*/
function getSparseSegmentReductionIndicesOutOfRangeErrorMessage(index, indexValue, inputRows) {
	return `Bad: indices[${index}] == ${indexValue} out of range [0, ${inputRows})`;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/ops/segment_util.js
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
var segment_util_exports = /* @__PURE__ */ __exportAll({
	collectGatherOpShapeInfo: () => collectGatherOpShapeInfo,
	computeOutShape: () => computeOutShape,
	segOpComputeOptimalWindowSize: () => segOpComputeOptimalWindowSize
});
function segOpComputeOptimalWindowSize(inSize, numSegments) {
	let done = false;
	let res;
	if (inSize <= 30) {
		res = inSize;
		done = true;
	} else res = nearestDivisor(inSize, Math.floor(Math.sqrt(inSize)));
	while (!done) if (res > numSegments || res === inSize) done = true;
	else res = nearestDivisor(inSize, res + 1);
	return res;
}
function computeOutShape(aShape, axis, numSegments) {
	const outShape = [];
	const rank = aShape.length;
	for (let dim = 0; dim < rank; dim++) if (dim !== axis) outShape.push(aShape[dim]);
	else outShape.push(numSegments);
	return outShape;
}
function collectGatherOpShapeInfo(x, indices, axis, batchDims) {
	const indicesRank = indices.shape.length;
	const xRank = x.shape.length;
	if (batchDims !== 0) {
		if (batchDims < -indicesRank || batchDims > indicesRank) throw new Error(`Expect batchDims in the range of [-${indicesRank}, ${indicesRank}], but got ${batchDims}`);
	}
	if (batchDims < 0) batchDims += indicesRank;
	if (batchDims > xRank) throw new Error(`batchDims (${batchDims}) must be less than rank(x) (
    ${xRank}).`);
	if (axis < batchDims) throw new Error(`batchDims (${batchDims}) must be less than or equal to axis (${axis}).`);
	for (let i = 0; i < batchDims; ++i) if (x.shape[i] !== indices.shape[i]) throw new Error(`x.shape[${i}]: ${x.shape[i]} should be equal to indices.shape[${i}]: ${indices.shape[i]}.`);
	const dimSize = x.shape[axis];
	const outputShape = [];
	let batchSize = 1;
	let outerSize = 1;
	let sliceSize = 1;
	for (let i = 0; i < batchDims; ++i) {
		outputShape.push(x.shape[i]);
		batchSize *= x.shape[i];
	}
	for (let i = batchDims; i < axis; i++) {
		outputShape.push(x.shape[i]);
		outerSize *= x.shape[i];
	}
	for (let i = batchDims; i < indicesRank; i++) outputShape.push(indices.shape[i]);
	for (let i = axis + 1; i < xRank; i++) {
		outputShape.push(x.shape[i]);
		sliceSize *= x.shape[i];
	}
	return {
		batchSize,
		sliceSize,
		outerSize,
		dimSize,
		outputShape
	};
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-core/dist/backends/backend_util.js
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
var backend_util_exports = /* @__PURE__ */ __exportAll({
	ERF_A1: () => ERF_A1,
	ERF_A2: () => ERF_A2,
	ERF_A3: () => ERF_A3,
	ERF_A4: () => ERF_A4,
	ERF_A5: () => ERF_A5,
	ERF_P: () => ERF_P,
	PARALLELIZE_THRESHOLD: () => 30,
	RowPartitionType: () => RowPartitionType,
	SELU_SCALE: () => SELU_SCALE,
	SELU_SCALEALPHA: () => SELU_SCALEALPHA,
	applyActivation: () => applyActivation,
	assertAndGetBroadcastShape: () => assertAndGetBroadcastShape,
	assertAxesAreInnerMostDims: () => assertAxesAreInnerMostDims,
	assertParamsConsistent: () => assertParamsConsistent,
	assignToTypedArray: () => assignToTypedArray,
	axesAreInnerMostDims: () => axesAreInnerMostDims,
	calculateShapes: () => calculateShapes,
	checkEinsumDimSizes: () => checkEinsumDimSizes,
	checkPadOnDimRoundingMode: () => checkPadOnDimRoundingMode,
	combineLocations: () => combineLocations,
	combineRaggedTensorToTensorShapes: () => combineRaggedTensorToTensorShapes,
	complexWithEvenIndex: () => complexWithEvenIndex,
	complexWithOddIndex: () => complexWithOddIndex,
	computeConv2DInfo: () => computeConv2DInfo,
	computeConv3DInfo: () => computeConv3DInfo,
	computeDefaultPad: () => computeDefaultPad,
	computeDilation2DInfo: () => computeDilation2DInfo,
	computeOptimalWindowSize: () => computeOptimalWindowSize,
	computeOutAndReduceShapes: () => computeOutAndReduceShapes,
	computeOutShape: () => computeOutShape$1,
	computePool2DInfo: () => computePool2DInfo,
	computePool3DInfo: () => computePool3DInfo,
	convertConv2DDataFormat: () => convertConv2DDataFormat,
	decodeEinsumEquation: () => decodeEinsumEquation,
	eitherStridesOrDilationsAreOne: () => eitherStridesOrDilationsAreOne,
	expandShapeToKeepDim: () => expandShapeToKeepDim,
	exponent: () => exponent,
	exponents: () => exponents,
	fromStringArrayToUint8: () => fromStringArrayToUint8,
	fromUint8ToStringArray: () => fromUint8ToStringArray,
	getAxesPermutation: () => getAxesPermutation,
	getBroadcastDims: () => getBroadcastDims,
	getComplexWithIndex: () => getComplexWithIndex,
	getEinsumComputePath: () => getEinsumComputePath,
	getEinsumPermutation: () => getEinsumPermutation,
	getFusedBiasGradient: () => getFusedBiasGradient,
	getFusedDyActivation: () => getFusedDyActivation,
	getImageCenter: () => getImageCenter,
	getInnerMostAxes: () => getInnerMostAxes,
	getPermuted: () => getPermuted,
	getRaggedRank: () => getRaggedRank,
	getReductionAxes: () => getReductionAxes,
	getReshaped: () => getReshaped,
	getReshapedPermuted: () => getReshapedPermuted,
	getRowPartitionTypesHelper: () => getRowPartitionTypesHelper,
	getSliceBeginCoords: () => getSliceBeginCoords,
	getSliceSize: () => getSliceSize,
	getSparseFillEmptyRowsIndicesDenseShapeMismatch: () => getSparseFillEmptyRowsIndicesDenseShapeMismatch,
	getSparseFillEmptyRowsNegativeIndexErrorMessage: () => getSparseFillEmptyRowsNegativeIndexErrorMessage,
	getSparseFillEmptyRowsOutOfRangeIndexErrorMessage: () => getSparseFillEmptyRowsOutOfRangeIndexErrorMessage,
	getSparseReshapeEmptyTensorZeroOutputDimErrorMessage: () => getSparseReshapeEmptyTensorZeroOutputDimErrorMessage,
	getSparseReshapeInputOutputMismatchErrorMessage: () => getSparseReshapeInputOutputMismatchErrorMessage,
	getSparseReshapeInputOutputMultipleErrorMessage: () => getSparseReshapeInputOutputMultipleErrorMessage,
	getSparseReshapeMultipleNegativeOneOutputDimErrorMessage: () => getSparseReshapeMultipleNegativeOneOutputDimErrorMessage,
	getSparseReshapeNegativeOutputDimErrorMessage: () => getSparseReshapeNegativeOutputDimErrorMessage,
	getSparseSegmentReductionIndicesOutOfRangeErrorMessage: () => getSparseSegmentReductionIndicesOutOfRangeErrorMessage,
	getSparseSegmentReductionNegativeSegmentIdsErrorMessage: () => getSparseSegmentReductionNegativeSegmentIdsErrorMessage,
	getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage: () => getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage,
	getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage: () => getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage,
	getUndoAxesPermutation: () => getUndoAxesPermutation,
	isIdentityPermutation: () => isIdentityPermutation,
	log: () => log,
	mergeRealAndImagArrays: () => mergeRealAndImagArrays,
	prepareAndValidate: () => prepareAndValidate,
	prepareSplitSize: () => prepareSplitSize,
	segment_util: () => segment_util_exports,
	shouldFuse: () => shouldFuse,
	slice_util: () => slice_util_exports,
	splitRealAndImagArrays: () => splitRealAndImagArrays,
	stridesOrDilationsArePositive: () => stridesOrDilationsArePositive,
	tupleValuesAreOne: () => tupleValuesAreOne,
	upcastType: () => upcastType,
	validateDefaultValueShape: () => validateDefaultValueShape,
	validateInput: () => validateInput,
	validateUpdateShape: () => validateUpdateShape,
	warn: () => warn
});
function fromUint8ToStringArray(vals) {
	try {
		return vals.map((val) => decodeString(val));
	} catch (err) {
		throw new Error(`Failed to decode encoded string bytes into utf-8, error: ${err}`);
	}
}
function fromStringArrayToUint8(strings) {
	return strings.map((s) => encodeString(s));
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/cpu_util.js
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
function assertNotComplex(tensor, opName) {
	if (!Array.isArray(tensor)) tensor = [tensor];
	tensor.forEach((t) => {
		if (t != null) assert(t.dtype !== "complex64", () => `${opName} does not support complex64 tensors in the CPU backend.`);
	});
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Concat_impl.js
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
function concatImpl(inputs, outShape, dtype, simplyConcat) {
	const outVals = getArrayFromDType(dtype, sizeFromShape(outShape));
	if (simplyConcat && dtype !== "string") {
		let offset = 0;
		inputs.forEach((input) => {
			const size = sizeFromShape(input.shape);
			outVals.set(input.vals, offset);
			offset += size;
		});
	} else {
		let colOffset = 0;
		inputs.forEach((input) => {
			const decodedData = dtype === "string" ? fromUint8ToStringArray(input.vals) : input.vals;
			let tIdx = 0;
			for (let row = 0; row < input.shape[0]; ++row) {
				const resIdx = row * outShape[1] + colOffset;
				for (let col = 0; col < input.shape[1]; ++col) outVals[resIdx + col] = decodedData[tIdx++];
			}
			colOffset += input.shape[1];
		});
	}
	return outVals;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Range_impl.js
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
function rangeImpl(start, stop, step, dtype) {
	if (start === stop || start < stop && step < 0 || stop < start && step > 1) return makeZerosTypedArray(0, dtype);
	const numElements = Math.abs(Math.ceil((stop - start) / step));
	const values = makeZerosTypedArray(numElements, dtype);
	if (stop < start && step === 1) step = -1;
	values[0] = start;
	for (let i = 1; i < values.length; i++) values[i] = values[i - 1] + step;
	return values;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Slice.js
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
function sliceImpl(vals, begin, size, shape, dtype) {
	const isContinous = isSliceContinous(shape, begin, size);
	const length = sizeFromShape(size);
	const xStrides = computeStrides(shape);
	if (isContinous) {
		const flatOffset = computeFlatOffset(begin, xStrides);
		if (dtype === "string") return vals.slice(flatOffset, flatOffset + length);
		return vals.subarray(flatOffset, flatOffset + length);
	}
	const decodedData = dtype === "string" ? fromUint8ToStringArray(vals) : vals;
	const inBuf = buffer(shape, dtype, decodedData);
	const outBuf = buffer(size, dtype);
	for (let i = 0; i < outBuf.size; ++i) {
		const outLoc = outBuf.indexToLoc(i);
		const inLoc = outLoc.map((idx, j) => idx + begin[j]);
		outBuf.set(inBuf.get(...inLoc), ...outLoc);
	}
	if (dtype === "string") return fromStringArrayToUint8(outBuf.values);
	return outBuf.values;
}
function slice(args) {
	const { inputs, backend, attrs } = args;
	const { x } = inputs;
	const { begin, size } = attrs;
	assertNotComplex(x, "slice");
	const [$begin, $size] = parseSliceParams(x, begin, size);
	assertParamsValid(x, $begin, $size);
	const vals = backend.data.get(x.dataId).values;
	const outVals = sliceImpl(vals, $begin, $size, x.shape, x.dtype);
	return backend.makeTensorInfo($size, x.dtype, outVals);
}
var sliceConfig = {
	kernelName: Slice,
	backendName: "cpu",
	kernelFunc: slice
};
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams_impl.js
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
/**
* The StringNGramsOp class creates ngrams from ragged string data.
* The constructor contains all attributes related to the operation such as
* padding widths and strings, and the compute function can be used to
* compute the ngrams for different ragged tensor inputs.
*/
var StringNGramsOp = class {
	constructor(separator, nGramWidths, leftPad, rightPad, padWidth, preserveShortSequences) {
		this.separator = encodeString(separator);
		this.nGramWidths = nGramWidths;
		this.leftPad = encodeString(leftPad);
		this.rightPad = encodeString(rightPad);
		this.padWidth = padWidth;
		this.preserveShort = preserveShortSequences;
	}
	getPadWidth(nGramWidth) {
		return Math.min(this.padWidth < 0 ? nGramWidth - 1 : this.padWidth, nGramWidth - 1);
	}
	getNumNGrams(length, nGramWidth) {
		const padWidth = this.getPadWidth(nGramWidth);
		return Math.max(0, length + 2 * padWidth - nGramWidth + 1);
	}
	createNGrams(data, splitIndex, output, outputStartIndex, numNGrams, nGramWidth) {
		for (let nGramIndex = 0; nGramIndex < numNGrams; ++nGramIndex) {
			const padWidth = this.getPadWidth(nGramWidth);
			const leftPadding = Math.max(0, padWidth - nGramIndex);
			const rightPadding = Math.max(0, padWidth - (numNGrams - (nGramIndex + 1)));
			const numTokens = nGramWidth - (leftPadding + rightPadding);
			const dataStartIndex = splitIndex + (leftPadding > 0 ? 0 : nGramIndex - padWidth);
			let nGramSize = 0;
			nGramSize += leftPadding * this.leftPad.length;
			for (let n = 0; n < numTokens; ++n) nGramSize += data[dataStartIndex + n].length;
			nGramSize += rightPadding * this.rightPad.length;
			const numSeparators = leftPadding + rightPadding + numTokens - 1;
			nGramSize += numSeparators * this.separator.length;
			output[outputStartIndex + nGramIndex] = new Uint8Array(nGramSize);
			const nGram = output[outputStartIndex + nGramIndex];
			let nextNGramIndex = 0;
			const appendToNGram = (str) => str.forEach((value) => nGram[nextNGramIndex++] = value);
			for (let n = 0; n < leftPadding; ++n) {
				appendToNGram(this.leftPad);
				appendToNGram(this.separator);
			}
			for (let n = 0; n < numTokens - 1; ++n) {
				appendToNGram(data[dataStartIndex + n]);
				appendToNGram(this.separator);
			}
			if (numTokens > 0) {
				appendToNGram(data[dataStartIndex + numTokens - 1]);
				for (let n = 0; n < rightPadding; ++n) {
					appendToNGram(this.separator);
					appendToNGram(this.rightPad);
				}
			} else {
				for (let n = 0; n < rightPadding - 1; ++n) {
					appendToNGram(this.rightPad);
					appendToNGram(this.separator);
				}
				appendToNGram(this.rightPad);
			}
		}
	}
	compute(data, splits) {
		const inputDataSize = data.length;
		const splitsSize = splits.length;
		if (splitsSize > 0) {
			let prevSplit = splits[0];
			if (prevSplit !== 0) throw new Error(`First split value must be 0, got ${prevSplit}`);
			for (let i = 1; i < splitsSize; ++i) {
				let validSplits = splits[i] >= prevSplit;
				validSplits = validSplits && splits[i] <= inputDataSize;
				if (!validSplits) throw new Error(`Invalid split value ${splits[i]}, must be in [${prevSplit}, ${inputDataSize}]`);
				prevSplit = splits[i];
			}
			if (prevSplit !== inputDataSize) throw new Error(`Last split value must be data size. Expected ${inputDataSize}, got ${prevSplit}`);
		}
		const numBatchItems = splitsSize - 1;
		const nGramsSplits = getArrayFromDType("int32", splitsSize);
		if (inputDataSize === 0 || splitsSize === 0) {
			const empty = new Array(inputDataSize);
			for (let i = 0; i <= numBatchItems; ++i) nGramsSplits[i] = 0;
			return [empty, nGramsSplits];
		}
		nGramsSplits[0] = 0;
		for (let i = 1; i <= numBatchItems; ++i) {
			const length = splits[i] - splits[i - 1];
			let numNGrams = 0;
			this.nGramWidths.forEach((nGramWidth) => {
				numNGrams += this.getNumNGrams(length, nGramWidth);
			});
			if (this.preserveShort && length > 0 && numNGrams === 0) numNGrams = 1;
			nGramsSplits[i] = nGramsSplits[i - 1] + numNGrams;
		}
		const nGrams = new Array(nGramsSplits[numBatchItems]);
		for (let i = 0; i < numBatchItems; ++i) {
			const splitIndex = splits[i];
			let outputStartIdx = nGramsSplits[i];
			this.nGramWidths.forEach((nGramWidth) => {
				const length = splits[i + 1] - splits[i];
				const numNGrams = this.getNumNGrams(length, nGramWidth);
				this.createNGrams(data, splitIndex, nGrams, outputStartIdx, numNGrams, nGramWidth);
				outputStartIdx += numNGrams;
			});
			if (this.preserveShort && outputStartIdx === nGramsSplits[i]) {
				const dataLength = splits[i + 1] - splits[i];
				if (dataLength === 0) continue;
				const nGramWidth = dataLength + 2 * this.padWidth;
				this.createNGrams(data, splitIndex, nGrams, outputStartIdx, 1, nGramWidth);
			}
		}
		return [nGrams, nGramsSplits];
	}
};
function stringNGramsImpl(data, dataSplits, separator, nGramWidths, leftPad, rightPad, padWidth, preserveShortSequences) {
	return new StringNGramsOp(separator, nGramWidths, leftPad, rightPad, padWidth, preserveShortSequences).compute(data, dataSplits);
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit_impl.js
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
function split(str, delimiters, skipEmpty, result) {
	if (!str.length) return;
	if (delimiters.length === 0) {
		for (let i = 0; i < str.length; ++i) result.push(str.subarray(i, i + 1));
		return;
	}
	if (delimiters.length === 1) {
		const delimiter = delimiters[0];
		let f = str.indexOf(delimiter);
		while (f !== -1) {
			const token = str.subarray(0, f);
			if (!skipEmpty || token.length !== 0) result.push(token);
			str = str.subarray(f + 1);
			f = str.indexOf(delimiter);
		}
		if (!skipEmpty || str.length !== 0) result.push(str);
		return;
	}
	let tokenStart = 0;
	for (let i = 0; i < str.length + 1; i++) if (i === str.length || delimiters.indexOf(str[i]) !== -1) {
		const token = str.subarray(tokenStart, i);
		if (!skipEmpty || token.length !== 0) result.push(token);
		tokenStart = i + 1;
	}
}
function stringSplitImpl(input, delimiter, skipEmpty) {
	const batchSize = input.length;
	const tokens = [];
	let outputSize = 0;
	let maxNumEntries = 0;
	const numIndices = new Array(batchSize);
	for (let i = 0; i < batchSize; ++i) {
		const prevTokensLength = tokens.length;
		split(input[i], delimiter, skipEmpty, tokens);
		const nEntries = tokens.length - prevTokensLength;
		numIndices[i] = nEntries;
		outputSize += nEntries;
		maxNumEntries = Math.max(maxNumEntries, nEntries);
	}
	const indices = getArrayFromDType("int32", outputSize * 2);
	const values = new Array(outputSize);
	const shape = [batchSize, maxNumEntries];
	let c = 0;
	for (let i = 0; i < batchSize; ++i) for (let j = 0; j < numIndices[i]; ++j) {
		indices[c * 2] = i;
		indices[c * 2 + 1] = j;
		values[c] = tokens[c];
		++c;
	}
	return [
		indices,
		values,
		shape
	];
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast_impl.js
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
function stringToHashBucketFastImpl(input, numBuckets) {
	const output = getArrayFromDType("int32", input.length);
	for (let i = 0; i < input.length; ++i) output[i] = fingerPrint64(input[i]).modulo(numBuckets).getLowBitsUnsigned();
	return output;
}
// ../../node_modules/.pnpm/@tensorflow+tfjs-backend-cpu@4.22.0_@tensorflow+tfjs-core@4.22.0/node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Unique_impl.js
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
function uniqueImpl(values, axis, shape, dtype) {
	const $axis = parseAxisParam(axis, shape)[0];
	const newShape = [
		1,
		shape[0],
		1
	];
	for (let i = 0; i < $axis; i++) newShape[0] *= shape[i];
	newShape[1] = shape[$axis];
	for (let i = $axis + 1; i < shape.length; i++) newShape[2] *= shape[i];
	const uniqueElements = /* @__PURE__ */ new Map();
	const indices = new Int32Array(shape[$axis]);
	const inputBuffer = new TensorBuffer(newShape, dtype, values);
	const uniqueIndices = [];
	const is1DTensor = newShape[0] === 1 && newShape[2] === 1;
	for (let i = 0; i < shape[$axis]; i++) {
		let element;
		if (is1DTensor) element = values[i].toString();
		else {
			const axisValues = [];
			for (let m = 0; m < newShape[0]; m++) for (let n = 0; n < newShape[2]; n++) axisValues.push(inputBuffer.get(m, i, n));
			element = axisValues.join(",");
		}
		const existingIndex = uniqueElements.get(element);
		if (existingIndex != null) indices[i] = existingIndex;
		else {
			const uniqueIndex = uniqueElements.size;
			uniqueElements.set(element, uniqueIndex);
			indices[i] = uniqueIndex;
			uniqueIndices.push(i);
		}
	}
	const outputTmpShape = newShape.slice();
	outputTmpShape[1] = uniqueElements.size;
	const outputBuffer = new TensorBuffer(outputTmpShape, dtype);
	uniqueIndices.forEach((uniqueElementIndex, i) => {
		for (let m = 0; m < newShape[0]; m++) for (let n = 0; n < newShape[2]; n++) outputBuffer.set(inputBuffer.get(m, uniqueElementIndex, n), m, i, n);
	});
	const outputShape = shape.slice();
	outputShape[$axis] = outputTmpShape[1];
	return {
		outputValues: outputBuffer.values,
		outputShape,
		indices
	};
}
export { getReshapedPermuted as $, checkEinsumDimSizes as A, getComplexWithIndex as B, getSparseReshapeInputOutputMultipleErrorMessage as C, computePool3DInfo as Ct, getSparseFillEmptyRowsNegativeIndexErrorMessage as D, getSparseFillEmptyRowsIndicesDenseShapeMismatch as E, assignToTypedArray as F, ERF_A3 as G, splitRealAndImagArrays as H, complexWithEvenIndex as I, ERF_P as J, ERF_A4 as K, complexWithOddIndex as L, getEinsumComputePath as M, getEinsumPermutation as N, getSparseFillEmptyRowsOutOfRangeIndexErrorMessage as O, isIdentityPermutation as P, getReshaped as Q, exponent as R, getSparseReshapeInputOutputMismatchErrorMessage as S, computePool2DInfo as St, getSparseReshapeNegativeOutputDimErrorMessage as T, eitherStridesOrDilationsAreOne as Tt, ERF_A1 as U, mergeRealAndImagArrays as V, ERF_A2 as W, SELU_SCALEALPHA as X, SELU_SCALE as Y, getPermuted as Z, getSparseSegmentReductionIndicesOutOfRangeErrorMessage as _, prepareAndValidate as _t, slice as a, combineRaggedTensorToTensorShapes as at, getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage as b, computeConv3DInfo as bt, rangeImpl as c, validateDefaultValueShape as ct, backend_util_exports as d, assertParamsValid as dt, getSliceBeginCoords as et, fromStringArrayToUint8 as f, computeFlatOffset as ft, segOpComputeOptimalWindowSize as g, sliceInfo as gt, computeOutShape as h, parseSliceParams as ht, stringNGramsImpl as i, RowPartitionType as it, decodeEinsumEquation as j, prepareSplitSize as k, concatImpl as l, assertParamsConsistent as lt, collectGatherOpShapeInfo as m, isSliceContinous as mt, stringToHashBucketFastImpl as n, getImageCenter as nt, sliceConfig as o, getRaggedRank as ot, fromUint8ToStringArray as p, computeOutShape$2 as pt, ERF_A5 as q, stringSplitImpl as r, computeOptimalWindowSize as rt, sliceImpl as s, getRowPartitionTypesHelper as st, uniqueImpl as t, getSliceSize as tt, assertNotComplex as u, computeOutShape$1 as ut, getSparseSegmentReductionNegativeSegmentIdsErrorMessage as v, calculateShapes as vt, getSparseReshapeMultipleNegativeOneOutputDimErrorMessage as w, convertConv2DDataFormat as wt, getSparseReshapeEmptyTensorZeroOutputDimErrorMessage as x, computeDilation2DInfo as xt, getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage as y, computeConv2DInfo as yt, exponents as z };
