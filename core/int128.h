#pragma once

#include <QtGlobal>

namespace Juesuan {

// Unsigned 128-bit integers in plain C++, for the few sums that pass 64 bits (a percentage
// of an amount near the int64 limit): every compiler gets the same arithmetic, MSVC too,
// which has no __int128. Two 64-bit halves; only the operations money needs.
struct UInt128
{
    quint64 high = 0;
    quint64 low = 0;

    constexpr UInt128() = default;
    constexpr UInt128(quint64 value) : low(value) {} // NOLINT: widening, like the built-in types
    constexpr UInt128(quint64 h, quint64 l) : high(h), low(l) {}

    // The full product of two 64-bit numbers, from four 32 × 32-bit partial products.
    static constexpr UInt128 multiply(quint64 a, quint64 b)
    {
        const quint64 aLow = a & 0xFFFFFFFFu, aHigh = a >> 32;
        const quint64 bLow = b & 0xFFFFFFFFu, bHigh = b >> 32;
        const quint64 lowLow = aLow * bLow;
        const quint64 highLow = aHigh * bLow;
        const quint64 lowHigh = aLow * bHigh;
        const quint64 highHigh = aHigh * bHigh;
        // The middle column: three terms below 2^32 each, so their sum cannot overflow.
        const quint64 middle = (lowLow >> 32) + (highLow & 0xFFFFFFFFu) + (lowHigh & 0xFFFFFFFFu);
        return UInt128((highHigh + (highLow >> 32) + (lowHigh >> 32) + (middle >> 32)),
                       (middle << 32) | (lowLow & 0xFFFFFFFFu));
    }

    // This times a 64-bit factor; false (and this unchanged) when the product passes 128 bits.
    constexpr bool multiplyBy(quint64 factor)
    {
        const UInt128 lowPart = multiply(low, factor);
        const UInt128 highPart = multiply(high, factor);
        if (highPart.high != 0 || lowPart.high + highPart.low < lowPart.high)
            return false;
        high = lowPart.high + highPart.low;
        low = lowPart.low;
        return true;
    }

    // Quotient and remainder by a non-zero 64-bit divisor: in one machine division when the
    // dividend fits 64 bits (every real amount), else by binary long division (about 1 µs).
    constexpr UInt128 divide(quint64 divisor, quint64 *remainder) const
    {
        if (high == 0) {
            *remainder = low % divisor;
            return UInt128(low / divisor);
        }
        UInt128 quotient;
        quint64 rest = 0;
        for (int bit = 127; bit >= 0; --bit) {
            const bool carry = (rest >> 63) != 0; // rest * 2 would pass 64 bits
            rest = (rest << 1) | (bit >= 64 ? (high >> (bit - 64)) & 1u : (low >> bit) & 1u);
            if (carry || rest >= divisor) {
                rest -= divisor;
                if (bit >= 64)
                    quotient.high |= quint64(1) << (bit - 64);
                else
                    quotient.low |= quint64(1) << bit;
            }
        }
        *remainder = rest;
        return quotient;
    }

    // The quotient rounded half up (a remainder of exactly half the divisor rounds away from zero).
    constexpr UInt128 divideRounded(quint64 divisor) const
    {
        quint64 rest = 0;
        UInt128 q = divide(divisor, &rest);
        if (rest >= divisor - rest) {
            if (++q.low == 0)
                ++q.high;
        }
        return q;
    }

    friend constexpr bool operator==(const UInt128 &a, const UInt128 &b) { return a.high == b.high && a.low == b.low; }
    friend constexpr bool operator!=(const UInt128 &a, const UInt128 &b) { return !(a == b); }
};

} // namespace Juesuan
