#include "money.h"

#include "int128.h"

#include <QCoreApplication>

#include <limits>

namespace Juesuan {

namespace {

// Largest magnitude accepted from text: 10^15 分 (10 billion 万元) leaves ample room
// for sums of many such cells before int64 could overflow.
constexpr qint64 maxParsedFen = 1000000000000000LL;

QString tr(const char *s)
{
    return QCoreApplication::translate("Juesuan::Money", s);
}

// Maps full-width and other look-alike characters that spreadsheets and input methods
// produce onto ASCII; removes the spaces people use to group digits.
QString normalized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(u - 0xFF10 + '0'));
        else if (u == 0xFF0E || u == 0x3002)  // ． 。
            out.append(QLatin1Char('.'));
        else if (u == 0xFF0C || u == 0x3001)  // ， 、 as thousands separators
            out.append(QLatin1Char(','));
        else if (u == 0xFF0D || u == 0x2212 || u == 0x2013)  // － − –
            out.append(QLatin1Char('-'));
        else if (u == 0xFF0B)
            out.append(QLatin1Char('+'));
        else if (u == 0xFF08)
            out.append(QLatin1Char('('));
        else if (u == 0xFF09)
            out.append(QLatin1Char(')'));
        else if (c.isSpace() || u == 0x00A0 || u == 0x202F || u == 0x2009 || u == 0x3000)
            continue;
        else
            out.append(c);
    }
    return out;
}

QString grouped(const QString &digits)
{
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out.append(QLatin1Char(','));
        out.append(digits.at(i));
    }
    return out;
}

// Formats |fen| scaled to `scale` 分 per unit with `decimals` decimals, half up.
QString formatScaled(qint64 fen, qint64 scale, int decimals, bool group)
{
    const bool negative = fen < 0;
    // Work in unsigned to make |INT64_MIN| safe.
    const quint64 mag = negative ? quint64(0) - quint64(fen) : quint64(fen);
    quint64 step = quint64(scale);
    for (int i = 0; i < decimals; ++i)
        step /= 10; // scale is a power of ten >= 10^decimals
    const quint64 rounded = (mag + step / 2) / step; // in units of 10^-decimals
    quint64 pow10 = 1;
    for (int i = 0; i < decimals; ++i)
        pow10 *= 10;
    const QString intPart = QString::number(rounded / pow10);
    QString out = group ? grouped(intPart) : intPart;
    if (decimals > 0) {
        out.append(QLatin1Char('.'));
        out.append(QString::number(rounded % pow10).rightJustified(decimals, QLatin1Char('0')));
    }
    if (negative && rounded != 0)
        out.prepend(QLatin1Char('-'));
    return out;
}

} // namespace

Money::ParseResult Money::parse(const QString &text, Unit unit)
{
    ParseResult r;
    QString s = normalized(text);
    if (s.isEmpty()) {
        r.ok = true;
        return r;
    }
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')')) && s.size() > 2) {
        negative = true; // accounting notation
        s = s.mid(1, s.size() - 2);
    }
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        if (negative) {
            r.error = tr("a sign inside parentheses");
            return r;
        }
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    const int maxDecimals = unit == Unit::Wanyuan ? 6 : 2;
    qint64 intValue = 0;
    qint64 fracValue = 0;
    int decimals = 0;
    bool seenDot = false;
    bool seenDigit = false;
    int digitsSinceComma = -1; // -1: no comma seen yet
    for (QChar c : std::as_const(s)) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9') {
            seenDigit = true;
            if (seenDot) {
                if (++decimals > maxDecimals) {
                    r.error = unit == Unit::Wanyuan
                            ? tr("more than 6 decimals (amounts in 万元 are exact to 0.000001, one 分)")
                            : tr("more than 2 decimals (amounts in 元 are exact to 0.01, one 分)");
                    return r;
                }
                fracValue = fracValue * 10 + (u - '0');
            } else {
                if (intValue > (std::numeric_limits<qint64>::max() - 9) / 10) {
                    r.error = tr("the number is too large");
                    return r;
                }
                intValue = intValue * 10 + (u - '0');
                if (digitsSinceComma >= 0)
                    ++digitsSinceComma;
            }
        } else if (u == '.') {
            if (seenDot) {
                r.error = tr("more than one decimal point");
                return r;
            }
            if (digitsSinceComma >= 0 && digitsSinceComma != 3) {
                r.error = tr("a thousands separator in the wrong place");
                return r;
            }
            seenDot = true;
        } else if (u == ',') {
            if (seenDot) {
                r.error = tr("a thousands separator after the decimal point");
                return r;
            }
            if (!seenDigit || (digitsSinceComma >= 0 && digitsSinceComma != 3)) {
                r.error = tr("a thousands separator in the wrong place");
                return r;
            }
            digitsSinceComma = 0;
        } else if (u == '-' || u == '+') {
            r.error = tr("a sign in the middle of the number");
            return r;
        } else {
            r.error = tr("“%1” is not part of a number").arg(c);
            return r;
        }
    }
    if (!seenDigit) {
        r.error = tr("no digits");
        return r;
    }
    if (digitsSinceComma >= 0 && digitsSinceComma != 3 && !seenDot) {
        r.error = tr("a thousands separator in the wrong place");
        return r;
    }
    const qint64 scale = unit == Unit::Wanyuan ? fenPerWanyuan : fenPerYuan;
    for (int i = decimals; i < maxDecimals; ++i)
        fracValue *= 10;
    if (intValue > maxParsedFen / scale) {
        r.error = tr("the amount is too large");
        return r;
    }
    const qint64 fen = intValue * scale + fracValue;
    if (fen > maxParsedFen) {
        r.error = tr("the amount is too large");
        return r;
    }
    r.ok = true;
    r.value = Money::fromFen(negative ? -fen : fen);
    return r;
}

QString Money::toWanyuan(bool groupThousands, int decimals) const
{
    if (m_blank)
        return QString();
    return formatScaled(m_fen, fenPerWanyuan, qBound(0, decimals, 6), groupThousands);
}

QString Money::toExactWanyuan() const
{
    if (m_blank)
        return QString();
    QString s = formatScaled(m_fen, fenPerWanyuan, 6, false);
    while (s.endsWith(QLatin1Char('0')) && s.indexOf(QLatin1Char('.')) < s.size() - 3)
        s.chop(1);
    return s;
}

QString Money::toShortWanyuan(int maxDecimals) const
{
    QString s = toWanyuan(false, maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString Money::toYuan(bool groupThousands) const
{
    if (m_blank)
        return QString();
    return formatScaled(m_fen, fenPerYuan, 2, groupThousands);
}

Money Money::operator+(const Money &o) const
{
    if (m_blank && o.m_blank)
        return Money();
    return Money(fen() + o.fen());
}

Money Money::operator-(const Money &o) const
{
    if (m_blank && o.m_blank)
        return Money();
    return Money(fen() - o.fen());
}

Money Money::operator-() const
{
    return m_blank ? Money() : Money(-m_fen);
}

bool Money::percentUnits(qint64 num, qint64 den, int decimals, qint64 *units)
{
    if (den == 0)
        return false;
    // units = round_half_up(|num| * 100 * 10^decimals / |den|), signed afterwards: in 128
    // bits, so no amount overflows on the way. A result beyond int64 is refused, not wrapped.
    const auto magnitude = [](qint64 v) { return v < 0 ? quint64(0) - quint64(v) : quint64(v); };
    UInt128 scaled(magnitude(num));
    bool fits = scaled.multiplyBy(100);
    for (int i = 0; i < decimals && fits; ++i)
        fits = scaled.multiplyBy(10);
    if (!fits)
        return false;
    const UInt128 q = scaled.divideRounded(magnitude(den));
    const bool negative = (num < 0) != (den < 0);
    const quint64 limit = negative ? quint64(1) << 63 : quint64(std::numeric_limits<qint64>::max());
    if (q.high != 0 || q.low > limit)
        return false;
    *units = negative && q.low != 0 ? -qint64(q.low - 1) - 1 : qint64(q.low);
    return true;
}

QString Money::percent(qint64 num, qint64 den, int decimals)
{
    qint64 units = 0;
    if (!percentUnits(num, den, decimals, &units))
        return QString();
    return formatScaled(units, [decimals] {
               qint64 p = 1;
               for (int i = 0; i < decimals; ++i)
                   p *= 10;
               return p;
           }(), decimals, false)
            + QLatin1Char('%');
}

} // namespace Juesuan
